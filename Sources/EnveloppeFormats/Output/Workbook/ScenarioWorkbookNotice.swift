import Enveloppe
import EnveloppeWorkbook

extension ScenarioWorkbook {
    /// Notice: how to fill in the workbook and check it, then every rubric and column in plain French.
    static func notice() -> Sheet {
        let bold = Style(bold: true)
        let wrapped = Style(wrap: true)
        let lines = [
            "Remplissez les cellules jaunes. Les autres (valeurs et sources de l'appel, intitulés, coûts calculés) sont là pour information : elles ne sont pas lues.",
            "Les nombres s'écrivent comme d'habitude : 52 000,00 € ; 0,5 ; 60 %. Les mois : 09/2025. Les choix : dans la liste déroulante de la cellule.",
            "Plusieurs structures : une ligne par structure dans Ménages ; dans Équipe et Charges, la colonne Structure donne l'identifiant de la structure.",
            "Un financeur qui verse autrement (avance, versements en plusieurs fois, délais) : sa ligne de la feuille Versements. Ce qui est incertain, pour enveloppe risk : la feuille Risque.",
            "Ajoutez autant de lignes qu'il faut dans les feuilles en tableau ; gardez les intitulés des colonnes. Vos propres colonnes (à droite) et feuilles ne sont pas lues.",
            "Vérifiez le classeur : enveloppe validate candidature.xlsx. Toutes les erreurs sont listées d'un coup, chacune avec sa cellule (Équipe!D4 : …).",
            "Calculez : enveloppe run candidature.xlsx (ou budget, check, explain…). En JSON et retour : enveloppe convert candidature.xlsx candidature.json.",
        ]
        var rows: [[Cell]] = [[.text("Classeur de candidature Enveloppe : mode d'emploi", style: Style(bold: true, fill: .header))]]
        rows += lines.map { [.text($0)] }
        rows.append([])
        rows.append(["Feuille", "Colonne ou rubrique", "Ce qu'il faut y écrire"].map { Cell.text($0, style: header) })
        func add(_ sheet: String, _ name: String, _ help: String) {
            rows.append([.text(sheet, style: bold), .text(name, style: wrapped), .text(help, style: wrapped)])
        }
        for rubric in Rubric.allCases { add(ScenarioWorkbookLayout.candidature, rubric.label, rubric.help) }
        func columns<Column: WorkbookColumn>(_: Column.Type) {
            for column in Column.allCases { add(Column.sheet, column.header, column.help) }
        }
        columns(EnvelopeColumn.self)
        columns(FunderTermsColumn.self)
        columns(HouseholdsColumn.self)
        columns(StaffColumn.self)
        columns(ChargeColumn.self)
        columns(IncomeColumn.self)
        columns(BudgetColumn.self)
        columns(ExpectedColumn.self)
        for rubric in RiskRubric.allCases { add(ScenarioWorkbookLayout.risk, rubric.label, rubric.help) }
        columns(RiskColumn.self)
        for input in UncertainInput.allCases { add(ScenarioWorkbookLayout.risk, input.label, input.help) }
        columns(CandidateColumn.self)
        return Sheet(name: ScenarioWorkbookLayout.notice, columnWidths: [18, 36, 110], rows: rows)
    }
}
