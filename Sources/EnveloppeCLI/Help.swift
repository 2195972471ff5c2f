import EnveloppeFormats
import EnveloppeIO

/// The help texts, generated from the commands' declarations, French first.
enum Help {
    static func general(_ language: Language) -> String {
        let l = language
        var out = [
            Localized(
                "enveloppe — calcule la répartition, le versement et l'emploi des enveloppes « Logement d'abord ».",
                "enveloppe — computes how \"Logement d'abord\" funding envelopes are allocated, paid and spent."
            ).in(l),
            "",
            Localized("Usage : enveloppe COMMANDE [options]", "Usage: enveloppe COMMAND [options]").in(l),
            "",
            Localized("Commandes :", "Commands:").in(l),
        ]
        for command in Tool.commands {
            let head = ([command.name] + (command.operands.in(l).isEmpty ? [] : [command.operands.in(l)])).joined(separator: " ")
            // A head wider than its column puts its line under it, in the column of the others.
            if head.count > 26 {
                out.append("  " + head)
                out.append("  " + "".padded(to: 26) + "  " + command.abstract.in(l))
            } else {
                out.append("  " + head.padded(to: 26) + "  " + command.abstract.in(l))
            }
        }
        // --format and --output apply to the commands that write a document; the others are named.
        let documentless = Tool.commands.filter { $0.formats.isEmpty }.map { $0.name }.joined(separator: ", ")
        out += [
            "  " + Localized("help COMMANDE", "help COMMAND").in(l).padded(to: 26) + "  "
                + Localized("aide d'une commande : ses options et ses formats", "help for a command: its options and formats").in(l),
            "",
            Localized("Options communes :", "Common options:").in(l),
            "  " + "--lang fr|en".padded(to: 26) + "  "
                + Localized("langue de sortie (français par défaut)", "output language (French by default)").in(l),
            "  " + "--format FORMAT".padded(to: 26) + "  "
                + Localized(
                    "format de sortie, parmi ceux de la commande (enveloppe help COMMANDE) ; pas pour \(documentless)",
                    "output format, among the command's (enveloppe help COMMAND); not for \(documentless)"
                ).in(l),
            "  " + ("--output " + Localized("FICHIER", "FILE").in(l)).padded(to: 26) + "  "
                + Localized(
                    "écrit dans ce fichier (entier ou pas du tout) au lieu de l'écran ; son extension choisit le format (.xlsx, .csv…)",
                    "write to this file (whole or not at all) instead of the screen; its extension chooses the format (.xlsx, .csv…)"
                ).in(l),
            "",
            Localized(
                "Codes de sortie : 0 tout va bien · 1 un contrôle échoue · 2 entrée invalide ou usage.",
                "Exit status: 0 all good · 1 a check failed · 2 bad input or usage."
            ).in(l),
            Localized(
                "Exemple : enveloppe run scenarios/bail-dabord-montpellier-2025.json",
                "Example: enveloppe run scenarios/bail-dabord-montpellier-2025.json --lang en"
            ).in(l),
        ]
        return out.joined(separator: "\n")
    }

    static func command(_ command: any Command.Type, _ language: Language) -> String {
        var out = [Localized("Usage : ", "Usage: ").in(language) + command.usage(language), "", command.discussion.in(language)]
        if !command.formats.isEmpty {
            out += [
                "",
                Localized("Formats : ", "Formats: ").in(language) + command.formats.map(\.rawValue).joined(separator: ", ")
                    + Localized(" (le premier par défaut).", " (the first by default).").in(language),
            ]
        }
        return out.joined(separator: "\n")
    }
}

extension String {
    /// The text followed by spaces up to `width` characters (unchanged when longer).
    func padded(to width: Int) -> String { self + String(repeating: " ", count: Swift.max(0, width - count)) }
}
