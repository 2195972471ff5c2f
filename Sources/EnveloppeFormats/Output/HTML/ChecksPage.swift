import Enveloppe

/// `enveloppe check` as a page: for each application its outcome (each failure named and linked), then its
/// checks, failures first; each application on its own printed page.
struct ChecksPage: Worded {
    let words: Wording
    var date: PrintDate?

    func render(_ applications: [(file: String, evaluation: Evaluation)]) -> String {
        let e = HTML.escape
        let l = language
        let title = l.pick("Contrôles de cohérence", "Coherence checks")
        var body = ""
        for (index, item) in applications.enumerated() {
            let report = item.evaluation.report
            // The check page is what enveloppe check writes: its print-only line does not send the reader back to it.
            let checks = ChecksHTML(words: words.about(report.call), prefix: "c\(index + 1)", pointsToCheckCommand: false)
            body += "<article class=\"application\">"
            body +=
                "<header><p class=\"kicker\">\(e(title)) · \(e(report.call.title))</p><h1>\(e(report.title))</h1><p class=\"meta\"><code>\(e(item.file))</code> · \(e(l.pick("Convention", "Convention"))) \(e(f.period(report.call.convention.value)))</p></header>"
            body += checks.outcome(item.evaluation.findings)
            body += "<section><h2>\(e(l.pick("Contrôles", "Checks")))</h2>" + checks.list(item.evaluation.findings) + "</section>"
            body += "</article>"
        }
        // The rules' text as the applications share it: « le texte de l'appel », « le rapport d'exécution », or « le
        // texte source » for a call and a report together.
        let source = words.about(RulesDocument.common(applications.map { RulesDocument($0.evaluation.report.call.source) })).rulesText
        body +=
            "<footer>\(e(l.pick("Chaque contrôle cite la règle qu'il applique : \(source), ou le champ du scénario quand le texte ne dit rien. Produit par enveloppe.", "Each check cites the rule it applies: \(source), or the scenario's field where the text says nothing. Produced by enveloppe.")))</footer>"
        let pageTitle = applications.count == 1 ? applications[0].evaluation.report.title : title
        return HTMLPage.page(
            title: pageTitle, kind: title, language: l, body: body,
            extraStyle:
                "\n.application + .application { margin-top: 48px; padding-top: 24px; border-top: 3px solid var(--line); }\n@media print { .application + .application { break-before: page; margin-top: 0; padding-top: 0; border-top: 0; } }",
            date: date)
    }
}
