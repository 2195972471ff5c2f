import Enveloppe

/// Reads a scenario file's bytes into a ``Scenario``, refusing anything it does not
/// understand: unknown or duplicate keys, wrong types, amounts with more than two
/// decimals, months such as `2025-13`. Every error carries the field path; nothing is
/// guessed; every error of the file is reported, not only the first.
public enum ScenarioDecoder {
    /// - Throws: every error of the file, in the order met (never an empty list).
    public static func decode(_ bytes: [UInt8]) throws(InputErrors) -> Scenario { try decode(bytes, plainOperators: true) }

    /// - Parameter plainOperators: whether operators written plainly are read straight from the bytes
    ///   (``PlainOperators``); the tests compare both ways.
    static func decode(_ bytes: [UInt8], plainOperators: Bool) throws(InputErrors) -> Scenario {
        // (A local the reader's closure sets: the parser offers it the root object's first `operators` list.)
        var operators: [Operator]?
        let direct = JSONParser.DirectMember(key: "operators") { bytes, start in
            guard let read = PlainOperators.read(bytes, from: start) else { return nil }
            operators = read.operators
            return read.end
        }
        let tree: JSONTree
        do { tree = try JSONParser.tree(bytes, direct: plainOperators ? direct : nil) } catch {
            throw InputErrors([InputError("", .invalidJSON(line: error.line, column: error.column, detail: error.detail))])
        }
        let reading = Reading()
        let scenario = decode(JSONNode(tree: tree, index: 0), reading, plainOperators: operators)
        guard let scenario, reading.errors.isEmpty else { throw InputErrors(reading.errors) }
        return scenario
    }

    /// - Parameter plainOperators: the operators of the tree's list read directly (``JSONTree/directNode``), if any.
    static func decode(_ node: JSONNode, _ r: Reading, plainOperators: [Operator]? = nil) -> Scenario? {
        guard let object = r.object(node, allowed: AllowedKeys.scenario) else { return nil }
        _ = r.optional(object, "$schema") { n throws(InputError) in try n.text() }
        let title = r.required(object, "title") { n throws(InputError) in try n.text() }
        let description = r.optional(object, "description") { n throws(InputError) in try n.text() } ?? ""
        let preset = r.required(object, "preset") { n throws(InputError) -> PresetID in
            let preset = PresetID(try n.text())
            guard Presets.named(preset) != nil else {
                throw InputError(n.path, .unknownPreset(name: preset.rawValue, known: Presets.all.map(\.id.rawValue)))
            }
            return preset
        }
        let rules = object.optional("rules").map { rulesSettings($0, r) } ?? RuleSettings()
        // Below zero when the association starts on an overdraft.
        let opening = r.optional(object, "openingBalance") { n throws(InputError) in try n.signedAmount() } ?? .zero
        let otherIncome = object.optional("otherIncome").flatMap { r.array($0) { incomeLine($0, r) } } ?? []
        let inKind = object.optional("contributionsInKind").flatMap { r.array($0) { contributionInKind($0, r) } } ?? []
        let (candidateBudget, budgetFile) = object.optional("budget").map { budget($0, r) } ?? (nil, nil)
        // A file that only shares an envelope among candidates (enveloppe allocate) needs no operators.
        let operators: [Operator]? =
            object.optional("operators") == nil && object.optional("allocation") != nil
            ? []
            : r.required(object, "operators") { n throws(InputError) in n }.flatMap { list in
                if let plainOperators, list.index == list.tree.directNode {
                    recordingRepeatedIdentifiers(plainOperators, list, r)
                } else {
                    operatorList(list, r)
                }
            }
        let expected = object.optional("expected").map { expectedFigures($0, r) } ?? []
        let rateCall = preset.flatMap(Presets.named)?.lines.contains { if case .perUnitYear = $0.pricing { true } else { false } } ?? false
        let allocation = object.optional("allocation").flatMap { allocationSettings($0, rateCall: rateCall, r) }
        let risk = object.optional("risk").flatMap { riskSettings($0, r) }
        guard let title, let preset, let operators else { return nil }
        var scenario = Scenario(
            title: title, description: description, preset: preset, rules: rules, operators: operators, openingBalance: opening,
            otherIncome: otherIncome, contributionsInKind: inKind, candidateBudget: candidateBudget, candidateBudgetFile: budgetFile)
        scenario.expected = expected
        scenario.allocation = allocation
        scenario.risk = risk
        return scenario
    }

    /// The operators, at least one, with distinct identifiers.
    static func operatorList(_ node: JSONNode, _ r: Reading) -> [Operator]? {
        guard let operators = r.array(node, { operatorDeclaration($0, r) }) else { return nil }
        guard !operators.isEmpty else {
            r.record(InputError(node.path, .emptyList))
            return nil
        }
        return recordingRepeatedIdentifiers(operators, node, r)
    }

    /// The operators, each identifier repeated recorded.
    static func recordingRepeatedIdentifiers(_ operators: [Operator], _ node: JSONNode, _ r: Reading) -> [Operator] {
        // A few operators are compared pair by pair: a set of identifiers has its type made at run time, with their
        // hashing looked up through the program's whole list of conformances (docs/performance.md, fifteenth pass).
        // More than sixteen go through a set, so that the check stays linear.
        var seen = operators.count > 16 ? Set<OperatorID>() : nil
        for index in operators.indices {
            let id = operators[index].id
            let repeated = seen != nil ? seen?.insert(id).inserted == false : operators[..<index].contains { $0.id == id }
            if repeated { r.record(InputError("\(node.path)[\(index)].id", .duplicateIdentifier(id.rawValue))) }
        }
        return operators
    }

    /// `"expected": {"paiement.vial.solde": "38 500,00"}`: identifiers and values as written.
    static func expectedFigures(_ node: JSONNode, _ r: Reading) -> [ExpectedFigure] {
        guard node.kind == .object else {
            r.record(node.wrongType(.object))
            return []
        }
        var seen = Set<String>()
        var figures: [ExpectedFigure] = []
        for member in node.members {
            let path = "expected[\"\(member.key)\"]"
            guard seen.insert(member.key).inserted else {
                r.record(InputError(path, .duplicateField))
                continue
            }
            guard let text = member.value.scalarText else {
                r.record(InputError(path, .wrongType(expected: .amount, found: member.value.kindName)))
                continue
            }
            figures.append(ExpectedFigure(id: member.key, text: text, path: path))
        }
        return figures
    }
}
