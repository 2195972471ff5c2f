/// How a sheet prints on A4, decided from its column widths, the same way in both formats.
///
/// Fitting a wide sheet to the page width shrinks its text with it: the 21 columns of a monthly table
/// would print at about 5 points. So a sheet is fitted to the page width only when its text stays at
/// 7 points or more, a scale of at least 70 % (``minimumScale``) of LibreOffice's 10-point default font
/// (Excel's 11-point Calibri then prints at 7.7 points or more). A wider sheet flows: its columns go onto
/// further pages, across then down, and on every page its frozen rows and columns are repeated as print
/// titles (`_xlnm.Print_Titles` in an .xlsx, header rows and columns in an .ods), so a page of amounts
/// still says which month and which line they belong to. It flows over as few pages across as it would
/// need at 70 %, at the largest scale, up to 100 %, that keeps it to that many: no page left with a lone
/// column, and the text as large as that number of pages allows.
///
/// | sheet                                           | full size | scale to fit | printed                      |
/// |-------------------------------------------------|-----------|--------------|------------------------------|
/// | 4 columns of 56, 18, 64 and 40 characters       | 34.6 cm   | 78 %         | fitted to the page width     |
/// | 21 columns, 292 characters, the first one fixed | 59.7 cm   | 45 %         | 2 pages across, at 82 %      |
///
/// The widths are the .ods's (``columnWidth(characters:)``); LibreOffice measures an .xlsx's columns in
/// its default font, Calibri or a font with the same widths (Carlito). Another font in its place, wider,
/// prints the .xlsx a little smaller.
enum PrintLayout: Sendable, Hashable {
    /// One page wide, as many pages down as needed.
    case fitToWidth
    /// At `scale` percent (70 to 100), columns flowing onto further pages, across then down.
    case flowing(scale: Int)

    /// The smallest scale, in percent, a sheet is printed at.
    static let minimumScale = 70

    /// The width a page leaves for the cells, in hundredths of a centimetre: A4 less margins of 1.3 cm on
    /// each side (the .ods's; the .xlsx's half inch leaves a little more).
    static func printableWidth(landscape: Bool) -> Int {
        (landscape ? 2970 : 2100) - 2 * 130
    }

    /// A column of `characters` characters of the default font's digits, in hundredths of a centimetre:
    /// about 0.19 cm each, plus some padding. The .ods writes its column widths with this.
    static func columnWidth(characters: Int) -> Int {
        max(0, min(characters, 255)) * 19 + 20
    }

    /// A column with no width of its own: LibreOffice's default, 2.26 cm.
    static let defaultColumnWidth = 226

    init(_ sheet: Sheet) {
        let widths = PrintLayout.printedWidths(sheet)
        let printable = PrintLayout.printableWidth(landscape: sheet.landscape)
        if widths.reduce(0, +) * PrintLayout.minimumScale <= printable * 100 {
            self = .fitToWidth
            return
        }
        let titles = widths.prefix(max(0, sheet.frozenColumns)).reduce(0, +)
        let fewest = PrintLayout.pagesAcross(widths, titles: titles, capacity: printable * 100 / PrintLayout.minimumScale)
        let scale = stride(from: 100, to: PrintLayout.minimumScale, by: -1).first {
            PrintLayout.pagesAcross(widths, titles: titles, capacity: printable * 100 / $0) <= fewest
        }
        self = .flowing(scale: scale ?? PrintLayout.minimumScale)
    }

    /// The widths of the printed columns that hold something, in hundredths of a centimetre, at full size.
    static func printedWidths(_ sheet: Sheet) -> [Int] {
        var columns = 0
        for row in sheet.rows {
            if let last = row.lastIndex(where: { $0 != .empty }) { columns = max(columns, last + 1) }
        }
        if let printed = sheet.printedColumns { columns = min(columns, max(0, printed)) }
        return (0..<columns).map { index in
            index < sheet.columnWidths.count ? columnWidth(characters: sheet.columnWidths[index]) : defaultColumnWidth
        }
    }

    /// How many pages across the columns take when a page holds `capacity` (in the widths' unit): each page
    /// is filled with whole columns, and every page after the first starts with the repeated title columns,
    /// `titles` wide, as a spreadsheet paginates them. A column wider than a page still gets one.
    static func pagesAcross(_ widths: [Int], titles: Int, capacity: Int) -> Int {
        var pages = 1
        var used = 0
        for width in widths {
            if used > 0 && used + width > capacity {
                pages += 1
                used = titles
            }
            used += width
        }
        return pages
    }
}

extension Sheet {
    /// How the sheet prints: fitted to the page width, or flowing at a readable scale (``PrintLayout``).
    var printLayout: PrintLayout { PrintLayout(self) }

    /// The printed range when only the leading ``printedColumns`` are printed: every row, from column A to
    /// the last printed column (counts of rows and columns).
    var printArea: (rows: Int, columns: Int)? {
        guard let printed = printedColumns, printed > 0, !rows.isEmpty else { return nil }
        return (rows.count, printed)
    }
}
