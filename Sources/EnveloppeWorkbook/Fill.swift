/// Background colours with a meaning, so every table of the tool uses the same code:
/// headers, totals, failed and warned checks, passed checks, and cells a person fills in.
public enum Fill: Sendable, Hashable {
    case header, total, failure, warning, ok, input

    /// RGB hex, light enough for black text to stay readable when printed.
    var rgb: String {
        switch self {
        case .header: return "DCE6F1"
        case .total: return "E7E6E6"
        case .failure: return "F8CBCB"
        case .warning: return "FFE8B0"
        case .ok: return "D5EFD0"
        case .input: return "FFF7C2"
        }
    }
}
