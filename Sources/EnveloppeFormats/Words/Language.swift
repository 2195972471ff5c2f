/// The language of the output: French by default, English with `--lang en`.
public enum Language: String, Sendable, CaseIterable {
    case fr, en

    /// Picks the French or the English text.
    func pick(_ french: String, _ english: String) -> String { self == .fr ? french : english }
}
