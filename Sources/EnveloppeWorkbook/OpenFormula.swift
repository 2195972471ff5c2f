/// Translates Excel A1 formulas into OpenFormula, the syntax of `table:formula` in ODS.
///
/// A small tokenizer walks the formula's UTF-8 bytes once: string literals are copied
/// untouched, references (optionally with a sheet, optionally ranges) become bracketed
/// ODF references, and the argument separator `,` becomes `;`. Anything it does not
/// recognise is copied as is, so an unusual formula degrades instead of failing.
public enum OpenFormula {
    /// `"SUM(B2:B9)"` → `"SUM([.B2:.B9])"`; `"'Mois par mois'!B2"` → `"[$'Mois par mois'.B2]"`.
    public static func translate(_ excel: String) -> String {
        var tokenizer = Tokenizer(bytes: Array(excel.utf8))
        return tokenizer.run()
    }

    private struct Tokenizer {
        let bytes: [UInt8]
        var out: [UInt8] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
            out.reserveCapacity(bytes.count + 16)
        }

        /// Letters, digits, `_`, `.`, `$` and any non-ASCII byte (accented names) make up words.
        static func isWord(_ byte: UInt8) -> Bool {
            (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "$") || byte >= 0x80
        }

        mutating func run() -> String {
            var index = 0
            var braceDepth = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    // A string literal, with "" as an escaped quote, copied verbatim.
                    let end = quoted(from: index, quote: byte)
                    out += bytes[index..<end]
                    index = end
                case UInt8(ascii: ","):
                    out.append(UInt8(ascii: ";"))
                    index += 1
                case UInt8(ascii: ";") where braceDepth > 0:
                    out.append(UInt8(ascii: "|"))  // row separator of an inline array
                    index += 1
                case UInt8(ascii: "{"), UInt8(ascii: "}"):
                    braceDepth = byte == UInt8(ascii: "{") ? braceDepth + 1 : max(0, braceDepth - 1)
                    out.append(byte)
                    index += 1
                default:
                    let startsWord = Self.isWord(byte) || byte == UInt8(ascii: "'")
                    let previousIsWord = index > 0 && Self.isWord(bytes[index - 1])
                    guard startsWord && !previousIsWord else {
                        out.append(byte)
                        index += 1
                        continue
                    }
                    if let sheet = sheetName(at: index), let end = range(at: sheet.end, sheet: sheet.name) {
                        index = end
                        continue
                    }
                    if let end = range(at: index, sheet: nil) {
                        index = end
                        continue
                    }
                    // A name or a function: copy the whole word so its tail is not read as a reference.
                    var end = index + 1
                    if byte != UInt8(ascii: "'") {
                        while end < bytes.count, Self.isWord(bytes[end]) { end += 1 }
                    }
                    out += bytes[index..<end]
                    index = end
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// The end (past the closing quote) of a quoted run starting at `start`; doubled quotes stay inside.
        func quoted(from start: Int, quote: UInt8) -> Int {
            var end = start + 1
            while end < bytes.count {
                if bytes[end] == quote {
                    if end + 1 < bytes.count, bytes[end + 1] == quote {
                        end += 2
                        continue
                    }
                    return end + 1
                }
                end += 1
            }
            return bytes.count
        }

        /// A cell reference or a column at `start`: its end and whether it is a column.
        func reference(at start: Int) -> (end: Int, isColumn: Bool)? {
            var end = start
            while end < bytes.count, Self.isWord(bytes[end]) { end += 1 }
            guard end > start else { return nil }
            if end < bytes.count, bytes[end] == UInt8(ascii: "(") { return nil }  // a function such as LOG10(
            let word = bytes[start..<end]
            if CellReference.parse(bytes: word) != nil { return (end, false) }
            if Self.isColumn(word) { return (end, true) }
            return nil
        }

        static func isColumn(_ word: ArraySlice<UInt8>) -> Bool {
            var body = word
            if body.first == UInt8(ascii: "$") { body = body.dropFirst() }
            guard (1...3).contains(body.count), body.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) }) else { return false }
            return CellReference.parseColumn(String(decoding: body, as: UTF8.self)) != nil
        }

        /// `'Mois par mois'!` or `Sheet1!` at `start`: the sheet part as written and where the reference begins.
        func sheetName(at start: Int) -> (name: ArraySlice<UInt8>, end: Int)? {
            guard start < bytes.count else { return nil }
            if bytes[start] == UInt8(ascii: "'") {
                let end = quoted(from: start, quote: UInt8(ascii: "'"))
                guard end < bytes.count, bytes[end - 1] == UInt8(ascii: "'"), bytes[end] == UInt8(ascii: "!") else { return nil }
                return (bytes[start..<end], end + 1)
            }
            var end = start
            while end < bytes.count, Self.isWord(bytes[end]) { end += 1 }
            guard end > start, end < bytes.count, bytes[end] == UInt8(ascii: "!") else { return nil }
            return (bytes[start..<end], end + 1)
        }

        /// "A1", "A1:B2" or "A:A" from `start`, written as `[.A1:.B2]` (with `$Sheet` when given); its end.
        mutating func range(at start: Int, sheet: ArraySlice<UInt8>?) -> Int? {
            guard let first = reference(at: start) else { return nil }
            var end = first.end
            var second: (sheet: ArraySlice<UInt8>?, start: Int, end: Int)?
            if end < bytes.count, bytes[end] == UInt8(ascii: ":") {
                var afterColon = end + 1
                var secondSheet: ArraySlice<UInt8>?
                // "Sheet1!A1:Sheet1!B2" repeats the sheet; keep the ranges' own.
                if let named = sheetName(at: afterColon) {
                    secondSheet = named.name
                    afterColon = named.end
                }
                if let next = reference(at: afterColon), next.isColumn == first.isColumn {
                    second = (secondSheet, afterColon, next.end)
                    end = next.end
                }
            }
            // A lone column letter such as "A" is a name, not a reference.
            if first.isColumn && second == nil { return nil }
            out.append(UInt8(ascii: "["))
            if let sheet {
                out.append(UInt8(ascii: "$"))
                out += sheet
            }
            out.append(UInt8(ascii: "."))
            out += bytes[start..<first.end]
            if let second {
                out.append(UInt8(ascii: ":"))
                if let sheet = second.sheet {
                    out.append(UInt8(ascii: "$"))
                    out += sheet
                }
                out.append(UInt8(ascii: "."))
                out += bytes[second.start..<second.end]
            }
            out.append(UInt8(ascii: "]"))
            return end
        }
    }
}
