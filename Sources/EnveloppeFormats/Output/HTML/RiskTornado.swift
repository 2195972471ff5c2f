import Enveloppe

/// A tornado chart of what each uncertain input alone does to the treasury's low point, as inline
/// SVG: one bar per input, the widest first, from the low point with every input at its central
/// value to the low point with this input at its smallest and at its largest value. Integer pixel
/// arithmetic from the exact cents, like ``SVGChart``.
struct RiskTornado {
    let rows: [(label: String, low: String, high: String, atLow: Money, atHigh: Money)]
    let central: Money
    let format: Formatter
    /// What a row whose input leaves the low point where it is says.
    let noEffect: String
    let lowColor = "#c05621"
    let highColor = "#1f5fa8"

    private let width: Int64 = 760
    private let left: Int64 = 300
    private let right: Int64 = 24
    private let top: Int64 = 34
    private let rowHeight: Int64 = 50
    private let bottom: Int64 = 46

    func render(title: String, lowLegend: String, highLegend: String, centralLegend: String) -> String {
        let height = top + Int64(rows.count) * rowHeight + bottom
        let all = rows.flatMap { [$0.atLow.cents, $0.atHigh.cents] } + [central.cents]
        let step = SVGChart.niceStep((all.max()! - all.min()!) / 4)
        let low = SVGChart.floor(all.min()!, to: step)
        let high = max(SVGChart.ceil(all.max()!, to: step), low + step)
        let plot = width - left - right
        func x(_ cents: Int64) -> Int64 { left + Int64(Int128(cents - low) * Int128(plot) / Int128(high - low)) }
        let euros = { (cents: Int64) in
            let text = format.count(cents / 100)
            return format.language == .fr ? text + "\u{00A0}€" : "€" + text
        }
        var svg =
            #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(width) \#(height)" role="img" aria-label="\#(HTML.escape(title))">"#
        svg += "<title>\(HTML.escape(title))</title>"
        var tick = low
        while tick <= high {
            svg += #"<line x1="\#(x(tick))" y1="\#(top - 8)" x2="\#(x(tick))" y2="\#(height - bottom)" class="\#(tick == 0 ? "zero" : "grid")"/>"#
            svg += #"<text x="\#(x(tick))" y="\#(height - bottom + 16)" text-anchor="middle" class="axis">\#(HTML.escape(euros(tick)))</text>"#
            tick += step
        }
        for (index, row) in rows.enumerated() {
            let y = top + Int64(index) * rowHeight
            let lines = row.label.wrapped(width: 44)
            for (k, line) in lines.enumerated() {
                let ly = y + 14 + Int64(k) * 13 - Int64(lines.count - 1) * 6
                svg += #"<text x="\#(left - 10)" y="\#(ly)" text-anchor="end" class="legend">\#(HTML.escape(line))</text>"#
            }
            // An end at the central value has no bar; an input with no effect says so.
            var ends = [(row.atLow, lowColor, row.low), (row.atHigh, highColor, row.high)].filter { $0.0 != central }
            if row.atLow == row.atHigh { ends = [(row.atLow, highColor, noEffect + " (" + row.low + " → " + row.high + ")")] }
            for (value, color, text) in ends {
                let (a, b) = (min(x(value.cents), x(central.cents)), max(x(value.cents), x(central.cents)))
                svg += #"<rect x="\#(a)" y="\#(y)" width="\#(max(b - a, 1))" height="22" fill="\#(color)" fill-opacity="0.85"/>"#
                // Under the bar, from its outer end outwards (under the labels' column if need be), or inwards
                // when it would leave the picture.
                let label = row.atLow == row.atHigh ? text : text + " : " + euros(value.cents)
                let textWidth = Int64(label.count) * 13 / 2
                let toRight = value >= central
                let (tx, anchor) =
                    toRight
                    ? (b + textWidth + 4 <= width ? (b + 4, "start") : (b, "end"))
                    : (a - textWidth - 4 >= 8 ? (a - 4, "end") : (a, "start"))
                // A halo keeps the label legible where it crosses a grid line or the zero line.
                svg += #"<text x="\#(tx)" y="\#(y + 37)" text-anchor="\#(anchor)" class="axis haloed">\#(HTML.escape(label))</text>"#
            }
        }
        svg +=
            ##"<line x1="\##(x(central.cents))" y1="\##(top - 8)" x2="\##(x(central.cents))" y2="\##(height - bottom)" stroke="#1b2430" stroke-width="2"/>"##
        svg +=
            #"<text x="\#(x(central.cents))" y="\#(top - 14)" text-anchor="middle" class="legend">\#(HTML.escape(centralLegend + " " + euros(central.cents)))</text>"#
        var legendX = left
        for (name, color) in [(lowLegend, lowColor), (highLegend, highColor)] {
            svg += #"<rect x="\#(legendX)" y="\#(height - 20)" width="14" height="10" fill="\#(color)"/>"#
            svg += #"<text x="\#(legendX + 20)" y="\#(height - 11)" class="legend">\#(HTML.escape(name))</text>"#
            legendX += 40 + Int64(name.count) * 7
        }
        return svg + "</svg>"
    }
}
