import Enveloppe

/// `enveloppe allocate`: each candidate's share of the envelope, and what stays unallocated.
public struct AllocationRenderer: Sendable {
    let words: Wording
    var f: Formatter { words.format }
    var language: Language { words.language }

    public init(_ language: Language) { words = Wording(language) }

    func methodText(_ method: Allocation.Method) -> String {
        switch method {
        case .proportional:
            language.pick("au prorata des poids, au plus fort reste, dans les minimums et maximums de chacun",
                          "pro rata of the weights, by largest remainder, within each one's minimum and maximum")
        case .proRataOfRequests:
            language.pick("au prorata des demandes, jamais plus que demandé ; ce qu'un plafonné ne peut prendre va aux autres",
                          "pro rata of the requests, never more than asked; what a capped candidate cannot take goes to the others")
        case .byRank:
            language.pick("dans l'ordre du classement du jury, chacun servi de sa demande jusqu'à épuisement",
                          "in the jury's ranking order, each given its request until the envelope is used up")
        }
    }

    var tieRule: String {
        language.pick(
            "À égalité de reste, l'unité va au plus grand poids, puis au plus petit identifiant ; à égalité de rang, au plus petit identifiant : le résultat ne dépend pas de l'ordre de la liste.",
            "On equal remainders the unit goes to the larger weight, then the smaller identifier; on equal ranks, to the smaller identifier: the result does not depend on the order of the list.")
    }

    public func text(_ report: AllocationReport) -> String {
        let l = language
        var out = [report.title, l.pick("Répartition de l'enveloppe", "Sharing the envelope") + " — " + report.call.title]
        var envelope = f.money(report.envelopeAmount)
        if let measures = report.envelopeMeasures, let price = report.measurePrice {
            envelope += " = " + f.count(measures) + l.pick(" mesures × ", " measures × ") + f.money(price)
        }
        out.append(l.pick("Enveloppe : ", "Envelope: ") + envelope)
        out.append(l.pick("Méthode : ", "Method: ") + methodText(report.method))
        out.append("")
        var table = TextTable([.left, .left, .right, .right, .right, .right, .right])
        table.add([l.pick("Candidat", "Candidate"), l.pick("Territoire", "Territory"), l.pick("Mesures", "Measures"),
                   l.pick("Montant", "Amount"), l.pick("Avance", "Advance"), l.pick("Solde", "Balance"), l.pick("Demandé", "Asked")])
        for row in report.rows {
            let asked = row.candidate.requested.map { report.measurePrice == nil ? f.money(Money(cents: $0)) : f.count($0) } ?? ""
            table.add([row.candidate.name, row.candidate.territory ?? "", row.measures.map(f.count) ?? "", f.money(row.amount),
                       f.money(row.advance), f.money(row.balance), asked])
        }
        table.add([l.pick("Non attribué", "Unallocated"), "", report.unallocatedMeasures.map(f.count) ?? "", f.money(report.unallocatedAmount), "", "", ""])
        out.append(table.rendered())
        out.append("")
        out.append("  " + tieRule)
        out.append(l.pick("  Solde : montant − avance, à service fait complet.", "  Balance: amount − advance, at full service fait."))
        for source in report.sources.uniquedCitations() { out.append("  " + l.pick("Source : ", "Source: ") + words.citation(source)) }
        return out.joined(separator: "\n") + "\n"
    }

    public func csv(_ report: AllocationReport) -> [UInt8] {
        let l = language
        let euros = { (m: Money) in CSVRenderer.decimalComma(plain(cents: m.cents)) }
        var rows = [[l.pick("identifiant", "id"), l.pick("candidat", "candidate"), l.pick("territoire", "territory"), l.pick("mesures", "measures"),
                     l.pick("montant", "amount"), l.pick("avance", "advance"), l.pick("solde", "balance")]]
        for row in report.rows {
            rows.append([row.candidate.id, row.candidate.name, row.candidate.territory ?? "", row.measures.map(String.init) ?? "",
                         euros(row.amount), euros(row.advance), euros(row.balance)])
        }
        rows.append(["", l.pick("Non attribué", "Unallocated"), "", report.unallocatedMeasures.map(String.init) ?? "", euros(report.unallocatedAmount), "", ""])
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    public func json(_ report: AllocationReport) -> String {
        let money = { (m: Money) in JSONValue.object(["cents": .number(String(m.cents)), "euros": .string(plain(cents: m.cents))]) }
        return JSONWriter.write(
            .object([
                "title": .string(report.title), "preset": .string(report.call.id), "method": .string(report.method.rawValue),
                "envelope": money(report.envelopeAmount),
                "envelopeMeasures": report.envelopeMeasures.map { .number(String($0)) } ?? .null,
                "candidates": .array(report.rows.map { row in
                    .object([
                        "id": .string(row.candidate.id), "name": .string(row.candidate.name),
                        "measures": row.measures.map { .number(String($0)) } ?? .null,
                        "amount": money(row.amount), "advance": money(row.advance), "balance": money(row.balance),
                    ])
                }),
                "unallocatedMeasures": report.unallocatedMeasures.map { .number(String($0)) } ?? .null,
                "unallocated": money(report.unallocatedAmount),
            ]))
    }
}
