import Enveloppe

/// `enveloppe check`: every check of each scenario, with its figures and the source
/// of its rule, and a summary line.
struct ChecksText: Worded {
    let words: Wording

    /// The checks as lines of text (also the CHECKS section of `run`).
    func lines(_ findings: [Finding]) -> [String] {
        var out: [String] = []
        for finding in findings {
            out.append("  [\(words.status(finding.status))] " + words.sentence(finding))
            // A mismatch with an expected figure shows how the figure was computed.
            if case .expected = finding.comparison, finding.status == .failure, let figure = finding.figures.first {
                out += ExplainText(words: words).tree(figure).split(separator: "\n").map { "      " + $0 }
            }
            out += sourceLines(finding.sources, indent: "      ")
        }
        return out
    }

    func summary(_ findings: [Finding]) -> String {
        let counts = Finding.Status.allCases.map { status in findings.filter { $0.status == status }.count }
        return language.pick(
            "Bilan : \(counts[0]) ok, \(counts[1]) alerte(s), \(counts[2]) échec(s).",
            "Summary: \(counts[0]) ok, \(counts[1]) warning(s), \(counts[2]) failure(s).")
    }

    func text(_ evaluation: Evaluation, file: String) -> String {
        ([file + " — " + evaluation.report.title] + lines(evaluation.findings) + [summary(evaluation.findings), ""]).joined(separator: "\n")
    }
}
