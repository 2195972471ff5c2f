/// What a funder shares out and among whom, as a scenario's `allocation` block states it.
public struct AllocationSettings: Sendable, Hashable {
    public enum Envelope: Sendable, Hashable {
        /// A number of measures (12-month accompaniments) at the call's rate.
        case measures(Int64)
        /// An amount: at a rate call, the whole measures it funds; otherwise shared in cents.
        case amount(Money)
    }

    public var envelope: Envelope
    public var method: AllocationMethod
    /// Candidates; their `requested`, `minimum` and `maximum` are in measures, or in cents when the
    /// envelope is an amount at a call without a yearly rate.
    public var candidates: [AllocationCandidate]

    public init(envelope: Envelope, method: AllocationMethod, candidates: [AllocationCandidate]) {
        self.envelope = envelope
        self.method = method
        self.candidates = candidates
    }
}

/// How an envelope is shared (see ``Allocation``).
public enum AllocationMethod: String, Sendable, Hashable, CaseIterable {
    case proportional, proRataOfRequests, byRank
}

/// A response to a call, as the funder weighs it: a weight, a request, bounds, a rank.
public struct AllocationCandidate: Sendable, Hashable {
    public var id: String
    public var name: String
    public var territory: String?
    /// What the candidate asked for, in the allocation's units.
    public var requested: Int64?
    /// The candidate's weight (a territory's population, households oriented…) for ``AllocationMethod/proportional``,
    /// which needs one for every candidate: a weight left out is a mistake in the file, not a zero.
    public var weight: Int64?
    public var minimum: Int64
    public var maximum: Int64?
    /// The jury's rank, 1 first (for ``AllocationMethod/byRank``).
    public var rank: Int?

    /// The most the candidate can be given, whatever the method: never more than it asked, nor than its maximum
    /// (`nil` when it states neither).
    public var ceiling: Int64? { requested.map { min($0, maximum ?? $0) } ?? maximum }

    public init(
        id: String, name: String, territory: String? = nil, requested: Int64? = nil, weight: Int64? = nil, minimum: Int64 = 0,
        maximum: Int64? = nil, rank: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.territory = territory
        self.requested = requested
        self.weight = weight
        self.minimum = minimum
        self.maximum = maximum
        self.rank = rank
    }
}
