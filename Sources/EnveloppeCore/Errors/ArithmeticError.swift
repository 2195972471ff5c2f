/// An exact computation whose result does not fit its type.
///
/// Money never wraps and never traps: an amount that would leave the range of
/// `Int64` cents is reported to the caller, which turns it into a message.
public enum ArithmeticError: Error, Equatable, Sendable {
    /// The result of `operation` exceeds what an `Int64` of cents can hold.
    case overflow(operation: String)
    /// A division by zero, e.g. a unit cost over zero households.
    case divisionByZero(operation: String)
}
