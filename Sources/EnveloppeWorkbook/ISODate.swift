/// The date part of an ISO 8601 date or date-time (`2025-09-01`, `2025-09-01T12:00:00`),
/// as ODS date cells and xlsx `t="d"` cells store it.
enum ISODate {
    static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let datePart = text.trimmingSpaces.split(separator: "T", maxSplits: 1).first ?? ""
        var negative = false
        var body = Substring(datePart)
        if body.hasPrefix("-") {
            negative = true
            body = body.dropFirst()
        }
        let pieces = body.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.count <= 6 && $0.utf8.allSatisfy(DecimalText.isDigit) }),
            let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (negative ? -year : year, month, day)
    }
}
