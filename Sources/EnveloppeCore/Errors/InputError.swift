/// Bad input, with the path of the field at fault and the facts of the problem.
///
/// The wording for people (French or English) is the renderers' business; this
/// type only carries facts, so tests can compare them and messages stay one line.
public struct InputError: Error, Equatable, Sendable {
    /// The field path, e.g. `operators[1].staff[0].fte`; empty for the whole file.
    public let path: String
    public let problem: Problem

    public init(_ path: String, _ problem: Problem) {
        self.path = path
        self.problem = problem
    }

    /// What a field should have held.
    public enum Expected: String, Sendable, Equatable {
        case object, array, text, amount, rate, integer, month, fte, units, boolean
    }

    /// A value compared with a limit in a message: an amount, a rate or a number of months.
    public enum Bound: Equatable, Sendable {
        case money(Money)
        case rate(Rate)
        case months(Int64)
    }

    public enum Problem: Equatable, Sendable {
        /// The bytes are not JSON; line and column are 1-based.
        case invalidJSON(line: Int, column: Int, detail: String)
        case missing
        /// Missing while `other` (a field path or a cell) is given: the two go together (a convention's start and length).
        case missingWith(other: String)
        /// A key the format does not know (a typo must not be silently ignored).
        case unknownField(allowed: [String])
        case duplicateField
        /// `found` names the JSON kind that stood there (`a string`, `null`…).
        case wrongType(expected: Expected, found: String)
        case invalidNumber(expected: Expected, text: String, failure: DecimalText.Failure)
        case negative(expected: Expected, text: String)
        case notWhole(text: String)
        /// Zero where only a positive quantity makes sense (a line funding zero units).
        case notPositive(expected: Expected, text: String)
        case rateAboveHundredPercent(text: String)
        case invalidMonth(text: String)
        case unknownPreset(name: String, known: [String])
        case notOneOf(text: String, allowed: [String])
        case duplicateIdentifier(String)
        case emptyList
        /// Exactly one of these fields must be given (at the error's path).
        case exactlyOneOf([String])
        case emptyText
        /// A value the call's text does not state, which the scenario must.
        case requiredByCall(document: String, example: String)
        /// A number outside the range the format accepts.
        case outOfRange(text: String, minimum: Int64, maximum: Int64)
        /// More than allowed here (more households leaving than are accompanied, minimums above the envelope).
        case exceedsCapacity(value: Int64, capacity: Int64)
        /// Candidates' minimums that add up to more than the envelope shared.
        case minimumsAboveEnvelope(minimums: Int64, envelope: Int64)
        /// A candidate's minimum above what it asks for.
        case minimumAboveRequest(minimum: Int64, requested: Int64)
        /// A schedule that would accompany more households at once than the operator has places.
        case exceedsPlaces(households: Int64, places: Int64)
        /// An identifier in `expected` that no figure has; `close` are identifiers that look like it.
        case unknownFigure(id: String, close: [String])
        /// A rule set beyond what the call's text allows (e.g. more than "7 000 €" per household).
        case beyondCall(value: Bound, limit: Bound, document: String)
        /// A month outside the programme, which runs from `first` to `last`.
        case monthOutside(month: YearMonth, first: YearMonth, last: YearMonth)
        /// A month that comes before another it must follow (e.g. the last entry before the first).
        case monthBefore(text: String, other: String)
        /// A number of months that is not a multiple of the step the call allows (VIAL renews by 6 months).
        case notAMultiple(text: String, step: Int64, document: String)
        /// Something the call's text does not provide for (a derogation, a renewal).
        case notProvidedByCall(document: String)
        /// An envelope in measures under a call that prices none (Montpellier funds a team, not measures).
        case noPricePerMeasure(document: String)
        /// A computation on these inputs leaves the range of exact amounts.
        case overflow
        /// Shares that add up to more than the whole (instalments beyond the grant).
        case ratesAboveWhole(total: Rate)
        /// A list that must have as many elements as another (weights and values).
        case countMismatch(expected: Int64, found: Int64)
        /// A value outside the bounds other fields set (a distribution's `likely` outside `min`…`max`).
        case outsideBounds(text: String, low: String, high: String)
        /// An uncertainty on something the scenario does not have (a ramp-up where no operator ramps up).
        case nothingToVary(requires: String)
    }
}

/// A list of input errors found in one pass, reported first-to-last.
public struct InputErrors: Error, Equatable, Sendable {
    public let errors: [InputError]
    public init(_ errors: [InputError]) { self.errors = errors }
}
