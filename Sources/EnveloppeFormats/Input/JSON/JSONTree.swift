/// A parsed JSON document as one flat array of nodes over the file's bytes, in document order.
///
/// The scenario decoder reads a tree of ten thousand operators, a million values, once: a tree of
/// nested arrays and strings costs an allocation and reference counting for each value and each
/// key, where this costs one array. A string or a number stays the bytes of the file until a
/// decoder reads it; keys are compared byte for byte. An object's children are its members' key
/// and value nodes in turn, an array's its elements; a node's `next` skips everything inside it.
/// Field paths are found from the tree only when a message or the model needs one.
///
/// A local reference, made for one document and dropped with it (like ``Reading``).
final class JSONTree {
    enum Kind: UInt8 {
        case object, array, string, number, `false`, `true`, null
    }

    /// One value, in 24 bytes: offsets and indices are kept in 32 bits (the parser refuses a document of 4 GiB or more),
    /// so a national scenario's 40 000 nodes take half the memory they took as 64-bit integers.
    struct Node {
        var kind: Kind
        /// A string whose bytes are all ASCII with no escape: its bytes are its text.
        var isPlainASCII = false
        private var start32: UInt32
        private var end32: UInt32
        private var next32: UInt32
        private var count32: UInt32 = 0
        private var escapedText32: Int32 = -1

        init(kind: Kind, isPlainASCII: Bool = false, start: Int, end: Int, next: Int, escapedText: Int = -1) {
            self.kind = kind
            self.isPlainASCII = isPlainASCII
            start32 = UInt32(truncatingIfNeeded: start)
            end32 = UInt32(truncatingIfNeeded: end)
            next32 = UInt32(truncatingIfNeeded: next)
            escapedText32 = Int32(truncatingIfNeeded: escapedText)
        }

        /// A string's or a number's bytes, quotes left out; a container's opening bracket.
        var start: Int { Int(start32) }
        var end: Int { Int(end32) }
        /// The index just past this node and all it holds: its next sibling's, if it has one.
        var next: Int {
            get { Int(next32) }
            set { next32 = UInt32(truncatingIfNeeded: newValue) }
        }
        /// A container's number of elements or members.
        var count: Int {
            get { Int(count32) }
            set { count32 = UInt32(truncatingIfNeeded: newValue) }
        }
        /// The index in ``JSONTree/texts`` of a string written with an escape (`\n`, `\u00e9`), else -1.
        var escapedText: Int { Int(escapedText32) }
    }

    let bytes: [UInt8]
    let nodes: [Node]
    /// The strings written with an escape, decoded once by the parser (they are few).
    let texts: [String]
    /// The list its reader read straight from the bytes (``JSONParser/DirectMember``), if any: a node without elements.
    let directNode: Int?

    init(bytes: [UInt8], nodes: [Node], texts: [String], directNode: Int? = nil) {
        self.bytes = bytes
        self.nodes = nodes
        self.texts = texts
        self.directNode = directNode
    }

    /// The text of a string node, or the literal of a number.
    func text(at index: Int) -> String {
        let node = nodes[index]
        if node.escapedText >= 0 { return texts[node.escapedText] }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[node.start..<node.end]), as: UTF8.self) }
    }

    /// The place in `keys` of the key (a string node) at `index`; `nil` when it is none of them.
    func place(ofKey index: Int, in keys: [StaticString]) -> Int? {
        let node = nodes[index]
        return bytes.withUnsafeBufferPointer { bytes in keys.firstIndex { self.key(at: index, node, in: bytes, is: $0) } }
    }

    /// The value node of the first member of the object at `object` whose key is `key`, the tree's nodes and bytes
    /// read where they lie.
    func member(of object: Int, _ key: StaticString) -> Int? {
        nodes.withUnsafeBufferPointer { nodes in
            bytes.withUnsafeBufferPointer { bytes in
                var child = object + 1
                let end = nodes[object].next
                while child < end {
                    if self.key(at: child, nodes[child], in: bytes, is: key) { return child + 1 }
                    child = nodes[child + 1].next
                }
                return nil
            }
        }
    }

    /// Whether the key at `index` (its node, a string) is `key`, compared as strings are (canonical equivalence).
    ///
    /// The format's keys are all ASCII: a key the file writes in plain ASCII is compared byte for byte, and only with
    /// a key of its length (most keys differ in length); any other is compared as a string.
    @inline(__always) private func key(at index: Int, _ node: Node, in bytes: UnsafeBufferPointer<UInt8>, is key: StaticString) -> Bool {
        guard node.isPlainASCII, key.hasPointerRepresentation else { return text(at: index) == key.description }
        let count = key.utf8CodeUnitCount
        guard node.end - node.start == count else { return false }
        let expected = key.utf8Start
        var offset = 0
        while offset < count, bytes[node.start + offset] == expected[offset] { offset += 1 }
        return offset == count
    }

    // MARK: Field paths

    /// Each node's container (-1 for the root) and its place in it, found in one pass when a path is first asked for.
    private lazy var places: [(parent: Int, ordinal: Int)] = {
        var places = Array(repeating: (parent: -1, ordinal: 0), count: nodes.count)
        for index in nodes.indices where nodes[index].kind == .object || nodes[index].kind == .array {
            let isObject = nodes[index].kind == .object
            var child = index + 1
            var ordinal = 0
            while child < nodes[index].next {
                // An object's member: its key node, then its value node.
                let value = isObject ? child + 1 : child
                places[value] = (index, ordinal)
                ordinal += 1
                child = nodes[value].next
            }
        }
        return places
    }()

    /// `operators[1].staff[0].fte`: keys joined by dots, indices in brackets; the root's path is empty.
    func path(of index: Int) -> String {
        var chain: [Int] = []
        var current = index
        while current > 0 {
            chain.append(current)
            current = places[current].parent
        }
        var path = ""
        for node in chain.reversed() {
            let parent = places[node].parent
            if nodes[parent].kind == .object {
                let key = text(at: node - 1)
                path = path.isEmpty ? key : "\(path).\(key)"
            } else {
                path = "\(path)[\(places[node].ordinal)]"
            }
        }
        return path
    }

    // MARK: Values

    /// The node as a ``JSONValue``, for readers that want the whole document as values.
    func value(at index: Int) -> JSONValue {
        let node = nodes[index]
        switch node.kind {
        case .object:
            var members: [JSONValue.Member] = []
            members.reserveCapacity(node.count)
            var child = index + 1
            while child < node.next {
                members.append(JSONValue.Member(key: text(at: child), value: value(at: child + 1)))
                child = nodes[child + 1].next
            }
            return .object(members)
        case .array:
            var elements: [JSONValue] = []
            elements.reserveCapacity(node.count)
            var child = index + 1
            while child < node.next {
                elements.append(value(at: child))
                child = nodes[child].next
            }
            return .array(elements)
        case .string: return .string(text(at: index))
        case .number: return .number(text(at: index))
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .null: return .null
        }
    }
}
