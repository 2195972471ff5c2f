/// One operator's households month by month: entries, households accompanied,
/// households in their dwelling, accompaniments ending.
///
/// Households are counted in cohorts by the month they entered, so the work is
/// linear in the number of months (an early exit walks at most one
/// accompaniment's length of cohorts). Early exits are taken from the
/// households accompanied longest; they are the ones already housed.
public struct HouseholdProjection: Sendable, Hashable {
    /// Households accompanied, per month of the programme (measure-months).
    public let accompanied: [Int64]
    /// Households entering (not counting those already accompanied at the start).
    public let entries: [Int64]
    /// Households whose accompaniment ends (first month no longer accompanied), early or not.
    public let exits: [Int64]
    /// Households accompanied and in their dwelling (dwelling-months).
    public let housed: [Int64]
    /// Of the households who entered, those whose lease slides each month, over `tableMonths`
    /// (their deposit comes back); later ones are counted in ``depositsOutstandingAfter``.
    public let enteredEnding: [Int64]
    /// Entered households whose accompaniment ends after the table's last month.
    public let depositsOutstandingAfter: Int64
    /// Households still accompanied when the programme ends, their accompaniment running on.
    public let continuingAfterProgramme: Int64

    /// Projects `intake` over `programme` for an operator of `capacity` households.
    ///
    /// - Parameters:
    ///   - accompanimentMonths: the call's length of one accompaniment (renewals are added).
    ///   - tableMonths: months of the monthly table (at least the programme's).
    ///   - path: the operator's field path, for errors.
    /// - Throws: ``InputError`` when the schedule would exceed the capacity, an entry
    ///   falls outside the programme, or more households leave than are accompanied.
    public init(
        intake: Intake, capacity: Int64, accompanimentMonths: Int, programme: Period, tableMonths: Int, path: String
    ) throws(InputError) {
        let n = programme.months
        var intakePath: String { path + ".intake" }  // for an error only
        // The call's renewal limits are checked by Validation, for every command.
        let length = accompanimentMonths + intake.renewalMonths
        let offset = programme.start.months(to: intake.start ?? programme.start)
        guard (0..<n).contains(offset) else {
            throw InputError(
                "\(intakePath).start", .monthOutside(month: intake.start ?? programme.start, first: programme.start, last: programme.end))
        }
        let lastEntry = intake.lastEntry.map { programme.start.months(to: $0) } ?? n - 1
        // The series below are written without a bounds check: what their indices rest on, checked once.
        precondition(
            length >= 0 && intake.refillDelayMonths >= 0 && intake.monthsBeforeDwelling >= 0 && tableMonths >= n,
            "lengths and delays of zero or more, a table at least the programme's")
        let size = max(n, tableMonths) + length + 1
        // The seven series in one block, written through pointers, the four working ones `size` long (at least
        // `tableMonths` and `n`, with room for the last cohort's end), the three kept ones `n` long: arrays written by
        // index in a loop that may throw were each checked at each month for being shared, and made one by one
        // (docs/performance.md, nineteenth pass). The kept series are copied out at the end.
        let work = UnsafeMutableBufferPointer<Int64>.allocate(capacity: 4 * size + 3 * n)
        work.initialize(repeating: 0)
        defer { work.deallocate() }
        func series(_ index: Int, _ count: Int, after offset: Int = 0) -> UnsafeMutableBufferPointer<Int64> {
            UnsafeMutableBufferPointer(rebasing: work[(offset + index * count)..<(offset + (index + 1) * count)])
        }
        let enteredStarts = series(0, size)
        let enteredEnds = series(1, size)
        let initialEnds = series(2, size)
        let cohortRemaining = series(3, size)  // by entry month, still to end on schedule
        let accompanied = series(0, n, after: 4 * size)
        let housed = series(1, n, after: 4 * size)
        let exits = series(2, n, after: 4 * size)
        var initialRemaining = intake.initial
        initialEnds[min(length, size - 1)] += intake.initial
        var entryIndex: [Int: Int] = [:]  // the month's entry in `entries`, named only for an error
        if case .explicit(let list) = intake.entries {
            for (k, count) in list.enumerated() where count > 0 {
                let t = offset + k
                guard t < n else {
                    throw InputError(
                        "\(intakePath).entries[\(k)]",
                        .monthOutside(month: programme.start.adding(months: t), first: programme.start, last: programme.end))
                }
                enteredStarts[t] += count
                enteredEnds[t + length] += count
                cohortRemaining[t] += count
                entryIndex[t] = k
            }
        }
        // The early exits in the order of their months (in the file's order within a month), met by a cursor as the
        // months go: no table looked up at each month of each operator.
        var exitMonths: [Int] = []
        exitMonths.reserveCapacity(intake.earlyExits.count)
        for (index, exit) in intake.earlyExits.enumerated() {
            let t = programme.start.months(to: exit.month)
            guard (0..<n).contains(t) else {
                throw InputError(
                    "\(intakePath).earlyExits[\(index)].month", .monthOutside(month: exit.month, first: programme.start, last: programme.end))
            }
            exitMonths.append(t)
        }
        let exitOrder = exitMonths.indices.sorted { (exitMonths[$0], $0) < (exitMonths[$1], $1) }
        var nextExit = 0

        var active: Int64 = 0
        var recentEntries: Int64 = 0  // entered within the last `monthsBeforeDwelling` months
        var recentlyFreed: Int64 = 0  // places freed within the last `refillDelayMonths` months
        let before = intake.monthsBeforeDwelling
        let delay = intake.refillDelayMonths
        for t in 0..<n {
            while nextExit < exitOrder.count, exitMonths[exitOrder[nextExit]] == t {
                let exit = (index: exitOrder[nextExit], households: intake.earlyExits[exitOrder[nextExit]].households)
                nextExit += 1
                var left = exit.households
                let fromInitial = min(left, t > 0 && t < length ? initialRemaining : 0)
                initialRemaining -= fromInitial
                initialEnds[length] -= fromInitial
                initialEnds[t] += fromInitial
                left -= fromInitial
                var s = max(0, t - length + 1)
                while left > 0 && s < t {
                    let taken = min(left, cohortRemaining[s])
                    if taken > 0 {
                        cohortRemaining[s] -= taken
                        enteredEnds[s + length] -= taken
                        enteredEnds[t] += taken
                        left -= taken
                    }
                    s += 1
                }
                guard left == 0 else {
                    throw InputError(
                        "\(intakePath).earlyExits[\(exit.index)].households",
                        .exceedsCapacity(value: exit.households, capacity: exit.households - left))
                }
            }
            let ending = enteredEnds[t] + initialEnds[t]
            exits[t] = ending
            if delay > 0 {
                recentlyFreed += ending
                if t - delay >= 0 { recentlyFreed -= exits[t - delay] }
            }
            if t == 0 { active += intake.initial }
            active += enteredStarts[t] - ending
            if case .rampUp(let perMonth) = intake.entries, t >= offset, t <= lastEntry {
                let free = max(0, capacity - active - recentlyFreed)
                let count = min(perMonth, free)
                enteredStarts[t] += count
                enteredEnds[t + length] += count
                cohortRemaining[t] += count
                active += count
            }
            guard active <= capacity else {
                throw InputError(
                    entryIndex[t].map { "\(intakePath).entries[\($0)]" }
                        ?? (t == 0 && intake.initial > 0 ? "\(intakePath).initial" : "\(path).households"),
                    .exceedsPlaces(households: active, places: capacity))
            }
            recentEntries += enteredStarts[t]
            if before > 0 && t - before >= 0 { recentEntries -= enteredStarts[t - before] }
            accompanied[t] = active
            housed[t] = active - (before > 0 ? min(active, recentEntries) : 0)
        }
        self.depositsOutstandingAfter = enteredEnds[tableMonths...].reduce(0, +)
        self.continuingAfterProgramme = enteredEnds[(n + 1)...].reduce(0, +) + initialEnds[(n + 1)...].reduce(0, +)
        self.accompanied = Array(accompanied)
        self.entries = Array(enteredStarts[..<n])
        self.exits = Array(exits)
        self.housed = Array(housed)
        self.enteredEnding = Array(enteredEnds[..<tableMonths])
    }
}
