import Enveloppe

/// A scenario's operators read straight from the file's bytes, when they are written plainly: nearly all of a
/// national programme's file is its operators, and reading them through a tree (a node for each value, a look-up for
/// each key) was a third of a national run (docs/performance.md, twenty-first pass).
///
/// This reader decides nothing: it takes only what the tree's readers (``ScenarioDecoder/operatorDeclaration(_:_:)``
/// and those it calls) take at once from a value's bytes, and gives `nil` at anything else — a fault, an escape in a
/// string, a key that is not the format's or comes twice, a value those readers would read from its text
/// (« 52 000 € » written with a no-break space), an empty list. The tree then reads the operators as before, with
/// every error and its path. So for any file the operators are those the tree gives; a test holds the two readers
/// equal on every scenario and on thousands of files changed at random.
struct PlainOperators {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let tables = KeyTables()
    /// The place in its list of the element a list is reading (a post's or a charge's, read before its own lists).
    private var listPlace = 0
    /// The title and the label last read at each place of a list, and the previous operator's territory, given again
    /// where the bytes are the same (``text(like:)``).
    private var territory = ""
    private var titles: [String] = []
    private var labels: [String] = []

    /// The operators of the list whose `[` is at `start`, and the index just past its `]`; `nil` when the list is not
    /// written plainly (the tree reads it then).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (operators: [Operator], end: Int)? {
        var reader = PlainOperators(bytes: bytes, index: start)
        guard let operators = reader.list({ $0.operatorDeclaration() }), !operators.isEmpty else { return nil }
        return (operators, reader.index)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, index: Int) {
        self.bytes = bytes
        self.index = index
    }

    // MARK: The format's objects, read as the tree's readers read them

    private typealias Keys = ScenarioDecoder.AllowedKeys

    private mutating func operatorDeclaration() -> Operator? {
        var (id, name, territory, households): (String?, String?, String?, Int64?) = (nil, nil, nil, nil)
        var staff: [StaffPost] = []
        var charges: [ChargeLine] = []
        var intake: Intake?
        var members = Members()
        while let place = member(of: tables.operator, &members) {
            switch place {
            case 0:
                guard let value = text() else { return nil }
                id = value
            case 1:
                guard let value = text() else { return nil }
                name = value
            case 2:
                guard let value = text(like: self.territory) else { return nil }
                (territory, self.territory) = (value, value)
            case 3:
                guard let value = count() else { return nil }
                households = value
            case 4:
                guard let value = list({ $0.staffPost() }) else { return nil }
                staff = value
            case 5:
                guard let value = list({ $0.charge() }) else { return nil }
                charges = value
            default:
                guard let value = self.intake() else { return nil }
                intake = value
            }
        }
        guard members.closed, let id, let name, let households else { return nil }
        return Operator(id: OperatorID(id), name: name, territory: territory, households: households, staff: staff, charges: charges, intake: intake)
    }

    private mutating func staffPost() -> StaffPost? {
        let slot = listPlace
        if titles.count <= slot { titles.append("") }
        var (title, role, fte, cost): (String?, StaffPost.Role?, FTE?, Money?) = (nil, nil, nil, nil)
        var (start, end): (YearMonth?, YearMonth?) = (nil, nil)
        var purposes: [ExpensePurpose] = []
        var members = Members()
        while let place = member(of: tables.staff, &members) {
            switch place {
            case 0:
                guard let value = text(like: titles[slot]) else { return nil }
                (title, titles[slot]) = (value, value)
            case 1:
                guard let value = choice(tables.roles) else { return nil }
                role = value
            case 2:
                guard let value = self.fte() else { return nil }
                fte = value
            case 3:
                guard let value = amount() else { return nil }
                cost = value
            case 4:
                guard let value = month() else { return nil }
                start = value
            case 5:
                guard let value = month() else { return nil }
                end = value
            default:
                guard let value = list({ $0.choice($0.tables.purposes) }) else { return nil }
                purposes = value
            }
        }
        guard members.closed, let title, let role, let fte, let cost else { return nil }
        return StaffPost(title: title, role: role, fte: fte, annualCostPerFTE: cost, start: start, end: end, purposes: purposes)
    }

    /// Exactly one basis; a rate of direct costs on an indirect charge only (else the tree says which is wrong).
    private mutating func charge() -> ChargeLine? {
        let slot = listPlace
        if labels.count <= slot { labels.append("") }
        var (label, account, kind, purpose): (String?, Int64?, ChargeLine.Kind?, ExpensePurpose?) = (nil, nil, nil, nil)
        var basis: ChargeLine.Basis?
        var members = Members()
        let firstBasis = Keys.charge.count - Keys.chargeBases.count
        while let place = member(of: tables.charge, &members) {
            switch place {
            case 0:
                guard let value = text(like: labels[slot]) else { return nil }
                (label, labels[slot]) = (value, value)
            case 1:
                guard let value = count(), ChargeLine.accounts.contains(Int(value)) else { return nil }
                account = value
            case 2:
                guard let value = choice(tables.kinds) else { return nil }
                kind = value
            case 3:
                guard let value = choice(tables.purposes) else { return nil }
                purpose = value
            default:
                guard basis == nil else { return nil }
                switch place - firstBasis {
                case 0:
                    guard let value = amount() else { return nil }
                    basis = .annual(value)
                case 1:
                    guard let value = amount() else { return nil }
                    basis = .perEntry(value)
                case 2:
                    guard let value = amount() else { return nil }
                    basis = .refundableDeposit(value)
                case 3:
                    guard let value = amount() else { return nil }
                    basis = .perHouseholdMonth(value)
                default:
                    guard let value = rate() else { return nil }
                    basis = .rateOfDirectCosts(value)
                }
            }
        }
        guard members.closed, let label, let account, let kind, let basis else { return nil }
        if case .rateOfDirectCosts = basis, kind != .indirect { return nil }
        return ChargeLine(label: label, account: Int(account), kind: kind, basis: basis, purpose: purpose)
    }

    /// Entries or a ramp-up, not both (else the tree says so).
    private mutating func intake() -> Intake? {
        var entries: Intake.Entries = .explicit([])
        var exits: [Intake.EarlyExit] = []
        var derogation = false
        var (start, lastEntry): (YearMonth?, YearMonth?) = (nil, nil)
        var (initial, renewal, before, refill): (Int64, Int64, Int64, Int64) = (0, 0, 0, 0)
        var members = Members()
        while let place = member(of: tables.intake, &members) {
            switch place {
            case 0:
                guard let value = month() else { return nil }
                start = value
            case 1:
                guard let value = count() else { return nil }
                initial = value
            case 2:
                guard !members.has(3), let value = list({ $0.count() }) else { return nil }
                entries = .explicit(value)
            case 3:
                guard !members.has(2), let value = count(minimum: 1) else { return nil }
                entries = .rampUp(perMonth: value)
            case 4:
                guard let value = month() else { return nil }
                lastEntry = value
            case 5:
                guard let value = count(maximum: Int64(Intake.maximumRenewalMonths)) else { return nil }
                renewal = value
            case 6:
                guard let value = boolean() else { return nil }
                derogation = value
            case 7:
                guard let value = count(maximum: Int64(Intake.maximumMonthsBeforeDwelling)) else { return nil }
                before = value
            case 8:
                guard let value = list({ $0.earlyExit() }) else { return nil }
                exits = value
            default:
                guard let value = count(maximum: 24) else { return nil }
                refill = value
            }
        }
        guard members.closed else { return nil }
        return Intake(
            start: start, initial: initial, entries: entries, lastEntry: lastEntry, renewalMonths: Int(renewal), derogation: derogation,
            monthsBeforeDwelling: Int(before), earlyExits: exits, refillDelayMonths: Int(refill))
    }

    private mutating func earlyExit() -> Intake.EarlyExit? {
        var month: YearMonth?
        var households: Int64?
        var members = Members()
        while let place = member(of: tables.earlyExit, &members) {
            if place == 0 {
                guard let value = self.month() else { return nil }
                month = value
            } else {
                guard let value = count(minimum: 1) else { return nil }
                households = value
            }
        }
        guard members.closed, let month, let households else { return nil }
        return Intake.EarlyExit(month: month, households: households)
    }

    // MARK: Values, as `JSONNode` reads them from a value's bytes

    /// A string's text, with a character other than whitespace (``JSONNode/text()``: one of ASCII, here).
    private mutating func text() -> String? {
        guard let range = string(), JSONNode.hasVisibleASCII(bytes[range]) else {
            return nil
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// ``text()``, `last` itself where its bytes are `last`'s: a national programme's 440 operators have the same few
    /// posts and charges, whose titles and labels were each made again (checked again, and a block of memory each
    /// beyond the fifteen bytes a string keeps in its own bits), and share a few territories.
    private mutating func text(like last: String) -> String? {
        guard let range = string(), JSONNode.hasVisibleASCII(bytes[range]) else {
            return nil
        }
        let text = UnsafeBufferPointer(rebasing: bytes[range])
        var last = last
        return last.withUTF8 { $0.hasSameBytes(as: text) } ? last : String(decoding: text, as: UTF8.self)
    }

    /// A whole number from `minimum` to `maximum`, written as a number (``JSONNode/count(minimum:maximum:)``).
    private mutating func count(minimum: Int64 = 0, maximum: Int64 = JSONNode.maximumCount) -> Int64? {
        guard let range = number(), let hundredths = try? DecimalText.parse(UnsafeBufferPointer(rebasing: bytes[range]), fractionDigits: 2),
            hundredths % 100 == 0, hundredths >= 0, (minimum...maximum).contains(hundredths / 100)
        else { return nil }
        return hundredths / 100
    }

    /// ``JSONNode/amount()``: zero or more, from a number or a string of ASCII.
    private mutating func amount() -> Money? {
        guard let range = numberOrASCII(), let money = try? Money(parsingUTF8: UnsafeBufferPointer(rebasing: bytes[range])), money >= .zero
        else { return nil }
        return money
    }

    /// ``JSONNode/fte()``.
    private mutating func fte() -> FTE? {
        guard let range = numberOrASCII(), let fte = try? FTE(parsingUTF8: UnsafeBufferPointer(rebasing: bytes[range])), fte >= .zero,
            fte.hundredths <= JSONNode.maximumCount * 100
        else { return nil }
        return fte
    }

    /// ``JSONNode/rate()``: from 0 to 1.
    private mutating func rate() -> Rate? {
        guard let range = numberOrASCII(), let rate = try? Rate(parsingUTF8: UnsafeBufferPointer(rebasing: bytes[range])), rate >= .zero,
            rate <= .one
        else { return nil }
        return rate
    }

    /// ``JSONNode/month()``: `2025-09`.
    private mutating func month() -> YearMonth? {
        guard let range = string(), let month = YearMonth(isoDigits: UnsafeBufferPointer(rebasing: bytes[range])) else { return nil }
        return month
    }

    /// ``JSONNode/choice(_:)``: one of the words, written as they are (their letters are ASCII: a string of other
    /// bytes is none of them).
    private mutating func choice<Choice>(_ words: Words<Choice>) -> Choice? {
        guard let range = string() else { return nil }
        return words.choice(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// `true` or `false`.
    private mutating func boolean() -> Bool? {
        let word: StaticString = next == UInt8(ascii: "t") ? "true" : "false"
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count, bytes[index..<index + count].elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: count))
        else { return nil }
        index += count
        return count == 4
    }

    /// The bytes of a number, or of a string of ASCII.
    private mutating func numberOrASCII() -> Range<Int>? {
        guard next == UInt8(ascii: "\"") else { return number() }
        guard let range = string(), !bytes[range].contains(where: { $0 >= 0x80 }) else { return nil }
        return range
    }

    // MARK: JSON, as strict as `JSONParser`

    /// The byte at the index, 0 past the end (never a byte of JSON outside a string).
    private var next: UInt8 { index < bytes.count ? bytes[index] : 0 }

    /// Past spaces, tabs and line ends; an indentation's spaces counted eight bytes at a time (a national file is half
    /// spaces).
    @inline(__always) private mutating func skipWhitespace() {
        guard index < bytes.count, bytes[index] <= 0x20 else { return }
        var at = index
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while at < count {
            if at + 8 <= count {
                // The spaces at the start of the next eight bytes, counted at once (the word's first byte is its lowest).
                let others = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self)) ^ 0x2020_2020_2020_2020
                at += others.trailingZeroBitCount >> 3
                if others == 0 { continue }
            }
            let byte = bytes[at]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { break }
            at += 1
        }
        index = at
    }

    /// A string's bytes, quotes left out: no escape, no control character, valid UTF-8.
    ///
    /// Eight bytes at a time while they are ASCII with no quote, backslash or control character among them (each found
    /// by the usual test for a zero byte, on the bytes exclusive-ored with it or less it).
    private mutating func string() -> Range<Int>? {
        guard next == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var end = start
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        while end + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: end, as: UInt64.self)
            guard word & highs == 0, !hasZeroByte(word ^ (ones &* 0x22)), !hasZeroByte(word ^ (ones &* 0x5C)),
                (word &- ones &* 0x20) & ~word & highs == 0
            else { break }
            end += 8
        }
        var union: UInt8 = 0
        while end < count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            union |= byte
            end += 1
        }
        guard end < count, bytes[end] == UInt8(ascii: "\""),
            union < 0x80 || UTF8Validation.isValid(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        else { return nil }
        index = end + 1
        return start..<end
    }

    /// A number's bytes (RFC 8259: digits after a point, an exponent with digits). A leading zero ends the number, and the
    /// digit after it is then refused where a `,`, `}` or `]` is expected, as the parser refuses `01`.
    private mutating func number() -> Range<Int>? {
        let start = index
        func digits() -> Bool {
            let first = index
            while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
            return index > first
        }
        if next == UInt8(ascii: "-") { index += 1 }
        if next == UInt8(ascii: "0") {
            index += 1
        } else {
            guard next &- 0x31 < 9, digits() else { return nil }
        }
        if next == UInt8(ascii: ".") {
            index += 1
            guard digits() else { return nil }
        }
        if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            index += 1
            if next == UInt8(ascii: "+") || next == UInt8(ascii: "-") { index += 1 }
            guard digits() else { return nil }
        }
        return start..<index
    }

    /// A list's elements, each read by `element`; `nil` at the first that is not plain.
    private mutating func list<T>(_ element: (inout PlainOperators) -> T?) -> [T]? {
        guard next == UInt8(ascii: "[") else { return nil }
        index += 1
        skipWhitespace()
        var elements: [T] = []
        if next == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        // (Room for a team's posts or an operator's charges at once, rather than in doublings.)
        elements.reserveCapacity(8)
        while true {
            skipWhitespace()
            listPlace = elements.count
            guard let value = element(&self) else { return nil }
            elements.append(value)
            skipWhitespace()
            if next == UInt8(ascii: "]") {
                index += 1
                return elements
            }
            guard next == UInt8(ascii: ",") else { return nil }
            index += 1
        }
    }

    /// Which keys of an object have been read, and whether its `}` has been.
    private struct Members {
        var seen: UInt64 = 0
        var opened = false
        var closed = false
        func has(_ place: Int) -> Bool { seen & (1 << place) != 0 }
    }

    /// The place in `keys` of the object's next key, its value next; `nil` at the object's end (`members.closed`) or
    /// at anything not plain: a key not in `keys`, one read before, one written otherwise than in ASCII.
    private mutating func member(of keys: borrowing KeyTable, _ members: inout Members) -> Int? {
        skipWhitespace()
        if !members.opened {
            guard next == UInt8(ascii: "{") else { return nil }
            index += 1
            members.opened = true
            skipWhitespace()
            if next == UInt8(ascii: "}") {
                index += 1
                members.closed = true
                return nil
            }
        } else {
            if next == UInt8(ascii: "}") {
                index += 1
                members.closed = true
                return nil
            }
            guard next == UInt8(ascii: ",") else { return nil }
            index += 1
            skipWhitespace()
        }
        guard let place = key(in: keys), !members.has(place) else { return nil }
        members.seen |= 1 << place
        skipWhitespace()
        guard next == UInt8(ascii: ":") else { return nil }
        index += 1
        skipWhitespace()
        return place
    }

    /// The place in `keys` of the key at the index (its opening quote), the index then past its closing quote; `nil`
    /// for a key not in `keys`, or written otherwise than as its plain letters (with an escape: the tree's to compare
    /// as a string).
    ///
    /// Each of the object's keys is tried where it would lie, without looking for the closing quote first: its letters
    /// (the first eight compared as one word), then a quote. The format's keys are letters, with no quote among them:
    /// where one matches, that quote is the key's closing quote.
    private mutating func key(in keys: borrowing KeyTable) -> Int? {
        guard next == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        let available = bytes.count - start
        let first = bytes.baseAddress! + start
        // The eight bytes after the quote as one word (those there are, near the end of the bytes).
        var word: UInt64 = 0
        if available >= 8 {
            word = UInt64(littleEndian: UnsafeRawPointer(first).loadUnaligned(as: UInt64.self))
        } else {
            for offset in 0..<max(0, available) { word |= UInt64(first[offset]) << (8 * UInt64(offset)) }
        }
        for place in keys.words.indices {
            let count = keys.counts[place]
            guard count < available, first[count] == UInt8(ascii: "\""), word & keys.masks[place] == keys.words[place] else { continue }
            if count > 8 {
                let expected = keys.keys[place].utf8Start
                var offset = 8
                while offset < count, first[offset] == expected[offset] { offset += 1 }
                guard offset == count else { continue }
            }
            index = start + count + 1
            return place
        }
        return nil
    }

    /// The keys of one object of the format, each with its length and its first eight bytes as one word (zeros after a
    /// shorter key), and the mask that keeps a word's first bytes up to its length: a file's key is found by comparing
    /// two integers with each.
    private struct KeyTable {
        let keys: [StaticString]
        let counts: [Int]
        let words: [UInt64]
        let masks: [UInt64]

        init(_ keys: [StaticString]) {
            self.keys = keys
            counts = keys.map(\.utf8CodeUnitCount)
            words = keys.map { key in
                (0..<min(8, key.utf8CodeUnitCount)).reduce(UInt64(0)) { $0 | UInt64(key.utf8Start[$1]) << (8 * UInt64($1)) }
            }
            masks = keys.map { $0.utf8CodeUnitCount >= 8 ? ~0 : (1 << (8 * UInt64($0.utf8CodeUnitCount))) &- 1 }
        }
    }

    /// The tables of the objects an operator holds, and of the words its values choose from, made once for a list.
    private struct KeyTables {
        let `operator` = KeyTable(Keys.operator)
        let staff = KeyTable(Keys.staff)
        let charge = KeyTable(Keys.charge)
        let intake = KeyTable(Keys.intake)
        let earlyExit = KeyTable(Keys.earlyExit)
        let roles = Words<StaffPost.Role>()
        let kinds = Words<ChargeLine.Kind>()
        let purposes = Words<ExpensePurpose>()
    }

    /// The words of a choice as bytes, each with its value: a file's word is compared with their bytes (made into a
    /// string and looked up, a word cost a string made and a search among strings).
    private struct Words<Choice: RawRepresentable & CaseIterable> where Choice.RawValue == String {
        let words: [[UInt8]]
        let values: [Choice]

        init() {
            values = Array(Choice.allCases)
            words = values.map { Array($0.rawValue.utf8) }
        }

        func choice(_ word: UnsafeBufferPointer<UInt8>) -> Choice? {
            for k in words.indices where words[k].withUnsafeBufferPointer({ $0.hasSameBytes(as: word) }) { return values[k] }
            return nil
        }
    }
}
