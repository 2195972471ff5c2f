/// A scenario evaluated whole: its report, the allocation when it shares an envelope,
/// and, last, the figures the scenario expects, checked against one catalogue of every
/// figure (the report's, its checks', the allocation's).
public struct Evaluation: Sendable, Hashable {
    public let report: RunReport
    /// The scenario's `allocation` block, computed (`enveloppe allocate`).
    public let allocation: AllocationReport?
    /// One finding per expected figure.
    public let expectations: [Finding]

    /// - Throws: ``InputError`` with the path of the first fault.
    public init(_ scenario: Scenario) throws(InputError) {
        try self.init(ResolvedScenario(scenario))
    }

    public init(_ resolved: ResolvedScenario) throws(InputError) {
        report = try RunReport(resolved)
        allocation = try resolved.scenario.allocation.map { (settings: AllocationSettings) throws(InputError) in
            try AllocationReport(resolved, settings: settings)
        }
        // No expected figure, no catalogue to build (a programme of thousands of operators has as many figures).
        expectations =
            resolved.scenario.expected.isEmpty
            ? []
            : try Expectations.findings(
                resolved.scenario.expected, catalogue: report.catalogue(shown: false) + (allocation?.figures ?? []))
    }

    /// The checks, the allocation's (the call's territory quotas, the households described), then the expected figures: what `run` and `check` print.
    public var findings: [Finding] { report.findings + (allocation?.findings ?? []) + expectations }

    /// Every figure in reading order, as `enveloppe explain` lists them.
    public var allFigures: [Figure] { report.catalogue(shown: true) + (allocation?.figures ?? []) }

    /// The worst status among the findings (`.ok` when there is none).
    public var worstStatus: Finding.Status { findings.map(\.status).max() ?? .ok }
}
