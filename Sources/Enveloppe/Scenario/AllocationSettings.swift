/// What a funder shares out and among whom, as a scenario's `allocation` block states it.
public struct AllocationSettings: Sendable, Hashable {
    public enum Envelope: Sendable, Hashable {
        /// A number of measures (12-month accompaniments) at the call's rate.
        case measures(Int64)
        /// An amount: at a rate call, the whole measures it funds; otherwise shared in cents.
        case amount(Money)
    }

    public var envelope: Envelope
    public var method: Allocation.Method
    /// Candidates; their `requested`, `minimum` and `maximum` are in measures, or in cents when the
    /// envelope is an amount at a call without a yearly rate.
    public var candidates: [Allocation.Candidate]

    public init(envelope: Envelope, method: Allocation.Method, candidates: [Allocation.Candidate]) {
        self.envelope = envelope
        self.method = method
        self.candidates = candidates
    }
}
