/// A stable identifier of one kind of thing: an envelope line (`iml`), an operator
/// (`assoc-a`), a preset (`vial-pas-de-calais-2025-ami1`); a figure's has a type of its
/// own (`FigureID`). The tag keeps the kinds apart: a line's identifier cannot be passed
/// where an operator's is expected (the idea of pointfreeco/swift-tagged).
public struct Identifier<Tag>: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Tags of the identifiers the tool uses.
public enum IdentifierTag {
    public enum Line {}
    public enum Operator {}
    public enum Preset {}
}

/// An envelope line of a call: `iml`, `fsl`, `vial`, `aml`.
public typealias LineID = Identifier<IdentifierTag.Line>
/// An operator (association) of a scenario, unique in its file.
public typealias OperatorID = Identifier<IdentifierTag.Operator>
/// A call preset, as a scenario names it in `preset`.
public typealias PresetID = Identifier<IdentifierTag.Preset>
