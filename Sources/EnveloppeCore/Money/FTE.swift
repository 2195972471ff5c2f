/// A number of full-time equivalents (ETP), exact to the hundredth (0,5 ETP, 1,25 ETP).
public struct FTE: Sendable, Hashable, Comparable {
    /// Hundredths of a full-time post: 0,5 ETP is 50.
    public let hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }
    public init(_ whole: Int64) { self.hundredths = whole * 100 }

    /// Reads `0.5`, `0,5`, `8`: at most two decimals.
    public init(parsing text: String) throws(DecimalText.Failure) {
        self.hundredths = try DecimalText.parse(text, fractionDigits: 2)
    }

    /// The same as ``init(parsing:)`` from the text's UTF-8 bytes (the text is read as those bytes).
    public init(parsingUTF8 bytes: UnsafeBufferPointer<UInt8>) throws(DecimalText.Failure) {
        self.hundredths = try DecimalText.parse(bytes, fractionDigits: 2)
    }

    public static let zero = FTE(hundredths: 0)
    public static func < (lhs: FTE, rhs: FTE) -> Bool { lhs.hundredths < rhs.hundredths }
    public static func + (lhs: FTE, rhs: FTE) -> FTE { FTE(hundredths: lhs.hundredths + rhs.hundredths) }

    /// The FTE as an exact ratio of one full-time post.
    public var rate: Rate { Rate(hundredths, over: 100) }
}
