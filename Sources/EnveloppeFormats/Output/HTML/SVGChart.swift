import Enveloppe

/// Line charts of amounts by month, as inline SVG, drawn with integer pixel
/// arithmetic from the exact cents (no floating point anywhere).
struct SVGChart {
    struct Series {
        let name: String
        let color: String
        let values: [Money]
        /// Draw as steps (payments arrive on a date) rather than a sloped line.
        var stepped = false
        /// Draw dashed (a limit rather than a value).
        var dashed = false
    }

    /// A band between two series (the 10th to 90th percentiles of a simulation), filled.
    struct Band {
        let name: String
        let color: String
        let low: [Money]
        let high: [Money]
    }

    let months: [YearMonth]
    let series: [Series]
    let format: Formatter
    /// Bands, drawn under the series.
    var bands: [Band] = []
    var width: Int64 = 760
    var height: Int64 = 280
    /// Label every this many months on the axis; `nil` labels about twelve.
    var labelEvery: Int?
    /// The month of the first series' lowest value (the treasury's low point), with its label. The label goes
    /// below the point, where no part of the line can be, the plot keeping room for it; the axis names that month.
    var marker: (index: Int, label: String)?

    private let left: Int64 = 96
    private let right: Int64 = 16
    private let top: Int64 = 16
    private let bottom: Int64 = 44

    func render(title: String) -> String {
        let all = (series.flatMap(\.values) + bands.flatMap { $0.low + $0.high }).map(\.cents) + [0]
        var low = all.min()!
        var high = all.max()!
        let step = SVGChart.niceStep((high - low) / 4)
        low = SVGChart.floor(low, to: step)
        high = max(SVGChart.ceil(high, to: step), low + step)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        if let marker, let first = series.first, marker.index < first.values.count {
            // Room below the low point for its label: 26 pixels at least.
            let lowest = first.values[marker.index].cents
            while Int128(lowest - low) * Int128(plotHeight) < 26 * Int128(high - low) { low -= step }
        }
        let count = Int64(max(months.count - 1, 1))
        func x(_ index: Int) -> Int64 { left + Int64(index) * plotWidth / count }
        func y(_ cents: Int64) -> Int64 {
            top + Int64((Int128(high - cents) * Int128(plotHeight)) / Int128(high - low))
        }
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(width) \#(height)" role="img" aria-label="\#(HTML.escape(title))">"#
        svg += "<title>\(HTML.escape(title))</title>"
        var tick = low
        while tick <= high {
            let ty = y(tick)
            let euros = format.count(tick / 100)
            let label = format.language == .fr ? euros + "\u{00A0}€" : "€" + euros
            svg += #"<line x1="\#(left)" y1="\#(ty)" x2="\#(width - right)" y2="\#(ty)" class="\#(tick == 0 ? "zero" : "grid")"/>"#
            svg += #"<text x="\#(left - 8)" y="\#(ty + 4)" text-anchor="end" class="axis">\#(HTML.escape(label))</text>"#
            tick += step
        }
        let every = labelEvery ?? max(1, months.count / 12 + (months.count % 12 == 0 ? 0 : 1))
        let lowMonth = marker.flatMap { $0.index < months.count ? $0.index : nil }
        for (index, month) in months.enumerated() where index % every == 0 || index == lowMonth {
            // The low point's month is named, in its colour; a regular label too close to it gives way.
            let isLow = index == lowMonth
            if !isLow, let lowMonth, abs(x(index) - x(lowMonth)) < 62 { continue }
            // The last month's label ends at its tick: centred, half of it would fall beyond the chart's right edge.
            let anchor = index == months.count - 1 && index > 0 ? "end" : "middle"
            svg +=
                #"<text x="\#(x(index))" y="\#(height - bottom + 18)" text-anchor="\#(anchor)" class="axis\#(isLow ? " low" : "")">\#(HTML.escape(format.month(month)))</text>"#
        }
        for band in bands {
            let upper = band.high.enumerated().map { "\(x($0.offset)),\(y($0.element.cents))" }
            let lower = band.low.enumerated().reversed().map { "\(x($0.offset)),\(y($0.element.cents))" }
            svg += #"<polygon fill="\#(band.color)" fill-opacity="0.28" stroke="none" points="\#((upper + lower).joined(separator: " "))"/>"#
        }
        for item in series {
            var points: [String] = []
            for (index, value) in item.values.enumerated() {
                if item.stepped && index > 0 { points.append("\(x(index)),\(y(item.values[index - 1].cents))") }
                points.append("\(x(index)),\(y(value.cents))")
            }
            let dash = item.dashed ? #" stroke-dasharray="6 4""# : ""
            svg += #"<polyline fill="none" stroke="\#(item.color)" stroke-width="2.5"\#(dash) points="\#(points.joined(separator: " "))"/>"#
        }
        if let marker, marker.index < months.count, let first = series.first {
            let mx = x(marker.index)
            let my = y(first.values[marker.index].cents)
            svg += #"<circle cx="\#(mx)" cy="\#(my)" r="5" class="marker"/>"#
            // Below the lowest point: the line is above it on both sides, so the label never covers it.
            let anchor = mx > width / 2 ? "end" : "start"
            let dx: Int64 = mx > width / 2 ? 4 : -4
            svg += #"<text x="\#(mx + dx)" y="\#(my + 21)" text-anchor="\#(anchor)" class="marker-label">\#(HTML.escape(marker.label))</text>"#
        }
        var legendX = left
        for band in bands {
            svg += #"<rect x="\#(legendX)" y="\#(height - 20)" width="14" height="12" fill="\#(band.color)" fill-opacity="0.28"/>"#
            svg += #"<text x="\#(legendX + 20)" y="\#(height - 10)" class="legend">\#(HTML.escape(band.name))</text>"#
            legendX += 38 + Int64(band.name.count) * 7  // the swatch, the text at 12 px (about 7 px a character), then a gap
        }
        for item in series {
            svg += #"<rect x="\#(legendX)" y="\#(height - 16)" width="14" height="4" fill="\#(item.color)"/>"#
            svg += #"<text x="\#(legendX + 20)" y="\#(height - 10)" class="legend">\#(HTML.escape(item.name))</text>"#
            legendX += 38 + Int64(item.name.count) * 7
        }
        return svg + "</svg>"
    }

    /// 1, 2 or 5 × 10ⁿ cents at least `raw`.
    static func niceStep(_ raw: Int64) -> Int64 {
        var power: Int64 = 100
        while true {
            for factor: Int64 in [1, 2, 5] where power * factor >= raw { return power * factor }
            power *= 10
        }
    }

    static func floor(_ value: Int64, to step: Int64) -> Int64 {
        value >= 0 ? value / step * step : -((-value + step - 1) / step * step)
    }

    static func ceil(_ value: Int64, to step: Int64) -> Int64 { -floor(-value, to: step) }
}
