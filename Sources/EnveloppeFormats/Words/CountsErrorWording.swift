import Enveloppe

extension Wording {
    /// One line for a bad line of a counts file: `FILE: ligne 5, colonne 3 (mesures) : …`.
    public func message(_ failure: ActualsCSV.Failure, file: String) -> String {
        let location = csvLocation(
            line: failure.line, column: failure.column,
            columns: [language.pick("mois", "month"), language.pick("opérateur", "operator"), language.pick("mesures", "measures")])
        let what: String
        switch failure.problem {
        case .unterminatedQuote: what = language.pick("guillemet ouvrant sans guillemet fermant", "opening quote without a closing quote")
        case .empty: what = language.pick("aucun comptage", "no count")
        case .columnCount(let found):
            what = language.pick(
                "attendu 3 colonnes séparées par « ; » (mois;opérateur;mesures), trouvé \(found)",
                "expected 3 columns separated by ';' (month;operator;measures), found \(found)")
        case .otherSeparator(let separator):
            what = otherSeparator(separator, columns: language.pick("mois;opérateur;mesures", "month;operator;measures"))
        case .headerOrder(let header):
            what = language.pick(
                "en-tête « \(excerpt(header)) » : les colonnes sont lues dans l'ordre mois;opérateur;mesures ; remettez-les dans cet ordre",
                "header '\(excerpt(header))': the columns are read in the order month;operator;measures; put them back in that order")
        case .totalLine:
            what = language.pick(
                "une ligne de total ? Supprimez-la : l'outil fait les totaux ; sinon, donnez le mois (par ex. 2023-03)",
                "a total line? Delete it: the tool computes the totals; otherwise give the month (e.g. 2023-03)")
        case .invalidMonth(let text) where text.trimmingWhitespace.isEmpty:
            what = language.pick("case vide : attendu un mois (par ex. 2023-03)", "empty cell: expected a month (e.g. 2023-03)")
        case .invalidMonth(let text):
            what = language.pick(
                "attendu un mois (par ex. 2023-03, 03/2023 ou mars 2023), trouvé « \(excerpt(text)) »",
                "expected a month (e.g. 2023-03, 03/2023 or Mar 2023), found '\(excerpt(text))'")
        case .emptyOperator: what = language.pick("identifiant d'opérateur vide", "empty operator identifier")
        case .invalidCount(let text) where text.trimmingWhitespace.isEmpty:
            what = language.pick(
                "case vide : attendu un nombre de ménages (0 pour un mois sans ménage)",
                "empty cell: expected a number of households (0 for a month without any)")
        case .invalidCount(let text):
            what = language.pick(
                "attendu un nombre de ménages, trouvé « \(excerpt(text)) »", "expected a number of households, found '\(excerpt(text))'")
        case .negativeCount(let text):
            what = language.pick("attendu un nombre positif ou nul, trouvé « \(excerpt(text)) »", "expected zero or more, found '\(excerpt(text))'")
        case .notWhole(let text):
            what = language.pick(
                "attendu un nombre entier de ménages, trouvé « \(excerpt(text)) »", "expected a whole number of households, found '\(excerpt(text))'")
        }
        return "\(file): \(location)\(language.pick(" : ", ": "))\(what)"
    }

    /// One line for a count that cannot be settled, with the column at fault: `FILE: ligne 6, colonne 3 (mesures) : …`.
    public func message(_ error: ActualsError, file: String) -> String {
        let what: String
        let column: Int
        switch error.problem {
        case .unknownOperator(let id, let known):
            column = 2
            what = language.pick(
                "opérateur inconnu « \(excerpt(id)) » ; opérateurs du scénario : \(known.joined(separator: ", "))",
                "unknown operator '\(excerpt(id))'; the scenario's operators: \(known.joined(separator: ", "))")
        case .monthOutsideConvention(let month, let programme):
            column = 1
            what = language.pick(
                "\(format.month(month)) est hors de la convention, de \(format.month(programme.start)) à \(format.month(programme.end))",
                "\(format.month(month)) is outside the convention, \(format.span(programme))")
        case .duplicate(let first, let month, let operatorID):
            column = 1
            what = language.pick(
                "\(format.month(month)) est déjà compté pour « \(excerpt(operatorID)) », ligne \(first)",
                "\(format.month(month)) is already counted for '\(excerpt(operatorID))', line \(first)")
        case .aboveCapacity(let measures, let capacity):
            column = 3
            what = language.pick(
                "\(measures) ménages dépassent les \(capacity) places que le scénario donne à cet opérateur (son nombre de ménages, « households »)",
                "\(measures) households exceed the \(capacity) places the scenario gives this operator (its number of households, \"households\")")
        }
        let location = csvLocation(
            line: error.line, column: column,
            columns: [language.pick("mois", "month"), language.pick("opérateur", "operator"), language.pick("mesures", "measures")])
        return "\(file): \(location)\(language.pick(" : ", ": "))\(what)"
    }
}
