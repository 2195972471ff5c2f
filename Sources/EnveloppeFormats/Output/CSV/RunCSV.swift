import Enveloppe

/// `enveloppe run` as CSV for French spreadsheets: the monthly table, or the figures
/// and checks (``CSV`` says how the cells are written).
struct RunCSV: Worded {
    let words: Wording

    /// The monthly table: one row a month, amounts in euros with a decimal comma.
    func months(_ report: RunReport) -> [UInt8] {
        let l = words.language
        var csv = CSVWriter(profile: .frenchSpreadsheet, capacity: 1_024 + report.months.count * 256)
        csv.row([
            l.pick("mois", "month"), l.pick("ménages accompagnés", "households accompanied"), l.pick("entrées", "entries"),
            l.pick("sorties", "exits"), l.pick("ménages logés", "households housed"),
            l.pick("mesures-mois cumulées", "household-months to date"), l.pick("ETP de l'équipe", "Team FTE"),
            l.pick("avances reçues", "advances received"), l.pick("soldes reçus", "balances received"),
            l.pick("cautions restituées", "deposits returned"), l.pick("encaissements", "receipts"),
            l.pick("personnel", "staff"), l.pick("charges directes", "direct charges"),
            l.pick("charges indirectes", "indirect charges"), l.pick("cautions versées", "deposits paid"),
            l.pick("reversements", "repayments"), l.pick("décaissements", "expenses"), l.pick("flux net du mois", "net"),
            l.pick("trésorerie", "treasury"), l.pick("service fait cumulé", "service fait to date"),
            l.pick("paiements reçus cumulés", "payments received to date"),
        ])
        for row in report.months {
            csv.field(row.month.description)
            // Household counts and FTE left empty after the programme, as the text, the page and the workbook leave them:
            // the convention no longer counts them (a zero would read as households gone), only payments remain.
            for count in [row.accompanied, row.entries, row.exits, row.housed] {
                if row.isInProgramme { csv.integer(count) } else { csv.field("") }
            }
            csv.integer(row.measureMonthsToDate)
            if row.isInProgramme { csv.hundredths(row.fteHundredths) } else { csv.field("") }
            for amount in [
                row.advances, row.balances, row.depositsReturned, row.receipts, row.staff, row.directNonStaff, row.indirect,
                row.depositsPaid, row.reversements, row.expenses, row.net, row.treasury, row.serviceFaitToDate, row.paymentsToDate,
            ] {
                csv.euros(amount)
            }
            csv.endRow()
        }
        return csv.bytes
    }

    /// The figures and checks, one row each. A figure's sources are gathered once (``Figure/sources``), not
    /// again inside every figure above it, and each citation is worded once.
    func figures(_ evaluation: Evaluation) -> [UInt8] {
        let l = words.language
        var csv = CSVWriter(profile: .frenchSpreadsheet, capacity: 1 << 20)
        csv.row([
            l.pick("rubrique", "section"), l.pick("identifiant", "id"), l.pick("libellé", "label"),
            l.pick("valeur", "value"), l.pick("unité", "unit"), l.pick("source", "source"),
        ])
        var worded: [Citation: String] = [:]
        // Each citation worded once for the whole table, and printed once per cell: two quotations of one section
        // are one « …, § Financements ».
        func sources(_ citations: [Citation]) -> String {
            var cell: [String] = []
            for citation in citations.uniquedCitations() {
                let wording: String
                if let known = worded[citation] {
                    wording = known
                } else {
                    wording = words.citation(citation, quoting: false)
                    worded[citation] = wording
                }
                if !cell.contains(wording) { cell.append(wording) }
            }
            return cell.joined(separator: " | ")
        }
        let figure = l.pick("chiffre", "figure")
        for each in evaluation.allFigures {
            let (value, unit) = cell(each.value)
            csv.row([figure, each.id.rawValue, words.label(each), value, unit, sources(each.sources)])
        }
        let check = l.pick("contrôle", "check")
        for finding in evaluation.findings {
            csv.row([check, finding.id, words.sentence(finding), words.status(finding.status), "", sources(finding.sources)])
        }
        return csv.bytes
    }

    func cell(_ quantity: Quantity) -> (String, String) {
        let comma = CSV.decimalComma
        switch quantity {
        case .money(let amount): return (comma(plain(cents: amount.cents)), "EUR")
        case .count(let value): return (String(value), "")
        case .fte(let value): return (comma(plain(hundredths: value.hundredths)), words.language.pick("ETP", "FTE"))
        case .rate(let rate): return (String(words.format.rate(rate).filter { $0 != "%" && $0 != "\u{00A0}" }), "%")
        case .ratio(let ratio): return (comma(plain(hundredths: Formatter.hundredths(of: ratio))), "")
        case .unitMonths(let hundredths, let unit): return (comma(plain(hundredths: hundredths)), words.format.unitMonthName(unit))
        case .units(let hundredths, let unit):
            return (
                comma(plain(hundredths: hundredths)),
                words.format.units(hundredths: 200, unit: unit).split(separator: "\u{00A0}").last.map(String.init) ?? ""
            )
        case .months(let count): return (String(count), words.language.pick("mois", "months"))
        }
    }
}
