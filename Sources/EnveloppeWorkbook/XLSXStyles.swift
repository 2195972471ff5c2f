/// The styles part of an .xlsx: each distinct ``Style`` used becomes one cell format
/// (`cellXfs` entry) built from shared fonts, fills and number formats.
struct XLSXStyles {
    private(set) var styles: [Style] = [Style()]
    private var indexes: [Style: Int] = [Style(): 0]

    /// The `s` attribute of a cell with `style`.
    mutating func index(_ style: Style) -> Int {
        if let index = indexes[style] { return index }
        styles.append(style)
        indexes[style] = styles.count - 1
        return styles.count - 1
    }

    func xml() -> [UInt8] {
        var numberFormats: [String] = []  // custom codes, ids from 164
        var fonts: [Style] = []  // by (bold, italic)
        var fills: [Fill] = []
        func fontIndex(_ style: Style) -> Int {
            if let index = fonts.firstIndex(where: { $0.bold == style.bold && $0.italic == style.italic }) { return index }
            fonts.append(style)
            return fonts.count - 1
        }
        func formatID(_ format: NumberFormat) -> Int {
            let excel = format.excel
            if let builtin = excel.builtinID { return builtin }
            if let index = numberFormats.firstIndex(of: excel.code) { return 164 + index }
            numberFormats.append(excel.code)
            return 164 + numberFormats.count - 1
        }
        _ = fontIndex(Style())
        var xfs: [(format: Int, font: Int, fill: Int)] = []
        for style in styles {
            var fill = 0
            if let wanted = style.fill {
                if let index = fills.firstIndex(of: wanted) {
                    fill = index + 2
                } else {
                    fills.append(wanted)
                    fill = fills.count + 1
                }
            }
            xfs.append((formatID(style.format), fontIndex(style), fill))
        }

        var out = XMLBuilder()
        out.raw(XMLBuilder.declaration)
        out.raw(#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#)
        if !numberFormats.isEmpty {
            out.raw(#"<numFmts count=""#)
            out.int(numberFormats.count)
            out.raw(#"">"#)
            for (index, code) in numberFormats.enumerated() {
                out.raw(#"<numFmt numFmtId=""#)
                out.int(164 + index)
                out.raw("\"")
                out.attribute("formatCode", code)
                out.raw("/>")
            }
            out.raw("</numFmts>")
        }
        out.raw(#"<fonts count=""#)
        out.int(fonts.count)
        out.raw(#"">"#)
        for font in fonts {
            out.raw("<font>")
            if font.bold { out.raw("<b/>") }
            if font.italic { out.raw("<i/>") }
            out.raw(#"<sz val="11"/><name val="Calibri"/><family val="2"/></font>"#)
        }
        out.raw("</fonts>")
        out.raw(#"<fills count=""#)
        out.int(fills.count + 2)
        out.raw(#""><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#)
        for fill in fills {
            out.raw(#"<fill><patternFill patternType="solid"><fgColor rgb="FF"#)
            out.raw(fill.rgb)
            out.raw(#""/><bgColor indexed="64"/></patternFill></fill>"#)
        }
        out.raw("</fills>")
        out.raw(#"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#)
        out.raw(#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#)
        out.raw(#"<cellXfs count=""#)
        out.int(styles.count)
        out.raw(#"">"#)
        for (style, xf) in zip(styles, xfs) {
            out.raw(#"<xf numFmtId=""#)
            out.int(xf.format)
            out.raw(#"" fontId=""#)
            out.int(xf.font)
            out.raw(#"" fillId=""#)
            out.int(xf.fill)
            out.raw(#"" borderId="0" xfId="0""#)
            if xf.format != 0 { out.raw(#" applyNumberFormat="1""#) }
            if xf.font != 0 { out.raw(#" applyFont="1""#) }
            if xf.fill != 0 { out.raw(#" applyFill="1""#) }
            if style.alignment != nil || style.wrap {
                out.raw(#" applyAlignment="1"><alignment"#)
                switch style.alignment {
                case .left: out.raw(#" horizontal="left""#)
                case .center: out.raw(#" horizontal="center""#)
                case .right: out.raw(#" horizontal="right""#)
                case nil: break
                }
                if style.wrap { out.raw(#" wrapText="1""#) }
                out.raw("/></xf>")
            } else {
                out.raw("/>")
            }
        }
        out.raw("</cellXfs>")
        out.raw(#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#)
        out.raw("</styleSheet>")
        return out.bytes
    }
}
