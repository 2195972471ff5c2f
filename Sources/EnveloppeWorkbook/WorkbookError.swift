/// Why a file could not be read as a workbook. Every damaged input ends here: the reader
/// never traps and never allocates more than the ``WorkbookLimits`` allow.
public enum WorkbookError: Error, Equatable, Sendable {
    /// Not a ZIP archive, or a ZIP holding neither an .xlsx nor an .ods.
    case notAWorkbook
    /// The archive or a compressed stream is inconsistent; the text says where.
    case damaged(String)
    /// Password-protected: the file must be saved without a password first.
    case encrypted
    case tooLarge(limit: Int)
    case tooManyEntries(limit: Int)
    case tooManyCells(limit: Int)
    /// A ZIP compression method other than stored (0) or deflated (8).
    case unsupportedCompression(method: Int)
    case missingPart(String)
    case malformedXML(part: String, detail: String)
}
