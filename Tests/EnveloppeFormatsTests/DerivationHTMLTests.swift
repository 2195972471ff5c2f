import Enveloppe
import Testing

@testable import EnveloppeFormats

/// The run page draws each figure's derivation itself, for speed: exactly as `enveloppe explain` does, escaped.
@Suite struct DerivationHTMLTests {
    @Test(arguments: ScenarioFilesTests.files)
    func everyDerivationIsExplainsTreeEscaped(_ file: String) throws {
        let evaluation = try ScenarioFilesTests.evaluation(file)
        for language in [Language.fr, .en] {
            var derivation = DerivationHTML(words: Wording(language))
            let explain = ExplainText(words: Wording(language))
            for figure in evaluation.allFigures {
                var page = HTMLWriter()
                derivation.write(figure, into: &page)
                #expect(String(decoding: page.bytes, as: UTF8.self) == HTML.escape(explain.tree(figure)), "\(file): \(figure.id) (\(language))")
            }
        }
    }
}
