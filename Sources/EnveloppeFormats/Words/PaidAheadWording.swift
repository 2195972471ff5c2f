extension Wording {
    /// What is paid before the balance, as a column names it: « Avance », or « Avance et acomptes » when the terms
    /// pay instalments after the advance (the amounts then include them). `settle` and `allocate` say it alike.
    func paidAhead(instalments: Bool) -> String {
        instalments ? language.pick("Avance et acomptes", "Advance and instalments") : language.pick("Avance", "Advance")
    }

    /// The same inside a formula: « avance », or « (avance + acomptes) ».
    func paidAheadTerm(instalments: Bool) -> String {
        instalments ? language.pick("(avance + acomptes)", "(advance + instalments)") : language.pick("avance", "advance")
    }
}
