import Enveloppe
import EnveloppeWorkbook

extension ScenarioWorkbook {
    /// Notice: how to fill in the workbook and check it, then every rubric and column in plain French.
    static func notice() -> Sheet {
        let bold = Style(bold: true)
        let wrapped = Style(wrap: true)
        let lines = [
            "Remplissez les cellules jaunes ; les autres (valeurs et sources de l'appel, intitulés, coûts calculés) sont là pour information : Enveloppe ne les lit pas.",
            "Écrivez les nombres comme d'habitude : 52 000,00 € ; 0,5 ; 60 %. Les mois : 09/2025. Les choix : dans la liste déroulante de la cellule.",
            "Plusieurs structures : une ligne par structure dans Ménages ; dans Équipe et Charges, la colonne Structure donne l'identifiant de la structure de chaque ligne.",
            "Ajoutez autant de lignes que nécessaire dans Équipe, Charges, Autres produits, Budget déposé et Chiffres attendus ; ne changez pas les intitulés des colonnes. Vous pouvez ajouter vos propres colonnes à droite et vos propres feuilles : elles ne sont pas lues.",
            "Vérifiez le classeur : enveloppe validate candidature.xlsx. Chaque erreur nomme sa cellule, par ex. « Équipe!D4 : attendu un nombre d'ETP (par ex. 0,5), trouvé « un demi » », et toutes sont listées d'un coup.",
            "Calculez : enveloppe run candidature.xlsx (ou budget, check, explain…). Convertissez en JSON et retour : enveloppe convert candidature.xlsx candidature.json.",
        ]
        var rows: [[Cell]] = [[.text("Classeur de candidature Enveloppe : mode d'emploi", style: Style(bold: true, fill: .header))]]
        rows += lines.map { [.text($0, style: wrapped)] }
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
        columns(HouseholdsColumn.self)
        columns(StaffColumn.self)
        columns(ChargeColumn.self)
        columns(IncomeColumn.self)
        columns(BudgetColumn.self)
        columns(ExpectedColumn.self)
        columns(CandidateColumn.self)
        return Sheet(
            name: ScenarioWorkbookLayout.notice, columnWidths: [18, 36, 110], rows: rows, merges: (2...(lines.count + 1)).map { "A\($0):C\($0)" })
    }
}
