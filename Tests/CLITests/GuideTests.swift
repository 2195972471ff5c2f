import Foundation
import Testing

/// The guides (docs/guide.md, docs/risque.md) stay true to every command: each `$ enveloppe …` of their console
/// blocks is run, in order, and each line shown under it must be a line of the output.
@Suite struct GuideTests {
    struct Step {
        let arguments: [String]
        let expectedLines: [String]
    }

    static func steps(of markdown: String) -> [Step] {
        var steps: [Step] = []
        var inConsole = false
        var current: Step?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                if let step = current { steps.append(step) }
                current = nil
                inConsole = line == "```console"
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ enveloppe") {
                if let step = current { steps.append(step) }
                current = Step(arguments: line.dropFirst("$ enveloppe".count).split(separator: " ").map(String.init), expectedLines: [])
            } else if let step = current, line != "…" {
                current = Step(arguments: step.arguments, expectedLines: step.expectedLines + [line])
            }
        }
        return steps
    }

    @Test(arguments: ["docs/guide.md", "docs/risque.md"])
    func everyCommandOfTheGuideGivesWhatTheGuideShows(_ file: String) throws {
        let guide = try String(contentsOf: CLI.packageRoot.appendingPathComponent(file), encoding: .utf8)
        let steps = GuideTests.steps(of: guide)
        #expect(steps.count >= (file == "docs/guide.md" ? 10 : 3))
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("scenarios"), withDestinationURL: CLI.packageRoot.appendingPathComponent("scenarios"))
        for step in steps {
            let result = try CLI.run(step.arguments, in: folder)
            #expect(result.status != 2 || step.arguments.contains("scenarios/absent.json"), "\(step.arguments): \(result.standardError)")
            let output = Set((result.standardOutput + result.standardError).split(separator: "\n").map(String.init))
            for line in step.expectedLines {
                #expect(output.contains(line), "enveloppe \(step.arguments.joined(separator: " ")) no longer prints: \(line)")
            }
        }
    }
}
