import Enveloppe

/// What kind of text a preset's rules come from, as the sentences name it: a call, which plans what is to come
/// (« 64 prévus par l'appel »); an execution report, which says how a past year ran (« 60 selon le rapport
/// d'exécution »); or another text (« selon la règle »).
public enum RulesDocument: Sendable, Hashable {
    case call, executionReport, other

    /// The kind of `source`, read from its title as a person reads it: an « Appel à… » is a call, a « rapport
    /// d'exécution » an execution report; any other text is named by what it gives, « la règle ».
    public init(_ source: SourceID) {
        let title = Source.named(source).title.lowercased()
        if title.hasPrefix("appel") {
            self = .call
        } else if title.contains("rapport d'exécution") {
            self = .executionReport
        } else {
            self = .other
        }
    }

    /// The kind that several applications' rules share, for words said once for them all (a column's head, a
    /// page's footer): theirs when they have the same, else ``other``, which names « la règle » and fits any text.
    /// No application at all is a call's.
    public static func common(_ kinds: some Sequence<RulesDocument>) -> RulesDocument {
        let kinds = Set(kinds)
        guard let only = kinds.first else { return .call }
        return kinds.count == 1 ? only : .other
    }
}

extension Wording {
    /// The words for the reports of scenarios on `call`: the sentences name the kind of text its rules come from.
    public func about(_ call: Call) -> Wording {
        about(RulesDocument(call.source))
    }

    /// The words for reports whose rules come from a text of kind `rules`.
    public func about(_ rules: RulesDocument) -> Wording {
        var words = self
        words.rules = rules
        return words
    }

    /// Who gives a value of the rules, as the subject or agent of « prévoit »: « l'appel » for a call; « la règle »
    /// for another text, whose value the scenario may state (« ce que la règle prévoit »).
    var rulesGiver: String {
        rules == .call ? language.pick("l'appel", "the call") : language.pick("la règle", "the rule")
    }

    /// Whose a value of the rules is, after it: « 8 ETP de l'appel », « 7,5 ETP du rapport d'exécution ».
    var ofTheRules: String {
        byKind(
            call: ("de l'appel", "of the call"), executionReport: ("du rapport d'exécution", "of the execution report"),
            other: ("de la règle", "of the rule"))
    }

    /// « comme l'appel », « comme le rapport d'exécution »: a value that keeps to the rules', after it.
    var asTheRules: String {
        byKind(
            call: ("comme l'appel", "as in the call"), executionReport: ("comme le rapport d'exécution", "as in the execution report"),
            other: ("comme la règle", "as in the rule"))
    }

    /// « l'appel prévoit », « la règle prévoit »: what the rules give, before the amount.
    var rulesProvide: String {
        language.pick("\(rulesGiver) prévoit", "\(rulesGiver) provides")
    }

    /// What gives a grant's amount, before the amount: the rules (« l'appel prévoit », « la règle prévoit ») when
    /// their text gives it, « le scénario retient » when the scenario states it (`rules.lines.<id>.amount`): an
    /// amount the scenario assumes is never presented as the rule's.
    func grantProvided(byScenario: Bool) -> String {
        byScenario ? language.pick("le scénario retient", "the scenario sets") : rulesProvide
    }

    /// The French and English words for each kind of text, picked for these rules and this language.
    private func byKind(call: (String, String), executionReport: (String, String), other: (String, String)) -> String {
        let words =
            switch rules {
            case .call: call
            case .executionReport: executionReport
            case .other: other
            }
        return language.pick(words.0, words.1)
    }

    /// The text the rules are quoted from, as a noun: « le texte de l'appel », « le rapport d'exécution », « le
    /// texte source ».
    var rulesText: String {
        byKind(
            call: ("le texte de l'appel", "the call's text"),
            executionReport: ("le rapport d'exécution", "the execution report"),
            other: ("le texte source", "the source text"))
    }

    /// What a header calls the rules' text before its title: « Appel : » for a call, « Règles : » for another text.
    var rulesLabel: String {
        rules == .call ? language.pick("Appel : ", "Call: ") : language.pick("Règles : ", "Rules: ")
    }

    /// Where a value of the rules comes from, after the value, for a text that is not a call: « selon le rapport
    /// d'exécution », « selon la règle ».
    var perRules: String {
        byKind(
            call: ("selon l'appel", "according to the call"),
            executionReport: ("selon le rapport d'exécution", "according to the execution report"),
            other: ("selon la règle", "according to the rule"))
    }

    /// The rules' text as the subject of a sentence saying it leaves a value out: « le texte de l'appel n'en fixe
    /// pas », « le rapport d'exécution n'en donne pas », « le texte source n'en fixe pas ».
    var rulesSetNone: String {
        byKind(
            call: ("le texte de l'appel n'en fixe pas", "the call's text sets none"),
            executionReport: ("le rapport d'exécution n'en donne pas", "the execution report gives none"),
            other: ("le texte source n'en fixe pas", "the source text sets none"))
    }

    /// « le texte de l'appel ne fixe pas de conditions de versement », and its like for another text.
    var rulesSetNoPaymentTerms: String {
        byKind(
            call: ("le texte de l'appel ne fixe pas de conditions de versement", "the call's text sets no payment terms"),
            executionReport: ("le rapport d'exécution ne donne pas de conditions de versement", "the execution report gives no payment terms"),
            other: ("le texte source ne fixe pas de conditions de versement", "the source text sets no payment terms"))
    }

    /// Whose calendar sets the earliest advance: « de l'appel », « du rapport d'exécution », « de la règle ».
    var rulesCalendar: String {
        byKind(
            call: ("le calendrier de l'appel", "the call's calendar"),
            executionReport: ("le calendrier du rapport d'exécution", "the execution report's calendar"),
            other: ("le calendrier de la règle", "the rule's calendar"))
    }

    /// The rules' text after « jusqu'à … et à »: « au texte de l'appel », « au rapport d'exécution », « au texte
    /// source » (« the call's text » in English).
    var toRulesText: String {
        byKind(
            call: ("au texte de l'appel", "the call's text"),
            executionReport: ("au rapport d'exécution", "the execution report"),
            other: ("au texte source", "the source text"))
    }
}

extension Sequence<Citation> {
    /// Whether these citations of a grant's amount name the scenario's own amount for its line
    /// (`rules.lines.<id>.amount`): the scenario states the amount, the rules' text does not give it.
    var citeScenarioAmount: Bool {
        contains { citation in
            guard case .scenario(let path) = citation else { return false }
            return path.hasPrefix("rules.lines.") && path.hasSuffix(".amount")
        }
    }

    /// Whether these citations of a grant's amount name the scenario's households: the rules give a price per
    /// household (VIAL: 7 000 € per household), and the amount is that price for the households the scenario plans.
    var citeScenarioHouseholds: Bool {
        contains { citation in
            guard case .scenario(let path) = citation else { return false }
            return path.hasPrefix("operators[") && path.hasSuffix("].households")
        }
    }
}
