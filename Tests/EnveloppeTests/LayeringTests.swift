import Foundation
import Testing

/// The model's folders are layers that point one way (docs/architecture.md): no file
/// names a type declared in a folder above its own. The targets EnveloppeCore and
/// EnveloppeRules are kept below by the compiler; this test keeps the folders of the
/// Enveloppe target in order.
@Suite struct LayeringTests {
    /// Bottom first: each folder may use the folders before it.
    static let layers = ["Scenario", "Projection", "Payments", "Treasury", "Budget", "Checks", "Report", "Funding", "Evaluation"]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Enveloppe")

    /// The Swift files of a folder and its subfolders (`Funding/Risk/`), with their text stripped of comments and string literals.
    static func files(in folder: String) throws -> [(name: String, code: String)] {
        let url = sources.appendingPathComponent(folder)
        let names = FileManager.default.enumerator(atPath: url.path)?.compactMap { $0 as? String } ?? []
        return try names.filter { $0.hasSuffix(".swift") }.sorted().map {
            let text = try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
            return ($0, stripped(text))
        }
    }

    static func stripped(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var code = line.hasPrefix("///") || line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : String(line)
            if let comment = code.range(of: " // ") { code = String(code[..<comment.lowerBound]) }
            // Drop string literals, whose words are not references.
            var out = ""
            var inString = false
            for character in code {
                if character == "\"" {
                    inString.toggle()
                    continue
                }
                if !inString { out.append(character) }
            }
            return out
        }.joined(separator: "\n")
    }

    /// The types each folder declares (top-level `struct`, `enum`, `class`, `protocol`, `typealias`).
    static func declarations() throws -> [String: String] {
        var folderOf: [String: String] = [:]
        let pattern = try NSRegularExpression(
            pattern: #"^(?:public |internal |fileprivate |private )?(?:final )?(?:struct|enum|class|protocol|typealias) ([A-Z][A-Za-z0-9]*)"#,
            options: .anchorsMatchLines)
        for folder in layers {
            for file in try files(in: folder) {
                let range = NSRange(file.code.startIndex..., in: file.code)
                for match in pattern.matches(in: file.code, range: range) {
                    folderOf[String(file.code[Range(match.range(at: 1), in: file.code)!])] = folder
                }
            }
        }
        return folderOf
    }

    @Test func everyFolderIsALayer() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: LayeringTests.sources.path).filter { !$0.hasSuffix(".swift") }
        #expect(Set(folders) == Set(LayeringTests.layers))
    }

    @Test(arguments: LayeringTests.layers)
    func noFileReachesAFolderAboveItsOwn(_ folder: String) throws {
        let folderOf = try LayeringTests.declarations()
        #expect(folderOf.count > 40)
        let rank = { (name: String) in LayeringTests.layers.firstIndex(of: name)! }
        let word = try NSRegularExpression(pattern: #"\b[A-Z][A-Za-z0-9]*\b"#)
        for file in try LayeringTests.files(in: folder) {
            let range = NSRange(file.code.startIndex..., in: file.code)
            let names = Set(word.matches(in: file.code, range: range).map { String(file.code[Range($0.range, in: file.code)!]) })
            for name in names.sorted() {
                guard let home = folderOf[name], rank(home) > rank(folder) else { continue }
                Issue.record("\(folder)/\(file.name) names \(name), declared in \(home), a layer above")
            }
        }
    }
}
