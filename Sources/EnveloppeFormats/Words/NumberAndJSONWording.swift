import Enveloppe

/// Why a number or a JSON text could not be read, in the user's language.
extension Wording {
    public func failureText(_ failure: DecimalText.Failure) -> String {
        switch failure {
        case .empty: language.pick("vide", "empty")
        // A space would show as nothing between the quotes: it is named.
        case .unexpectedCharacter(let c) where c.isNewline: language.pick("saut de ligne inattendu", "unexpected line break")
        case .unexpectedCharacter(let c) where c.isWhitespace: language.pick("espace inattendue", "unexpected space")
        case .unexpectedCharacter(let c): language.pick("caractère inattendu « \(c) »", "unexpected character '\(c)'")
        case .tooManyFractionDigits(let n): language.pick("plus de \(n) décimales", "more than \(n) decimals")
        case .exponent: language.pick("écrire le nombre sans exposant", "write the number without an exponent")
        case .tooLarge: language.pick("trop grand", "too large")
        case .misgrouped: language.pick("les milliers vont par groupes de trois chiffres", "thousands come in groups of three digits")
        case .thousandsPoint:
            language.pick(
                "un point entre les milliers ? écrire 1 234,56 ou 1234,56 : une espace ou rien entre les milliers, une virgule avant les décimales",
                "a point between thousands? write 1234.56 or \"1 234,56\": a space or nothing between thousands, then the decimals")
        case .thousandsComma:
            language.pick(
                "une virgule entre les milliers ? écrire 1 234,56 ou 1234,56 : une espace ou rien entre les milliers, une virgule avant les décimales",
                "a comma between thousands? write 1234.56 or \"1 234,56\": a space or nothing between thousands, then the decimals")
        case .word(let word): language.pick("écrire le nombre seul, sans « \(word) »", "write the number alone, without '\(word)'")
        }
    }

    func frenchDetail(_ detail: String) -> String {
        let known: [(String, String)] = [
            ("unexpected end of file", "fin de fichier inattendue"),
            ("trailing comma before", "virgule en trop avant"),
            ("decimal comma in a number: write", "virgule décimale dans un nombre : écrivez"),
            ("space in a number: write", "espace dans un nombre : écrivez"),
            ("the file is in UTF-16 (\"Unicode\"): save it as UTF-8", "le fichier est en UTF-16 (« Unicode ») : enregistrez-le en UTF-8"),
            (
                "typographic quotes: keys and texts take straight double quotes (\")",
                "guillemets typographiques : les noms et les textes s'écrivent entre guillemets droits (\")"
            ),
            ("a comment: JSON has none, remove it", "un commentaire : le JSON n'en a pas, supprimez-le"),
            (" or \"", " ou \""),
            (
                "control character in a string (a line break must be written \\n)",
                "caractère de contrôle dans un texte (un saut de ligne s'écrit \\n)"
            ),
            ("text that is not valid UTF-8", "texte qui n'est pas de l'UTF-8 valide"),
            ("nesting deeper than", "imbrication de plus de"),
            (" levels", " niveaux"),
            ("invalid escape", "échappement invalide"),
            ("lone surrogate", "demi-caractère isolé"),
            ("expected a key in double quotes", "nom de champ entre guillemets attendu"),
            ("expected a value", "valeur attendue"),
            ("expected ',' or '}'", "« , » ou « } » attendu"),
            ("expected ',' or ']'", "« , » ou « ] » attendu"),
            ("unterminated string", "texte non terminé (guillemet fermant absent)"),
            ("unexpected text after the end of the document", "texte après la fin du document"),
            ("document too large (4 GiB or more)", "document trop volumineux (4 Gio ou plus)"),
            ("invalid number", "nombre invalide"),
            ("expected", "attendu"),
        ]
        var text = detail
        for (english, french) in known where text.contains(english) {
            text = text.split(separator: english, omittingEmptySubsequences: false).joined(separator: french)
        }
        return text
    }
}
