/// The user's text as a message quotes it: every character a terminal would act on shown
/// visibly (a line break as ␊, an escape as ␛, NUL as ␀), and at most a short excerpt of a long
/// text, its length said, so that a 100 MB number is never echoed whole and no input can
/// rewrite the line a person reads.
public enum Excerpt {
    /// Characters kept of a longer text.
    public static let kept = 30

    public static func of(_ text: String, _ language: Language, kept: Int = kept) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            count += 1
            if count <= kept { out += visible(scalar) }
        }
        guard count > kept + 10 else { return count > kept ? visibleAll(text) : out }
        let total = Formatter(language).count(Int64(count))
        return out + "…" + language.pick(" (\(total) caractères)", " (\(total) characters)")
    }

    /// Every control character of `text` shown visibly, nothing cut: the safety net of a message line.
    public static func visibleAll(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isHidden) else { return text }
        return text.unicodeScalars.map(visible).joined()
    }

    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: String(Unicode.Scalar(0x2400 + scalar.value)!)  // the Control Pictures block: ␀ ␊ ␛ …
        case 0x7F: "␡"
        case _ where isHidden(scalar): "‹U+" + String(scalar.value, radix: 16, uppercase: true) + "›"
        default: String(scalar)
        }
    }
}

extension Wording {
    /// The user's `text`, quoted safely in a message (see ``Excerpt``).
    func excerpt(_ text: String) -> String { Excerpt.of(text, language) }
}
