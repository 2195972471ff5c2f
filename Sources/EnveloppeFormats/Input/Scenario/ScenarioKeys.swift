import Enveloppe

extension ScenarioDecoder {
    /// The keys each object of the format allows (the JSON Schema lists the same; a test checks it).
    public static let keys: [String: [String]] = [
        "scenario": AllowedKeys.scenario.map(\.description),
        "risk": AllowedKeys.risk.map(\.description),
        "paymentDelay": AllowedKeys.paymentDelay.map(\.description),
        "distribution": AllowedKeys.distribution.map(\.description),
        "bridging": AllowedKeys.bridging.map(\.description),
        "allocation": AllowedKeys.allocation.map(\.description),
        "allocationEnvelope": AllowedKeys.allocationEnvelope.map(\.description),
        "candidate": AllowedKeys.candidate.map(\.description),
        "budgetLine": AllowedKeys.budgetLine.map(\.description),
        "budget": AllowedKeys.budget.map(\.description),
        "rules": AllowedKeys.rules.map(\.description),
        "line": AllowedKeys.line.map(\.description),
        "team": AllowedKeys.team.map(\.description),
        "cap": AllowedKeys.cap.map(\.description),
        "paymentTerms": AllowedKeys.paymentTerms.map(\.description),
        "funderTerms": AllowedKeys.funderTerms.map(\.description),
        "instalment": AllowedKeys.instalment.map(\.description),
        "convention": AllowedKeys.convention.map(\.description),
        "operator": AllowedKeys.operator.map(\.description),
        "intake": AllowedKeys.intake.map(\.description),
        "earlyExit": AllowedKeys.earlyExit.map(\.description),
        "staff": AllowedKeys.staff.map(\.description),
        "charge": AllowedKeys.charge.map(\.description),
    ]

    /// The same lists, one constant each: the decoder reads them for every object without a dictionary lookup,
    /// and compares a file's keys with their bytes.
    enum AllowedKeys {
        static let chargeBases: [StaticString] = ["annualAmount", "perEntry", "refundableDeposit", "perHouseholdMonth", "rateOfDirectCosts"]
        static let scenario: [StaticString] = [
            "$schema", "title", "description", "preset", "rules", "openingBalance", "otherIncome", "contributionsInKind", "budget",
            "allocation", "risk", "expected", "operators",
        ]
        static let risk: [StaticString] = [
            "paymentDelays", "rampUp", "earlyExitRate", "refillDelayMonths", "staffVacancyMonths", "overdraftLimit", "bridging",
        ]
        static let paymentDelay: [StaticString] = ["advance", "balance"]
        static let distribution: [StaticString] = ["min", "likely", "max", "values", "weights"]
        static let bridging: [StaticString] = ["overdraftRate", "assignmentRate"]
        static let allocation: [StaticString] = ["envelope", "method", "candidates"]
        static let allocationEnvelope: [StaticString] = ["measures", "amount"]
        static let candidate: [StaticString] = ["id", "name", "territory", "weight", "requested", "minimum", "maximum", "rank"]
        static let budgetLine: [StaticString] = ["account", "label", "amount", "purpose"]
        static let budget: [StaticString] = ["lines", "file"]
        static let rules: [StaticString] = [
            "households", "envelopeTotal", "lines", "team", "cap", "paymentTerms", "convention", "conventions", "accompanimentMonths",
        ]
        static let line: [StaticString] = ["amount", "annualRate", "units", "subsidyLine"]
        static let team: [StaticString] = ["requiredFTE", "minimumManagementFTE"]
        static let cap: [StaticString] = ["rate", "scope", "base"]
        static let paymentTerms: [StaticString] = ["advanceRate", "rounding", "advanceDelayMonths", "balanceDelayMonths", "instalments", "funders"]
        static let funderTerms: [StaticString] = ["advanceRate", "rounding", "advanceDelayMonths", "balanceDelayMonths", "instalments"]
        static let instalment: [StaticString] = ["rate", "delayMonths"]
        static let convention: [StaticString] = ["start", "months", "periods"]
        // (The operators' objects below are read by their keys' places too, straight from the bytes: ``PlainOperators``
        // switches on them, so a key moved here is moved there.)
        static let `operator`: [StaticString] = ["id", "name", "territory", "households", "staff", "charges", "intake"]
        static let intake: [StaticString] = [
            "start", "initial", "entries", "rampUp", "lastEntry", "renewalMonths", "derogation", "monthsBeforeDwelling",
            "earlyExits", "refillDelayMonths",
        ]
        static let earlyExit: [StaticString] = ["month", "households"]
        static let staff: [StaticString] = ["title", "role", "fte", "annualCostPerFTE", "start", "end", "purposes"]
        /// The bases last: the decoder reads which ones a charge has from their places.
        static let charge: [StaticString] = ["label", "account", "kind", "purpose"] + chargeBases
    }

    /// The fields that say how a charge accrues; a charge has exactly one.
    public static let chargeBases = AllowedKeys.chargeBases.map(\.description)
}
