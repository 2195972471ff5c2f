/// Sharing an envelope of measures where the call fixes each territory's quota: first the
/// call's quotas, then the chosen method among each territory's candidates.
///
/// AML 2019: « les associations agréées au titre de l'AML pour le territoire de l'Artois se
/// répartiront 26 mesures et ceux du territoire de Lens-Hénin, 32 mesures ». The quotas are a
/// decision the call states, not a formula to derive again (weights such as populations serve
/// only where no quota is fixed). An envelope other than the quotas' sum is shared among the
/// territories in proportion to their quotas, by largest remainder.
enum TerritoryAllocation {
    struct Result {
        /// One share per candidate, in their order.
        let shares: [Int64]
        /// For an allocation by rank, what was left of its territory's measures at each candidate's turn.
        let leftAtTurn: [Int64]
        /// Each quota with the measures its territory gets from the envelope and what its candidates are given.
        let territories: [(quota: TerritoryQuota, measures: Int64, allocated: Int64)]
    }

    /// Candidate failures carry the candidate's index in `candidates` (not in its territory).
    static func allocate(_ total: Int64, among candidates: [AllocationCandidate], method: AllocationMethod, quotas: [TerritoryQuota])
        throws -> Result
    {
        let names = quotas.map(\.territory)
        for (index, candidate) in candidates.enumerated() {
            guard let territory = candidate.territory else { throw InputError("allocation.candidates[\(index)].territory", .missing) }
            guard names.contains(territory) else {
                throw InputError("allocation.candidates[\(index)].territory", .notOneOf(text: territory, allowed: names))
            }
        }
        let stated = quotas.reduce(Int64(0)) { $0 + $1.measures.value }
        let measures =
            total == stated
            ? quotas.map(\.measures.value)
            : try Apportionment.largestRemainder(total, weights: quotas.map { (key: $0.territory, weight: $0.measures.value) })
        var shares = candidates.map { _ in Int64(0) }
        var leftAtTurn = candidates.map { _ in Int64(0) }
        var territories: [(quota: TerritoryQuota, measures: Int64, allocated: Int64)] = []
        for (quota, count) in zip(quotas, measures) {
            let members = candidates.indices.filter { candidates[$0].territory == quota.territory }
            let given: [Int64]
            do {
                given = members.isEmpty ? [] : try Allocation.allocate(count, among: members.map { candidates[$0] }, method: method)
            } catch {
                throw AllocationFailure.make(error, indices: members, candidates: candidates)
            }
            let left = Allocation.leftAtTurn(count, among: members.map { candidates[$0] }, shares: given)
            for (position, index) in members.enumerated() { (shares[index], leftAtTurn[index]) = (given[position], left[position]) }
            territories.append((quota, count, given.reduce(0, +)))
        }
        return Result(shares: shares, leftAtTurn: leftAtTurn, territories: territories)
    }
}

/// An allocation that cannot be made, as an input error at the candidate's path.
enum AllocationFailure {
    /// `indices` maps the failing candidate's position in the list given to ``Allocation`` back to the scenario's.
    static func make(_ failure: Allocation.Failure, indices: [Int], candidates: [AllocationCandidate]) -> InputError {
        switch failure {
        case .minimumsExceedEnvelope(let minimums, let envelope):
            return InputError("allocation.candidates", .minimumsAboveEnvelope(minimums: minimums, envelope: envelope))
        case .minimumAboveMaximum(let position):
            let index = indices[position]
            return InputError(
                "allocation.candidates[\(index)].minimum",
                .exceedsCapacity(value: candidates[index].minimum, capacity: candidates[index].maximum ?? 0))
        case .minimumAboveRequest(let position):
            let index = indices[position]
            return InputError(
                "allocation.candidates[\(index)].minimum",
                .minimumAboveRequest(minimum: candidates[index].minimum, requested: candidates[index].requested ?? 0))
        case .missing(let position, let field):
            return InputError("allocation.candidates[\(indices[position])].\(field)", .missing)
        case .duplicateIdentifier(let id):
            return InputError("allocation.candidates", .duplicateIdentifier(id))
        }
    }
}
