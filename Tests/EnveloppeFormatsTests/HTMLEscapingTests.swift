import Foundation
import Testing

@testable import EnveloppeFormats

@Suite struct HTMLEscapingTests {
    @Test func theFiveCharactersBecomeReferences() {
        #expect(HTML.escape(#"a & b < c > d "e" l'f"#) == "a &amp; b &lt; c &gt; d &quot;e&quot; l&#39;f")
    }

    @Test func otherTextIsKeptAsItIs() {
        for text in ["", "1\u{202F}234,00\u{00A0}€", "├─ «\u{00A0}Financement\u{00A0}» → ok", "&amp", "Source: ok", "§1", "a:b;c", "ø¢"] {
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

    /// French typography: no line starts with « : » or ends with « « »; the spaces around guillemets, after § and
    /// before high punctuation become no-break spaces, and nothing else changes.
    @Test func frenchSpacesAreJoined() {
        let nb = "\u{00A0}"
        #expect(
            HTML.escape("Source : « 8 ETP » ; § Financements ! Oui ?") == "Source\(nb): «\(nb)8 ETP\(nb)»\(nb); §\(nb)Financements\(nb)! Oui\(nb)?")
        #expect(HTML.escape(" : ") == "\(nb): ")
        #expect(HTML.escape("« ") == "«\(nb)" && HTML.escape(" »") == "\(nb)»" && HTML.escape("«") == "«" && HTML.escape("»") == "»")
        #expect(HTML.escape("a < b : « c & d »") == "a &lt; b\(nb): «\(nb)c &amp; d\(nb)»")
        #expect(HTML.escape("Total: 3") == "Total: 3" && HTML.escape("é : è") == "é\(nb): è")
        // A number written by hand keeps its groups and its unit: « 350 000 € », « 60 % »; « 2 mois » may break.
        #expect(HTML.escape("soit 350 000 € et 60 % sur 2 mois") == "soit 350\(nb)000\(nb)€ et 60\(nb)% sur 2 mois")
        #expect(HTML.escape("1 234 567,89 €") == "1\(nb)234\(nb)567,89\(nb)€" && HTML.escape("3 ") == "3 " && HTML.escape(" 3") == " 3")
    }

    /// Whatever the text, escaping only adds references and swaps spaces for no-break spaces: remove both and the text
    /// comes back (generated texts over the characters that matter).
    @Test func escapingLosesNothing() {
        let alphabet = Array(" :;!?«»§&<>\"'aé€%19\u{00A0}")
        var random = TestRandom(state: 7)
        for _ in 0..<2_000 {
            let text = String((0..<random.next(below: 12)).map { _ in random.pick(alphabet) })
            let back = HTML.escape(text).replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "\u{00A0}", with: " ")
            #expect(back == text.replacingOccurrences(of: "\u{00A0}", with: " "), "\(text)")
        }
    }
}
