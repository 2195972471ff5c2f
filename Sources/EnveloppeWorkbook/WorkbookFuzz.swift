/// The entry point for fuzzing the reader: any bytes must give a workbook or an error.
/// A libFuzzer target calls this for each input; errors are expected and ignored.
///
/// Besides reading the bytes as a file, it wraps them as the XML parts of a minimal
/// .xlsx and .ods package (with correct checksums) and inflates them raw, so mutations
/// reach the XML readers and the decompressor instead of stopping at a CRC mismatch;
/// the formula translator gets the bytes as text.
public enum WorkbookFuzz {
    static let limits = WorkbookLimits(maximumUncompressedBytes: 8 << 20, maximumEntries: 1000, maximumCells: 200_000)

    public static func exercise(_ bytes: [UInt8]) {
        read(bytes)
        _ = try? Inflate.decompress(bytes, expectedSize: nil, limit: 1 << 20)
        _ = OpenFormula.translate(String(decoding: bytes.prefix(4096), as: UTF8.self))

        var ods = ZIPWriter()
        ods.add("mimetype", Array(ODSWriter.mimetype.utf8))
        ods.add("content.xml", bytes)
        read(ods.finish())

        var xlsx = ZIPWriter()
        xlsx.add("xl/workbook.xml", Array(minimalWorkbook.utf8))
        xlsx.add("xl/_rels/workbook.xml.rels", Array(minimalRelationships.utf8))
        xlsx.add("xl/worksheets/sheet1.xml", bytes)
        xlsx.add("xl/sharedStrings.xml", bytes)
        xlsx.add("xl/styles.xml", bytes)
        read(xlsx.finish())
    }

    private static func read(_ bytes: [UInt8]) {
        guard let workbook = try? WorkbookReader.read(bytes, limits: limits) else { return }
        for sheet in workbook.sheets {
            _ = sheet.cell("A1")
            for row in sheet.rows {
                for cell in row { _ = cell.value }
            }
        }
    }

    private static let minimalWorkbook =
        #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    private static let minimalRelationships =
        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
}
