/// The sources of many figures (a report's, for its JSON), each figure's gathered once.
///
/// A line's total holds every operator's payments, and each of those is a figure printed too: asked figure by
/// figure, ``Figure/sources`` walks every operator's tree again for each figure above it. Here a figure's list,
/// once gathered, stands in for its tree inside every larger one; the lists are those ``Figure/sources`` gives.
public struct FigureSources: Sendable {
    private var known: [FigureID: [Citation]] = [:]

    public init() {}

    /// ``Figure/sources`` of `figure`.
    public mutating func of(_ figure: Figure) -> [Citation] {
        guard let explanation = figure.explanation else { return figure.sources }
        if let gathered = known[figure.id] { return gathered }
        let list = explanation.sources(known: &known)
        known[figure.id] = list
        return list
    }
}
