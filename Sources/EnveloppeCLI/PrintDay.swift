import EnveloppeFormats
import Glibc

/// The day an HTML page says it was printed: `ENVELOPPE_DATE` when set (`2025-03-31`: golden files and
/// reports dated on purpose), otherwise today's local date. The library has no clock; only the command reads it.
enum PrintDay {
    static let variable = "ENVELOPPE_DATE"

    static func resolved() throws -> PrintDate {
        if let value = getenv(variable) {
            let text = String(cString: value)
            guard let date = PrintDate(iso: text) else {
                throw Failure.message(
                    Localized(
                        "\(variable) attend une date AAAA-MM-JJ, par ex. 2025-03-31, trouvé « \(text) »",
                        "\(variable) needs a date YYYY-MM-DD, e.g. 2025-03-31, found '\(text)'"))
            }
            return date
        }
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil,
            let today = PrintDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        else { return PrintDate(year: 2000, month: 1, day: 1)! }
        return today
    }
}
