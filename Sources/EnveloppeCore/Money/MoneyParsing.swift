extension Money {
    /// Reads an amount as users write it: `49 000,00 €`, `49000`, `49000.00`.
    ///
    /// At most two decimals (`12,345` is refused, never rounded), no exponent.
    /// The sign is kept; callers that need a non-negative amount say so with
    /// the field's path.
    public init(parsing text: String) throws(DecimalText.Failure) {
        var body = text.trimmingWhitespace
        if body.hasSuffix("€") { body.removeLast() }
        self.init(cents: try DecimalText.parse(body, fractionDigits: 2))
    }
}
