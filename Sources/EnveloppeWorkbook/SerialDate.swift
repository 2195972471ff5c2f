/// Dates as spreadsheet serial numbers (days since 1899-12-30, the epoch that makes
/// Excel's phantom 29 February 1900 harmless for every date after it).
enum SerialDate {
    /// Days from 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static let epoch1900 = daysFromCivil(year: 1899, month: 12, day: 30)
    static let epoch1904 = daysFromCivil(year: 1904, month: 1, day: 1)

    static func serial(year: Int, month: Int, day: Int) -> Int {
        daysFromCivil(year: year, month: month, day: day) - epoch1900
    }

    /// The date of a serial; serials before 1 March 1900 account for Excel's phantom leap day.
    static func date(serial: Int, base1904: Bool = false) -> (year: Int, month: Int, day: Int)? {
        guard serial >= 0, serial <= 2_958_465 else { return nil }  // up to 9999-12-31
        if base1904 { return civil(fromDays: epoch1904 + serial) }
        return civil(fromDays: epoch1900 + (serial > 0 && serial < 60 ? serial + 1 : serial))
    }
}
