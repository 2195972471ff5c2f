import Enveloppe

/// One self-contained HTML page (no external file, font or script), with the reports' style, on screen
/// and on A4 paper: a running header with the title, a footer with the day printed and the page numbers,
/// no break inside a table row or after a heading, tables' headers repeated on each page, every column kept
/// (a wide table gets a landscape page), and what only a screen needs (figure identifiers, the scenario's own
/// expected figures) left out of print.
enum HTMLPage {
    /// How the page is laid on A4: portrait, or landscape for a document whose tables are wide.
    enum Orientation { case portrait, landscape }

    /// A whole page around `body`: one file, nothing fetched.
    ///
    /// - Parameters:
    ///   - title: The document's title: the window's, and the running header's on paper.
    ///   - kind: What the document is (« Rapport de candidature »), at the right of the running header.
    ///   - date: The day printed, in the footer; none leaves the footer with the page numbers only.
    static func page(
        title: String, kind: String = "", language: Language, body: String, extraStyle: String = "", date: PrintDate? = nil,
        orientation: Orientation = .portrait
    ) -> String {
        // The body is the page's bulk (tens of megabytes for a national programme): copied once, into room made for all.
        let head = head(title: title, kind: kind, language: language, extraStyle: extraStyle, date: date, orientation: orientation)
        var page = ""
        page.reserveCapacity(head.utf8.count + body.utf8.count + tail.utf8.count)
        page += head
        page += body
        page += tail
        return page
    }

    /// The page up to its body: ``page(title:kind:language:body:extraStyle:date:orientation:)`` is `head`, the
    /// body, then ``tail``.
    static func head(
        title: String, kind: String = "", language: Language, extraStyle: String = "", date: PrintDate? = nil, orientation: Orientation = .portrait
    ) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>\(style)\(printStyle(title: title, kind: kind, language: language, date: date, orientation: orientation))\(extraStyle)</style>
        </head>
        <body><main>

        """
    }

    /// The page after its body.
    static let tail = """

        </main></body>
        </html>

        """

    /// `31 mars 2025`, `1er avril 2025` / `31 March 2025`.
    static func day(_ date: PrintDate, _ language: Language) -> String {
        let french = [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        ]
        let english = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        return language == .fr
            ? "\(date.day == 1 ? "1er" : String(date.day)) \(french[date.month - 1]) \(date.year)"
            : "\(date.day) \(english[date.month - 1]) \(date.year)"
    }

    /// The paper: A4 in the page's orientation, the running header and the footer, and the `wide` pages
    /// (A4 landscape) a wide section asks for with `class="wide"`.
    static func printStyle(title: String, kind: String, language: Language, date: PrintDate?, orientation: Orientation) -> String {
        let printed = date.map { language.pick("Imprimé le ", "Printed on ") + day($0, language) + " · enveloppe" } ?? "enveloppe"
        let pageNumber = language == .fr ? #""page " counter(page) " sur " counter(pages)"# : #""page " counter(page) " of " counter(pages)"#
        let margin = "font: 8pt system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif; color: #5b6675;"
        return """

            @page { size: A4 \(orientation == .landscape ? "landscape" : "portrait"); margin: 16mm 12mm 15mm 12mm;
              @top-left { content: \(HTML.cssString(title)); \(margin) vertical-align: bottom; padding-bottom: 3mm; }
              @top-right { content: \(HTML.cssString(kind)); \(margin) vertical-align: bottom; padding-bottom: 3mm; }
              @bottom-left { content: \(HTML.cssString(printed)); \(margin) vertical-align: top; padding-top: 3mm; }
              @bottom-right { content: \(pageNumber); \(margin) vertical-align: top; padding-top: 3mm; } }
            @page wide { size: A4 landscape; }
            """ + (orientation == .landscape ? "\n@media screen { main { max-width: 1320px; } }" : "")
    }

    static let style = """
        :root { --ink: #1b2430; --muted: #5b6675; --line: #d9dee5; --ok: #2e8540; --warn: #b7791f; --fail: #c53030; --accent: #1f5fa8; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f4f6f9; color: var(--ink); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1040px; margin: 0 auto; padding: 32px 28px 48px; background: #fff; min-height: 100vh; }
        header h1 { margin: 4px 0 6px; font-size: 26px; }
        .kicker { margin: 0; color: var(--accent); font-weight: 600; font-size: 13px; text-transform: uppercase; letter-spacing: .03em; }
        .meta { margin: 0; color: var(--muted); }
        .description { color: var(--muted); font-size: 14px; max-width: 80ch; }
        code { font-size: 13px; background: #eef1f5; padding: 1px 5px; border-radius: 4px; }
        .assumption { margin: 18px 0; padding: 12px 16px; border-left: 4px solid var(--warn); background: #fdf6e7; font-size: 14px; }
        .outcome { margin: 20px 0 8px; padding: 12px 16px; border: 1px solid var(--line); border-left: 6px solid var(--ok); border-radius: 6px; }
        .outcome.warning { border-left-color: var(--warn); } .outcome.failure { border-left-color: var(--fail); background: #fdf4f4; }
        .outcome .counts { font-size: 18px; font-weight: 700; margin: 0; }
        .outcome ol { margin: 6px 0 0; padding-left: 22px; } .outcome li { margin: 2px 0; }
        .outcome a { color: var(--fail); font-weight: 600; }
        .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 14px; margin: 22px 0 8px; }
        .card { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; }
        .card-title { color: var(--muted); font-size: 13px; }
        .card-value { font-size: 24px; font-weight: 700; margin: 4px 0 2px; font-variant-numeric: tabular-nums; }
        .card-value.negative { color: var(--fail); }
        .card-note { color: var(--muted); font-size: 12px; }
        section { margin-top: 28px; }
        h2 { font-size: 18px; margin: 0 0 10px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 15px; margin: 18px 0 8px; }
        table { width: 100%; border-collapse: collapse; font-size: 14px; }
        th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
        th { color: var(--muted); font-weight: 600; font-size: 12px; text-transform: uppercase; letter-spacing: .02em; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th.num { white-space: normal; }
        .total td { font-weight: 700; border-top: 2px solid var(--ink); }
        .source { color: var(--muted); font-size: 12px; }
        .when { color: var(--muted); font-size: 12px; font-weight: 400; }
        .charts svg { width: 100%; height: auto; margin-bottom: 12px; }
        .chart-source { margin: -10px 0 18px; }
        svg .grid { stroke: #e7eaee; } svg .zero { stroke: #8a94a3; stroke-width: 1.2; }
        svg .axis, svg .legend { fill: var(--muted); font-size: 11px; } svg .legend { font-size: 12px; fill: var(--ink); }
        svg .axis.low { fill: var(--fail); font-weight: 700; }
        svg .haloed { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
        svg .marker { fill: var(--fail); } svg .marker-label { fill: var(--fail); font-size: 12px; font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 4px; }
        .checks { list-style: none; padding: 0; margin: 0; }
        .checks > li { padding: 9px 12px; border-left: 4px solid var(--ok); margin-bottom: 6px; background: #f7faf8; }
        .checks > li.warning { border-color: var(--warn); background: #fdf8ee; }
        .checks > li.failure { border-color: var(--fail); background: #fdf1f1; }
        .checks .name { font-weight: 600; }
        .badge { display: inline-block; min-width: 52px; font-size: 11px; font-weight: 700; text-transform: uppercase; color: var(--ok); }
        .warning .badge { color: var(--warn); } .failure .badge { color: var(--fail); }
        details { margin-top: 4px; font-size: 12px; color: var(--muted); } details ul { margin: 4px 0 0 16px; padding: 0; }
        details.expected { margin-top: 10px; font-size: 13px; }
        .scroll { overflow-x: auto; }
        .monthly td, .monthly th { font-size: 13px; padding: 4px 8px; }
        .monthly td:first-child { white-space: nowrap; }
        td.red, tr.red td { color: var(--fail); font-weight: 600; }
        details.derivation { font-size: 13px; border-bottom: 1px solid var(--line); padding: 4px 0; }
        details.derivation pre { font-size: 12px; line-height: 1.35; overflow-x: auto; background: #f7f8fa; padding: 8px; }
        .print-only { display: none; }
        .cite { color: var(--muted); font-size: 7.5pt; margin-top: 1pt; }
        footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 12px; }
        @media print {
          body { background: #fff; font-size: 10pt; }
          main { max-width: none; padding: 0; min-height: 0; }
          header h1 { font-size: 17pt; } h2 { font-size: 12.5pt; } h3 { font-size: 10.5pt; }
          section { margin-top: 14pt; }
          table { font-size: 9pt; } th { font-size: 7.5pt; } th, td { padding: 3pt 5pt; }
          .monthly td, .monthly th { font-size: 8pt; padding: 2pt 3pt; }
          .monthly th { font-size: 7pt; letter-spacing: 0; white-space: normal; }
          .monthly-section > .source { break-before: avoid; }
          .monthly tbody tr:nth-last-child(-n+2) { break-before: avoid; }
          .cards { gap: 8pt; margin: 10pt 0 4pt; } .card { padding: 6pt 9pt; } .card-value { font-size: 14pt; }
          .cards:has(> :nth-child(7)) { grid-template-columns: repeat(4, 1fr); }
          .checks > li { padding: 4pt 8pt; margin-bottom: 3pt; font-size: 9pt; }
          .scroll { overflow: visible; }
          thead { display: table-header-group; }
          tr, .card, .checks > li, .outcome, svg, .assumption, footer { break-inside: avoid; }
          .chart-source { break-before: avoid; font-size: 7.5pt; margin-bottom: 10pt; }
          .cards { break-inside: avoid; }
          table + .source, .source + .source { break-before: avoid; }
          footer { break-before: avoid; margin-top: 14pt; padding-top: 6pt; font-size: 8pt; }
          h1, h2, h3, .kicker { break-after: avoid; }
          section.wide { page: wide; }
          .screen-only, details.derivation, details.expected, .checks details { display: none; }
          .print-only { display: block; }
          a { color: inherit; text-decoration: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
