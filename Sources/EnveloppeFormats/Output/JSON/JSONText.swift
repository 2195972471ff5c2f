/// A JSON document as a command writes it: its UTF-8 bytes, with no `String` of them beside (the national
/// report is 12 MB of JSON; a string and a copy of its bytes held together doubled that in the peak).
///
/// It reads as a rendered string does: ``utf8`` for a parser, ``bytes`` for a ``Document``.
struct JSONText: Sendable {
    /// The text's UTF-8 bytes, ending with a newline.
    let utf8: [UInt8]

    init(_ value: JSONValue) { utf8 = JSONWriter.bytes(value) }

    /// Bytes written as JSON already, by a ``JSONStream``.
    init(utf8: [UInt8]) { self.utf8 = utf8 }

    /// The bytes a ``Document`` renders, as `String.bytes` gives those of the other formats.
    var bytes: [UInt8] { utf8 }
}
