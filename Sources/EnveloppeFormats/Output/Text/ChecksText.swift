import Enveloppe

/// `enveloppe check`: each scenario's outcome first (« 5 échecs, 13 alertes, 36 contrôles » and each
/// failure named), then every check, failures first, then warnings, then the checks that pass, each with its
/// figures and the source of its rule.
struct ChecksText: Worded {
    let words: Wording

    /// The checks as lines of text, failures first (also the CHECKS section of `run`).
    func lines(_ findings: [Finding]) -> [String] {
        var out: [String] = []
        // Each source's lines made once: the checks of several conventions or lines cite the same passages. Kept with
        // the citation they were made of, and read again only for the same bytes (a passage written « é » as one
        // character and as two is the same citation, printed as each finding wrote it).
        var sourceLinesOf: [Citation: (citation: Citation, lines: [String])] = [:]
        for finding in Finding.byStatus(findings) {
            out += ("[\(words.status(finding.status))] " + words.sentence(finding)).wrapped(first: "  ", then: "    ")
            // A mismatch with an expected figure shows how the figure was computed.
            if case .expected = finding.comparison, finding.status == .failure, let figure = finding.figures.first {
                out += ExplainText(words: words).tree(figure).split(separator: "\n").map { "      " + $0 }
            }
            for citation in finding.sources.uniquedCitations() {
                if let known = sourceLinesOf[citation], known.citation.isWritten(as: citation) {
                    out += known.lines
                } else {
                    let lines = sourceLines(of: citation, indent: "      ")
                    sourceLinesOf[citation] = (citation, lines)
                    out += lines
                }
            }
        }
        return out
    }

    /// « Bilan : 5 échecs, 13 alertes, 36 contrôles. », then each failure by name.
    func outcome(_ findings: [Finding]) -> [String] {
        [summary(findings)] + findings.filter { $0.status == .failure }.map { "  [\(words.status(.failure))] " + words.checkName($0) }
    }

    func summary(_ findings: [Finding]) -> String {
        language.pick("Bilan : ", "Outcome: ") + words.outcome(findings) + "."
    }

    func text(_ evaluation: Evaluation, file: String) -> String {
        ((file + " — " + evaluation.report.title).wrapped(first: "", then: "  ") + outcome(evaluation.findings) + [""]
            + lines(evaluation.findings) + [""])
            .joined(separator: "\n")
    }
}
