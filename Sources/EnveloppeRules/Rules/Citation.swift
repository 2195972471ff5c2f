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

    /// Whether the scenario, not a source document, gives the value.
    public var isFromScenario: Bool {
        if case .scenario = self { return true }
        return false
    }

    /// Hashes the kind, the document and the field path, never a section's or a quote's words: Swift hashes a
    /// string through its normal form, which for French text costs a pass over every byte, and the renderers
    /// put tens of thousands of citations in sets. Equal citations still hash alike (their documents are equal);
    /// the few sections of one document tell themselves apart by `==`, which stops at the first differing byte.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .document(let source, _, _):
            hasher.combine(0)
            hasher.combine(source)
        case .scenario(let path):
            hasher.combine(1)
            hasher.combine(path)
        }
    }
}

/// A value together with where it comes from.
///
/// Equatable, hashable and sendable when its value is, rather than asking it of every value: a type with a
/// requirement on its parameter has its metadata made at run time with the value's conformance looked up in the
/// whole program's list of conformances, once for each kind of value, at each start of the command.
public struct Cited<Value> {
    public let value: Value
    public let citation: Citation

    public init(_ value: Value, _ citation: Citation) {
        self.value = value
        self.citation = citation
    }

    /// Whether the scenario, not the call, set this value.
    public var isFromScenario: Bool { citation.isFromScenario }
}

extension Cited: Equatable where Value: Equatable {}
extension Cited: Hashable where Value: Hashable {}
extension Cited: Sendable where Value: Sendable {}
