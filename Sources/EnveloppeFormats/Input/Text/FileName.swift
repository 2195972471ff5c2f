/// A file's name as the user typed it, read for what its extension says (an output's format, a scenario's form).
public enum FileName {
    /// The extension of `name` as typed (`xlsx` of `rapport.xlsx`, `HTM` of `page.HTM`): what follows the last dot of
    /// its last component, if anything does.
    public static func typedExtension(of name: String) -> Substring? {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/"), name.index(after: dot) < name.endIndex else { return nil }
        return name[name.index(after: dot)...]
    }
}
