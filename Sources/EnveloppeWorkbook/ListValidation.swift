/// A drop-down list on a range of cells, so a person filling in the sheet picks one of
/// the allowed values instead of typing a variant the calculation would not recognise.
public struct ListValidation: Sendable, Hashable {
    /// An A1 range such as `"C2:C200"` on the sheet that holds the validation.
    public var range: String
    public var allowed: [String]
    /// Shown when the cell is selected.
    public var prompt: String?

    public init(range: String, allowed: [String], prompt: String? = nil) {
        self.range = range
        self.allowed = allowed
        self.prompt = prompt
    }
}
