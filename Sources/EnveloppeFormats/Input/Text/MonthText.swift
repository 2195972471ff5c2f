import Enveloppe

/// A month as people write it in a cell or a CSV: `2025-09`, `09/2025`, `9/2025`, or in words as the reports
/// print it, `sept. 2025`, `septembre 2025`, `Sep 2025` (a workbook shows its months that way, and a person copies
/// what they see). Case and accents do not matter; anything else is no month.
public enum MonthText {
    public static func read(_ text: String) -> YearMonth? {
        let trimmed = text.trimmingWhitespace
        if let month = try? YearMonth(parsing: trimmed) { return month }
        let slash = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if slash.count == 2, (1...2).contains(slash[0].count), slash[1].count == 4, let month = Int(slash[0]), let year = Int(slash[1]),
            (1...12).contains(month)
        {
            return YearMonth(year: year, month: month)
        }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
        guard words.count == 2, words[1].count == 4, let year = Int(words[1]), let month = number(of: String(words[0])) else { return nil }
        return YearMonth(year: year, month: month)
    }

    /// 1 to 12 for a month's name or its abbreviation, French or English, with or without its full stop.
    static func number(of word: String) -> Int? {
        var name = word.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        let plain = String(
            name.map { c -> Character in
                switch c {
                case "é", "è", "ê": "e"
                case "û", "ù": "u"
                case "ô": "o"
                default: c
                }
            })
        return names.first { $0.value.contains(plain) }?.key
    }

    private static let names: [Int: Set<String>] = [
        1: ["janvier", "janv", "jan", "january"], 2: ["fevrier", "fevr", "fev", "feb", "february"], 3: ["mars", "mar", "march"],
        4: ["avril", "avr", "apr", "april"], 5: ["mai", "may"], 6: ["juin", "jun", "june"], 7: ["juillet", "juil", "jul", "july"],
        8: ["aout", "aug", "august"], 9: ["septembre", "sept", "sep", "september"], 10: ["octobre", "oct", "october"],
        11: ["novembre", "nov", "november"], 12: ["decembre", "dec", "december"],
    ]
}
