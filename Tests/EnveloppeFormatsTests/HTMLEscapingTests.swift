import Foundation
import Testing

@testable import EnveloppeFormats

@Suite struct HTMLEscapingTests {
    @Test func theFiveCharactersBecomeReferences() {
        #expect(HTML.escape(#"a & b < c > d "e" l'f"#) == "a &amp; b &lt; c &gt; d &quot;e&quot; l&#39;f")
    }

    @Test func otherTextIsKeptAsItIs() {
        for text in ["", "1\u{202F}234,00\u{00A0}€", "├─ « Financement » → ok", "&amp"] {
            #expect(HTML.escape(text) == text.replacingOccurrences(of: "&", with: "&amp;"))
        }
    }

    /// Each of the five, alone, at either end and between multi-byte characters.
    @Test(arguments: ["&", "<", ">", "\"", "'"])
    func escapesAtTheEdges(_ special: String) {
        let reference = HTML.escape(special)
        #expect(reference.hasPrefix("&") && reference.hasSuffix(";") && reference != special)
        #expect(HTML.escape(special + "é" + special + "€" + special) == reference + "é" + reference + "€" + reference)
    }
}
