extension Money {
    /// Reads an amount as users write it: `49 000,00 €`, `49000`, `49000.00`.
    ///
    /// At most two decimals (`12,345` is refused, never rounded), no exponent.
    /// The sign is kept; callers that need a non-negative amount say so with
    /// the field's path.
    ///
    /// An amount beyond ``largestInput`` is refused as too large: no envelope comes near it, and the
    /// bound keeps every sum of a programme's amounts (a million budget lines, ten thousand
    /// operators' requests) inside 64 bits, so an overflow is named at its field, never met later.
    public init(parsing text: String) throws(DecimalText.Failure) {
        var body = text.trimmingWhitespace
        if body.hasSuffix("€") { body.removeLast() }
        let cents = try DecimalText.parse(body, fractionDigits: 2)
        guard cents.magnitude <= Money.largestInput.cents.magnitude else { throw .tooLarge }
        self.init(cents: cents)
    }

    /// The same as ``init(parsing:)`` from the text's UTF-8 bytes, without making a string when the text
    /// begins and ends with an ASCII character (a budget file's million amounts).
    public init(parsingUTF8 bytes: UnsafeBufferPointer<UInt8>) throws(DecimalText.Failure) {
        guard let first = bytes.first, let last = bytes.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F else {
            try self.init(parsing: String(decoding: bytes, as: UTF8.self))
            return
        }
        let cents = try DecimalText.parse(bytes, fractionDigits: 2)
        guard cents.magnitude <= Money.largestInput.cents.magnitude else { throw .tooLarge }
        self.init(cents: cents)
    }

    /// The largest amount a file may state: a thousand billion euros.
    public static let largestInput = Money(cents: 100_000_000_000_000)
}
