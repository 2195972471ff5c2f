import Enveloppe

/// A month as people write it in a cell or a CSV: `2025-09`, `09/2025`, `9/2025`, or in words as the reports
/// print it, `sept. 2025`, `septembre 2025`, `Sep 2025` (a workbook shows its months that way, and a person copies
/// what they see). Case and accents do not matter.
///
/// Also the forms a spreadsheet gives a month it took for a date (Excel turns `03/2023` typed in a cell into the
/// 1st of March): the first day of the month, `01/03/2023` or `2023-03-01`, and Excel's month format, `mars-23`,
/// `janv.-24`, `Mar-2023`. A date of another day is no month (`03/12/2023` may be read either way round), nor is any
/// other text.
public enum MonthText {
    public static func read(_ text: String) -> YearMonth? {
        let trimmed = text.trimmingWhitespace
        if let month = try? YearMonth(parsing: trimmed) { return month }
        let slash = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if slash.count == 2, (1...2).contains(slash[0].count), slash[1].count == 4, let month = digits(slash[0]), let year = digits(slash[1]),
            (1...12).contains(month)
        {
            return YearMonth(year: year, month: month)
        }
        // The first of the month, as a French spreadsheet writes a date: 01/03/2023.
        if slash.count == 3, digits(slash[0]) == 1, (1...2).contains(slash[1].count), slash[2].count == 4, let month = digits(slash[1]),
            let year = digits(slash[2]), (1...12).contains(month)
        {
            return YearMonth(year: year, month: month)
        }
        let dash = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        // The first of the month, as an ISO date: 2023-03-01.
        if dash.count == 3, dash[0].count == 4, dash[1].count == 2, dash[2].count == 2, digits(dash[2]) == 1, let year = digits(dash[0]),
            let month = digits(dash[1]), (1...12).contains(month)
        {
            return YearMonth(year: year, month: month)
        }
        // Excel's month format: mars-23, janv.-24, Mar-2023 (two digits are a year of this century).
        if dash.count == 2, dash[1].count == 2 || dash[1].count == 4, let year = digits(dash[1]), let month = number(of: String(dash[0])) {
            return YearMonth(year: dash[1].count == 2 ? 2000 + year : year, month: month)
        }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
        guard words.count == 2, words[1].count == 4, let year = digits(words[1]), let month = number(of: String(words[0])) else { return nil }
        return YearMonth(year: year, month: month)
    }

    /// The number a run of ASCII digits writes; `nil` for anything else (a sign, a space, another digit).
    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(text)
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
