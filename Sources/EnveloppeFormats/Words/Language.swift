/// The language of the output: French by default, English with `--lang en`.
public enum Language: String, Sendable, CaseIterable {
    case fr, en

    /// Picks the French or the English text, making only the one picked (the other's interpolations, a sentence's
    /// amounts formatted, are never made: a national programme's page words hundreds of thousands of them).
    func pick(_ french: @autoclosure () throws -> String, _ english: @autoclosure () throws -> String) rethrows -> String {
        self == .fr ? try french() : try english()
    }
}
