import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe settle FILE --actuals COUNTS.csv`: service fait, balance or reversement from the monthly counts.
enum SettleCommand: Command {
    static let name = "settle"
    static let operands = Localized("FICHIER --actuals COMPTAGES.csv", "FILE --actuals COUNTS.csv")
    static let operandCount = 1...1
    static let abstract = Localized(
        "service fait, solde ou reversement d'après les comptages mensuels", "service fait, balance or repayment from the monthly counts")
    static let options: [Option] = [.actuals, .threshold, .table]
    static let formats = SettlementDocument.formats
    static let tables = [
        CSVTable(name: SettlementDocument.Table.payments.rawValue, meaning: Localized("paiements par convention", "payments per convention")),
        CSVTable(name: SettlementDocument.Table.activity.rawValue, meaning: Localized("mesures-mois par structure", "household-months per operator")),
    ]
    static let discussion = Localized(
        """
        Les comptages mensuels des opérateurs (CSV : mois;opérateur;mesures, par ex. 2023-03;association-a;11)
        donnent, par opérateur et par ligne : le service fait à date et pour l'année, le solde dû ou le
        reversement, l'écart avec le plan en euros et en %, comme le compte-rendu financier (CERFA 15059).
        Un mois sans comptage est compté zéro et signalé ; les mois pas encore comptés viennent du plan.
        --threshold : l'écart (en % du prévu) à partir duquel il est à expliquer (10 par défaut ; aucun texte n'en fixe).
        --format csv : les paiements par convention et par ligne, pour tableur français ; avec --table activity,
                       les mesures-mois comptées et prévues de chaque structure.
        """,
        """
        The operators' monthly counts (CSV: month;operator;measures) give, per operator and line, the service
        fait to date and for the year, the balance or repayment, and the gap with the plan (CERFA 15059 shape).
        A month without a count is taken as zero and flagged; months not yet counted come from the plan.
        --threshold: the gap (in % of the plan) from which it is to be explained (10 by default; no text sets one).
        --format csv: the payments per convention and line, for French spreadsheets; with --table activity,
                      each operator's household-months counted and planned.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        let file = invocation.operands[0]
        guard let countsFile = invocation.value(.actuals) else {
            throw Failure.usage(
                Localized("« settle » : --actuals COMPTAGES.csv est obligatoire", "'settle': --actuals COUNTS.csv is required"),
                command: name)
        }
        var threshold = Rate(percent: 10)
        if let text = invocation.value(.threshold) {
            guard let value = try? Rate(parsing: text.contains("%") ? text : text + " %"), value > .zero, value <= .one else {
                throw Failure.message(
                    Localized(
                        "--threshold attend un pourcentage au-dessus de 0 et d'au plus 100, par ex. 10",
                        "--threshold needs a percentage above 0 and at most 100, e.g. 10"))
            }
            threshold = value
        }
        let scenario = try Loading.scenario(file, invocation.language)
        let report = try Loading.evaluation(of: scenario, file: file).report
        let settlement = try settlement(report, of: file, countsFile: countsFile, threshold: threshold, invocation.language)
        let table = invocation.value(.table).flatMap(SettlementDocument.Table.init(rawValue:)) ?? .payments
        try invocation.emit(
            SettlementDocument(settlement, report: report, countsFile: countsFile, table: table),
            inputs: Loading.inputs(of: scenario, file: file) + [countsFile])
        return .ok
    }

    /// The settlement of `report` (of the scenario `file`) with the counts of `countsFile`.
    static func settlement(_ report: RunReport, of file: String, countsFile: String, threshold: Rate, _ language: Language) throws
        -> Settlement
    {
        let counts = try Loading.counts(countsFile, for: file, of: report, language)
        do { return try Settlement(report: report, counts: counts, threshold: threshold) } catch let error as ActualsError {
            // Loading.counts has found every count at fault already: kept so that a count refused here is still said.
            throw Failure.counts([], [error], file: countsFile, scenario: file)
        }
    }
}
