import Enveloppe

/// `enveloppe check` as JSON: for each file, its outcome and every check, failures first.
struct ChecksJSON: Worded {
    let words: Wording

    func render(_ applications: [(file: String, evaluation: Evaluation)]) -> JSONText {
        JSONText(
            .object([
                "applications": .array(
                    applications.map { file, evaluation in
                        .object([
                            "file": .string(file), "title": .string(evaluation.report.title),
                            "summary": ChecksJSON.summary(evaluation.findings),
                            "checks": .array(
                                Finding.byStatus(evaluation.findings).map(ChecksJSON(words: words.about(evaluation.report.call)).finding)),
                        ])
                    })
            ]))
    }

    /// `{"failure": 5, "warning": 13, "ok": 18, "checks": 36}`.
    static func summary(_ findings: [Finding]) -> JSONValue {
        .object([
            "failure": .number(String(findings.filter { $0.status == .failure }.count)),
            "warning": .number(String(findings.filter { $0.status == .warning }.count)),
            "ok": .number(String(findings.filter { $0.status == .ok }.count)), "checks": .number(String(findings.count)),
        ])
    }

    func finding(_ finding: Finding) -> JSONValue {
        .object([
            "id": .string(finding.id), "status": .string(finding.status.rawValue), "name": .string(words.checkName(finding)),
            "message": .string(words.sentence(finding)), "expectedFigure": .bool(finding.isExpectedFigure),
            "sources": .array(finding.sources.uniquedCitations().map(JSONValue.citation)),
        ])
    }
}
