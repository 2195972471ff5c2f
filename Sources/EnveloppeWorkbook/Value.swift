/// What a cell holds. Numbers are exact decimal text so no binary floating point ever
/// touches an amount on its way to the file.
public enum Value: Sendable, Hashable {
    case empty
    case text(String)
    /// A plain decimal `-?[0-9]+(\.[0-9]+)?`; anything else is a precondition failure when written.
    case number(String)
    case boolean(Bool)
    case date(year: Int, month: Int, day: Int)
}
