/// A scenario resolved against its preset, once: the call with the scenario's rule
/// settings applied (each value the scenario set cites `rules.…`) and the payment
/// terms every payment uses. Every command starts here, so whatever one refuses, all do.
public struct ResolvedScenario: Sendable, Hashable {
    public let scenario: Scenario
    /// The preset after the scenario's settings.
    public let call: Call
    public let terms: Cited<PaymentTerms>
    /// The terms of the lines whose funder the scenario gives its own (`rules.paymentTerms.funders`).
    public let lineTerms: [LineID: Cited<PaymentTerms>]

    /// - Throws: ``InputError`` for an unknown preset, a value the call leaves to the
    ///   scenario and the scenario does not give, or a value the call's text does not allow.
    public init(_ scenario: Scenario) throws(InputError) {
        guard let preset = Presets.named(scenario.preset) else {
            throw InputError("preset", .unknownPreset(name: scenario.preset.rawValue, known: Presets.all.map(\.id.rawValue)))
        }
        try Validation.validate(scenario)
        let call = try preset.applying(scenario.rules)
        guard let terms = call.paymentTerms else { throw InputError("rules.paymentTerms", .missing) }
        self.scenario = scenario
        self.call = call
        self.terms = terms
        lineTerms = call.lineTerms(terms, funders: scenario.rules.funderTerms)
    }

    /// The payment terms of `line`: its funder's own, or the general terms.
    public func terms(of line: LineID) -> Cited<PaymentTerms> { lineTerms[line] ?? terms }

    /// From the first convention month to the last.
    public var programme: Period {
        let periods = call.periods
        return Period(from: periods[0].start, through: periods[periods.count - 1].end)
    }
}
