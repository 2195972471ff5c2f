import Enveloppe
import EnveloppeFormats

/// The valid scenarios that fuzzed counts are settled against and fuzzed budgets are filed with,
/// so that bytes read as a counts CSV reach ``Settlement`` and bytes read as a budget CSV reach
/// the budgets and their checks (a fuzzed file is never both a scenario and a CSV).
///
/// Each has two operators `a` and `b` and two conventions of 12 months from January 2025, so a
/// count such as `2025-03;a;4` settles against each: a convention of the application (fixed
/// lines paid on dwellings and on FTE), one convention per operator (Montpellier 2023), and a
/// rate line with months before the dwelling, renewals, an accompaniment of 9 months and a
/// funder's instalments (VIAL).
enum FuzzScenarios {
    static let texts: [String] = [
        #"""
        {"title": "Fuzz : Montpellier, deux structures, une convention de l'application", "preset": "bail-dabord-montpellier-2024",
         "rules": {"paymentTerms": {"advanceRate": "60 %", "advanceDelayMonths": 2, "balanceDelayMonths": 4},
                   "convention": {"start": "2025-01", "months": 12, "periods": 2}},
         "openingBalance": "20 000",
         "operators": [
          {"id": "a", "name": "A", "households": 40,
           "intake": {"initial": 30, "rampUp": 4, "refillDelayMonths": 1, "earlyExits": [{"month": "2025-06", "households": 2}]},
           "staff": [{"title": "Cheffe de service", "role": "management", "fte": 1, "annualCostPerFTE": "67 000"},
                     {"title": "Éducatrice", "role": "socialWork", "fte": 4, "annualCostPerFTE": "52 000"}],
           "charges": [{"label": "Équipement", "account": 60, "kind": "direct", "perEntry": "600"},
                       {"label": "Cautions", "account": 65, "kind": "direct", "refundableDeposit": "600"},
                       {"label": "Frais de siège", "account": 62, "kind": "indirect", "rateOfDirectCosts": "6 %"}]},
          {"id": "b", "name": "B", "households": 24, "intake": {"entries": [10, 4, 4, 2, 2, 2]},
           "staff": [{"title": "Éducateur", "role": "socialWork", "fte": 3, "annualCostPerFTE": "52 000"}],
           "charges": [{"label": "Transports", "account": 62, "kind": "direct", "perHouseholdMonth": "15"},
                       {"label": "Locaux", "account": 61, "kind": "direct", "annualAmount": "12 000"}]}]}
        """#,
        #"""
        {"title": "Fuzz : Montpellier 2023, une convention par structure", "preset": "bail-dabord-montpellier-2023",
         "rules": {"lines": {"iml": {"amount": "109 375", "units": 20}, "fsl": {"amount": "70 937,50", "units": 2.5}},
                   "paymentTerms": {"advanceRate": "60 %"}, "convention": {"start": "2025-01", "months": 12, "periods": 2}},
         "operators": [
          {"id": "a", "name": "A", "households": 12,
           "intake": {"initial": 12, "rampUp": 1, "refillDelayMonths": 1,
                      "earlyExits": [{"month": "2025-03", "households": 1}, {"month": "2026-01", "households": 1}]},
           "staff": [{"title": "Travailleur social", "role": "socialWork", "fte": 1.5, "annualCostPerFTE": "52 000"}]},
          {"id": "b", "name": "B", "households": 8, "intake": {"initial": 2, "rampUp": 2},
           "staff": [{"title": "Travailleuse sociale", "role": "socialWork", "fte": 1, "annualCostPerFTE": "52 000"}]}]}
        """#,
        #"""
        {"title": "Fuzz : VIAL, deux structures, renouvellements et versements en plusieurs fois", "preset": "vial-pas-de-calais-2025-ami1",
         "rules": {"accompanimentMonths": 9, "convention": {"start": "2025-01", "months": 12, "periods": 2},
                   "paymentTerms": {"balanceDelayMonths": 3,
                                    "funders": {"departement": {"instalments": [{"rate": "50 %", "delayMonths": 1}, {"rate": "30 %", "delayMonths": 6}]}}}},
         "operators": [
          {"id": "a", "name": "A", "territory": "Lens-Hénin", "households": 15,
           "intake": {"initial": 9, "rampUp": 2, "renewalMonths": 6, "monthsBeforeDwelling": 2},
           "staff": [{"title": "Éducatrice", "role": "socialWork", "fte": 1, "annualCostPerFTE": "52 000"}],
           "charges": [{"label": "Déplacements", "account": 62, "kind": "direct", "perHouseholdMonth": "25"}]},
          {"id": "b", "name": "B", "territory": "Artois", "households": 7,
           "intake": {"rampUp": 1, "renewalMonths": 18, "derogation": true, "earlyExits": [{"month": "2025-10", "households": 1}]},
           "staff": [{"title": "Infirmier", "role": "care", "fte": 0.5, "annualCostPerFTE": "52 000", "start": "2025-03"}]}]}
        """#,
    ]

    /// The scenarios, read once; a text that does not read is a fault of the fuzz target (a test reads each).
    static let scenarios: [Scenario] = texts.map { text in
        do { return try ScenarioDecoder.decode(Array(text.utf8)) } catch { fatalError("a fuzz scenario does not read: \(error)\n\(text)") }
    }

    /// Their reports, computed once: the counts of every input are settled against each.
    static let reports: [RunReport] = scenarios.map { scenario in
        do { return try RunReport(scenario: scenario) } catch { fatalError("a fuzz scenario does not compute: \(error)") }
    }
}
