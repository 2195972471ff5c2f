/// The figures a scenario says it should produce, compared exactly with the computed
/// ones, last, against one catalogue of every figure: a mismatch is a failed check that
/// shows the figure's derivation.
public enum Expectations {
    /// - Throws: ``InputError`` at the expected figure's path when no figure has its identifier
    ///   (with the identifiers that look like it) or its value cannot be read.
    public static func findings(_ expected: [ExpectedFigure], catalogue: [Figure]) throws(InputError) -> [Finding] {
        // Keyed by the identifiers' texts (equal identifiers have equal texts).
        var byID: [String: Figure] = [:]
        byID.reserveCapacity(catalogue.count)
        for figure in catalogue {
            let key = figure.id.rawValue
            if byID[key] == nil { byID[key] = figure }
        }
        return try expected.map { (expected: ExpectedFigure) throws(InputError) -> Finding in
            let id = FigureID(expected.id)
            guard let figure = byID[id.rawValue] else {
                throw InputError(
                    expected.path, .unknownFigure(id: expected.id, close: catalogue.map(\.id.rawValue).filter { $0.hasPrefix(id.stem) }))
            }
            let value = try expected.value(like: figure.value)
            return Finding(
                id: "attendu.\(expected.id)", status: value == figure.value ? .ok : .failure,
                comparison: .expected(id: expected.id, expected: value, computed: figure.value),
                sources: [.scenario(path: expected.path)], figures: [figure])
        }
    }
}
