import Enveloppe

/// `enveloppe run` as CSV for French spreadsheets: the monthly table, or the figures
/// and checks (``CSV`` says how the cells are written).
struct RunCSV: Worded {
    let words: Wording

    /// The monthly table: one row a month, amounts in euros with a decimal comma.
    func months(_ report: RunReport) -> [UInt8] {
        let l = words.language
        var rows: [[String]] = [
            [
                l.pick("mois", "month"), l.pick("ménages accompagnés", "households accompanied"), l.pick("entrées", "entries"),
                l.pick("sorties", "exits"), l.pick("ménages logés", "households housed"),
                l.pick("mesures-mois cumulées", "household-months to date"), l.pick("ETP", "FTE"),
                l.pick("avances reçues", "advances received"), l.pick("soldes reçus", "balances received"),
                l.pick("cautions restituées", "deposits returned"), l.pick("encaissements", "receipts"),
                l.pick("personnel", "staff"), l.pick("charges directes", "direct charges"),
                l.pick("charges indirectes", "indirect charges"), l.pick("cautions versées", "deposits paid"),
                l.pick("reversements", "repayments"), l.pick("décaissements", "expenses"), l.pick("solde du mois", "net"),
                l.pick("trésorerie", "treasury"), l.pick("service fait cumulé", "service fait to date"),
                l.pick("paiements reçus cumulés", "payments received to date"),
            ]
        ]
        for row in report.months {
            let euros = CSV.euros
            rows.append([
                row.month.description, String(row.accompanied), String(row.entries), String(row.exits), String(row.housed),
                String(row.measureMonthsToDate), CSV.decimalComma(plain(hundredths: row.fteHundredths)),
                euros(row.advances), euros(row.balances), euros(row.depositsReturned), euros(row.receipts),
                euros(row.staff), euros(row.directNonStaff), euros(row.indirect), euros(row.depositsPaid),
                euros(row.reversements), euros(row.expenses), euros(row.net), euros(row.treasury),
                euros(row.serviceFaitToDate), euros(row.paymentsToDate),
            ])
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    /// The figures and checks, one row each.
    func figures(_ evaluation: Evaluation) -> [UInt8] {
        let l = words.language
        var rows: [[String]] = [
            [
                l.pick("rubrique", "section"), l.pick("identifiant", "id"), l.pick("libellé", "label"),
                l.pick("valeur", "value"), l.pick("unité", "unit"), l.pick("source", "source"),
            ]
        ]
        for figure in evaluation.allFigures {
            let (value, unit) = cell(figure.value)
            rows.append([
                l.pick("chiffre", "figure"), figure.id.rawValue, words.label(figure), value, unit,
                figure.sources.uniquedCitations().map { words.citation($0, quoting: false) }.joined(separator: " | "),
            ])
        }
        for finding in evaluation.findings {
            rows.append([
                l.pick("contrôle", "check"), finding.id, words.sentence(finding), words.status(finding.status), "",
                finding.sources.uniquedCitations().map { words.citation($0, quoting: false) }.joined(separator: " | "),
            ])
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    func cell(_ quantity: Quantity) -> (String, String) {
        let comma = CSV.decimalComma
        switch quantity {
        case .money(let amount): return (comma(plain(cents: amount.cents)), "EUR")
        case .count(let value): return (String(value), "")
        case .fte(let value): return (comma(plain(hundredths: value.hundredths)), words.language.pick("ETP", "FTE"))
        case .rate(let rate): return (words.format.rate(rate).split(separator: "\u{00A0}").first.map(String.init) ?? "", "%")
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
