import Enveloppe

/// `enveloppe check` as CSV: a row per check of each file, failures first.
struct ChecksCSV: Worded {
    let words: Wording

    func render(_ applications: [(file: String, evaluation: Evaluation)]) -> [UInt8] {
        let l = language
        var rows = [
            [
                l.pick("fichier", "file"), l.pick("candidature", "application"), l.pick("statut", "status"), l.pick("contrôle", "check"),
                l.pick("identifiant", "id"), l.pick("constat", "finding"), l.pick("sources", "sources"),
            ]
        ]
        for (file, evaluation) in applications {
            let words = words.about(evaluation.report.call)
            for finding in Finding.byStatus(evaluation.findings) {
                rows.append([
                    file, evaluation.report.title, words.status(finding.status), words.checkName(finding), finding.id, words.sentence(finding),
                    citedOnce(finding.sources).joined(separator: listSeparator),
                ])
            }
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
