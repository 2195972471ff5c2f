/// A page's bytes as they are written: markup appended as it is, text escaped on the way (``HTML/escape(_:)``).
/// For the pages that grow with the programme, tens of megabytes for a national one, where building strings piece
/// by piece and escaping each would cost more than writing the bytes once. The bytes go into chunks of a fixed
/// size, never moved as the page grows, and are copied once, into the page's bytes.
struct HTMLWriter {
    private var chunks: [[UInt8]] = []
    private var chunk: [UInt8] = []
    private static let chunkSize = 1 << 20

    /// Appends `markup` as it is: tags, and text known to hold none of the characters HTML escapes.
    mutating func markup(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes in
            makeRoom(for: bytes.count)
            chunk.append(contentsOf: bytes)
        }
    }

    /// Appends markup already encoded.
    mutating func markup(_ markup: [UInt8]) {
        makeRoom(for: markup.count)
        chunk.append(contentsOf: markup)
    }

    /// Appends `text`, escaped.
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            makeRoom(for: 6 * bytes.count)  // `'` becomes `&#39;`, six bytes for one at most
            HTML.append(escaping: bytes, to: &chunk)
        }
    }

    /// Appends text already in UTF-8 bytes, escaped.
    mutating func text(_ bytes: [UInt8]) {
        makeRoom(for: 6 * bytes.count)
        bytes.withUnsafeBufferPointer { HTML.append(escaping: $0, to: &chunk) }
    }

    /// Starts a new chunk unless `count` more bytes fit in this one, so that appending never reallocates.
    private mutating func makeRoom(for count: Int) {
        guard chunk.count + count > chunk.capacity else { return }
        if !chunk.isEmpty { chunks.append(chunk) }
        chunk = []
        chunk.reserveCapacity(max(HTMLWriter.chunkSize, count))
    }

    /// What is written, in one array: UTF-8, since only strings and their escapes went in.
    var bytes: [UInt8] {
        var all: [UInt8] = []
        all.reserveCapacity(chunks.reduce(chunk.count) { $0 + $1.count })
        for bytes in chunks { all.append(contentsOf: bytes) }
        all.append(contentsOf: chunk)
        return all
    }
}
