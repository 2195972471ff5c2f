/// One line of an operator's monthly count: households accompanied in a month
/// ("au mois le mois", appel à projets VIAL, Pas-de-Calais, 2025, "3. Modalités de financement").
public struct ActualCount: Sendable, Hashable {
    public let month: YearMonth
    public let operatorID: OperatorID
    public let measures: Int64
    /// The line of the file it was read from, for messages.
    public let line: Int

    public init(month: YearMonth, operatorID: OperatorID, measures: Int64, line: Int) {
        self.month = month
        self.operatorID = operatorID
        self.measures = measures
        self.line = line
    }
}

/// A count that cannot be settled, with the line it came from.
public struct ActualsError: Error, Equatable, Sendable {
    public enum Problem: Equatable, Sendable {
        case unknownOperator(String, known: [String])
        case monthOutsideConvention(YearMonth, programme: Period)
        /// The month and operator counted again, and the line that counted them first.
        case duplicate(firstLine: Int, month: YearMonth, operatorID: String)
        case aboveCapacity(measures: Int64, capacity: Int64)
    }

    public let line: Int
    public let problem: Problem

    public init(line: Int, problem: Problem) {
        self.line = line
        self.problem = problem
    }
}
