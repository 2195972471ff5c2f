import EnveloppeFormats
import EnveloppeIO

/// A text in the tool's two languages, French first.
struct Localized: Sendable {
    let fr: String
    let en: String

    init(_ fr: String, _ en: String) {
        self.fr = fr
        self.en = en
    }

    /// The same words in both languages (a name, a command).
    init(_ both: String) { self.init(both, both) }

    /// The text in `language`.
    func `in`(_ language: Language) -> String { language == .fr ? fr : en }
}
