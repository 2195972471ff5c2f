import Enveloppe

extension ScenarioDecoder {
    /// The keys each object of the format allows (the JSON Schema lists the same; a test checks it).
    public static let keys: [String: [String]] = [
        "scenario": AllowedKeys.scenario,
        "risk": AllowedKeys.risk,
        "paymentDelay": AllowedKeys.paymentDelay,
        "distribution": AllowedKeys.distribution,
        "bridging": AllowedKeys.bridging,
        "allocation": AllowedKeys.allocation,
        "allocationEnvelope": AllowedKeys.allocationEnvelope,
        "candidate": AllowedKeys.candidate,
        "budgetLine": AllowedKeys.budgetLine,
        "budget": AllowedKeys.budget,
        "rules": AllowedKeys.rules,
        "line": AllowedKeys.line,
        "team": AllowedKeys.team,
        "cap": AllowedKeys.cap,
        "paymentTerms": AllowedKeys.paymentTerms,
        "funderTerms": AllowedKeys.funderTerms,
        "instalment": AllowedKeys.instalment,
        "convention": AllowedKeys.convention,
        "operator": AllowedKeys.operator,
        "intake": AllowedKeys.intake,
        "earlyExit": AllowedKeys.earlyExit,
        "staff": AllowedKeys.staff,
        "charge": AllowedKeys.charge,
    ]

    /// The same lists, one constant each: the decoder reads them for every object without a dictionary lookup.
    enum AllowedKeys {
        static let scenario: [String] = [
            "$schema", "title", "description", "preset", "rules", "openingBalance", "otherIncome", "contributionsInKind", "budget",
            "allocation", "risk", "expected", "operators",
        ]
        static let risk: [String] = [
            "paymentDelays", "rampUp", "earlyExitRate", "refillDelayMonths", "staffVacancyMonths", "overdraftLimit", "bridging",
        ]
        static let paymentDelay: [String] = ["advance", "balance"]
        static let distribution: [String] = ["min", "likely", "max", "values", "weights"]
        static let bridging: [String] = ["overdraftRate", "assignmentRate"]
        static let allocation: [String] = ["envelope", "method", "candidates"]
        static let allocationEnvelope: [String] = ["measures", "amount"]
        static let candidate: [String] = ["id", "name", "territory", "weight", "requested", "minimum", "maximum", "rank"]
        static let budgetLine: [String] = ["account", "label", "amount", "purpose"]
        static let budget: [String] = ["lines", "file"]
        static let rules: [String] = [
            "households", "envelopeTotal", "lines", "team", "cap", "paymentTerms", "convention", "conventions", "accompanimentMonths",
        ]
        static let line: [String] = ["amount", "annualRate", "units", "subsidyLine"]
        static let team: [String] = ["requiredFTE", "minimumManagementFTE"]
        static let cap: [String] = ["rate", "scope", "base"]
        static let paymentTerms: [String] = ["advanceRate", "rounding", "advanceDelayMonths", "balanceDelayMonths", "instalments", "funders"]
        static let funderTerms: [String] = ["advanceRate", "rounding", "advanceDelayMonths", "balanceDelayMonths", "instalments"]
        static let instalment: [String] = ["rate", "delayMonths"]
        static let convention: [String] = ["start", "months", "periods"]
        static let `operator`: [String] = ["id", "name", "territory", "households", "staff", "charges", "intake"]
        static let intake: [String] = [
            "start", "initial", "entries", "rampUp", "lastEntry", "renewalMonths", "derogation", "monthsBeforeDwelling",
            "earlyExits", "refillDelayMonths",
        ]
        static let earlyExit: [String] = ["month", "households"]
        static let staff: [String] = ["title", "role", "fte", "annualCostPerFTE", "start", "end", "purposes"]
        static let charge: [String] = ["label", "account", "kind", "purpose"] + chargeBases
    }

    /// The fields that say how a charge accrues; a charge has exactly one.
    public static let chargeBases = ["annualAmount", "perEntry", "refundableDeposit", "perHouseholdMonth", "rateOfDirectCosts"]
}
