import Enveloppe

/// The formats the tool writes. A command offers those its document declares and
/// refuses the others (exit 2, with the list).
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, csv, html, xlsx, ods

    /// Formats written as bytes a terminal cannot show: they need `--output FILE`.
    public var isBinary: Bool { self == .xlsx || self == .ods }

    /// The format a file's extension names (`rapport.xlsx`, `budget.CSV`, `page.htm`, `notes.txt`); `nil` for any other
    /// name (standard output's `-` too).
    public init?(fileName: String) {
        guard let typed = FileName.typedExtension(of: fileName) else { return nil }
        switch typed.lowercased() {
        case "txt": self = .text
        case "htm": self = .html
        case let other: self.init(rawValue: other)
        }
    }

    /// Document and spreadsheet extensions a person may type that no command writes (`.xls` for `.xlsx`, `.pdf` for a
    /// page to print): refused, rather than text written under a name that promises another format.
    public static let unwrittenExtensions: Set<String> = ["xls", "xlsm", "pdf", "doc", "docx", "odt", "rtf"]
}

/// What a command prints: one value, rendered in each of the formats it declares, by
/// the renderers of each format's folder (`Output/Text`, `Output/CSV`, `Output/JSON`,
/// `Output/HTML`). A renderer formats the document's figures and computes none.
public protocol Document: Sendable {
    /// The formats this document renders in; the first is the default.
    static var formats: [OutputFormat] { get }
    /// The document in `format`, worded by `words`; a page printed from HTML says `date` in its footer
    /// (the library has no clock: the command passes the day).
    ///
    /// - Precondition: `format` is one of ``formats``.
    func render(_ format: OutputFormat, _ words: Wording, printedOn date: PrintDate?) throws -> [UInt8]
}

extension Document {
    /// The document in `format`, without a date in a printed page's footer.
    public func render(_ format: OutputFormat, _ words: Wording) throws -> [UInt8] { try render(format, words, printedOn: nil) }

    /// `format` refused: not one of this document's.
    static func unsupported(_ format: OutputFormat) -> Never {
        preconditionFailure("\(Self.self) does not render \(format.rawValue); the command refuses it first")
    }
}

extension String {
    /// The text as UTF-8 bytes, as every text format writes them.
    var bytes: [UInt8] { Array(utf8) }
}
