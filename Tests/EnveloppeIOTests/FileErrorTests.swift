import Testing

@testable import EnveloppeIO

@Suite struct FileErrorTests {
    static let all: [FileError] = [
        .notFound(path: "a.json"), .permissionDenied(path: "a.json"), .isDirectory(path: "a.json"),
        .unreadable(path: "a.json", reason: "Input/output error"), .tooLarge(path: "a.json", limit: 10),
        .unwritable(path: "a.json", reason: "Read-only file system"),
        .wouldOverwriteInput(path: "a.json", input: "b.json"), .exists(path: "a.json"),
        .notAFileTarget(path: "a.json", kind: "directory"), .standardOutputFailed(reason: "Bad file descriptor"),
        .standardOutputClosedByReader,
    ]

    @Test func permissionDeniedIsNeverToldAsAMissingFile() {
        let text = FileError.permissionDenied(path: "a.json").description
        #expect(text.contains("permission denied"))
        #expect(!text.lowercased().contains("no such"))
    }

    @Test func eachCaseHasItsOwnWordingWithThePath() {
        let texts = Self.all.map(\.description)
        #expect(Set(texts).count == texts.count)
        for (error, text) in zip(Self.all, texts) {
            switch error {
            case .standardOutputFailed, .standardOutputClosedByReader: #expect(text.hasPrefix("standard output"))
            default: #expect(text.hasPrefix("a.json: "))
            }
        }
    }

    @Test func theReasonIsTheCLibrarysOwn() {
        #expect(FileError.unwritable(path: "x", reason: "Read-only file system").description.hasSuffix("Read-only file system"))
    }
}
