/// Writes a ``JSONValue`` as indented JSON, keys in the order given.
///
/// The text's length is counted first, then its UTF-8 bytes are written straight into a buffer of that length:
/// appending piece by piece and a string's characters scalar by scalar cost about ten times as much, and a growing
/// buffer copied at the end held up to twice the text. A document is written as bytes (``bytes(_:)``), what the
/// commands write: the national report is 12 MB of JSON, and a `String` of it beside its bytes doubled that.
public enum JSONWriter {
    /// The text as a string, for a caller that reads or edits it (a starter scenario, a converted file).
    public static func write(_ value: JSONValue) -> String {
        let length = size(value, indent: 0) + 1
        return String(unsafeUninitializedCapacity: length) { fill($0, length: length, with: value) }
    }

    /// The text's UTF-8 bytes, without a string of them: nothing checks again bytes written here from valid strings.
    static func bytes(_ value: JSONValue) -> [UInt8] {
        let length = size(value, indent: 0) + 1
        return [UInt8](unsafeUninitializedCapacity: length) { buffer, count in count = fill(buffer, length: length, with: value) }
    }

    /// Writes `value` and a final newline, `length` bytes in all, at the start of `buffer`; returns `length`.
    private static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, length: Int, with value: JSONValue) -> Int {
        var out = Output(buffer: buffer)
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        precondition(out.count == length, "JSONWriter: the text's length was miscounted")
        return length
    }

    /// `text` in double quotes, escaped as in ``write(_:)``.
    static func quoted(_ text: String) -> String {
        let length = JSONQuoting.size(text)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var out = Output(buffer: buffer)
            JSONQuoting.quote(text, into: &out)
            return out.count
        }
    }

    /// The bytes written so far into a buffer of the exact length.
    private struct Output: JSONByteSink {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        mutating func append(_ byte: UInt8) {
            precondition(count < buffer.count)
            buffer[count] = byte
            count += 1
        }

        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            precondition(count + bytes.count <= buffer.count)
            (buffer.baseAddress! + count).update(from: base, count: bytes.count)
            count += bytes.count
        }

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { append($0) }
        }

        /// Two spaces per level, set in one go (a report has hundreds of thousands of indented lines).
        mutating func pad(_ levels: Int) {
            precondition(count + 2 * levels <= buffer.count)
            (buffer.baseAddress! + count).initialize(repeating: UInt8(ascii: " "), count: 2 * levels)
            count += 2 * levels
        }
    }

    /// The length in bytes of what ``write(value:indent:into:)`` writes.
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

    private static func write(_ value: JSONValue, indent: Int, into out: inout Output) {
        switch value {
        case .object(let members):
            guard !members.isEmpty else {
                out.append("{}")
                return
            }
            out.append("{\n")
            for (index, member) in members.enumerated() {
                out.pad(indent + 1)
                JSONQuoting.quote(member.key, into: &out)
                out.append(": ")
                write(member.value, indent: indent + 1, into: &out)
                out.append(index < members.count - 1 ? ",\n" : "\n")
            }
            out.pad(indent)
            out.append(UInt8(ascii: "}"))
        case .array(let elements):
            guard !elements.isEmpty else {
                out.append("[]")
                return
            }
            out.append("[\n")
            for (index, element) in elements.enumerated() {
                out.pad(indent + 1)
                write(element, indent: indent + 1, into: &out)
                out.append(index < elements.count - 1 ? ",\n" : "\n")
            }
            out.pad(indent)
            out.append(UInt8(ascii: "]"))
        case .string(let text): JSONQuoting.quote(text, into: &out)
        case .number(let literal): out.append(literal)
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .null: out.append("null")
        }
    }
}

extension JSONValue {
    /// An object from key-value pairs, in order.
    static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { Member(key: $0.key, value: $0.value) })
    }
}
