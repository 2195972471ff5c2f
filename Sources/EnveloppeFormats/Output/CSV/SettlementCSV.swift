import Enveloppe

/// `enveloppe settle` as CSV: one row per convention and line, then a total row per operator and one in all.
struct SettlementCSV: Worded {
    let words: Wording
    /// Whether some convention was paid instalments after its advance (``SettlementRows/instalments``).
    var instalments = false

    func render(_ s: Settlement) -> [UInt8] {
        let l = language
        let euros = CSV.euros
        let settled = SettlementRows(words: words, instalments: instalments)
        var rows = [
            [
                l.pick("convention", "convention"), l.pick("structure", "operator"), l.pick("ligne", "line"), l.pick("subvention", "grant"),
                l.pick("service fait prévu", "planned service fait"), l.pick("service fait à date", "service fait to date"),
                l.pick("service fait de l'année", "service fait for the year"), l.pick("écart", "gap"), l.pick("écart en %", "gap in %"),
                settled.paidBefore.lowercased(), l.pick("solde", "balance"), l.pick("reversement", "repayment"),
                l.pick("explication", "explanation"),
            ]
        ]
        let percent = { (gap: Money, planned: Money) in
            // The number alone, with a decimal comma in either language (the file is for French spreadsheets).
            CSV.decimalComma(String(settled.percent(gap, of: planned).filter { $0 != "%" && $0 != "\u{00A0}" }))
        }
        for c in s.conventions {
            rows.append([
                "\(c.period.start)…\(c.period.end)", s.holderName(c), c.line.label, euros(c.grant), euros(c.plannedServiceFait),
                euros(c.serviceFaitToDate), euros(c.serviceFaitForYear), euros(c.gap), percent(c.gap, c.plannedServiceFait), euros(c.advance),
                euros(c.balance), euros(c.reversement), settled.explanation(s, c),
            ])
        }
        // A total whose counts miss months says so in its explanation column, its name kept as the rows' (a sheet
        // that matches names still finds it).
        let total = { (name: String, t: Settlement.Totals, operatorID: OperatorID?) in
            [
                l.pick("total", "total"), name, "", euros(t.grant), euros(t.plannedServiceFait), euros(t.serviceFaitToDate),
                euros(t.serviceFaitForYear), euros(t.gap), percent(t.gap, t.plannedServiceFait), euros(t.advance), euros(t.balance),
                euros(t.reversement), settled.provisionalMarks(s, operatorID),
            ]
        }
        for t in s.operatorTotals { rows.append(total(t.name, t.totals, t.operatorID)) }
        rows.append(total(l.pick("Toutes structures", "All operators"), s.total, nil))
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }

    /// `--table activity`: each operator's household-months counted against the plan, and the months without a count,
    /// as the workbook's activity sheet holds them.
    func activity(_ s: Settlement) -> [UInt8] {
        let settled = SettlementRows(words: words)
        var rows = [
            (settled.activityHeaders + [settled.monthsWithoutCountHeader]).map {
                $0.prefix(1).lowercased() + $0.dropFirst()
            }
        ]
        for a in s.activity {
            rows.append([
                a.name, String(a.plannedMeasureMonthsToDate), String(a.countedMeasureMonths),
                String(a.countedMeasureMonths - a.plannedMeasureMonthsToDate), String(a.plannedMeasureMonths),
                a.monthsWithoutCount.map(f.month).joined(separator: ", "),
            ])
        }
        return CSV.bytes(rows, profile: .frenchSpreadsheet)
    }
}
