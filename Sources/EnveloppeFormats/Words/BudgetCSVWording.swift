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
            "columns separated by \(name), not by ';' (\(columns)): save the file as 'CSV (semicolon separated)'")
    }

    /// One line for a bad line of a budget CSV: `FILE: ligne 4, colonne 3 (montant) : …`.
    public func message(_ failure: BudgetCSV.Failure, file: String) -> String {
        let location = csvLocation(
            line: failure.line, column: failure.column,
            columns: [language.pick("compte", "account"), language.pick("libellé", "label"), language.pick("montant", "amount")])
        let what: String
        switch failure.problem {
        case .unterminatedQuote:
            what = language.pick("guillemet ouvrant sans guillemet fermant", "opening quote without a closing quote")
        case .columnCount(let found):
            what = language.pick(
                "attendu 3 colonnes séparées par « ; » (compte;libellé;montant), trouvé \(found)",
                "expected 3 columns separated by ';' (account;label;amount), found \(found)")
        case .otherSeparator(let separator):
            what = otherSeparator(separator, columns: language.pick("compte;libellé;montant", "account;label;amount"))
        case .unknownAccount(let code):
            what = language.pick(
                "compte inconnu « \(excerpt(code)) » ; attendu un compte du CERFA 12156 : 60 à 68, CI (charges indirectes), 86, 70 à 79 ou 87",
                "unknown account '\(excerpt(code))'; expected a CERFA 12156 account: 60 to 68, CI (indirect charges), 86, 70 to 79 or 87")
        case .emptyLabel:
            what = language.pick("libellé vide", "empty label")
        case .headerNotFirst:
            what = language.pick(
                "une deuxième ligne d'en-tête ou de titre avant les lignes du budget : l'en-tête (compte;libellé;montant) doit être la première ligne du fichier, sans titre au-dessus",
                "a second header or title line before the budget's lines: the header (account;label;amount) must be the file's first line, with no title above it"
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
                "attendu un montant positif ou nul, trouvé « \(excerpt(text)) »", "expected an amount of zero or more, found '\(excerpt(text))'")
        case .empty:
            what = language.pick("aucune ligne de budget", "no budget line")
        }
        return "\(file): \(location)\(language.pick(" : ", ": "))\(what)"
    }
}
