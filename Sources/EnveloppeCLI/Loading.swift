import Enveloppe
import EnveloppeFormats

/// Reads a scenario file (and the budget CSV it names) and computes its report.
enum Loading {
    /// A bad input, already worded as its one-line message.
    struct Failure: Error { let message: String }

    static func report(_ file: String, words: Wording) throws -> RunReport {
        try report(of: try scenario(file, words: words), file: file, words: words)
    }

    /// The report of a scenario already read from `file`.
    static func report(of scenario: Scenario, file: String, words: Wording) throws -> RunReport {
        do {
            return try RunReport(scenario: scenario)
        } catch {
            throw Failure(message: words.message(error, file: file))
        }
    }

    /// The scenario of `file`, with the candidate's budget read from the CSV it names.
    static func scenario(_ file: String, words: Wording) throws -> Scenario {
        do {
            var scenario = try ScenarioDecoder.decode(try Files.read(file))
            if let budgetFile = scenario.candidateBudgetFile {
                let path = besideScenario(budgetFile, scenario: file)
                do {
                    scenario.candidateBudget = try BudgetCSV.parse(try Files.read(path))
                } catch let failure as BudgetCSV.Failure {
                    throw Failure(message: words.message(failure, file: path))
                }
            }
            return scenario
        } catch let error as InputError {
            throw Failure(message: words.message(error, file: file))
        } catch let error as Files.Failure {
            throw Failure(message: fileMessage(error, words.language))
        }
    }

    /// A path written in a scenario, read from the scenario's folder (`scenarios/x.json` names `budget.csv`:
    /// `scenarios/budget.csv`).
    static func besideScenario(_ path: String, scenario: String) -> String {
        guard !path.hasPrefix("/"), let slash = scenario.lastIndex(of: "/") else { return path }
        return String(scenario[...slash]) + path
    }
}
