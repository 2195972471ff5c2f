import Enveloppe
import Testing

@testable import EnveloppeFormats

/// The byte-level shortcuts of the CSV readers and the text tables (made for a million-line budget)
/// against the general definitions they stand for, on generated inputs.
@Suite struct CSVFastPathTests {
    @Test func accountNumbersReadFromBytesAreTheFormsAccounts() {
        for account in CerfaAccount.allCases where account != .indirectCharges {
            for code in [account.rawValue, account.rawValue + "1", account.rawValue + "061"] {
                #expect(Array(code.utf8).withUnsafeBufferPointer(CerfaAccount.init(accountNumber:)) == account)
                #expect(CerfaAccount(code: " \(code) ") == account)
            }
        }
        for code in ["6", "69", "80", "6a", "", "CI", "٦٠"] {
            #expect(Array(code.utf8).withUnsafeBufferPointer(CerfaAccount.init(accountNumber:)) == nil)
        }
        #expect(CerfaAccount(code: "Charges indirectes") == .indirectCharges)
    }

    /// The purposes found by the index of keywords are those of the definition: a group is shown when
    /// each of its words appears in the lower-cased label.
    @Test func purposesFoundByTheKeywordIndexAreThoseOfTheDefinition() {
        var random = TestRandom(state: 11)
        let words =
            ExpensePurpose.allCases.flatMap { $0.keywords.flatMap { $0 } } + [
                "Ligne", "du", "budget", "DÉMÉNAGEMENT", "Équipement", "TRANSPORT", "Analyse", "Pratique", "INFIRMIÈRE", "Plateforme", "e\u{301}",
                "compteurs", "x", "é", "Ç",
            ]
        for _ in 0..<3_000 {
            let label = (0..<(1 + random.next() % 5)).map { _ in random.pick(words) }.joined(separator: random.pick([" ", "", "-"]))
            let lowered = label.lowercased()
            let expected = ExpensePurpose.allCases.filter { purpose in
                purpose.keywords.contains { group in group.allSatisfy { lowered.utf8.firstRange(of: $0.utf8) != nil } }
            }
            #expect(ExpensePurpose.inferred(from: label) == expected, "\(label)")
        }
    }

    /// A cell's width is its characters, or its bytes when it is ASCII (as the tables always measured).
    @Test func cellWidthsAreCharactersCounted() {
        var random = TestRandom(state: 5)
        let pieces = ["a", "1", " ", "\u{00A0}", "\u{202F}", "€", "é", "e\u{301}", "–", "’", "−", "\r\n", "\r", "👍🏽", "한", "ß", "\u{200D}", "ʰ"]
        for _ in 0..<5_000 {
            let cell = (0..<(random.next() % 8)).map { _ in random.pick(pieces) }.joined()
            let expected = cell.utf8.allSatisfy { $0 < 0x80 } ? cell.utf8.count : cell.count
            #expect(TextTable.width(cell) == expected, "\(Array(cell.unicodeScalars))")
        }
    }

    /// A record's trimmed ASCII field is the field trimmed of white space, as a string would be.
    @Test func fieldsTrimmedFromBytesAreTrimmedStrings() throws {
        var random = TestRandom(state: 3)
        let pieces = ["a", " ", "\t", "\u{00A0}", "\u{2003}", "é", "1 234,56", "\"q\"\"", ";", "\u{202F}"]
        for _ in 0..<3_000 {
            let line = (0..<(random.next() % 7)).map { _ in random.pick(pieces) }.joined()
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            guard !line.contains("\"") else { continue }
            try CSVReader.forEachRecord(
                in: Array((line + "\n").utf8)[...], unterminatedQuote: { BudgetCSV.Failure(line: $0, column: $1, problem: .unterminatedQuote) }
            ) { (_: Int, record: CSVRecord) throws(BudgetCSV.Failure) in
                for index in fields.indices {
                    #expect(record.text(index) == String(fields[index]).trimmingWhitespace)
                    if let ascii = record.trimmedASCII(index) {
                        #expect(String(decoding: ascii, as: UTF8.self) == String(fields[index]).trimmingWhitespace)
                    }
                }
            }
        }
    }

    /// Records read where they lie (and, with a quote, copied) are those of the plain byte-by-byte reading
    /// the reader stands for: same first lines, same fields, same unterminated quote, on generated files.
    @Test func recordsReadInPlaceAreThoseReadByteByByte() {
        struct Open: Error, Equatable { let line: Int, column: Int }
        var random = TestRandom(state: 17)
        let pieces = ["a", "12", " ", "\t", ";", "\"", "\"\"", "\r", "\n", "\r\n", "é", "x\"y", "Ligne 1 du budget", "1 234,56", "\u{202F}"]
        for _ in 0..<5_000 {
            let text = (0..<(random.next() % 12)).map { _ in random.pick(pieces) }.joined()
            let bytes = Array(text.utf8)
            var read: [(Int, [String])] = []
            let result = Result { () throws(Open) in
                try CSVReader.forEachRecord(in: bytes[...], unterminatedQuote: { Open(line: $0, column: $1) }) {
                    (line: Int, record: CSVRecord) throws(Open) in
                    read.append((line, (0..<record.fieldCount).map { String(decoding: record.raw($0), as: UTF8.self) }))
                }
            }
            let (expected, open) = Self.recordsByteByByte(bytes)
            #expect(read.map(\.0) == expected.map(\.0), "\(Array(text.unicodeScalars))")
            #expect(read.map(\.1) == expected.map(\.1), "\(Array(text.unicodeScalars))")
            switch result {
            case .success: #expect(open == nil)
            case .failure(let failure): #expect(failure == Open(line: open?.line ?? 0, column: open?.column ?? 0))
            }
            #expect(CSVReader.lineBound(bytes[...]) == bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1)
        }
    }

    /// The reading the CSV reader stands for, one byte at a time: its records and an unterminated quote's place.
    static func recordsByteByByte(_ input: [UInt8]) -> ([(Int, [String])], (line: Int, column: Int)?) {
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var line = 1
        var recordLine = 1
        var index = 0
        while index < input.count {
            let byte = input[index]
            index += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < input.count && input[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A || (byte == 0x0D && (index == input.count || input[index] != 0x0A)) { line += 1 }
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: ";") {
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
            } else if byte == 0x0D || byte == 0x0A {
                if byte == 0x0D && index < input.count && input[index] == 0x0A { index += 1 }
                fields.append(String(decoding: field, as: UTF8.self))
                records.append((recordLine, fields))
                fields = []
                field = []
                line += 1
                recordLine = line
            } else if byte == UInt8(ascii: "\"") && field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                field = []
                quoted = true
            } else {
                field.append(byte)
            }
        }
        if quoted { return (records, (recordLine, fields.count + 1)) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(String(decoding: field, as: UTF8.self))
            records.append((recordLine, fields))
        }
        return (records, nil)
    }

    /// The budget's amount column is measured from its largest and smallest amounts only: every line
    /// still lines up, whatever the amounts (negative, of any number of digits, in whole euros or not).
    @Test func budgetColumnsAlignWhateverTheAmounts() throws {
        var random = TestRandom(state: 13)
        for _ in 0..<40 {
            let lines = (0..<(1 + random.next() % 30)).map { k in
                let digits = Int64(random.next() % 14)
                var cents = Int64(random.next() % 1_000) * (0..<digits).reduce(1) { r, _ in r * 10 } / 10
                if random.next() % 4 == 0 { cents = -cents }
                return BudgetLine(
                    account: random.pick([.purchases, .staff, .sales, .operatingSubsidies]), label: "L\(k)", amount: Money(cents: cents), origin: "t")
            }
            for wholeEuros in [false, true] {
                for language in [Language.fr, .en] {
                    let budget = Budget(lines: lines, period: Period(start: YearMonth(year: 2025, month: 1), months: 12), isSubmitted: true)
                    let text = String(
                        decoding: try BudgetText(words: Wording(language)).render(BudgetDocument(budget, title: "T", wholeEuros: wholeEuros)),
                        as: UTF8.self)
                    // Each section (charges, income) is a table of its own: its lines all end at the same column.
                    let sections = text.split(separator: "\n\n").map { $0.split(separator: "\n").filter { $0.hasPrefix("      L") } }
                    #expect(sections.reduce(0) { $0 + $1.count } == lines.count)
                    for rows in sections where !rows.isEmpty {
                        #expect(Set(rows.map { TextTable.width(String($0)) }).count == 1, "\(text)")
                    }
                }
            }
        }
    }
}
