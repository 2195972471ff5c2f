/// The display formats the tool's tables need, each written as the matching native
/// format of Excel and LibreOffice (French conventions: `1 234,56 €`, `25 %`), pinned to French
/// in both formats so a reader's own locale does not change them.
public enum NumberFormat: Sendable, Hashable {
    case general
    /// Whole number with thousands grouping.
    case integer
    /// Fixed decimal places with thousands grouping.
    case decimal(places: Int)
    /// Euros, 2 decimals, the symbol after the number, negatives with a minus.
    case currency
    /// A fraction shown as a percentage (0.25 → 25 %).
    case percent(places: Int)
    /// A date shown as abbreviated month and year (`sept. 2025`).
    case monthYear
    /// A date shown as `dd/mm/yyyy`.
    case date

    var isDate: Bool { self == .monthYear || self == .date }

    /// The Excel number format code, or the built-in format id when one matches exactly.
    ///
    /// Each code but `General` starts every section with the locale tag `[$-40C]` (French, France:
    /// ECMA-376 `[$<currency>-<language id>]`, here without a currency string), so the code's `,` and `.`
    /// (always written the English way in the file) show as the French grouping space and decimal comma,
    /// and months with French names, whatever the reader's own locale: LibreOffice in English shows
    /// `577 000,00 €`, not `577,000.00 €`, as it does for the .ods, whose styles say `number:language="fr"`.
    /// (Excel takes the separators from the computer's settings whatever the code says; the tag gives it the
    /// French month names.) The built-in ids 3 (`#,##0`) and 9 (`0%`) are left for that reason: they have no tag.
    var excel: (builtinID: Int?, code: String) {
        switch self {
        case .general: return (0, "General")
        case .integer: return (nil, NumberFormat.french + "#,##0")
        case .decimal(let places): return (nil, NumberFormat.french + "#,##0" + NumberFormat.decimals(places))
        case .currency: return (nil, NumberFormat.french + #"#,##0.00\ "€";"# + NumberFormat.french + #"\-#,##0.00\ "€""#)
        case .percent(let places): return (nil, NumberFormat.french + "0" + NumberFormat.decimals(places) + #"\ %"#)
        case .monthYear: return (nil, NumberFormat.french + "mmm yyyy")
        case .date: return (nil, NumberFormat.french + "dd/mm/yyyy")
        }
    }

    /// The locale tag of French (France), LCID 0x040C.
    static let french = "[$-40C]"

    /// `.00` for 2 places, nothing for 0 (or fewer).
    private static func decimals(_ places: Int) -> String {
        places <= 0 ? "" : "." + String(repeating: "0", count: places)
    }
}
