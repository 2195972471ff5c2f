/// Writes a ``JSONValue`` as indented JSON, keys in the order given, laid out by ``JSONStream``.
///
/// The text's length is counted first, so the stream's buffer is sized once: a growing buffer would be copied as
/// it grows. A document is written as bytes (``bytes(_:)``), what the commands write, with no `String` of them
/// beside.
public enum JSONWriter {
    /// The text as a string, for a caller that reads or edits it (a starter scenario, a converted file).
    public static func write(_ value: JSONValue) -> String { String(decoding: bytes(value), as: UTF8.self) }

    /// The text's UTF-8 bytes, with its final newline.
    static func bytes(_ value: JSONValue) -> [UInt8] {
        var stream = JSONStream(capacity: size(value, indent: 0) + 1)
        stream.value(value)
        return stream.text().utf8
    }

    /// `text` in double quotes, escaped as in ``write(_:)``.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(JSONQuoting.size(text))
        JSONQuoting.quote(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The length in bytes of `value` as ``JSONStream`` lays it out at depth `indent`.
    private static func size(_ value: JSONValue, indent: Int) -> Int {
        switch value {
        case .object(let members):
            guard !members.isEmpty else { return 2 }
            var total = 2 + 2 * indent + 1
            for (index, member) in members.enumerated() {
                total += 2 * (indent + 1) + JSONQuoting.size(member.key) + 2 + size(member.value, indent: indent + 1)
                total += index < members.count - 1 ? 2 : 1
            }
            return total
        case .array(let elements):
            guard !elements.isEmpty else { return 2 }
            var total = 2 + 2 * indent + 1
            for (index, element) in elements.enumerated() {
                total += 2 * (indent + 1) + size(element, indent: indent + 1) + (index < elements.count - 1 ? 2 : 1)
            }
            return total
        case .string(let text): return JSONQuoting.size(text)
        case .number(let literal): return literal.utf8.count
        case .bool(let flag): return flag ? 4 : 5
        case .null: return 4
        }
    }
}

extension JSONValue {
    /// An object from key-value pairs, in order.
    static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { Member(key: $0.key, value: $0.value) })
    }
}
