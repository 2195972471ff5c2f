import Enveloppe

/// `enveloppe explain`: the figures with their values, or one figure's derivation as a
/// tree down to the scenario's fields and the call's text.
struct ExplainText: Worded {
    let words: Wording

    func list(_ figures: [Figure], title: String) -> String {
        var table = TextTable([.left, .right, .left])
        for figure in figures { table.add([figure.id.rawValue, f.quantity(figure.value), words.label(figure)]) }
        return [
            title, "", table.rendered(), "",
            language.pick(
                "  Pour la dérivation d'un chiffre : enveloppe explain FICHIER IDENTIFIANT",
                "  For a figure's derivation: enveloppe explain FILE IDENTIFIER"),
        ]
        .joined(separator: "\n") + "\n"
    }

    /// How an operation reads, with its operands' values.
    func operation(_ operation: Operation, _ operands: [Explained]) -> String {
        // A negative operand after the first is bracketed: « 0,00 € − (-240 400,00 €) », never « − -240 400,00 € ».
        let v = operands.enumerated().map { index, operand in
            let text = f.quantity(operand.value)
            return index > 0 && text.hasPrefix("-") ? "(\(text))" : text
        }
        let rounding = { (rule: RoundingRule) -> String in
            switch rule {
            case .halfAwayFromZero: self.language.pick("arrondi au centime le plus proche", "rounded to the nearest cent")
            case .towardZero: self.language.pick("tronqué au centime (millimes négligés)", "truncated to the cent")
            case .down: self.language.pick("arrondi au centime inférieur", "rounded down to the cent")
            }
        }
        switch operation {
        case .sum: return v.isEmpty ? "0" : v.joined(separator: " + ")
        case .difference: return "\(v[0]) − \(v[1])"
        case .positiveDifference: return language.pick("max(\(v[0]) − \(v[1]) ; 0)", "max(\(v[0]) − \(v[1]), 0)")
        case .minimum: return language.pick("min(\(v[0]) ; \(v[1]))", "min(\(v[0]), \(v[1]))")
        case .scaled(let rule): return "\(v[0]) × \(v[1]) / \(v[2]), \(rounding(rule))"
        case .rated(let rule): return "\(v[0]) × \(v[1]), \(rounding(rule))"
        case .product: return "\(v[0]) × \(v[1])"
        case .ratio: return "\(v[0]) / \(v[1])"
        case .share(let key):
            return language.pick(
                "part de « \(key) » au plus fort reste : ⌊\(v[0]) × \(v[1]) / \(v[2])⌋ + \(v[3])",
                "share of '\(key)' by largest remainder: ⌊\(v[0]) × \(v[1]) / \(v[2])⌋ + \(v[3])")
        }
    }

    func leaf(_ node: Explained) -> String? {
        switch node.derivation {
        case .parameter(let citation): return "← " + words.citation(citation)
        case .field(let path):
            return path.isEmpty ? nil : "← " + language.pick("scénario, \(path)", "scenario, \(words.fieldPath(path))")
        case .apportionment(.weightSum):
            return "← " + language.pick("somme des poids de toutes les structures", "sum of every operator's weight")
        case .apportionment(.leftoverCent):
            return "← "
                + language.pick(
                    "centime restant, donné aux plus forts restes (à égalité : plus grand poids, puis plus petit identifiant)",
                    "leftover cent, given to the largest remainders (ties: larger weight, then smaller identifier)")
        case .projection(let path) where path.hasPrefix("allocation"):
            return "← "
                + language.pick(
                    "résultat de la répartition (\(path)) : voir enveloppe allocate", "result of the allocation (\(path)): see enveloppe allocate")
        case .projection(let path) where path.hasPrefix("actuals"):
            // « actuals[holder] | operators[…].intake »: the counts, and the plan for the months not counted yet.
            let parts = path.split(separator: " | ")
            // `actuals[assoc-a]`: the counts file's lines of that operator (its identifier, as the file writes it).
            let whose =
                parts[0].hasPrefix("actuals[") && parts[0].hasSuffix("]")
                ? String(parts[0].dropFirst("actuals[".count).dropLast()) : language.pick("toutes les structures", "every operator")
            guard parts.count == 2 else {
                return "← "
                    + language.pick("comptages mensuels (\(whose)) : voir enveloppe settle", "monthly counts (\(whose)): see enveloppe settle")
            }
            return "← "
                + language.pick(
                    "comptages mensuels (\(whose)), et le plan (\(parts[1])) pour les mois pas encore comptés : voir enveloppe settle",
                    "monthly counts (\(whose)), and the plan (\(parts[1])) for the months not counted yet: see enveloppe settle")
        case .projection(let path) where path.containsBytes(".staff"):
            // A line paid on FTE: the team's FTE month by month, which the monthly table (households) does not show.
            return "← "
                + language.pick(
                    "ETP de l'équipe, mois par mois (\(path)) : voir l'équipe en tête du rapport, et par structure dans la répartition",
                    "team FTE, month by month (\(path)): see the team at the head of the report, and per operator in the split")
        case .projection(let path):
            if let table = words.monthlyTable(path) { return "← " + table }
            return "← "
                + language.pick(
                    "projection mois par mois (\(path)) : voir le tableau mensuel", "month-by-month projection (\(path)): see the monthly table")
        case .constant: return language.pick("(constante)", "(constant)")
        case .figure, .operation: return nil
        }
    }

    func tree(_ figure: Figure) -> String {
        guard let explanation = figure.explanation else {
            return "\(figure.id) = \(f.quantity(figure.value))\n"
        }
        var out = ["\(figure.id) = \(f.quantity(figure.value))  (\(words.label(figure)))"]
        var shown = Set<FigureID>()
        func walk(_ node: Explained, prefix: String, isLast: Bool, isRoot: Bool) {
            let branch = isRoot ? "" : (isLast ? "└─ " : "├─ ")
            let childPrefix = isRoot ? "" : prefix + (isLast ? "   " : "│  ")
            switch node.derivation {
            case .figure(let figure):
                let id = figure.id
                // A figure already derived above is named, not derived again.
                guard shown.insert(id).inserted else {
                    out.append(prefix + branch + "\(id) = \(f.quantity(node.value)) " + language.pick("(voir plus haut)", "(see above)"))
                    return
                }
                out.append(prefix + branch + "\(id) = \(f.quantity(node.value))")
                walk(figure.inner, prefix: childPrefix, isLast: true, isRoot: false)
            case .operation(let op, let operands):
                out.append(prefix + branch + "= " + operation(op, operands))
                for (index, operand) in operands.enumerated() {
                    walk(operand, prefix: childPrefix, isLast: index == operands.count - 1, isRoot: false)
                }
            default:
                out.append(prefix + branch + f.quantity(node.value) + (leaf(node).map { " " + $0 } ?? ""))
            }
        }
        walk(explanation, prefix: "", isLast: true, isRoot: true)
        return out.joined(separator: "\n") + "\n"
    }
}
