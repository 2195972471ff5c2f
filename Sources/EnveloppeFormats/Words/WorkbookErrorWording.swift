import Enveloppe
import EnveloppeWorkbook

extension Wording {
    /// One line for a bad cell of a workbook, in the words of a person filling a spreadsheet
    /// (decimal comma, « » quotes, no JSON): `FICHIER: Équipe!D4 : attendu un nombre d'ETP (par ex. 0,5), trouvé « un demi »`.
    func cellMessage(_ error: InputError, file: String, sheet: String, cell: String) -> String {
        let location = cell.isEmpty ? language.pick("feuille « \(sheet) »", "sheet '\(sheet)'") : "\(sheet)!\(cell)"
        return "\(file): \(location)\(language.pick(" : ", ": "))\(cellProblem(error.problem, isSheet: cell.isEmpty))"
    }

    private func cellProblem(_ problem: InputError.Problem, isSheet: Bool) -> String {
        let (open, close) = language == .fr ? ("« ", " »") : ("'", "'")
        func quoted(_ text: String) -> String { open + excerpt(text) + close }
        switch problem {
        case .missing:
            return isSheet
                ? language.pick("feuille absente du classeur", "sheet missing from the workbook")
                : language.pick("cellule vide : une valeur est attendue", "empty cell: a value is expected")
        case .missingWith(let other):
            return language.pick(
                "cellule vide, alors que \(other) est remplie : l'une ne va pas sans l'autre ; videz les deux pour garder les valeurs de l'appel",
                "empty cell, while \(other) is filled: one does not go without the other; empty both to keep the call's values")
        case .duplicateField:
            return language.pick(
                "déjà donné sur une autre ligne : une seule ligne par rubrique ou identifiant", "given twice: one row per rubric or identifier")
        case .wrongType(let expected, let found):
            return language.pick(
                "attendu \(expectedInCell(expected)), trouvé \(foundInCell(found))",
                "expected \(expectedInCell(expected)), found \(foundInCell(found))")
        case .invalidNumber(let expected, let text, let failure):
            let detail: String
            switch failure {
            case .tooManyFractionDigits, .exponent, .tooLarge, .misgrouped, .thousandsPoint, .thousandsComma, .word:
                detail = " (\(failureText(failure)))"
            case .empty, .unexpectedCharacter: detail = ""
            }
            return language.pick(
                "attendu \(expectedInCell(expected)), trouvé \(quoted(text))\(detail)",
                "expected \(expectedInCell(expected)), found \(quoted(text))\(detail)")
        case .negative(let expected, let text):
            return language.pick(
                "attendu \(expectedInCell(expected)) positif ou nul, trouvé \(quoted(text))",
                "expected \(expectedInCell(expected)) of zero or more, found \(quoted(text))")
        case .notPositive(let expected, let text):
            return language.pick(
                "attendu \(expectedInCell(expected)) plus grand que zéro, trouvé \(quoted(text))",
                "expected \(expectedInCell(expected)) above zero, found \(quoted(text))")
        case .notWhole(let text):
            return language.pick("attendu un nombre entier, trouvé \(quoted(text))", "expected a whole number, found \(quoted(text))")
        case .rateAboveHundredPercent(let text):
            return language.pick(
                "attendu un taux de 0 % à 100 % (par ex. 60 %), trouvé \(quoted(text))",
                "expected a rate from 0 % to 100 % (e.g. 60 %), found \(quoted(text))")
        case .invalidMonth(let text):
            return language.pick(
                "attendu un mois (par ex. 09/2025 ou sept. 2025), trouvé \(quoted(text))",
                "expected a month (e.g. 09/2025 or Sep 2025), found \(quoted(text))")
        case .unknownPreset(let name, let known):
            return language.pick(
                "appel inconnu \(quoted(name)) ; appels connus : \(known.joined(separator: ", ")) (voir enveloppe presets)",
                "unknown call \(quoted(name)); known calls: \(known.joined(separator: ", ")) (see enveloppe presets)")
        case .notOneOf(let text, let allowed):
            if allowed.isEmpty {
                return language.pick(
                    "\(quoted(text)) : rien n'est attendu ici, laissez la cellule vide",
                    "\(quoted(text)): nothing is expected here, leave the cell empty")
            }
            if allowed.count == 1 {
                return language.pick("attendu \(quoted(allowed[0])), trouvé \(quoted(text))", "expected \(quoted(allowed[0])), found \(quoted(text))")
            }
            return language.pick(
                "valeur inconnue \(quoted(text)) ; valeurs possibles : \(allowed.joined(separator: ", "))",
                "unknown value \(quoted(text)); allowed values: \(allowed.joined(separator: ", "))")
        case .duplicateIdentifier(let id):
            return language.pick("l'identifiant \(quoted(id)) est déjà utilisé", "identifier \(quoted(id)) is already used")
        case .emptyList:
            return language.pick("aucune ligne remplie ; au moins une est attendue", "no row filled in; at least one is expected")
        case .exactlyOneOf(let fields):
            return language.pick(
                "remplissez une seule de ces cellules, pas les deux : \(fields.joined(separator: ", "))",
                "fill in only one of these, not both: \(fields.joined(separator: ", "))")
        case .emptyText:
            return language.pick("texte vide", "empty text")
        case .noPricePerMeasure(let document):
            return language.pick(
                "le texte (\(document)) ne fixe pas de prix par mesure : une enveloppe en mesures ne peut pas être chiffrée ; donnez son montant en euros",
                "the text (\(document)) sets no price per measure: an envelope in measures cannot be costed; give its amount in euros")
        case .requiredByCall(let document, _):
            return language.pick(
                "le texte de l'appel (\(document)) ne fixe pas cette valeur : le classeur doit la donner",
                "the call's text (\(document)) does not state this value: the workbook must")
        case .outOfRange(let text, let minimum, let maximum):
            if let month = try? YearMonth(parsing: text) {
                return language.pick(
                    "le mois \(format.month(month)) est en dehors du programme", "the month \(format.month(month)) is outside the programme")
            }
            return language.pick(
                "attendu un nombre entier de \(format.count(minimum)) à \(format.count(maximum)), trouvé \(quoted(text))",
                "expected a whole number from \(format.count(minimum)) to \(format.count(maximum)), found \(quoted(text))")
        case .exceedsPlaces(let households, let places):
            return language.pick(
                "le calendrier accompagnerait \(format.count(households)) ménages à la fois pour \(format.count(places)) place\(places < 2 ? "" : "s") (colonne Places de la feuille Ménages)",
                "the schedule would accompany \(format.count(households)) households at once for \(format.count(places)) place\(places == 1 ? "" : "s") (Places column of the Ménages sheet)"
            )
        case .nothingToVary(let requires):
            let missing =
                requires.hasSuffix("staff")
                ? language.pick("aucun poste dans la feuille Équipe", "no post on the Équipe sheet")
                : language.pick(
                    "aucune structure n'a de montée en charge (colonne « Montée en charge : entrées par mois » de la feuille Ménages)",
                    "no operator ramps up (column 'Montée en charge : entrées par mois' of the Ménages sheet)")
            return language.pick("rien à faire varier : \(missing)", "nothing to vary: \(missing)")
        default:
            return self.problem(problem)
        }
    }

    private func expectedInCell(_ expected: InputError.Expected) -> String {
        switch expected {
        case .amount:
            language.pick(
                "un montant en euros, deux décimales au plus (par ex. 49 000,00)", "an amount in euros, at most two decimals (e.g. 49 000,00)")
        case .rate: language.pick("un taux (par ex. 60 %)", "a rate (e.g. 60 %)")
        case .integer: language.pick("un nombre entier", "a whole number")
        case .month: language.pick("un mois (par ex. 09/2025)", "a month (e.g. 09/2025)")
        case .fte: language.pick("un nombre d'ETP (par ex. 0,5)", "a number of FTE (e.g. 0,5)")
        case .units: language.pick("une quantité (logements, ETP), deux décimales au plus", "a quantity (dwellings, FTE), at most two decimals")
        case .boolean: language.pick("oui ou non", "oui or non")
        case .text, .object, .array: language.pick("un texte", "a text")
        }
    }

    private func foundInCell(_ found: String) -> String {
        if found.hasPrefix(WorkbookFound.errorPrefix) {
            let code = String(found.dropFirst(WorkbookFound.errorPrefix.count))
            return language.pick("l'erreur \(code) du tableur", "the spreadsheet error \(code)")
        }
        switch found {
        case WorkbookFound.text: return language.pick("un texte", "a text")
        case WorkbookFound.number: return language.pick("un nombre", "a number")
        case WorkbookFound.boolean: return language.pick("VRAI ou FAUX", "TRUE or FALSE")
        case WorkbookFound.date: return language.pick("une date", "a date")
        case WorkbookFound.formulaWithoutValue:
            return language.pick(
                "une formule jamais calculée (ouvrez le classeur dans votre tableur et enregistrez-le : ses formules seront calculées)",
                "a formula never calculated (open the workbook in your spreadsheet and save it: its formulas will be calculated)")
        default: return found
        }
    }

    /// Why a file could not be read as a workbook, in one line.
    public func unreadableWorkbook(_ error: ScenarioWorkbookReader.Failure) -> String {
        guard case .unreadable(let reason) = error else { return "" }
        switch reason {
        case .notAWorkbook:
            return language.pick(
                "ni un scénario JSON ni un classeur .xlsx ou .ods", "neither a JSON scenario nor an .xlsx or .ods workbook")
        case .damaged(let detail), .malformedXML(_, let detail):
            return language.pick(
                "classeur endommagé ou incomplet ; enregistrez-le de nouveau depuis votre tableur (détail : \(detail))",
                "damaged or incomplete workbook; save it again from your spreadsheet (detail: \(detail))")
        case .missingPart(let part):
            return language.pick(
                "classeur incomplet (partie \(part) absente) ; enregistrez-le de nouveau depuis votre tableur",
                "incomplete workbook (part \(part) missing); save it again from your spreadsheet")
        case .encrypted:
            return language.pick(
                "classeur protégé par un mot de passe ; enregistrez-le sans mot de passe", "password-protected workbook; save it without a password")
        case .tooLarge(let limit):
            return language.pick(
                "classeur trop grand (plus de \(limit >> 20) Mio une fois décompressé)", "workbook too large (over \(limit >> 20) MiB uncompressed)")
        case .tooManyEntries(let limit):
            return language.pick(
                "classeur de plus de \(format.count(Int64(limit))) parties : ce n'est pas un classeur de candidature",
                "workbook with over \(limit) parts: not an application workbook")
        case .tooManyCells(let limit):
            return language.pick(
                "classeur de plus de \(format.count(Int64(limit))) cellules : ce n'est pas un classeur de candidature",
                "workbook with over \(limit) cells: not an application workbook")
        case .unsupportedCompression(let method):
            return language.pick(
                "compression \(method) inconnue ; enregistrez-le de nouveau depuis votre tableur",
                "unknown compression method \(method); save it again from your spreadsheet")
        }
    }
}
