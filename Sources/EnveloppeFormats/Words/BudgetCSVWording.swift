import Enveloppe

extension Wording {
    /// `ligne 4, colonne 3 (montant)`: where a CSV line is at fault, with the column's name.
    func csvLocation(line: Int, column: Int?, columns: [String]) -> String {
        var location = language.pick("ligne \(line)", "line \(line)")
        if let column, columns.indices.contains(column - 1) {
            location += language.pick(", colonne \(column) (\(columns[column - 1]))", ", column \(column) (\(columns[column - 1]))")
        }
        return location
    }

    /// A file separated by commas or tabs: what it is, and how a spreadsheet saves it with « ; ».
    func otherSeparator(_ separator: Character, columns: String) -> String {
        let name = separator == "\t" ? language.pick("des tabulations", "tabs") : language.pick("des virgules", "commas")
        return language.pick(
            "colonnes séparées par \(name), pas par « ; » (\(columns)) : enregistrez le fichier au format « CSV (séparateur : point-virgule) »",
            "columns separated by \(name), not by ';' (\(columns)): save the file as 'CSV (semicolon delimited)'")
    }

    /// One line for a bad line of a budget CSV: `FILE: ligne 4, colonne 3 (montant) : …`.
    public func message(_ failure: BudgetCSV.Failure, file: String) -> String {
        let location = csvLocation(
            line: failure.line, column: failure.column,
            columns: [language.pick("compte", "account"), language.pick("libellé", "label"), language.pick("montant", "amount")])
        let what: String
        switch failure.problem {
        case .unterminatedQuote:
            what = language.pick(
                "guillemet ouvrant sans guillemet fermant : fermez-le, ou doublez un guillemet qui fait partie du texte (\"\")",
                "opening quote without a closing quote: close it, or double a quote that is part of the text (\"\")")
        case .columnCount(let found):
            // One column: a title or a note written in the sheet; more than three: columns to take out.
            let fix =
                found == 1
                ? language.pick(
                    " : une ligne de titre ou de commentaire ? Le fichier ne doit contenir que l'en-tête et les lignes du budget : supprimez-la",
                    ": a title or comment line? The file must hold only the header and the budget's lines: delete it")
                : found > 3
                    ? language.pick(
                        " : un libellé qui contient « ; » se met entre guillemets ; une colonne de commentaires se garde si l'en-tête la nomme (compte;libellé;montant;commentaire), toute autre se supprime",
                        ": a label that holds ';' goes in double quotes; a comment column is kept if the header names it (account;label;amount;comment), any other is deleted"
                    ) : ""
            what =
                language.pick(
                    "attendu 3 colonnes séparées par « ; » (compte;libellé;montant), trouvé \(found)",
                    "expected 3 columns separated by ';' (account;label;amount), found \(found)") + fix
        case .otherSeparator(let separator):
            what = otherSeparator(separator, columns: language.pick("compte;libellé;montant", "account;label;amount"))
        case .unknownAccount(let code) where code.trimmingWhitespace.isEmpty:
            what = language.pick(
                "compte vide : une ligne de total ou de sous-total ? Supprimez-la, l'outil fait les totaux ; sinon, donnez le compte du CERFA 12156 (60 à 68, CI, 86, 70 à 79 ou 87)",
                "empty account: a total or subtotal line? Delete it, the tool computes the totals; otherwise give the CERFA 12156 account (60 to 68, CI, 86, 70 to 79 or 87)"
            )
        case .unknownAccount(let code):
            what = language.pick(
                "compte inconnu « \(excerpt(code)) » ; attendu un compte du CERFA 12156 : 60 à 68, CI (charges indirectes), 86, 70 à 79 ou 87",
                "unknown account '\(excerpt(code))'; expected a CERFA 12156 account: 60 to 68, CI (indirect charges), 86, 70 to 79 or 87")
        case .emptyLabel:
            what = language.pick("libellé vide : nommez la dépense ou la recette", "empty label: name the expense or the income")
        case .headerNotFirst:
            what = language.pick(
                "une deuxième ligne d'en-tête ou de titre avant les lignes du budget : l'en-tête (compte;libellé;montant) doit être la première ligne du fichier, sans titre au-dessus",
                "a second header or title line before the budget's lines: the header (account;label;amount) must be the file's first line, with no title above it"
            )
        case .columnsInOtherOrder:
            what = language.pick(
                "le compte est dans la deuxième colonne : les colonnes vont dans l'ordre compte;libellé;montant",
                "the account is in the second column: the columns go in the order account;label;amount")
        case .invalidAmount(let text, .tooManyFractionDigits(let allowed)):
            // `12,345`: decimals past the cent, or a comma between thousands.
            let parts = text.trimmingWhitespace.split(separator: ",", omittingEmptySubsequences: false)
            // Three digits after the comma, and a whole part that is not zero (`0,125` has no thousands).
            let thousands =
                parts.count == 2 && parts[1].count == 3 && parts[1].allSatisfy(\.isASCII)
                && parts[0].contains(where: { $0.isASCII && $0.isNumber && $0 != "0" })
            what = language.pick(
                "attendu un montant en euros (par ex. 1 234,56), trouvé « \(excerpt(text)) » (plus de \(allowed) décimales : arrondissez au centime\(thousands ? " ; si la virgule sépare les milliers, écrivez une espace ou rien à sa place" : ""))",
                "expected an amount in euros (e.g. 1 234,56), found '\(excerpt(text))' (more than \(allowed) decimals: round to the cent\(thousands ? "; if the comma separates thousands, write a space or nothing in its place" : ""))"
            )
        case .invalidAmount(let text, let failure):
            what = language.pick(
                "attendu un montant en euros (par ex. 1 234,56), trouvé « \(excerpt(text)) » (\(failureText(failure)))",
                "expected an amount in euros (e.g. 1 234,56), found '\(excerpt(text))' (\(failureText(failure)))")
        case .ambiguousPoint(let text):
            what = language.pick(
                "« \(excerpt(text)) » est ambigu : le point est-il un séparateur de milliers ou décimal ? Écrivez la virgule décimale (1234,56) et rien entre les milliers, ou des espaces",
                "'\(excerpt(text))' is ambiguous: is the point a thousands or a decimal separator? Write a decimal comma (1234,56) and nothing, or spaces, between thousands"
            )
        case .negativeAmount(let text):
            what = language.pick(
                "attendu un montant positif ou nul, trouvé « \(excerpt(text)) » : un montant du budget s'écrit en positif ; une réduction se retire du montant de la ligne qu'elle réduit",
                "expected an amount of zero or more, found '\(excerpt(text))': a budget amount is written as a positive number; a reduction is taken off the line it reduces"
            )
        case .empty:
            what = language.pick("aucune ligne de budget", "no budget line")
        }
        return "\(file): \(location)\(language.pick(" : ", ": "))\(what)"
    }
}
