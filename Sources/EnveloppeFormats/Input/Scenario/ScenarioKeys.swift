import Enveloppe

extension ScenarioDecoder {
    /// The keys each object of the format allows (the JSON Schema lists the same; a test checks it).
    public static let keys: [String: [String]] = [
        "scenario": [
            "$schema", "title", "description", "preset", "rules", "openingBalance", "otherIncome", "contributionsInKind", "budget",
            "allocation", "risk", "expected", "operators",
        ],
        "risk": [
            "paymentDelays", "rampUp", "earlyExitRate", "refillDelayMonths", "staffVacancyMonths", "overdraftLimit", "bridging",
        ],
        "paymentDelay": ["advance", "balance"],
        "distribution": ["min", "likely", "max", "values", "weights"],
        "bridging": ["overdraftRate", "assignmentRate"],
        "allocation": ["envelope", "method", "candidates"],
        "allocationEnvelope": ["measures", "amount"],
        "candidate": ["id", "name", "territory", "weight", "requested", "minimum", "maximum", "rank"],
        "budgetLine": ["account", "label", "amount", "purpose"],
        "budget": ["lines", "file"],
        "rules": [
            "households", "envelopeTotal", "lines", "team", "cap", "paymentTerms", "convention", "conventions", "accompanimentMonths",
        ],
        "line": ["amount", "annualRate", "units", "subsidyLine"],
        "team": ["requiredFTE", "minimumManagementFTE"],
        "cap": ["rate", "scope", "base"],
        "paymentTerms": ["advanceRate", "rounding", "advanceDelayMonths", "balanceDelayMonths", "instalments", "funders"],
        "funderTerms": ["advanceRate", "rounding", "advanceDelayMonths", "balanceDelayMonths", "instalments"],
        "instalment": ["rate", "delayMonths"],
        "convention": ["start", "months", "periods"],
        "operator": ["id", "name", "territory", "households", "staff", "charges", "intake"],
        "intake": [
            "start", "initial", "entries", "rampUp", "lastEntry", "renewalMonths", "derogation", "monthsBeforeDwelling",
            "earlyExits", "refillDelayMonths",
        ],
        "earlyExit": ["month", "households"],
        "staff": ["title", "role", "fte", "annualCostPerFTE", "start", "end", "purposes"],
        "charge": ["label", "account", "kind", "purpose"] + chargeBases,
    ]

    /// The fields that say how a charge accrues; a charge has exactly one.
    public static let chargeBases = ["annualAmount", "perEntry", "refundableDeposit", "perHouseholdMonth", "rateOfDirectCosts"]
}
