/// Reads an .xlsx or .ods file into a neutral grid of cells. Which format it is comes
/// from the ZIP content, not the file name, so a misnamed upload still reads.
public enum WorkbookReader {
    public static func read(_ bytes: [UInt8], limits: WorkbookLimits = .standard) throws(WorkbookError) -> ReadWorkbook {
        if isEncryptedOfficeFile(bytes) { throw .encrypted }
        var package = try ZIPPackage(bytes, limits: limits)
        if package.contains("mimetype"), let mimetype = try package.part("mimetype") {
            if String(decoding: mimetype, as: UTF8.self).trimmingSpaces == ODSWriter.mimetype {
                return try ODSReader.read(&package)
            }
        }
        if package.contains("xl/workbook.xml") || package.contains("_rels/.rels") {
            return try XLSXReader.read(&package)
        }
        if package.contains("content.xml") { return try ODSReader.read(&package) }
        throw .notAWorkbook
    }

    /// A password-protected .xlsx is not a ZIP but an OLE compound file holding an
    /// `EncryptedPackage` stream; saying "encrypted" is more useful than "not a workbook".
    static func isEncryptedOfficeFile(_ bytes: [UInt8]) -> Bool {
        guard bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) else { return false }
        let marker: [UInt8] = "EncryptedPackage".utf8.flatMap { [$0, UInt8(0)] }
        guard bytes.count >= marker.count else { return false }
        var index = 0
        while index + marker.count <= bytes.count {
            if bytes[index] == marker[0] && bytes[index..<(index + marker.count)].elementsEqual(marker) { return true }
            index += 1
        }
        return false
    }
}
