/// One operator's costs month by month, by the categories the budget and the cap read.
///
/// Staff posts are paid in twelve monthly parts a year that add up to the annual
/// cost to the cent (``MonthlySpread``); charges accrue on their basis (a yearly
/// amount, per entry, per household-month, a rate of direct costs). A deposit is
/// money advanced, not a charge: it leaves at entry and comes back when the lease
/// slides (appel Bail d'abord, Montpellier, 31 octobre 2024, "Financements": "Financer la caution requise
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
    /// Each staff post's, then each charge line's, amount over each convention period (a deposit's is what is
    /// advanced): line `l` over period `p` at `l × periods + p`, posts and charges in the operator's order. The budget's
    /// lines read these and nothing else of a line's months, so its months are added up here, once, rather than kept
    /// (seven series of each of a national programme's 440 operators, 1,2 MiB).
    public var lineTotals: [Money]
    /// The number of convention periods in ``lineTotals``.
    public var periods: Int
    /// The operator's number of staff posts: its charges' totals follow theirs in ``lineTotals``.
    public var postCount: Int

    /// Staff post `j`'s cost over convention period `p`.
    public func total(post j: Int, period p: Int) -> Money { lineTotals[j * periods + p] }

    /// Charge line `k`'s amount over convention period `p` (a deposit's is what is advanced in it).
    public func total(charge k: Int, period p: Int) -> Money { lineTotals[(postCount + k) * periods + p] }

    public init(months: Int) {
        staff = Array(filledWith: .zero, count: months)
        directNonStaff = staff
        indirect = staff
        depositsPaid = staff
        depositsReturned = staff
        fteHundredths = Array(filledWith: 0, count: months)
        lineTotals = []
        periods = 0
        postCount = 0
    }

    /// The costs of `op` given its households, over the programme (the first `programme.months` of the table), with
    /// each line's amount over each of `periods` (months of the table).
    ///
    /// Each month array is written through its buffer, one loop at a time: written by index in a loop that may
    /// throw (an amount past 64 bits), an array is checked at each month for being shared (docs/performance.md).
    /// Each line's months are made in one array, made once and cleared for the next line.
    ///
    /// - Precondition: `households` was projected over the same programme and table (checked first: the buffers are
    ///   written without a bounds check), and `periods` lie within the table.
    public init(
        of op: Operator, households: HouseholdProjection, programme: Period, tableMonths: Int, periods: [Range<Int>] = [], path: String
    ) throws {
        let n = programme.months
        precondition(
            tableMonths >= n && households.entries.count == n && households.accompanied.count == n && households.enteredEnding.count == tableMonths,
            "the households projected over the same programme and table")
        self.init(months: tableMonths)
        precondition(periods.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= tableMonths }, "the periods within the table")

        self.periods = periods.count
        postCount = op.staff.count
        lineTotals = Array(filledWith: .zero, count: (op.staff.count + op.charges.count) * periods.count)
        var months = [Money](filledWith: .zero, count: tableMonths)
        for (index, post) in op.staff.enumerated() {
            let first = programme.start.months(to: post.start ?? programme.start)
            let last = programme.start.months(to: post.end ?? programme.end)
            guard (0..<n).contains(first) else {
                throw InputError(
                    "\(path).staff[\(index)].start", .monthOutside(month: post.start ?? programme.start, first: programme.start, last: programme.end)
                )
            }
            guard first <= last, last < n else {
                throw InputError(
                    "\(path).staff[\(index)].end", .monthOutside(month: post.end ?? programme.end, first: programme.start, last: programme.end))
            }
            let parts = try MonthlySpread.parts(of: post.annualCost())
            months.withUnsafeMutableBufferPointer { parts.write(into: $0, first..<last + 1) }
            try CostProjection.add(months, to: &staff)
            if post.role.isAccompaniment {
                let fte = post.fte.hundredths
                fteHundredths.withUnsafeMutableBufferPointer { each in
                    for t in first...last { each[t] += fte }
                }
            }
            try CostProjection.close(line: index, &months, over: periods, into: &lineTotals)
        }
        var rates: [Int] = []
        for (index, charge) in op.charges.enumerated() {
            switch charge.basis {
            case .annual(let amount):
                let parts = try MonthlySpread.parts(of: amount)
                months.withUnsafeMutableBufferPointer { parts.write(into: $0, 0..<n) }
            case .perEntry(let amount), .refundableDeposit(let amount):
                try CostProjection.add(amount, times: households.entries, to: &months)
            case .perHouseholdMonth(let amount):
                try CostProjection.add(amount, times: households.accompanied, to: &months)
            case .rateOfDirectCosts:
                rates.append(index)
                continue
            }
            if case .refundableDeposit(let amount) = charge.basis {
                try CostProjection.add(months, to: &depositsPaid)
                try CostProjection.add(amount, times: households.enteredEnding, to: &depositsReturned)
            } else if charge.kind == .indirect {
                try CostProjection.add(months, to: &indirect)
            } else if charge.account == ChargeLine.staffAccount {
                try CostProjection.add(months, to: &staff)
            } else {
                try CostProjection.add(months, to: &directNonStaff)
            }
            try CostProjection.close(line: op.staff.count + index, &months, over: periods, into: &lineTotals)
        }
        // A rate of direct costs (indirect charges only), rounded on the running total so the
        // months add up to the rate of the whole: Σ parts = round(rate × Σ direct).
        var direct = staff
        try CostProjection.add(directNonStaff, to: &direct)
        for index in rates {
            guard case .rateOfDirectCosts(let rate) = op.charges[index].basis else { continue }
            try months.withUnsafeMutableBufferPointer { line in
                try direct.withUnsafeBufferPointer { direct in
                    var cumulative = Money.zero
                    var previous = Money.zero
                    for t in 0..<n {
                        cumulative = try cumulative + direct[t]
                        let toDate = try cumulative.multiplied(by: rate)
                        line[t] = try toDate - previous
                        previous = toDate
                    }
                }
            }
            try CostProjection.add(months, to: &indirect)
            try CostProjection.close(line: op.staff.count + index, &months, over: periods, into: &lineTotals)
        }
    }

    /// The staff, other direct and indirect charges over `months` of the table (those past its end count nothing),
    /// added month by month.
    public func charges(over months: Range<Int>) throws -> (staff: Money, direct: Money, indirect: Money) {
        try Self.charges(staff: staff, direct: directNonStaff, indirect: indirect, over: months)
    }

    /// ``charges(over:)`` of the three series.
    static func charges(staff: [Money], direct: [Money], indirect: [Money], over months: Range<Int>) throws -> (
        staff: Money, direct: Money, indirect: Money
    ) {
        precondition(direct.count >= staff.count && indirect.count >= staff.count, "the three series over the same months")
        let months = months.clamped(to: 0..<staff.count)
        // Each series read through its buffer: by index, each month of each was checked for its bounds.
        return try staff.withUnsafeBufferPointer { staff in
            try direct.withUnsafeBufferPointer { direct in
                try indirect.withUnsafeBufferPointer { indirect in
                    var (staffTotal, directTotal, indirectTotal) = (Money.zero, Money.zero, Money.zero)
                    for t in months {
                        staffTotal = try staffTotal + staff[t]
                        directTotal = try directTotal + direct[t]
                        indirectTotal = try indirectTotal + indirect[t]
                    }
                    return (staffTotal, directTotal, indirectTotal)
                }
            }
        }
    }

    /// Adds `other`'s categories and FTE into these, month by month (its lines' totals are its own): the
    /// programme's totals, added once for the monthly table and the budgets rather than at each month and category.
    mutating func add(_ other: borrowing CostProjection) throws {
        try CostProjection.add(other.staff, to: &staff)
        try CostProjection.add(other.directNonStaff, to: &directNonStaff)
        try CostProjection.add(other.indirect, to: &indirect)
        try CostProjection.add(other.depositsPaid, to: &depositsPaid)
        try CostProjection.add(other.depositsReturned, to: &depositsReturned)
        for t in other.fteHundredths.indices { fteHundredths[t] += other.fteHundredths[t] }
    }

    /// Line `l`'s totals over the periods (`periods`, months of the table), from its months, which are then cleared
    /// for the next line.
    private static func close(line l: Int, _ months: inout [Money], over periods: [Range<Int>], into totals: inout [Money]) throws {
        for p in periods.indices { totals[l * periods.count + p] = try Money.sum(months[periods[p]]) }
        months.withUnsafeMutableBufferPointer { $0.update(repeating: .zero) }
    }

    /// Adds a charge line into one of the categories, month by month, in place (a key path here cost a
    /// look-up at each month of each line).
    private static func add(_ months: [Money], to category: inout [Money]) throws {
        precondition(months.count <= category.count, "a line within its category's months")
        try category.withUnsafeMutableBufferPointer { category in
            try months.withUnsafeBufferPointer { months in
                for t in months.indices where months[t] != .zero { category[t] = try category[t] + months[t] }
            }
        }
    }

    /// Adds `amount` times each month's count into `category`, month by month (a charge per entry or per household-month
    /// into its empty line, deposits coming back).
    private static func add(_ amount: Money, times counts: [Int64], to category: inout [Money]) throws {
        precondition(counts.count <= category.count, "counts within the category's months")
        try category.withUnsafeMutableBufferPointer { category in
            try counts.withUnsafeBufferPointer { counts in
                for t in counts.indices where counts[t] > 0 { category[t] = try category[t] + amount.multiplied(by: counts[t]) }
            }
        }
    }

    /// Charges of the budget in a month: staff, direct and indirect (deposits are not charges).
    public func charges(at t: Int) throws -> Money { try staff[t] + directNonStaff[t] + indirect[t] }
}
