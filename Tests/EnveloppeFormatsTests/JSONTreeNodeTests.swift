import Testing

@testable import EnveloppeFormats

/// A node of the parsed tree keeps its offsets and indices in 32 bits: every value a document under 4 GiB can
/// give is read back as it was set, and a larger document is refused, its reason worded in French.
@Suite struct JSONTreeNodeTests {
    @Test func offsetsAndIndicesUpTo4GiBAreReadBackAsSet() {
        let limit = Int(UInt32.max) - 1
        for value in [0, 1, 255, 65_536, Int(Int32.max), Int(Int32.max) + 1, limit] {
            var node = JSONTree.Node(kind: .string, start: value, end: value, next: value, escapedText: min(value, Int(Int32.max)))
            node.count = value
            #expect(node.start == value && node.end == value && node.next == value && node.count == value, "\(value)")
            #expect(node.escapedText == min(value, Int(Int32.max)), "\(value)")
            node.next = limit - value
            #expect(node.next == limit - value, "\(value)")
        }
        // A string with no escape has none.
        #expect(JSONTree.Node(kind: .string, start: 1, end: 2, next: 3).escapedText == -1)
        #expect(MemoryLayout<JSONTree.Node>.size <= 24)
    }

    /// The parser refuses a document larger than its limit (4 GiB by default; a few bytes here), before reading it,
    /// and the reason is given in French.
    @Test func aDocumentLargerThanTheLimitIsRefusedInFrench() throws {
        #expect(JSONParser.maximumBytes == Int(UInt32.max))
        let bytes = Array(#"{"a": 1}"#.utf8)
        #expect((try? JSONParser.tree(bytes, maximumBytes: bytes.count)) != nil)
        do {
            _ = try JSONParser.tree(bytes, maximumBytes: bytes.count - 1)
            Issue.record("a document over the limit was read")
        } catch {
            #expect(error.line == 1 && error.column == 1)
            #expect(Wording(.fr).frenchDetail(error.detail) == "document trop volumineux (4 Gio ou plus)")
        }
    }
}
