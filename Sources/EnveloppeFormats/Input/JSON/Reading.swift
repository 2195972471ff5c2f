import Enveloppe

/// Reading one file: every error found, in the order met, each with its path, so that
/// `enveloppe validate` lists them all at once and a person fixes the file in one pass.
///
/// A local reference, made for one file and dropped with it: the decoder's functions all
/// write to the same list without threading it through every return value.
final class Reading {
    private(set) var errors: [InputError] = []

    func record(_ error: InputError) { errors.append(error) }

    /// What `read` gives, or `nil` with its error recorded: reading goes on with the next field.
    func attempt<T>(_ read: () throws(InputError) -> T) -> T? {
        do { return try read() } catch {
            errors.append(error)
            return nil
        }
    }

    /// An optional field's value: `nil` when absent or (recorded) when wrong.
    func optional<T>(_ fields: JSONObjectNode, _ key: StaticString, _ read: (JSONNode) throws(InputError) -> T) -> T? {
        guard let node = fields.optional(key) else { return nil }
        return attempt { () throws(InputError) in try read(node) }
    }

    /// A required field's value: `nil` (recorded) when absent or wrong.
    func required<T>(_ fields: JSONObjectNode, _ key: StaticString, _ read: (JSONNode) throws(InputError) -> T) -> T? {
        attempt { () throws(InputError) in try read(try fields.required(key)) }
    }

    /// The node as an object of the format: unknown and repeated keys are recorded, the rest read on.
    ///
    /// Keys are compared as strings (canonically equal spellings still clash), byte for byte when
    /// they are plain ASCII; each key is matched to its place in `allowed`, so a repeat is one bit.
    func object(_ node: JSONNode, allowed: [StaticString]) -> JSONObjectNode? {
        guard node.kind == .object else {
            record(node.wrongType(.object))
            return nil
        }
        precondition(allowed.count <= 64, "an object of the format has at most 64 keys")
        let tree = node.tree
        var seen: UInt64 = 0
        var key = node.index + 1
        while key < tree.nodes[node.index].next {
            if let place = tree.place(ofKey: key, in: allowed) {
                if seen & (1 << place) != 0 {
                    record(InputError(node.child(tree.text(at: key)), .duplicateField))
                } else {
                    seen |= 1 << place
                }
            } else {
                record(InputError(node.child(tree.text(at: key)), .unknownField(allowed: allowed.map(\.description))))
            }
            key = tree.nodes[key + 1].next
        }
        return JSONObjectNode(node: node, present: seen)
    }

    /// The node's elements, each read by `read`; elements with errors are left out (and recorded).
    func array<T>(_ node: JSONNode, _ read: (JSONNode) -> T?) -> [T]? {
        guard node.kind == .array else {
            record(node.wrongType(.array))
            return nil
        }
        let tree = node.tree
        var elements: [T] = []
        elements.reserveCapacity(tree.nodes[node.index].count)
        var failed = false
        var element = node.index + 1
        while element < tree.nodes[node.index].next {
            if let value = read(JSONNode(tree: tree, index: element)) { elements.append(value) } else { failed = true }
            element = tree.nodes[element].next
        }
        return failed ? nil : elements
    }
}
