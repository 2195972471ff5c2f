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
    func optional<T>(_ fields: JSONObjectNode, _ key: String, _ read: (JSONNode) throws(InputError) -> T) -> T? {
        guard let node = fields.optional(key) else { return nil }
        return attempt { () throws(InputError) in try read(node) }
    }

    /// A required field's value: `nil` (recorded) when absent or wrong.
    func required<T>(_ fields: JSONObjectNode, _ key: String, _ read: (JSONNode) throws(InputError) -> T) -> T? {
        attempt { () throws(InputError) in try read(try fields.required(key)) }
    }

    /// The node as an object of the format: unknown and repeated keys are recorded, the rest read on.
    func object(_ node: JSONNode, allowed: [String]) -> JSONObjectNode? {
        guard case .object(let members) = node.value else {
            record(node.wrongType(.object))
            return nil
        }
        // An object of the format has a few keys, all allowed: looking back over those kept costs less than
        // hashing every key into a set (keys are compared as strings, so canonically equal spellings still clash).
        var kept: [JSONValue.Member] = []
        kept.reserveCapacity(members.count)
        for member in members {
            if !allowed.contains(member.key) {
                record(InputError(node.child(member.key), .unknownField(allowed: allowed)))
            } else if kept.contains(where: { $0.key == member.key }) {
                record(InputError(node.child(member.key), .duplicateField))
            } else {
                kept.append(member)
            }
        }
        return JSONObjectNode(members: kept, node: node)
    }

    /// The node's elements, each read by `read`; elements with errors are left out (and recorded).
    func array<T>(_ node: JSONNode, _ read: (JSONNode) -> T?) -> [T]? {
        guard let elements = attempt({ () throws(InputError) in try node.array() }) else { return nil }
        let read = elements.map(read)
        return read.contains { $0 == nil } ? nil : read.compactMap { $0 }
    }
}
