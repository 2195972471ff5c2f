import Enveloppe

/// Escaping for HTML text and attributes.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// One self-contained HTML page (no external file, font or script), with the reports' style.
enum HTMLPage {
    /// A whole page around `body`, with the report's style: one file, nothing fetched.
    static func page(title: String, language: Language, body: String, extraStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>\(style)\(extraStyle)</style>
        </head>
        <body><main>
        \(body)
        </main></body>
        </html>

        """
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
        .total td { font-weight: 700; border-top: 2px solid var(--ink); }
        .source { color: var(--muted); font-size: 12px; }
        .when { color: var(--muted); font-size: 12px; }
        .charts svg { width: 100%; height: auto; margin-bottom: 12px; }
        svg .grid { stroke: #e7eaee; } svg .zero { stroke: #8a94a3; stroke-width: 1.2; }
        svg .axis, svg .legend { fill: var(--muted); font-size: 11px; } svg .legend { font-size: 12px; fill: var(--ink); }
        svg .marker { fill: var(--fail); } svg .marker-label { fill: var(--fail); font-size: 12px; font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 4px; }
        .checks { list-style: none; padding: 0; margin: 0; }
        .checks > li { padding: 9px 12px; border-left: 4px solid var(--ok); margin-bottom: 6px; background: #f7faf8; }
        .checks > li.warning { border-color: var(--warn); background: #fdf8ee; }
        .checks > li.failure { border-color: var(--fail); background: #fdf1f1; }
        .badge { display: inline-block; min-width: 52px; font-size: 11px; font-weight: 700; text-transform: uppercase; color: var(--ok); }
        .warning .badge { color: var(--warn); } .failure .badge { color: var(--fail); }
        details { margin-top: 4px; font-size: 12px; color: var(--muted); } details ul { margin: 4px 0 0 16px; padding: 0; }
        .scroll { overflow-x: auto; }
        .monthly td, .monthly th { font-size: 13px; padding: 4px 8px; }
        .monthly td:first-child { white-space: nowrap; }
        tr.red td { color: var(--fail); }
        details.derivation { font-size: 13px; border-bottom: 1px solid var(--line); padding: 4px 0; }
        details.derivation pre { font-size: 12px; line-height: 1.35; overflow-x: auto; background: #f7f8fa; padding: 8px; }
        footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 12px; }
        @media print { body { background: #fff; } main { padding: 0; } .cards { grid-template-columns: repeat(3, 1fr); } }
        """
}
