import Enveloppe
import EnveloppeWorkbook

/// A scenario as a workbook an association fills in: every field of the JSON format in its
/// cell (``ScenarioWorkbookLayout``), the cells to fill in light yellow, a drop-down list on
/// every closed choice, the call's own values and their sources beside the rubrics, and a
/// Notice sheet saying what each column holds. ``ScenarioWorkbookReader`` reads it back to
/// the same scenario.
public enum ScenarioWorkbook {
    public static func workbook(_ scenario: Scenario) -> Workbook {
        let call = Presets.named(scenario.preset)
        return Workbook(sheets: [
            notice(), candidature(scenario, call: call), envelope(scenario, call: call), funderTerms(scenario, call: call), households(scenario),
            staff(scenario), charges(scenario), otherIncome(scenario), budget(scenario), expected(scenario), risk(scenario, call: call),
            candidates(scenario),
        ])
    }

    /// The workbook's bytes as an .xlsx or an .ods file.
    public static func bytes(_ scenario: Scenario, _ kind: ReadWorkbook.Kind) -> [UInt8] {
        let workbook = workbook(scenario)
        return kind == .xlsx ? XLSXWriter.bytes(unwrapped(workbook)) : ODSWriter.bytes(workbook)
    }

    /// The workbook without wrapped text, each table's columns wide enough for their headings:
    /// spreadsheets open an .xlsx row at its stored height (one line), so wrapped text would
    /// spill over the rows below it, while an .ods row grows to fit its text.
    static func unwrapped(_ workbook: Workbook) -> Workbook {
        var workbook = workbook
        for index in workbook.sheets.indices {
            var sheet = workbook.sheets[index]
            sheet.rows = sheet.rows.map { row in
                row.map { cell in
                    var cell = cell
                    cell.style.wrap = false
                    return cell
                }
            }
            if sheet.frozenRows == 1, let headings = sheet.rows.first {
                for (column, cell) in headings.enumerated() where column < sheet.columnWidths.count {
                    if case .text(let heading) = cell.value { sheet.columnWidths[column] = max(sheet.columnWidths[column], heading.count + 2) }
                }
            }
            workbook.sheets[index] = sheet
        }
        return workbook
    }

    // MARK: Cells

    static let header = Style(bold: true, wrap: true, fill: .header)
    static let information = Style(wrap: true)

    /// Words shown for information (never read), or an empty cell.
    static func note(_ text: String) -> Cell { text.isEmpty ? Cell(value: .empty, style: information) : .text(text, style: information) }

    static func input(_ format: NumberFormat = .general, wrap: Bool = false) -> Style { Style(format: format, wrap: wrap, fill: .input) }

    /// An empty cell to fill in.
    static let blank = Cell(value: .empty, style: input())

    static func text(_ text: String?, wrap: Bool = false) -> Cell {
        guard let text else { return blank }
        return .text(text, style: input(wrap: wrap))
    }

    static func amount(_ money: Money?) -> Cell {
        guard let money else { return Cell(value: .empty, style: input(.currency)) }
        return .number(plain(cents: money.cents), style: input(.currency))
    }

    static func count(_ value: Int64?) -> Cell {
        guard let value else { return blank }
        return .number(String(value), style: input())
    }

    static func fte(_ fte: FTE?) -> Cell {
        guard let fte else { return blank }
        return .number(plain(hundredths: fte.hundredths), style: input())
    }

    /// A rate as a percentage cell: the cell holds the fraction (60 % is 0.6), shown with the rate's decimals.
    static func rate(_ rate: Rate?) -> Cell {
        guard let rate else { return Cell(value: .empty, style: input(.percent(places: 0))) }
        guard let (scaled, _) = rate.percentage(fractionDigits: 4) else {
            // No rate the reader makes lacks a finite decimal; written as words rather than rounded.
            return .text(Formatter(.fr).rate(rate).replacingNoBreakSpaces, style: input())
        }
        var fraction = String(scaled.magnitude)
        fraction = String(repeating: "0", count: max(0, 7 - fraction.count)) + fraction
        var decimals = String(fraction.suffix(6))
        while decimals.hasSuffix("0") { decimals.removeLast() }
        let whole = String(fraction.dropLast(6))
        let plain = (scaled < 0 ? "-" : "") + whole + (decimals.isEmpty ? "" : "." + decimals)
        return .number(plain, style: input(.percent(places: max(0, decimals.count - 2))))
    }

    /// A month as a date cell (shown `sept. 2025`), or as `2025-09` text before 1900 where spreadsheets have no dates.
    static func month(_ month: YearMonth?) -> Cell {
        guard let month else { return Cell(value: .empty, style: input(.monthYear)) }
        guard (1900...9999).contains(month.year) else { return .text(month.description, style: input()) }
        return .date(year: month.year, month: month.month, day: 1, style: input(.monthYear))
    }

    /// `03/2026`, the way a person types a month in a list of one cell.
    static func monthText(_ month: YearMonth) -> String {
        "\(month.description.suffix(2))/\(month.description.dropLast(3))"
    }

    // MARK: Table sheets

    /// The header row of a table sheet, then its rows, then empty rows to fill in up to `minimumRows`.
    static func table<Column: WorkbookColumn>(
        _: Column.Type, rows: [[Cell]], emptyRows: Int = 10, minimumRows: Int = 20, validations: [(Column, [String], String)] = []
    ) -> Sheet {
        let headers = Column.allCases.map { Cell.text($0.header, style: header) }
        let empty = Column.allCases.map { $0.isRead ? blank : Cell(value: .empty, style: information) }
        let padding = max(emptyRows, minimumRows - rows.count)
        let last = 1 + rows.count + padding + 30
        return Sheet(
            name: Column.sheet, columnWidths: Column.allCases.map(\.width), rows: [headers] + rows + Array(repeating: empty, count: padding),
            frozenRows: 1,
            validations: validations.map { column, allowed, prompt in
                ListValidation(range: "\(column.letter)2:\(column.letter)\(last)", allowed: allowed, prompt: prompt)
            }, landscape: true)
    }

    static func households(_ scenario: Scenario) -> Sheet {
        let rows: [[Cell]] = scenario.operators.map { op in
            var cells: [HouseholdsColumn: Cell] = [
                .id: text(op.id.rawValue), .name: text(op.name), .territory: text(op.territory), .places: count(op.households),
            ]
            if let intake = op.intake {
                cells[.initial] = count(intake.initial == 0 ? nil : intake.initial)
                switch intake.entries {
                case .rampUp(let perMonth): cells[.rampUp] = count(perMonth)
                case .explicit(let entries):
                    cells[.entries] = text(entries.isEmpty ? WorkbookContext.noEntries : entries.map(String.init).joined(separator: " ; "))
                }
                cells[.start] = month(intake.start)
                cells[.lastEntry] = month(intake.lastEntry)
                cells[.renewal] = count(intake.renewalMonths == 0 ? nil : Int64(intake.renewalMonths))
                cells[.derogation] = text(intake.derogation ? ScenarioChoices.yes : nil)
                cells[.beforeDwelling] = count(intake.monthsBeforeDwelling == 0 ? nil : Int64(intake.monthsBeforeDwelling))
                cells[.refillDelay] = count(intake.refillDelayMonths == 0 ? nil : Int64(intake.refillDelayMonths))
                if !intake.earlyExits.isEmpty {
                    cells[.earlyExits] = text(intake.earlyExits.map { "\(monthText($0.month)) : \($0.households)" }.joined(separator: " ; "))
                }
            }
            return HouseholdsColumn.allCases.map { column in
                cells[column] ?? (column == .start || column == .lastEntry ? month(nil) : blank)
            }
        }
        return table(
            HouseholdsColumn.self, rows: rows, emptyRows: 5, minimumRows: 10,
            validations: [(.derogation, [ScenarioChoices.yes, ScenarioChoices.no], "oui : renouvellements au-delà du maximum, par dérogation")])
    }

    static func staff(_ scenario: Scenario) -> Sheet {
        var rows: [[Cell]] = []
        for op in scenario.operators {
            for post in op.staff {
                let row = rows.count + 2
                let product = Int128(post.fte.hundredths) * Int128(post.annualCostPerFTE.cents)
                rows.append([
                    text(op.id.rawValue), text(post.title), text(ScenarioChoices.roles.label(post.role)), fte(post.fte),
                    amount(post.annualCostPerFTE), month(post.start), month(post.end),
                    text(post.purposes.isEmpty ? nil : post.purposes.map(ScenarioChoices.purposes.label).joined(separator: " ; ")),
                    .formula("D\(row)*E\(row)", cached: .number(decimal(product, places: 4)), style: Style(format: .currency)),
                ])
            }
        }
        return table(
            StaffColumn.self, rows: rows,
            validations: [
                (.role, ScenarioChoices.roles.labels, "Le rôle du poste"),
                (.purposes, ScenarioChoices.purposes.labels, "Une dépense de l'appel que le poste couvre"),
            ])
    }

    static func charges(_ scenario: Scenario) -> Sheet {
        var rows: [[Cell]] = []
        for op in scenario.operators {
            for charge in op.charges {
                let (basis, value): (ScenarioChoices.Basis, Cell) =
                    switch charge.basis {
                    case .annual(let money): (.annualAmount, amount(money))
                    case .perEntry(let money): (.perEntry, amount(money))
                    case .refundableDeposit(let money): (.refundableDeposit, amount(money))
                    case .perHouseholdMonth(let money): (.perHouseholdMonth, amount(money))
                    case .rateOfDirectCosts(let rate): (.rateOfDirectCosts, self.rate(rate))
                    }
                rows.append([
                    text(op.id.rawValue), text(charge.label), text(String(charge.account)), text(ScenarioChoices.kinds.label(charge.kind)),
                    text(ScenarioChoices.bases.label(basis)), value, text(charge.purpose.map(ScenarioChoices.purposes.label)),
                ])
            }
        }
        return table(
            ChargeColumn.self, rows: rows, minimumRows: 30,
            validations: [
                (.account, ScenarioChoices.chargeAccounts, "Compte du CERFA 12156"),
                (.kind, ScenarioChoices.kinds.labels, "directe ou indirecte"),
                (.basis, ScenarioChoices.bases.labels, "Comment la charge court"),
                (.purpose, ScenarioChoices.purposes.labels, "La dépense de l'appel que couvre la charge"),
            ])
    }

    static func otherIncome(_ scenario: Scenario) -> Sheet {
        let rows: [[Cell]] =
            scenario.otherIncome.map { line in
                [
                    text(line.account.rawValue), text(line.label), amount(line.amount),
                    text(ScenarioJSON.statedPurpose(line).map(ScenarioChoices.purposes.label)),
                ]
            }
            + scenario.contributionsInKind.map { line in
                [text(CerfaAccount.contributionsInKindReceived.rawValue), text(line.label), amount(line.amount), blank]
            }
        return table(
            IncomeColumn.self, rows: rows, minimumRows: 10,
            validations: [
                (.account, ScenarioChoices.incomeAccounts, "70 à 79 : produit ; 87 : contribution en nature"),
                (.purpose, ScenarioChoices.purposes.labels, "La dépense de l'appel que la ligne concerne"),
            ])
    }

    /// The filed budget's lines, or the CERFA 12156 grid to fill in (one row per account).
    static func budget(_ scenario: Scenario) -> Sheet {
        let words = Wording(.fr)
        let rows: [[Cell]]
        if scenario.candidateBudgetFile == nil, let lines = scenario.candidateBudget {
            rows = lines.map { line in
                [
                    text(line.account.rawValue), text(line.label), amount(line.amount),
                    text(ScenarioJSON.statedPurpose(line).map(ScenarioChoices.purposes.label)),
                    Cell.text(words.accountHeading(line.account), style: information),
                ]
            }
        } else {
            rows = CerfaAccount.allCases.map { account in
                [text(account.rawValue), blank, amount(nil), blank, Cell.text(words.accountHeading(account), style: information)]
            }
        }
        return table(
            BudgetColumn.self, rows: rows, minimumRows: 30,
            validations: [(.purpose, ScenarioChoices.purposes.labels, "La dépense de l'appel que la ligne couvre")])
    }

    static func expected(_ scenario: Scenario) -> Sheet {
        table(ExpectedColumn.self, rows: scenario.expected.map { [text($0.id), text($0.text)] })
    }

    static func candidates(_ scenario: Scenario) -> Sheet {
        let inCents = ScenarioJSON.inCents(scenario.allocation?.envelope, preset: scenario.preset)
        let quantity = { (value: Int64?) -> Cell in inCents ? amount(value.map { Money(cents: $0) }) : count(value) }
        let rows: [[Cell]] = (scenario.allocation?.candidates ?? []).map { c in
            [
                text(c.id), text(c.name), text(c.territory), count(c.weight), quantity(c.requested),
                quantity(c.minimum == 0 ? nil : c.minimum), quantity(c.maximum), count(c.rank.map(Int64.init)),
            ]
        }
        return table(CandidateColumn.self, rows: rows)
    }

    /// `value` / 10^places as a plain decimal, without trailing zeros.
    static func decimal(_ value: Int128, places: Int) -> String {
        var digits = String(value.magnitude)
        digits = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        var fraction = String(digits.suffix(places))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (value < 0 ? "-" : "") + digits.dropLast(places) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
