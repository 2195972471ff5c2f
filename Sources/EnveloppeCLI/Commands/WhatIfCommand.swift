import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe whatif`: what an amount funds and what N households cost, call by call.
enum WhatIfCommand: Command {
    static let name = "whatif"
    static let operands = Localized("")
    static let operandCount = 0...0
    static let abstract = Localized(
        "ce qu'un montant finance et ce que N ménages coûtent, appel par appel", "what an amount funds and what N households cost, call by call")
    static let options: [Option] = [.amount, .households]
    static let formats = WhatIfDocument.formats
    static let discussion = Localized(
        """
        Les appels côte à côte : coût d'un ménage, ménages entiers qu'un montant finance (et ce qui reste),
        enveloppe nécessaire pour un nombre de ménages. Par ex. : enveloppe whatif --amount 227000 --households 64
        """,
        """
        The calls side by side: cost of one household, whole households an amount funds (and what is left),
        the envelope a number of households needs. E.g.: enveloppe whatif --amount 227000 --households 64
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        var amount: Money?
        var households: Int64?
        if let text = invocation.value(.amount) {
            // The reader's own reason (« 227.000 » is ambiguous, « deux mille » is no number) says what to write instead.
            let value: Money
            do { value = try Money(parsing: text) } catch {
                throw Failure.message(
                    Localized(
                        "--amount : « \(Excerpt.of(text, .fr)) » n'est pas un montant (\(Wording(.fr).failureText(error))) ; écrivez par ex. 227000 ou \"227 000,00\"",
                        "--amount: '\(Excerpt.of(text, .en))' is not an amount (\(Wording(.en).failureText(error))); write e.g. 227000"))
            }
            guard value > .zero else {
                throw Failure.message(
                    Localized("--amount attend un montant positif, par ex. 227000 ou \"227 000,00\"", "--amount needs a positive amount, e.g. 227000")
                )
            }
            amount = value
        }
        if let text = invocation.value(.households) {
            guard let value = Int64(text), value > 0, value <= 1_000_000_000 else {
                throw Failure.message(
                    Localized(
                        "--households attend un nombre entier de ménages, au moins 1, par ex. 64",
                        "--households needs a whole number of households, at least 1, e.g. 64"))
            }
            households = value
        }
        let rows = try WhatIf.compare(amount: amount, households: households)
        try invocation.emit(WhatIfDocument(rows, amount: amount, households: households), inputs: [])
        return .ok
    }
}
