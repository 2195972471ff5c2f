import Enveloppe

extension Wording {
    /// One line for a bad input: `FILE: path: what was expected, what was found`.
    public func message(_ error: InputError, file: String) -> String {
        if let (sheet, cell) = WorkbookPath.parts(error.path) { return cellMessage(error, file: file, sheet: sheet, cell: cell) }
        // A path names the user's keys: shown safely, and shortened if a key is a whole paragraph.
        let location = error.path.isEmpty ? file : "\(file): \(Excerpt.of(error.path, language, kept: 120))"
        return "\(location): \(problem(error.problem))" + closeField(error)
    }

    /// For a field the format does not know, the allowed one it is closest to (a letter's case, a typo):
    /// « vouliez-vous dire annualCostPerFTE ? ».
    private func closeField(_ error: InputError) -> String {
        guard case .unknownField(let allowed) = error.problem else { return "" }
        let name = String(error.path.split(separator: ".").last ?? "")
        guard !name.isEmpty, name.count <= 64 else { return "" }
        let close =
            allowed.first { $0.lowercased() == name.lowercased() }
            ?? allowed.map { ($0, EditDistance.between($0, name)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
        guard let close else { return "" }
        return language.pick(" ; vouliez-vous dire « \(close) » ?", "; did you mean '\(close)'?")
    }

    func problem(_ problem: InputError.Problem) -> String {
        switch problem {
        case .invalidJSON(let line, let column, let detail):
            return language.pick(
                "JSON invalide ligne \(line), colonne \(column) : \(frenchDetail(detail))",
                "invalid JSON at line \(line), column \(column): \(detail)")
        case .missing:
            return language.pick("champ obligatoire absent", "required field is missing")
        case .missingWith(let other):
            return language.pick(
                "absent, alors que \(other) est donné : l'un ne va pas sans l'autre",
                "missing while \(other) is given: one does not go without the other")
        case .unknownField(let allowed):
            return language.pick(
                "champ inconnu ; champs possibles ici : \(allowed.joined(separator: ", "))",
                "unknown field; fields allowed here: \(allowed.joined(separator: ", "))")
        case .duplicateField:
            return language.pick("champ présent deux fois", "field given twice")
        case .wrongType(let expected, let found):
            return language.pick(
                "attendu \(expectedText(expected)), trouvé \(foundText(found, expected: expected))",
                "expected \(expectedText(expected)), found \(foundText(found, expected: expected))")
        case .invalidNumber(let expected, let text, let failure):
            return language.pick(
                "attendu \(expectedText(expected)), trouvé \"\(excerpt(text))\" (\(failureText(failure))\(limit(expected, failure)))",
                "expected \(expectedText(expected)), found \"\(excerpt(text))\" (\(failureText(failure))\(limit(expected, failure)))")
        case .negative(let expected, let text):
            return language.pick(
                "attendu \(shortExpected(expected)) \(expected == .units ? "positive ou nulle" : "positif ou nul"), trouvé \"\(excerpt(text))\"",
                "expected \(shortExpected(expected)) of zero or more, found \"\(excerpt(text))\"")
        case .notPositive(let expected, let text):
            return language.pick(
                "attendu \(shortExpected(expected)) strictement \(expected == .units ? "positive" : "positif"), trouvé \(excerpt(text))",
                "expected \(shortExpected(expected)) above zero, found \(excerpt(text))")
        case .notWhole(let text):
            return language.pick("attendu un nombre entier, trouvé \(excerpt(text))", "expected a whole number, found \(excerpt(text))")
        case .rateAboveHundredPercent(let text):
            return language.pick(
                "attendu un taux de 0 % à 100 % (par ex. \"60 %\" ou 0.6), trouvé \"\(excerpt(text))\"",
                "expected a rate from 0 % to 100 % (e.g. \"60 %\" or 0.6), found \"\(excerpt(text))\"")
        case .invalidMonth(let text):
            return language.pick(
                "attendu un mois \"AAAA-MM\" avec un mois de 01 à 12 (par ex. \"2025-09\", ou \"09/2025\", \"septembre 2025\"), trouvé \"\(excerpt(text))\"",
                "expected a month \"YYYY-MM\" with a month from 01 to 12 (e.g. \"2025-09\", or \"09/2025\", \"Sep 2025\"), found \"\(excerpt(text))\""
            )
        case .unknownPreset(let name, let known):
            return language.pick(
                "préréglage inconnu \"\(excerpt(name))\" ; préréglages connus : \(known.joined(separator: ", ")) (voir `enveloppe presets`)",
                "unknown preset \"\(excerpt(name))\"; known presets: \(known.joined(separator: ", ")) (see `enveloppe presets`)")
        case .notOneOf(let text, let allowed):
            return language.pick(
                "valeur inconnue \"\(excerpt(text))\" ; valeurs possibles : \(allowed.joined(separator: ", "))",
                "unknown value \"\(excerpt(text))\"; allowed values: \(allowed.joined(separator: ", "))")
        case .duplicateIdentifier(let id):
            return language.pick("l'identifiant \"\(excerpt(id))\" est déjà utilisé", "identifier \"\(excerpt(id))\" is already used")
        case .emptyList:
            return language.pick("liste vide ; au moins un élément attendu", "empty list; at least one element expected")
        case .exactlyOneOf(let fields):
            return language.pick(
                "un seul de ces champs attendu : \(fields.joined(separator: ", "))",
                "exactly one of these fields expected: \(fields.joined(separator: ", "))")
        case .emptyText:
            return language.pick("texte vide", "empty text")
        case .requiredByCall(let document, let example):
            return language.pick(
                "le texte de l'appel (\(document)) ne fixe pas cette valeur : le scénario doit la donner, par ex. \(example)",
                "the call's text (\(document)) does not state this value: the scenario must, e.g. \(example)")
        case .outOfRange(let text, let minimum, let maximum):
            return language.pick(
                "attendu un nombre entier de \(format.count(minimum)) à \(format.count(maximum)), trouvé \(excerpt(text))",
                "expected a whole number from \(format.count(minimum)) to \(format.count(maximum)), found \(excerpt(text))")
        case .exceedsCapacity(let value, let capacity):
            return language.pick(
                "attendu au plus \(format.count(capacity)), trouvé \(format.count(value))",
                "expected at most \(format.count(capacity)), found \(format.count(value))")
        case .exceedsPlaces(let households, let places):
            return language.pick(
                "le calendrier accompagnerait \(format.count(households)) ménages à la fois pour \(format.count(places)) place\(places < 2 ? "" : "s") (operators[].households)",
                "the schedule would accompany \(format.count(households)) households at once for \(format.count(places)) place\(places == 1 ? "" : "s") (operators[].households)"
            )
        case .unknownFigure(let id, let close):
            let hint =
                close.isEmpty ? "" : language.pick(" ; identifiants proches : ", "; close identifiers: ") + close.prefix(6).joined(separator: ", ")
            return language.pick(
                "aucun chiffre n'a l'identifiant « \(excerpt(id)) »\(hint) (liste : enveloppe explain FICHIER)",
                "no figure has the identifier '\(excerpt(id))'\(hint) (list: enveloppe explain FILE)")
        case .beyondCall(let value, let limit, let document):
            return language.pick(
                "\(bound(value)) dépasse ce que permet le texte de l'appel (\(document)) : au plus \(bound(limit))",
                "\(bound(value)) goes beyond what the call's text (\(document)) allows: at most \(bound(limit))")
        case .monthOutside(let month, let first, let last):
            return language.pick(
                "\(format.month(month)) (\(month)) est hors de la convention : attendu un mois de \(format.month(first)) à \(format.month(last)) (\(first) à \(last))",
                "\(format.month(month)) (\(month)) is outside the convention: expected a month from \(format.month(first)) to \(format.month(last)) (\(first) to \(last))"
            )
        case .monthBefore(let text, let other):
            return language.pick("\(excerpt(text)) est avant \(other)", "\(excerpt(text)) comes before \(other)")
        case .notAMultiple(let text, let step, let document):
            return language.pick(
                "\(excerpt(text)) mois : le texte de l'appel (\(document)) renouvelle par \(step) mois ; attendu un multiple de \(step)",
                "\(excerpt(text)) months: the call's text (\(document)) renews by \(step) months; expected a multiple of \(step)")
        case .noPricePerMeasure(let document):
            return language.pick(
                "le texte (\(document)) ne fixe pas de prix par mesure : une enveloppe en mesures ne peut pas être chiffrée ; donnez son montant en euros (\"amount\")",
                "the text (\(document)) sets no price per measure: an envelope in measures cannot be costed; give its amount in euros (\"amount\")"
            )
        case .notProvidedByCall(let document):
            return language.pick(
                "le texte de l'appel (\(document)) ne le prévoit pas", "the call's text (\(document)) does not provide for it")
        case .minimumsAboveEnvelope(let minimums, let envelope):
            return language.pick(
                "les minimums des candidats font \(format.count(minimums)), plus que l'enveloppe à répartir (\(format.count(envelope)))",
                "the candidates' minimums add up to \(format.count(minimums)), more than the envelope shared (\(format.count(envelope)))")
        case .minimumAboveRequest(let minimum, let requested):
            return language.pick(
                "le minimum (\(format.count(minimum))) dépasse la demande (\(format.count(requested))) : un candidat ne reçoit jamais plus qu'il ne demande",
                "the minimum (\(format.count(minimum))) is above the request (\(format.count(requested))): a candidate never gets more than it asks")
        case .overflow:
            return language.pick(
                "montants trop grands pour être calculés exactement au centime",
                "amounts too large to be computed exactly to the cent")
        case .ratesAboveWhole(let total):
            return language.pick(
                "les versements font \(format.rate(total)) de la subvention en tout ; attendu 100 % au plus (le solde suit le service fait)",
                "the instalments add up to \(format.rate(total)) of the grant; expected 100 % at most (the balance follows service fait)")
        case .countMismatch(let expected, let found):
            return language.pick(
                "attendu \(format.count(expected)) éléments, autant que de valeurs, trouvé \(format.count(found))",
                "expected \(format.count(expected)) elements, as many as the values, found \(format.count(found))")
        case .nothingToVary(let requires):
            return language.pick(
                "rien à faire varier : le scénario n'a pas de \(requires)", "nothing to vary: the scenario has no \(requires)")
        case .outsideBounds(let text, let low, let high):
            return language.pick("attendu de \(low) à \(high), trouvé \(excerpt(text))", "expected from \(low) to \(high), found \(excerpt(text))")
        }
    }

    /// The largest amount a file may state, after « trop grand » for an amount.
    private func limit(_ expected: InputError.Expected, _ failure: DecimalText.Failure) -> String {
        guard expected == .amount, failure == .tooLarge else { return "" }
        return language.pick(" : au plus ", ": at most ") + format.quantity(.money(Money.largestInput))
    }

    private func bound(_ bound: InputError.Bound) -> String {
        switch bound {
        case .money(let amount): format.quantity(.money(amount))
        case .rate(let rate): format.quantity(.rate(rate))
        case .months(let months): format.quantity(.months(months))
        }
    }

    private func expectedText(_ expected: InputError.Expected) -> String {
        switch expected {
        case .object: language.pick("un objet { … }", "an object { … }")
        case .array: language.pick("une liste [ … ]", "a list [ … ]")
        case .text: language.pick("un texte entre guillemets", "a text in double quotes")
        case .amount:
            language.pick(
                "un montant en euros, au plus deux décimales (par ex. \"49 000,00\" ou 49000.00)",
                "an amount in euros, at most two decimals (e.g. \"49 000,00\" or 49000.00)")
        case .rate: language.pick("un taux (par ex. \"60 %\" ou 0.6)", "a rate (e.g. \"60 %\" or 0.6)")
        case .integer: language.pick("un nombre entier", "a whole number")
        case .month: language.pick("un mois \"AAAA-MM\"", "a month \"YYYY-MM\"")
        case .fte: language.pick("un nombre d'ETP, au plus deux décimales (par ex. 0.5)", "a number of FTE, at most two decimals (e.g. 0.5)")
        case .units: language.pick("une quantité (logements, ETP), au plus deux décimales", "a quantity (dwellings, FTE), at most two decimals")
        case .boolean: language.pick("true ou false", "true or false")
        }
    }

    private func shortExpected(_ expected: InputError.Expected) -> String {
        switch expected {
        case .amount: language.pick("un montant", "an amount")
        case .rate: language.pick("un taux", "a rate")
        case .fte: language.pick("un nombre d'ETP", "a number of FTE")
        case .units: language.pick("une quantité", "a quantity")
        default: expectedText(expected)
        }
    }

    private func foundText(_ kind: String, expected: InputError.Expected) -> String {
        if kind.hasPrefix("string:") {
            let text = String(kind.dropFirst("string:".count))
            // A whole number in quotes where a whole number is expected: the quotes are the fault, and the number
            // without them is what to write.
            let isWhole = !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
            let hint =
                isWhole && expected == .integer
                ? language.pick(" : écrivez \(text) sans guillemets", ": write \(text) without quotes") : ""
            return language.pick("le texte \"\(excerpt(text))\"", "the text \"\(excerpt(text))\"") + hint
        }
        guard language == .fr else { return kind == "null" ? "null" : "a \(kind)" }
        switch kind {
        case "object": return "un objet"
        case "array": return "une liste"
        case "string": return "un texte"
        case "number": return "un nombre"
        case "boolean": return "un booléen"
        default: return kind
        }
    }

}
