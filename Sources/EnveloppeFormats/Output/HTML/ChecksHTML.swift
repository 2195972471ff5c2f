import Enveloppe

/// The checks on a page: the outcome first (« 5 échecs, 13 alertes, 36 contrôles », each failure named and
/// linked to its check), then every check with its name once, failures, then warnings, then those that pass;
/// the scenario's own expected figures that hold are folded away (on paper, a line says how many are left out
/// and where to find them). Shared by `run` and `check`.
struct ChecksHTML: Worded {
    let words: Wording
    /// What the anchors of these checks start with, so several applications on one page keep theirs apart.
    var prefix = "controle"
    /// Whether the line about the checks left out of print sends the reader to `enveloppe check` too: not on the
    /// check page itself, which is what that command writes.
    var pointsToCheckCommand = true

    /// Each finding's anchor, unique on the page.
    func anchors(_ findings: [Finding]) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let base = prefix + "-" + HTML.anchor(finding.id)
            seen[base, default: 0] += 1
            return seen[base]! == 1 ? base : base + "-\(seen[base]!)"
        }
    }

    /// The outcome box: the counts, then each failure by name, linked to its check.
    func outcome(_ findings: [Finding]) -> String {
        let e = HTML.escape
        let worst = findings.map(\.status).max() ?? .ok
        let anchors = anchors(findings)
        var html =
            "<section class=\"outcome \(worst.rawValue)\"><p class=\"counts\">\(e(words.outcome(findings)))</p>"
        let failures = findings.indices.filter { findings[$0].status == .failure }
        if !failures.isEmpty {
            html += "<ol>" + failures.map { "<li><a href=\"#\(anchors[$0])\">\(e(words.checkName(findings[$0])))</a></li>" }.joined() + "</ol>"
        } else {
            html += "<p class=\"meta\">\(e(language.pick("Aucun contrôle en échec.", "No check fails.")))</p>"
        }
        return html + "</section>"
    }

    /// Every check, failures first; the expected figures that hold folded under one line.
    func list(_ findings: [Finding]) -> String {
        let anchors = anchors(findings)
        let order = Finding.indicesByStatus(findings)
        let isFolded = { (index: Int) in findings[index].isExpectedFigure && findings[index].status != .failure }
        let folded = order.filter(isFolded)
        let shown = order.filter { !isFolded($0) }
        var html = "<ul class=\"checks\">" + shown.map { item(findings[$0], anchor: anchors[$0]) }.joined() + "</ul>"
        if !folded.isEmpty {
            html +=
                "<details class=\"expected\"><summary>"
                + HTML.escape(
                    language.pick(
                        "Chiffres attendus par le scénario : \(folded.count), tous conformes (vérifications de l'auteur du scénario)",
                        "Figures the scenario expects: \(folded.count), all as computed (the scenario author's checks)"))
                + "</summary><ul class=\"checks\">" + folded.map { item(findings[$0], anchor: anchors[$0]) }.joined() + "</ul></details>"
            // On paper the folded checks are left out: the page says how many, and where they are.
            html += "<p class=\"print-only source\">" + HTML.escape(leftOutOfPrint(folded.count)) + "</p>"
        }
        return html
    }

    /// « Non imprimés ici : les 27 chiffres attendus par le scénario, tous conformes (…) ; la page à l'écran les
    /// déplie et enveloppe check les liste. » On the check page, « …la page à l'écran les déplie. »
    func leftOutOfPrint(_ count: Int) -> String {
        let n = f.count(Int64(count))
        let check = pointsToCheckCommand
        return count == 1
            ? language.pick(
                "Non imprimé ici : le chiffre attendu par le scénario, conforme (une vérification de son auteur, comptée dans le bilan) ; la page à l'écran le déplie\(check ? " et enveloppe check le liste" : "").",
                "Not printed here: the figure the scenario expects, as computed (its author's check, counted in the outcome); the page on screen unfolds it\(check ? " and enveloppe check lists it" : "")."
            )
            : language.pick(
                "Non imprimés ici : les \(n) chiffres attendus par le scénario, tous conformes (des vérifications de son auteur, comptées dans le bilan) ; la page à l'écran les déplie\(check ? " et enveloppe check les liste" : "").",
                "Not printed here: the \(n) figures the scenario expects, all as computed (its author's checks, counted in the outcome); the page on screen unfolds them\(check ? " and enveloppe check lists them" : "")."
            )
    }

    func item(_ finding: Finding, anchor: String) -> String {
        let e = HTML.escape
        // The name once: in bold where the sentence opens with it, else before the sentence.
        let (name, rest, opensWithName) = words.namedSentence(finding)
        var html =
            "<li id=\"\(anchor)\" class=\"\(finding.status.rawValue)\"><span class=\"badge\">\(e(words.status(finding.status)))</span> "
            + "<span class=\"name\">\(e(name))</span>" + (opensWithName ? "" : " — ") + e(rest)
        let cited = finding.sources.uniquedCitations()
        if !cited.isEmpty {
            html += "<details><summary>\(e(language.pick("Source", "Source")))</summary><ul>"
            for citation in cited { html += "<li>\(e(words.citation(citation)))</li>" }
            html += "</ul></details>"
            // On paper, the sources without their quotations, in small print.
            html += "<div class=\"cite print-only\">" + e(citedOnce(cited).joined(separator: listSeparator)) + "</div>"
        }
        return html + "</li>"
    }
}
