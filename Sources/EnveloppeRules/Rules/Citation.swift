/// Where a rule's value comes from, so a user can check it against the text.
///
/// Every parameter of a preset cites its source document and section
/// (DOMAIN.md); a value the scenario sets instead cites the scenario's field.
public enum Citation: Sendable, Hashable {
    /// A section of one of the source documents (``Source``), e.g. VIAL 2025,
    /// « 3. Modalités de financement », with the words quoted exactly.
    case document(source: SourceID, section: String, quote: String)
    /// A value stated by the scenario at this field path (an override or an assumption).
    case scenario(path: String)
}

/// A value together with where it comes from.
public struct Cited<Value: Sendable & Hashable>: Sendable, Hashable {
    public let value: Value
    public let citation: Citation

    public init(_ value: Value, _ citation: Citation) {
        self.value = value
        self.citation = citation
    }

    /// Whether the scenario, not the call, set this value.
    public var isFromScenario: Bool {
        if case .scenario = citation { return true }
        return false
    }
}
