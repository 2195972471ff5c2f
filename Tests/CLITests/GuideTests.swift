import Foundation
import Testing

/// The guides (docs/guide.md, docs/risque.md) stay true to every command: each `$ enveloppe …` of their console
/// blocks is run, in order, and what is shown under it must be the real output. Lines shown together are a
/// contiguous block of the output, exactly; a line `…` stands for output left out; the blocks come in the
/// output's order.
@Suite struct GuideTests {
    struct Step {
        let arguments: [String]
        /// The excerpts shown under the command, split at each `…`.
        var blocks: [[String]]
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
                current = Step(arguments: line.dropFirst("$ enveloppe".count).split(separator: " ").map(String.init), blocks: [[]])
            } else if current != nil {
                if line == "…" {
                    current!.blocks.append([])
                } else {
                    current!.blocks[current!.blocks.count - 1].append(line)
                }
            }
        }
        return steps.map { step in Step(arguments: step.arguments, blocks: step.blocks.filter { !$0.isEmpty }) }
    }

    /// Where `blocks` are found in `output`, each contiguous and after the one before; the first block missing, if any.
    static func missing(_ blocks: [[String]], in output: [String]) -> [String]? {
        var start = 0
        for block in blocks {
            guard
                let found = stride(from: start, through: output.count - block.count, by: 1).first(where: {
                    Array(output[$0..<$0 + block.count]) == block
                })
            else { return block }
            start = found + block.count
        }
        return nil
    }

    @Test func blocksMustBeContiguousAndInOrder() {
        let output = ["a", "b", "c", "d"]
        #expect(GuideTests.missing([["a", "b"], ["d"]], in: output) == nil)
        #expect(GuideTests.missing([["a", "c"]], in: output) == ["a", "c"])
        #expect(GuideTests.missing([["c"], ["b"]], in: output) == ["b"])
        let steps = GuideTests.steps(of: "```console\n$ enveloppe run x.json\na\nb\n…\nd\n```\n")
        #expect(steps.count == 1 && steps[0].arguments == ["run", "x.json"] && steps[0].blocks == [["a", "b"], ["d"]])
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
            let output = (result.standardOutput + result.standardError).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if let block = GuideTests.missing(step.blocks, in: output) {
                Issue.record(
                    "\(file): enveloppe \(step.arguments.joined(separator: " ")) no longer prints this block, or not here:\n\(block.joined(separator: "\n"))"
                )
            }
        }
    }
}
