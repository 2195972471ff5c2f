/// A parsed JSON document that keeps what Foundation's decoder loses:
/// numbers as their literal text (so `0.1` stays exactly 0.1), the order of
/// keys, duplicate keys, and where each value starts (for error messages).
public indirect enum JSONValue: Sendable, Equatable {
    case object([Member])
    case array([JSONValue])
    case string(String)
    /// The number exactly as written, e.g. `"346200.00"`.
    case number(String)
    case bool(Bool)
    case null

    public struct Member: Sendable, Equatable {
        public let key: String
        public let value: JSONValue
    }

    /// How the value's kind is named in messages ("a string", "null"…).
    public var kindName: String {
        switch self {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }
}
