import Enveloppe

/// Figures' derivations as `enveloppe explain` draws them (``ExplainText/tree(_:)``), escaped, written straight
/// into the page. The run page unfolds every figure, tens of megabytes for a national programme: drawing each
/// tree as lines of strings, joining and then escaping them was most of the page's time. The words are
/// ExplainText's own (``ExplainText/operation(_:_:)``, ``ExplainText/leaf(_:)``), and a test holds the drawing
/// to ExplainText's, figure by figure.
struct DerivationHTML: Worded {
    let words: Wording
    private let explain: ExplainText
    /// The sources' words, escaped, as leaves draw them: a few sources, cited by tens of thousands of leaves. Looked
    /// up by equality, which is immediate for the same citation (shared strings), rather than by hashing its quote.
    private var cited: [(citation: Citation, words: [UInt8])] = []
    /// Each operation's line, escaped, by its operands' storage: the figures keep their trees, so that storage
    /// stays theirs while the page is written, and a node shared by several trees (an operator's part inside every
    /// total) is worded once, not once per tree it appears in.
    private var operations: [OperationKey: [UInt8]] = [:]
    /// The branches' prefix at the current depth.
    private var prefix: [UInt8] = []
    /// The figures already derived in the current tree.
    private var shown = Set<FigureID>()

    init(words: Wording) {
        self.words = words
        explain = ExplainText(words: words)
    }

    private static let branch = Array("├─ ".utf8)
    private static let lastBranch = Array("└─ ".utf8)
    private static let indent = Array("│  ".utf8)
    private static let lastIndent = Array("   ".utf8)

    /// Writes `figure`'s tree into `page`, as ``ExplainText/tree(_:)`` draws it (its last line ended).
    mutating func write(_ figure: Figure, into page: inout HTMLWriter) {
        page.text(figure.id.rawValue)
        page.markup(" = ")
        page.text(f.quantity(figure.value))
        guard let explanation = figure.explanation else {
            page.markup("\n")
            return
        }
        page.markup("  (")
        page.text(words.label(figure))
        page.markup(")")
        shown.removeAll(keepingCapacity: true)
        walk(explanation, isLast: true, isRoot: true, into: &page)
        page.markup("\n")
    }

    /// A line for `node`, then its operands one level deeper, as ExplainText's `walk` does.
    private mutating func walk(_ node: Explained, isLast: Bool, isRoot: Bool, into page: inout HTMLWriter) {
        page.markup("\n")
        page.markup(prefix)
        if !isRoot { page.markup(isLast ? DerivationHTML.lastBranch : DerivationHTML.branch) }
        let depth = prefix.count
        if !isRoot { prefix.append(contentsOf: isLast ? DerivationHTML.lastIndent : DerivationHTML.indent) }
        defer { prefix.removeLast(prefix.count - depth) }
        switch node.derivation {
        case .figure(let figure):
            let id = figure.id
            page.text(id.rawValue)
            page.markup(" = ")
            page.text(f.quantity(node.value))
            // A figure already derived above is named, not derived again.
            guard shown.insert(id).inserted else {
                page.markup(" ")
                page.text(language.pick("(voir plus haut)", "(see above)"))
                return
            }
            walk(figure.inner, isLast: true, isRoot: false, into: &page)
        case .operation(let operation, let operands):
            page.markup(line(operation, operands))
            for (index, operand) in operands.enumerated() {
                walk(operand, isLast: index == operands.count - 1, isRoot: false, into: &page)
            }
        default:
            page.text(f.quantity(node.value))
            writeLeaf(node, into: &page)
        }
    }

    /// `= 7 000,00 € × 2 400 mesures-mois / 12 mesures-mois, arrondi au centime le plus proche`, escaped.
    private mutating func line(_ operation: Operation, _ operands: [Explained]) -> [UInt8] {
        let storage = operands.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
        let key = storage.map { OperationKey(operands: $0, operation: operation) }
        if let key, let known = operations[key] { return known }
        let line = Array(HTML.escape("= " + explain.operation(operation, operands)).utf8)
        if let key, !operands.isEmpty { operations[key] = line }
        return line
    }

    private struct OperationKey: Hashable {
        let operands: UnsafeRawPointer
        let operation: Operation
    }

    /// Writes `node`'s source after its value (` ← scénario, operators[0].households`), if it has one.
    private mutating func writeLeaf(_ node: Explained, into page: inout HTMLWriter) {
        guard case .parameter(let citation) = node.derivation else {
            if let leaf = explain.leaf(node) {
                page.markup(" ")
                page.text(leaf)
            }
            return
        }
        if let known = cited.first(where: { $0.citation == citation }) { return page.markup(known.words) }
        let words = explain.leaf(node).map { Array(HTML.escape(" " + $0).utf8) } ?? []
        if cited.count < 16 { cited.append((citation, words)) }
        page.markup(words)
    }
}
