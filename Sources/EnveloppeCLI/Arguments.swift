import EnveloppeFormats

/// The parsed command line. Parsing only: no file is touched here.
struct Arguments: Equatable {
    enum Command: Equatable {
        case run(file: String)
        case budget(file: String)
        case check(files: [String])
        case compare(files: [String])
        case allocate(file: String)
        case explain(file: String, figure: String?)
        case validate(files: [String])
        case whatIf(amount: String?, households: String?)
        case settle(file: String, actuals: String)
        case presets
        case initialize(preset: String, file: String)
        case schema
        case help(topic: String?)
        case version
    }

    enum OutputFormat: String, CaseIterable { case text, json, csv, html }

    /// Which table `--format csv` writes.
    enum Table: String, CaseIterable { case months, figures }

    var command: Command
    var format: OutputFormat = .text
    var table: Table = .months
    var output: String?
    var language: Language = .fr
    var force = false
    var wholeEuros = false
    var actuals: String?
    var amount: String?
    var households: String?
    var threshold: String?

    /// A usage error, worded by `main`.
    struct UsageError: Error, Equatable {
        let french: String
        let english: String
        let topic: String?
    }

    static let commands = [
        "run", "budget", "check", "compare", "explain", "validate", "allocate", "whatif", "settle", "presets", "init", "schema",
        "help",
    ]

    /// Parses `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws(UsageError) -> Arguments {
        var positional: [String] = []
        var parsed = Arguments(command: .help(topic: nil))
        var wantsHelp = false
        var index = 0
        func value(for option: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count else {
                throw UsageError(french: "l'option \(option) attend une valeur", english: "option \(option) needs a value", topic: positional.first)
            }
            return arguments[index]
        }
        /// The option's value read as one of `T`'s cases, or a usage error worded by `french` and `english`.
        func choice<T: RawRepresentable>(
            for option: String, french: (String) -> String, english: (String) -> String
        ) throws(UsageError) -> T where T.RawValue == String {
            let text = try value(for: option)
            guard let chosen = T(rawValue: text) else {
                throw UsageError(french: french(text), english: english(text), topic: positional.first)
            }
            return chosen
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--format", "-f":
                parsed.format = try choice(
                    for: argument, french: { "format inconnu « \($0) » ; formats possibles : text, json, csv, html" },
                    english: { "unknown format '\($0)'; formats: text, json, csv, html" })
            case "--table":
                parsed.table = try choice(
                    for: argument,
                    french: { "tableau inconnu « \($0) » ; tableaux : months (mois par mois), figures (chiffres et contrôles)" },
                    english: { "unknown table '\($0)'; tables: months, figures" })
            case "--output", "-o": parsed.output = try value(for: argument)
            case "--lang":
                parsed.language = try choice(
                    for: argument, french: { "langue inconnue « \($0) » ; langues : fr, en" },
                    english: { "unknown language '\($0)'; languages: fr, en" })
            case "--force": parsed.force = true
            case "--euros": parsed.wholeEuros = true
            case "--actuals": parsed.actuals = try value(for: argument)
            case "--amount": parsed.amount = try value(for: argument)
            case "--households": parsed.households = try value(for: argument)
            case "--threshold": parsed.threshold = try value(for: argument)
            case "--help", "-h": wantsHelp = true
            case "--version": return Arguments(command: .version)
            default:
                if argument.hasPrefix("-") && argument != "-" {
                    throw UsageError(
                        french: "option inconnue « \(argument) »", english: "unknown option '\(argument)'", topic: positional.first)
                }
                positional.append(argument)
            }
            index += 1
        }
        guard let name = positional.first else { return parsed }
        if wantsHelp {
            parsed.command = .help(topic: name)
            return parsed
        }
        let rest = Array(positional.dropFirst())
        func expect(_ count: Int, _ usageFR: String, _ usageEN: String) throws(UsageError) {
            guard rest.count == count else {
                throw UsageError(french: "usage : \(usageFR)", english: "usage: \(usageEN)", topic: name)
            }
        }
        switch name {
        case "run":
            try expect(
                1, "enveloppe run FICHIER [--format text|json|csv|html] [--table months|figures] [--output FICHIER] [--lang fr|en]",
                "enveloppe run FILE [--format text|json|csv|html] [--table months|figures] [--output FILE] [--lang fr|en]")
            parsed.command = .run(file: rest[0])
        case "budget":
            try expect(
                1, "enveloppe budget FICHIER [--format text|csv|html] [--euros] [--output FICHIER] [--lang fr|en]",
                "enveloppe budget FILE [--format text|csv|html] [--euros] [--output FILE] [--lang fr|en]")
            parsed.command = .budget(file: rest[0])
        case "check":
            guard !rest.isEmpty else {
                throw UsageError(french: "usage : enveloppe check FICHIER… [--lang fr|en]", english: "usage: enveloppe check FILE… [--lang fr|en]", topic: name)
            }
            parsed.command = .check(files: rest)
        case "compare":
            guard rest.count >= 2 else {
                throw UsageError(
                    french: "usage : enveloppe compare FICHIER FICHIER… [--format text|csv|html] [--output FICHIER]",
                    english: "usage: enveloppe compare FILE FILE… [--format text|csv|html] [--output FILE]", topic: name)
            }
            parsed.command = .compare(files: rest)
        case "validate":
            guard !rest.isEmpty else {
                throw UsageError(french: "usage : enveloppe validate FICHIER… [--lang fr|en]", english: "usage: enveloppe validate FILE… [--lang fr|en]", topic: name)
            }
            parsed.command = .validate(files: rest)
        case "explain":
            guard (1...2).contains(rest.count) else {
                throw UsageError(
                    french: "usage : enveloppe explain FICHIER [IDENTIFIANT] [--actuals COMPTAGES.csv] [--format text|json] [--lang fr|en]",
                    english: "usage: enveloppe explain FILE [IDENTIFIER] [--actuals COUNTS.csv] [--format text|json] [--lang fr|en]", topic: name)
            }
            parsed.command = .explain(file: rest[0], figure: rest.count == 2 ? rest[1] : nil)
        case "allocate":
            try expect(
                1, "enveloppe allocate FICHIER [--format text|csv|json] [--output FICHIER] [--lang fr|en]",
                "enveloppe allocate FILE [--format text|csv|json] [--output FILE] [--lang fr|en]")
            parsed.command = .allocate(file: rest[0])
        case "whatif":
            try expect(0, "enveloppe whatif [--amount MONTANT] [--households MÉNAGES] [--lang fr|en]", "enveloppe whatif [--amount AMOUNT] [--households HOUSEHOLDS] [--lang fr|en]")
            parsed.command = .whatIf(amount: parsed.amount, households: parsed.households)
        case "settle":
            try expect(
                1, "enveloppe settle FICHIER --actuals COMPTAGES.csv [--threshold 10] [--format text|csv|html] [--output FICHIER]",
                "enveloppe settle FILE --actuals COUNTS.csv [--threshold 10] [--format text|csv|html] [--output FILE]")
            guard let actuals = parsed.actuals else {
                throw UsageError(french: "enveloppe settle : --actuals COMPTAGES.csv est obligatoire", english: "enveloppe settle: --actuals COUNTS.csv is required", topic: name)
            }
            parsed.command = .settle(file: rest[0], actuals: actuals)
        case "presets":
            try expect(0, "enveloppe presets [--lang fr|en]", "enveloppe presets [--lang fr|en]")
            parsed.command = .presets
        case "init":
            try expect(2, "enveloppe init PRÉRÉGLAGE FICHIER [--force]", "enveloppe init PRESET FILE [--force]")
            parsed.command = .initialize(preset: rest[0], file: rest[1])
        case "schema":
            try expect(0, "enveloppe schema [--output FICHIER]", "enveloppe schema [--output FILE]")
            parsed.command = .schema
        case "help":
            parsed.command = .help(topic: rest.first)
        default:
            throw UsageError(
                french: "commande inconnue « \(name) » ; commandes : \(commands.joined(separator: ", "))",
                english: "unknown command '\(name)'; commands: \(commands.joined(separator: ", "))", topic: nil)
        }
        return parsed
    }
}
