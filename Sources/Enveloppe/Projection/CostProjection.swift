/// One operator's costs month by month, by the categories the budget and the cap read.
///
/// Staff posts are paid in twelve monthly parts a year that add up to the annual
/// cost to the cent (``MonthlySpread``); charges accrue on their basis (a yearly
/// amount, per entry, per household-month, a rate of direct costs). A deposit is
/// money advanced, not a charge: it leaves at entry and comes back when the lease
/// slides (000_c9903f690f8cc4d8.txt, "Financements": "Financer la caution requise
/// par le bailleur à la signature du bail glissant").
public struct CostProjection: Sendable, Hashable {
    /// Staff posts and account-64 charges, per month of the table.
    public var staff: [Money]
    public var directNonStaff: [Money]
    public var indirect: [Money]
    public var depositsPaid: [Money]
    public var depositsReturned: [Money]
    /// FTE in post each month, in hundredths.
    public var fteHundredths: [Int64]

    public init(months: Int) {
        staff = Array(repeating: .zero, count: months)
        directNonStaff = staff
        indirect = staff
        depositsPaid = staff
        depositsReturned = staff
        fteHundredths = Array(repeating: 0, count: months)
    }

    /// The costs of `op` given its households, over the programme (the first `programme.months` of the table).
    public init(of op: Operator, households: HouseholdProjection, programme: Period, tableMonths: Int, path: String) throws {
        self.init(months: tableMonths)
        let n = programme.months
        for (index, post) in op.staff.enumerated() {
            let first = programme.start.months(to: post.start ?? programme.start)
            let last = programme.start.months(to: post.end ?? programme.end)
            guard (0..<n).contains(first) else {
                throw InputError("\(path).staff[\(index)].start", .outOfRange(text: (post.start ?? programme.start).description, minimum: 0, maximum: Int64(n - 1)))
            }
            guard first <= last, last < n else {
                throw InputError("\(path).staff[\(index)].end", .outOfRange(text: (post.end ?? programme.end).description, minimum: 0, maximum: Int64(n - 1)))
            }
            let annual = try post.annualCost()
            for t in first...last {
                staff[t] = try staff[t] + MonthlySpread.part(of: annual, monthsSinceStart: t - first)
                fteHundredths[t] += post.fte.hundredths
            }
        }
        var rates: [(ChargeLine.Kind, Rate)] = []
        for charge in op.charges {
            let bucket: WritableKeyPath<CostProjection, [Money]> =
                charge.kind == .indirect ? \.indirect : charge.account == ChargeLine.staffAccount ? \.staff : \.directNonStaff
            switch charge.basis {
            case .annual(let amount):
                for t in 0..<n { self[keyPath: bucket][t] = try self[keyPath: bucket][t] + MonthlySpread.part(of: amount, monthsSinceStart: t) }
            case .perEntry(let amount):
                for t in 0..<n where households.entries[t] > 0 {
                    self[keyPath: bucket][t] = try self[keyPath: bucket][t] + amount.multiplied(by: households.entries[t])
                }
            case .perHouseholdMonth(let amount):
                for t in 0..<n where households.accompanied[t] > 0 {
                    self[keyPath: bucket][t] = try self[keyPath: bucket][t] + amount.multiplied(by: households.accompanied[t])
                }
            case .refundableDeposit(let amount):
                for t in 0..<n where households.entries[t] > 0 {
                    depositsPaid[t] = try depositsPaid[t] + amount.multiplied(by: households.entries[t])
                }
                for t in 0..<tableMonths where households.enteredEnding[t] > 0 {
                    depositsReturned[t] = try depositsReturned[t] + amount.multiplied(by: households.enteredEnding[t])
                }
            case .rateOfDirectCosts(let rate):
                rates.append((charge.kind, rate))
            }
        }
        // A rate of direct costs, rounded on the running total so the months add up to
        // the rate of the whole: Σ parts = round(rate × Σ direct).
        for (kind, rate) in rates {
            var cumulative = Money.zero
            var previous = Money.zero
            for t in 0..<n {
                cumulative = try cumulative + staff[t] + directNonStaff[t]
                let toDate = try cumulative.multiplied(by: rate)
                let part = try toDate - previous
                previous = toDate
                if kind == .indirect { indirect[t] = try indirect[t] + part } else { directNonStaff[t] = try directNonStaff[t] + part }
            }
        }
    }

    /// Charges of the budget in a month: staff, direct and indirect (deposits are not charges).
    public func charges(at t: Int) throws -> Money { try staff[t] + directNonStaff[t] + indirect[t] }
}
