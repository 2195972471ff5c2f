import Foundation
import Testing

@testable import EnveloppeIO

@Suite struct FileIdentityTests {
    @Test func everyWayOfNamingAFileGivesItsIdentity() throws {
        let folder = try TemporaryFolder()
        try folder.write("x.json", "{}")
        try FileManager.default.createSymbolicLink(atPath: folder("link.json"), withDestinationPath: "x.json")
        try #require(link(folder("x.json"), folder("hard.json")) == 0)
        let identity = try #require(FileIdentity(following: folder("x.json")))
        for name in ["./x.json", "link.json", "hard.json", "../\(URL(fileURLWithPath: folder.path).lastPathComponent)/x.json"] {
            #expect(FileIdentity(following: folder(name)) == identity, "\(name)")
        }
    }

    @Test func aCopyIsAnotherFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("x.json", "{}")
        try folder.write("copy.json", "{}")
        #expect(FileIdentity(following: folder("x.json")) != FileIdentity(following: folder("copy.json")))
        #expect(FileIdentity(following: folder("missing.json")) == nil)
    }
}
