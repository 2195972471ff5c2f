/// The display formats the tool's tables need, each written as the matching native
/// format of Excel and LibreOffice (French conventions: `1 234,56 €`, `25 %`).
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
    var excel: (builtinID: Int?, code: String) {
        switch self {
        case .general: return (0, "General")
        case .integer: return (3, "#,##0")
        case .decimal(let places): return places <= 0 ? (3, "#,##0") : (nil, "#,##0." + String(repeating: "0", count: places))
        case .currency: return (nil, #"#,##0.00\ "€";\-#,##0.00\ "€""#)
        case .percent(let places): return places <= 0 ? (9, "0%") : (nil, "0." + String(repeating: "0", count: places) + "%")
        case .monthYear: return (nil, "mmm yyyy")
        case .date: return (nil, "dd/mm/yyyy")
        }
    }
}
