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
    /// Each staff post's cost by month, in the operator's order (for the budget's lines).
    public var posts: [[Money]]
    /// Each charge line's amount by month (a deposit's is what is advanced), in the operator's order.
    public var chargeLines: [[Money]]

    public init(months: Int) {
        staff = Array(filledWith: .zero, count: months)
        directNonStaff = staff
        indirect = staff
        depositsPaid = staff
        depositsReturned = staff
        fteHundredths = Array(filledWith: 0, count: months)
        posts = []
        chargeLines = []
    }

    /// The costs of `op` given its households, over the programme (the first `programme.months` of the table).
    ///
    /// Each month array is written through its buffer, one loop at a time: written by index in a loop that may
    /// throw (an amount past 64 bits), an array is checked at each month for being shared (docs/performance.md).
    ///
    /// - Precondition: `households` was projected over the same programme and table (checked first: the buffers are
    ///   written without a bounds check).
    public init(of op: Operator, households: HouseholdProjection, programme: Period, tableMonths: Int, path: String) throws {
        let n = programme.months
        precondition(
            tableMonths >= n && households.entries.count == n && households.accompanied.count == n && households.enteredEnding.count == tableMonths,
            "the households projected over the same programme and table")
        self.init(months: tableMonths)
        posts.reserveCapacity(op.staff.count)
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
            var months = [Money](filledWith: .zero, count: tableMonths)
            months.withUnsafeMutableBufferPointer { months in
                for t in first...last { months[t] = parts[(t - first) % 12] }
            }
            try CostProjection.add(months, to: &staff)
            if post.role.isAccompaniment {
                let fte = post.fte.hundredths
                fteHundredths.withUnsafeMutableBufferPointer { each in
                    for t in first...last { each[t] += fte }
                }
            }
            posts.append(months)
        }
        chargeLines.reserveCapacity(op.charges.count)
        var rates: [Int] = []
        for (index, charge) in op.charges.enumerated() {
            var line = [Money](filledWith: .zero, count: tableMonths)
            switch charge.basis {
            case .annual(let amount):
                let parts = try MonthlySpread.parts(of: amount)
                line.withUnsafeMutableBufferPointer { line in
                    for t in 0..<n { line[t] = parts[t % 12] }
                }
            case .perEntry(let amount), .refundableDeposit(let amount):
                try CostProjection.add(amount, times: households.entries, to: &line)
            case .perHouseholdMonth(let amount):
                try CostProjection.add(amount, times: households.accompanied, to: &line)
            case .rateOfDirectCosts:
                rates.append(index)
                chargeLines.append(line)
                continue
            }
            if case .refundableDeposit(let amount) = charge.basis {
                try CostProjection.add(line, to: &depositsPaid)
                try CostProjection.add(amount, times: households.enteredEnding, to: &depositsReturned)
            } else if charge.kind == .indirect {
                try CostProjection.add(line, to: &indirect)
            } else if charge.account == ChargeLine.staffAccount {
                try CostProjection.add(line, to: &staff)
            } else {
                try CostProjection.add(line, to: &directNonStaff)
            }
            chargeLines.append(line)
        }
        // A rate of direct costs (indirect charges only), rounded on the running total so the
        // months add up to the rate of the whole: Σ parts = round(rate × Σ direct).
        var direct = staff
        try CostProjection.add(directNonStaff, to: &direct)
        for index in rates {
            guard case .rateOfDirectCosts(let rate) = op.charges[index].basis else { continue }
            var line = [Money](filledWith: .zero, count: tableMonths)
            try line.withUnsafeMutableBufferPointer { line in
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
            try CostProjection.add(line, to: &indirect)
            chargeLines[index] = line
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
        var (staffTotal, directTotal, indirectTotal) = (Money.zero, Money.zero, Money.zero)
        for t in months.clamped(to: 0..<staff.count) {
            staffTotal = try staffTotal + staff[t]
            directTotal = try directTotal + direct[t]
            indirectTotal = try indirectTotal + indirect[t]
        }
        return (staffTotal, directTotal, indirectTotal)
    }

    /// Adds `other`'s categories and FTE into these, month by month (its posts and charge lines are its own): the
    /// programme's totals, added once for the monthly table and the budgets rather than at each month and category.
    mutating func add(_ other: borrowing CostProjection) throws {
        try CostProjection.add(other.staff, to: &staff)
        try CostProjection.add(other.directNonStaff, to: &directNonStaff)
        try CostProjection.add(other.indirect, to: &indirect)
        try CostProjection.add(other.depositsPaid, to: &depositsPaid)
        try CostProjection.add(other.depositsReturned, to: &depositsReturned)
        for t in other.fteHundredths.indices { fteHundredths[t] += other.fteHundredths[t] }
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
