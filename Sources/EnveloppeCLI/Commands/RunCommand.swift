import Enveloppe
import EnveloppeFormats
import EnveloppeIO

/// `enveloppe run FILE`: the whole report of a scenario.
enum RunCommand: Command {
    static let name = "run"
    static let operands = Localized("FICHIER", "FILE")
    static let operandCount = 1...1
    static let abstract = Localized(
        "calcule un scénario : enveloppe, coûts unitaires, échéancier, mois par mois, contrôles",
        "compute a scenario: envelope, unit costs, payments, month by month, checks")
    static let options: [Option] = [.table]
    static let formats = RunDocument.formats
    static let tables = [
        CSVTable(name: RunDocument.Table.months.rawValue, meaning: Localized("mois par mois", "month by month")),
        CSVTable(name: RunDocument.Table.figures.rawValue, meaning: Localized("chiffres et contrôles", "figures and checks")),
    ]
    static let discussion = Localized(
        """
        Lit un scénario (JSON), applique les règles de l'appel choisi (préréglage) et les valeurs
        que le scénario fixe lui-même (bloc « rules »), puis affiche :
          - l'enveloppe par ligne et par financeur, avec la source de chaque montant ;
          - les coûts unitaires (par ménage, par logement, par ETP ; par an et par mois) ;
          - la répartition entre structures quand il y en a plusieurs ;
          - l'échéancier de chaque convention : avance, service fait, solde ou reversement, et leurs mois
            (au-delà de 60 conventions de structures, les totaux de chaque ligne ; le détail dans les
            autres formats) ;
          - le tableau mois par mois : ménages, mesures-mois, encaissements, décaissements, trésorerie ;
          - le point bas de la trésorerie et le besoin en fonds de roulement de l'action ;
          - chaque contrôle (ok / alerte / échec) avec les chiffres comparés et la source de la règle.
        --format csv : le tableau mois par mois pour tableur français (« ; », virgule décimale, UTF-8 avec BOM) ;
                       avec --table figures, les chiffres et les contrôles.
        --format json : tout le rapport, pour les programmes.
        --format html : une page autonome avec graphiques (à écrire avec --output rapport.html).
        Code de sortie 1 si un contrôle échoue (les alertes n'échouent pas), 2 si le fichier est invalide.
        """,
        """
        Reads a scenario (JSON), applies the chosen call's rules (preset) and the values the
        scenario sets itself ("rules" block), then prints:
          - the envelope by line and funder, with the source of each amount;
          - unit costs (per household, dwelling, FTE; per year and per month);
          - the split between operators when there are several;
          - each convention's payments: advance, service fait, balance or repayment, and their months
            (beyond 60 operators' conventions, each line's totals; the detail in the other formats);
          - the month-by-month table: households, household-months, receipts, expenses, treasury;
          - the treasury's low point and the action's working capital need;
          - every check (ok / warning / failure) with the figures compared and the rule's source.
        --format csv: the month-by-month table for French spreadsheets (';', decimal comma, UTF-8 with BOM);
                      with --table figures, the figures and checks.
        --format json: the whole report, for programs.
        --format html: a self-contained page with charts (write it with --output report.html).
        Exit status 1 when a check fails (warnings do not fail), 2 when the file is invalid.
        """)

    static func run(_ invocation: Invocation) throws -> ExitStatus {
        let file = invocation.operands[0]
        let scenario = try Loading.scenario(file, invocation.language)
        let evaluation = try Loading.evaluation(of: scenario, file: file)
        let table = invocation.value(.table).flatMap(RunDocument.Table.init(rawValue:)) ?? .months
        try invocation.emit(RunDocument(evaluation, table: table), inputs: Loading.inputs(of: scenario, file: file))
        return evaluation.worstStatus == .failure ? .checkFailed : .ok
    }
}
