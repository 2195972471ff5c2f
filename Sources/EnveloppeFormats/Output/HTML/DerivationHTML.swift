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
    /// The leaves' words, escaped, by their field or projection path: each operator's fields are leaves of every tree
    /// its figures enter.
    private var paths: [PathLeaf: [UInt8]] = [:]
    /// The branches' prefix at the current depth.
    private var prefix: [UInt8] = []
    /// The figures already derived in the current tree, by their identifiers' texts (equal as identifiers are).
    private var shown = Set<String>()
    /// Each figure's identifier's text and first line (`paiement.vial.solde = 38 500,00 €`, escaped), by its node: a
    /// figure is an operand of many trees (an operator's part inside every total), and naming it joined its
    /// identifier's parts each time, to write it and to hash it. Keyed by the node's identity: the figures keep their
    /// trees, so a node stays the same object, and no other takes its place, while the page is written.
    private var headings: [ObjectIdentifier: (id: String, line: [UInt8])] = [:]
    /// A leaf's value as it is written, before it is escaped (one buffer for all: no string made for each).
    private var value: [UInt8] = []

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
            let heading = heading(figure, node.value)
            page.markup(heading.line)
            // A figure already derived above is named, not derived again.
            guard shown.insert(heading.id).inserted else {
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
            value.removeAll(keepingCapacity: true)
            f.quantity(node.value, appendingTo: &value)
            page.text(value)
            writeLeaf(node, into: &page)
        }
    }

    /// `figure`'s identifier and value, escaped: `paiement.vial.solde = 38 500,00 €`. Its value is the node's own (an
    /// operand that is a figure carries its figure's value), so the line is made once for the node.
    private mutating func heading(_ figure: FigureNode, _ value: Quantity) -> (id: String, line: [UInt8]) {
        let key = ObjectIdentifier(figure)
        if let known = headings[key] { return known }
        let id = figure.id.rawValue
        let heading = (id, Array((HTML.escape(id) + " = " + HTML.escape(f.quantity(value))).utf8))
        headings[key] = heading
        return heading
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

    private struct PathLeaf: Hashable {
        let path: String
        let isField: Bool
    }

    private struct OperationKey: Hashable {
        let operands: UnsafeRawPointer
        let operation: Operation
    }

    /// Writes `node`'s source after its value (` ← scénario, operators[0].households`), if it has one.
    private mutating func writeLeaf(_ node: Explained, into page: inout HTMLWriter) {
        switch node.derivation {
        case .field(let path): writeLeaf(node, at: PathLeaf(path: path, isField: true), into: &page)
        case .projection(let path): writeLeaf(node, at: PathLeaf(path: path, isField: false), into: &page)
        case .parameter(let citation):
            if let known = cited.first(where: { $0.citation == citation }) { return page.markup(known.words) }
            let words = explain.leaf(node).map { Array(HTML.escape(" " + $0).utf8) } ?? []
            if cited.count < 16 { cited.append((citation, words)) }
            page.markup(words)
        default:
            if let leaf = explain.leaf(node) {
                page.markup(" ")
                page.text(leaf)
            }
        }
    }

    /// A scenario's field or a projection, worded once for its path (each operator's own, met in every tree). Its words
    /// begin with « ← » (or are none), so escaping the space before them with them changes nothing.
    private mutating func writeLeaf(_ node: Explained, at key: PathLeaf, into page: inout HTMLWriter) {
        if let known = paths[key] { return page.markup(known) }
        let words = explain.leaf(node).map { Array(HTML.escape(" " + $0).utf8) } ?? []
        paths[key] = words
        page.markup(words)
    }
}
