import Foundation
import Testing

@testable import EnveloppeWorkbook

@Suite struct ZIPWriterTests {
    static func sample() -> [UInt8] {
        var zip = ZIPWriter()
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
        zip.add("dossier/é.txt", Array("bonjour".utf8))
        zip.add("vide", [])
        return zip.finish()
    }

    @Test func roundTripThroughTheReader() throws {
        let bytes = Self.sample()
        let entries = try ZIPReader.entries(bytes)
        #expect(entries.map(\.name) == ["mimetype", "dossier/é.txt", "vide"])
        #expect(entries.map(\.method) == [0, 0, 0])
        #expect(entries[1].flags & 0x0800 != 0)  // UTF-8 name
        #expect(try ZIPReader.contents(of: entries[1], in: bytes, limit: 100) == Array("bonjour".utf8))
        #expect(try ZIPReader.contents(of: entries[2], in: bytes, limit: 100) == [])
    }

    @Test func theFirstEntryIsReadableAtAFixedOffset() {
        // ODS detection reads "mimetype" and its content right after a 30-byte header without extra field.
        let bytes = Self.sample()
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(bytes[26..<30]) == [8, 0, 0, 0])
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<84], as: UTF8.self) == "application/vnd.oasis.opendocument.spreadsheet")
    }

    @Test func outputIsDeterministic() {
        #expect(Self.sample() == Self.sample())
        #expect(XLSXWriter.bytes(SampleWorkbooks.everyKind) == XLSXWriter.bytes(SampleWorkbooks.everyKind))
        #expect(ODSWriter.bytes(SampleWorkbooks.everyKind) == ODSWriter.bytes(SampleWorkbooks.everyKind))
    }

    @Test func pythonZipfileAgrees() throws {
        guard let python = ExternalTools.python(with: ["zipfile"]) else {
            ExternalTools.skip("python3 is not installed")
            return
        }
        let folder = try ExternalTools.temporaryFolder("zip")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.zip").path
        try Data(Self.sample()).write(to: URL(fileURLWithPath: path))
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            print("|".join(f"{i.filename}:{i.compress_type}:{i.date_time}:{z.read(i).decode()}" for i in z.infolist()))
            """
        let result = try ExternalTools.runPython(python, script, [path])
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output.trimmingCharacters(in: .whitespacesAndNewlines)
                == "mimetype:0:(1980, 1, 1, 0, 0, 0):application/vnd.oasis.opendocument.spreadsheet|dossier/é.txt:0:(1980, 1, 1, 0, 0, 0):bonjour|vide:0:(1980, 1, 1, 0, 0, 0):"
        )
    }
}
