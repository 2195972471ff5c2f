import Enveloppe
import EnveloppeFormats
import Foundation

/// Exit status: 0 all good, 1 a coherence check failed, 2 bad input or usage.
enum ExitStatus: Int32 {
    case ok = 0
    case checkFailed = 1
    case badInput = 2
}

func standardError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Writes `text` to `--output` (atomically) or to standard output.
func emit(_ bytes: [UInt8], _ arguments: Arguments, inputs: [String]) throws(Files.Failure) {
    if let output = arguments.output {
        try Files.write(bytes, to: output, inputs: inputs)
    } else {
        FileHandle.standardOutput.write(Data(bytes))
    }
}

func fileMessage(_ failure: Files.Failure, _ language: Language) -> String {
    switch failure {
    case .notFound(let path):
        language == .fr ? "\(path): fichier introuvable" : "\(path): file not found"
    case .unreadable(let path):
        language == .fr ? "\(path): lecture impossible (dossier ou droits insuffisants)" : "\(path): cannot be read (a folder, or no permission)"
    case .unwritable(let path, let reason):
        language == .fr ? "\(path): écriture impossible (\(reason)) ; aucun fichier n'a été écrit" : "\(path): cannot be written (\(reason)); no file was written"
    case .wouldOverwriteInput(let path):
        language == .fr ? "\(path): c'est le fichier lu en entrée ; choisissez un autre fichier de sortie" : "\(path): that is the input file; choose another output file"
    case .exists(let path):
        language == .fr ? "\(path): le fichier existe déjà ; ajoutez --force pour le remplacer" : "\(path): the file already exists; add --force to replace it"
    }
}

func run(_ arguments: Arguments) -> ExitStatus {
    let language = arguments.language
    let words = Wording(language)
    do {
        switch arguments.command {
        case .help(let topic):
            guard let text = Help.text(topic, language) else {
                standardError(language == .fr ? "enveloppe: pas d'aide pour « \(topic ?? "") »" : "enveloppe: no help for '\(topic ?? "")'")
                return .badInput
            }
            print(text)
        case .version:
            print("enveloppe 0.1.0")
        case .presets:
            try emit(Array(PresetsRenderer(language).render(Presets.all).utf8), arguments, inputs: [])
        case .schema:
            try emit(Array(ScenarioSchema.text.utf8), arguments, inputs: [])
        case .initialize(let preset, let file):
            guard let text = StarterScenario.json(for: preset) else {
                standardError(words.message(InputError("", .unknownPreset(name: preset, known: Presets.all.map(\.id))), file: preset))
                return .badInput
            }
            try Files.write(Array(text.utf8), to: file, overwrite: arguments.force)
            print(language == .fr ? "Scénario de départ écrit dans \(file). Calculez-le : enveloppe run \(file)" : "Starter scenario written to \(file). Run it: enveloppe run \(file)")
        case .run(let file):
            let report = try Loading.report(file, words: words)
            let rendered: [UInt8]
            switch arguments.format {
            case .text: rendered = Array(TextRenderer(language).render(report).utf8)
            case .json: rendered = Array(JSONReportRenderer(language).render(report).utf8)
            case .csv:
                rendered = arguments.table == .months ? CSVRenderer(language).renderMonths(report) : CSVRenderer(language).render(report)
            case .html: rendered = Array(HTMLRenderer(language).render(report).utf8)
            }
            try emit(rendered, arguments, inputs: [file])
            return report.worstStatus == .failure ? .checkFailed : .ok
        case .budget(let file):
            let report = try Loading.report(file, words: words)
            let budget = arguments.wholeEuros ? try report.budgets[0].inWholeEuros() : report.budgets[0]
            let renderer = BudgetRenderer(language)
            let rendered: [UInt8]
            switch arguments.format {
            case .csv: rendered = try renderer.csv(budget)
            case .html: rendered = Array(try renderer.html(budget, title: report.title, wholeEuros: arguments.wholeEuros).utf8)
            case .text, .json: rendered = Array(try renderer.text(budget, title: report.title, wholeEuros: arguments.wholeEuros).utf8)
            }
            try emit(rendered, arguments, inputs: [file])
        case .check(let files):
            var status = ExitStatus.ok
            var out = ""
            for file in files {
                do {
                    let report = try Loading.report(file, words: words)
                    out += ChecksRenderer(language).text(report, file: file) + "\n"
                    if report.worstStatus == .failure && status == .ok { status = .checkFailed }
                } catch let failure as Loading.Failure {
                    standardError(failure.message)
                    status = .badInput
                }
            }
            try emit(Array(out.utf8), arguments, inputs: files)
            return status
        case .validate(let files):
            var status = ExitStatus.ok
            for file in files {
                do {
                    let scenario = try Loading.scenario(file, words: words)
                    do {
                        try Validation.validate(scenario)
                        let report = try RunReport(scenario: scenario)
                        let expected = report.findings.filter { if case .expected = $0.comparison { true } else { false } }.count
                        print(language == .fr
                            ? "\(file): valide (\(report.allFigures.count) chiffres, \(expected) attendu(s))"
                            : "\(file): valid (\(report.allFigures.count) figures, \(expected) expected)")
                    } catch {
                        throw Loading.Failure(message: words.message(error, file: file))
                    }
                } catch let failure as Loading.Failure {
                    standardError(failure.message)
                    status = .badInput
                }
            }
            return status
        case .explain(let file, let id):
            let scenario = try Loading.scenario(file, words: words)
            let report = try Loading.report(of: scenario, file: file, words: words)
            // The figures of run and check; of allocate when the scenario shares an envelope; of settle with --actuals.
            var figures = report.allFigures
            if let actualsFile = arguments.actuals {
                let counts: [ActualCount]
                do { counts = try ActualsCSV.parse(try Files.read(actualsFile)) } catch let failure as ActualsCSV.Failure {
                    standardError(words.message(failure, file: actualsFile))
                    return .badInput
                }
                do { figures += try Settlement(report: report, scenario: scenario, counts: counts, threshold: Rate(percent: 10)).figures } catch let error as ActualsError {
                    standardError(words.message(error, file: actualsFile))
                    return .badInput
                }
            }
            let renderer = ExplainRenderer(language)
            guard let id else {
                try emit(Array(renderer.list(figures, title: report.title).utf8), arguments, inputs: [file])
                return .ok
            }
            guard let figure = figures.first(where: { $0.id == id }) else {
                let known = figures.map(\.id)
                let close = known.filter { $0.hasPrefix(id.split(separator: ".").first.map(String.init) ?? id) }.prefix(8)
                standardError(
                    language == .fr
                        ? "\(file): chiffre inconnu « \(id) »\(close.isEmpty ? "" : " ; par exemple : " + close.joined(separator: ", ")) (liste : enveloppe explain \(file))"
                        : "\(file): unknown figure '\(id)'\(close.isEmpty ? "" : "; for example: " + close.joined(separator: ", ")) (list: enveloppe explain \(file))")
                return .badInput
            }
            try emit(Array((arguments.format == .json ? renderer.json(figure) : renderer.tree(figure)).utf8), arguments, inputs: [file])
        case .allocate(let file):
            let scenario = try Loading.scenario(file, words: words)
            guard let settings = scenario.allocation else {
                standardError(words.message(InputError("allocation", .missing), file: file))
                return .badInput
            }
            let report: AllocationReport
            do { report = try AllocationReport(scenario: scenario, settings: settings) } catch {
                standardError(words.message(error, file: file))
                return .badInput
            }
            let renderer = AllocationRenderer(language)
            switch arguments.format {
            case .csv: try emit(renderer.csv(report), arguments, inputs: [file])
            case .json: try emit(Array(renderer.json(report).utf8), arguments, inputs: [file])
            case .text, .html: try emit(Array(renderer.text(report).utf8), arguments, inputs: [file])
            }
        case .whatIf(let amountText, let householdsText):
            var amount: Money?
            var households: Int64?
            if let amountText {
                guard let value = try? Money(parsing: amountText), value > .zero else {
                    standardError(language == .fr ? "enveloppe: --amount attend un montant positif, par ex. 227000 ou \"227 000,00\"" : "enveloppe: --amount needs a positive amount, e.g. 227000")
                    return .badInput
                }
                amount = value
            }
            if let householdsText {
                guard let value = Int64(householdsText), value > 0, value <= 1_000_000_000 else {
                    standardError(language == .fr ? "enveloppe: --households attend un nombre entier de ménages, par ex. 64" : "enveloppe: --households needs a whole number of households, e.g. 64")
                    return .badInput
                }
                households = value
            }
            let rows = try WhatIf.compare(amount: amount, households: households)
            try emit(Array(WhatIfRenderer(language).text(rows, amount: amount, households: households).utf8), arguments, inputs: [])
        case .settle(let file, let actualsFile):
            let scenario = try Loading.scenario(file, words: words)
            let report = try Loading.report(of: scenario, file: file, words: words)
            let counts: [ActualCount]
            do { counts = try ActualsCSV.parse(try Files.read(actualsFile)) } catch let failure as ActualsCSV.Failure {
                standardError(words.message(failure, file: actualsFile))
                return .badInput
            }
            var threshold = Rate(percent: 10)
            if let text = arguments.threshold {
                guard let value = try? Rate(parsing: text.contains("%") ? text : text + " %"), value > .zero, value <= .one else {
                    standardError(language == .fr ? "enveloppe: --threshold attend un pourcentage, par ex. 10" : "enveloppe: --threshold needs a percentage, e.g. 10")
                    return .badInput
                }
                threshold = value
            }
            let settlement: Settlement
            do { settlement = try Settlement(report: report, scenario: scenario, counts: counts, threshold: threshold) } catch let error as ActualsError {
                standardError(words.message(error, file: actualsFile))
                return .badInput
            }
            let renderer = SettlementRenderer(language)
            switch arguments.format {
            case .csv: try emit(renderer.csv(settlement), arguments, inputs: [file, actualsFile])
            case .html: try emit(Array(renderer.html(settlement).utf8), arguments, inputs: [file, actualsFile])
            case .text, .json: try emit(Array(renderer.text(settlement).utf8), arguments, inputs: [file, actualsFile])
            }
        case .compare(let files):
            let summaries = try files.map { file in (file: file, summary: try ApplicationSummary(try Loading.report(file, words: words))) }
            let renderer = CompareRenderer(language)
            let rendered: [UInt8]
            switch arguments.format {
            case .csv: rendered = renderer.csv(summaries)
            case .html: rendered = Array(renderer.html(summaries).utf8)
            case .text, .json: rendered = Array(renderer.text(summaries).utf8)
            }
            try emit(rendered, arguments, inputs: files)
        }
        return .ok
    } catch let failure as Files.Failure {
        standardError(fileMessage(failure, language))
        return .badInput
    } catch let failure as Loading.Failure {
        standardError(failure.message)
        return .badInput
    } catch {
        standardError("enveloppe: \(error)")
        return .badInput
    }
}

let arguments: Arguments
do {
    arguments = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    let french = !CommandLine.arguments.contains("en")
    standardError("enveloppe: " + (french ? error.french : error.english))
    standardError(french ? "Aide : enveloppe --help" : "Help: enveloppe --help --lang en")
    exit(ExitStatus.badInput.rawValue)
}
exit(run(arguments).rawValue)
