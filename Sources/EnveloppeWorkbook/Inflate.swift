/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Needed because spreadsheets save their ZIP parts deflated and the project takes no
/// dependency, not even zlib. Codes of up to 10 bits are decoded with one table lookup,
/// longer (rare) codes canonically bit by bit. The output never grows past `limit`, and
/// every malformed stream ends in ``WorkbookError/damaged(_:)``.
public enum Inflate {
    public static func decompress(_ deflated: [UInt8], expectedSize: Int?, limit: Int) throws(WorkbookError) -> [UInt8] {
        try decompress(deflated[...], expectedSize: expectedSize, limit: limit)
    }

    public static func decompress(_ deflated: ArraySlice<UInt8>, expectedSize: Int?, limit: Int) throws(WorkbookError) -> [UInt8] {
        let result: Result<[UInt8], WorkbookError> = deflated.withUnsafeBufferPointer { input in
            var inflater = Inflater(input: input, expectedSize: expectedSize, limit: max(0, limit))
            defer { inflater.output.deallocate() }
            do throws(WorkbookError) {
                try inflater.run()
                return .success(Array(UnsafeBufferPointer(start: inflater.output, count: inflater.count)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// A canonical Huffman code: a lookup table for short codes plus counts and sorted
/// symbols for the canonical decoding of long ones.
struct HuffmanCode {
    static let fastBits = 10
    /// Indexed by the next `fastBits` input bits: `length << 16 | symbol`, or 0 for a longer code.
    var fast = [UInt32](repeating: 0, count: 1 << fastBits)
    var counts = [Int](repeating: 0, count: 16)
    var symbols = [UInt16](repeating: 0, count: 320)

    /// Builds the code from code lengths; over-subscribed lengths are damage.
    /// Incomplete codes are accepted (a lone distance code is legal); their unused
    /// bit patterns fail when met.
    mutating func build(_ lengths: UnsafeBufferPointer<UInt8>) throws(WorkbookError) {
        for index in 0..<16 { counts[index] = 0 }
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1..<16 {
            left <<= 1
            left -= counts[length]
            if left < 0 { throw .damaged("over-subscribed Huffman code") }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + counts[length - 1]) << 1
            nextCode[length] = code
        }
        for index in 0..<fast.count { fast[index] = 0 }
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let length = Int(length)
            symbols[offsets[length]] = UInt16(symbol)
            offsets[length] += 1
            let code = nextCode[length]
            nextCode[length] += 1
            guard length <= Self.fastBits else { continue }
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            let entry = UInt32(length) << 16 | UInt32(symbol)
            var index = reversed
            while index < fast.count {
                fast[index] = entry
                index += 1 << length
            }
        }
    }
}

/// The decoder's state: input bit buffer and the output being produced.
struct Inflater {
    let input: UnsafeBufferPointer<UInt8>
    var position = 0
    var bitBuffer: UInt64 = 0
    var bitCount = 0
    var output: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var count = 0
    let limit: Int
    var literals = HuffmanCode()
    var distances = HuffmanCode()

    init(input: UnsafeBufferPointer<UInt8>, expectedSize: Int?, limit: Int) {
        self.input = input
        self.limit = limit
        let wanted = expectedSize ?? max(1024, input.count * 4)
        capacity = max(1, min(wanted, limit))
        output = .allocate(capacity: capacity)
    }

    static let lengthBase: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    mutating func run() throws(WorkbookError) {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1:
                try fixedCodes()
                try codes()
            case 2:
                try dynamicCodes()
                try codes()
            default: throw .damaged("invalid deflate block type")
            }
        }
    }

    @inline(__always)
    mutating func refill() {
        if position + 8 <= input.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(input.baseAddress! + position).loadUnaligned(as: UInt64.self))
            bitBuffer |= word << UInt64(bitCount)
            let bytes = (63 - bitCount) >> 3
            position += bytes
            bitCount += bytes << 3
        } else {
            while bitCount <= 56 && position < input.count {
                bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
                bitCount += 8
            }
        }
    }

    @inline(__always)
    mutating func bits(_ count: Int) throws(WorkbookError) -> Int {
        if bitCount < count {
            refill()
            if bitCount < count { throw .damaged("deflate stream truncated") }
        }
        let value = Int(bitBuffer & ((1 << UInt64(count)) - 1))
        bitBuffer >>= UInt64(count)
        bitCount -= count
        return value
    }

    @inline(__always)
    mutating func decode(_ code: UnsafePointer<UInt32>, _ table: borrowing HuffmanCode) throws(WorkbookError) -> Int {
        if bitCount < 15 { refill() }
        let entry = code[Int(bitBuffer & UInt64((1 << HuffmanCode.fastBits) - 1))]
        if entry != 0 {
            let length = Int(entry >> 16)
            if length > bitCount { throw .damaged("deflate stream truncated") }
            bitBuffer >>= UInt64(length)
            bitCount -= length
            return Int(entry & 0xFFFF)
        }
        // Canonical decoding of a long code, one bit at a time.
        var code = 0
        var first = 0
        var index = 0
        for length in 1..<16 {
            guard length <= bitCount else { throw .damaged("deflate stream truncated") }
            code |= Int((bitBuffer >> UInt64(length - 1)) & 1)
            let count = table.counts[length]
            if code - first < count {
                bitBuffer >>= UInt64(length)
                bitCount -= length
                return Int(table.symbols[index + code - first])
            }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw .damaged("invalid Huffman code")
    }

    mutating func reserve(_ extra: Int) throws(WorkbookError) {
        let needed = count + extra
        if needed <= capacity { return }
        if needed > limit { throw .tooLarge(limit: limit) }
        let newCapacity = min(max(capacity * 2, needed), limit)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: output, count: count)
        output.deallocate()
        output = grown
        capacity = newCapacity
    }

    mutating func stored() throws(WorkbookError) {
        // Drop to the byte boundary and give back the whole bytes already buffered.
        _ = try bits(bitCount & 7)
        position -= bitCount >> 3
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw .damaged("deflate stream truncated") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        guard length == ~complement & 0xFFFF else { throw .damaged("stored block length check failed") }
        position += 4
        guard length <= input.count - position else { throw .damaged("deflate stream truncated") }
        try reserve(length)
        (output + count).update(from: input.baseAddress! + position, count: length)
        count += length
        position += length
    }

    mutating func fixedCodes() throws(WorkbookError) {
        var lengths = [UInt8](repeating: 8, count: 288)
        for index in 144..<256 { lengths[index] = 9 }
        for index in 256..<280 { lengths[index] = 7 }
        try lengths.withUnsafeBufferPointer { (buffer) throws(WorkbookError) in try literals.build(buffer) }
        let distanceLengths = [UInt8](repeating: 5, count: 30)
        try distanceLengths.withUnsafeBufferPointer { (buffer) throws(WorkbookError) in try distances.build(buffer) }
    }

    mutating func dynamicCodes() throws(WorkbookError) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .damaged("too many Huffman codes") }
        var codeLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengths[Self.codeLengthOrder[index]] = UInt8(try bits(3)) }
        var lengthCode = HuffmanCode()
        try codeLengths.withUnsafeBufferPointer { (buffer) throws(WorkbookError) in try lengthCode.build(buffer) }
        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var index = 0
        while index < lengths.count {
            let symbol = try lengthCode.fast.withUnsafeBufferPointer { (fast) throws(WorkbookError) in
                try decode(fast.baseAddress!, lengthCode)
            }
            if symbol < 16 {
                lengths[index] = UInt8(symbol)
                index += 1
                continue
            }
            var value: UInt8 = 0
            var repeats: Int
            switch symbol {
            case 16:
                guard index > 0 else { throw .damaged("repeated code length with no previous length") }
                value = lengths[index - 1]
                repeats = 3 + (try bits(2))
            case 17: repeats = 3 + (try bits(3))
            default: repeats = 11 + (try bits(7))
            }
            guard index + repeats <= lengths.count else { throw .damaged("code lengths overflow") }
            for _ in 0..<repeats {
                lengths[index] = value
                index += 1
            }
        }
        guard lengths[256] != 0 else { throw .damaged("no end-of-block code") }
        try lengths.withUnsafeBufferPointer { (buffer) throws(WorkbookError) in
            try literals.build(UnsafeBufferPointer(rebasing: buffer[0..<literalCount]))
            try distances.build(UnsafeBufferPointer(rebasing: buffer[literalCount...]))
        }
    }

    /// Decodes literals and back-references until the end-of-block code.
    mutating func codes() throws(WorkbookError) {
        let literalFast = literals.fast
        let distanceFast = distances.fast
        let literalTable = literals
        let distanceTable = distances
        try literalFast.withUnsafeBufferPointer { (literalFast) throws(WorkbookError) in
            try distanceFast.withUnsafeBufferPointer { (distanceFast) throws(WorkbookError) in
                let literalCode = literalFast.baseAddress!
                let distanceCode = distanceFast.baseAddress!
                while true {
                    let symbol = try decode(literalCode, literalTable)
                    if symbol < 256 {
                        if count == capacity { try reserve(1) }
                        output[count] = UInt8(truncatingIfNeeded: symbol)
                        count += 1
                        continue
                    }
                    if symbol == 256 { return }
                    let lengthSymbol = symbol - 257
                    guard lengthSymbol < 29 else { throw .damaged("invalid length code") }
                    let length = Self.lengthBase[lengthSymbol] + (try bits(Self.lengthExtra[lengthSymbol]))
                    let distanceSymbol = try decode(distanceCode, distanceTable)
                    guard distanceSymbol < 30 else { throw .damaged("invalid distance code") }
                    let distance = Self.distanceBase[distanceSymbol] + (try bits(Self.distanceExtra[distanceSymbol]))
                    guard distance <= count else { throw .damaged("back-reference before the start of the output") }
                    try reserve(length)
                    let destination = output + count
                    let source = destination - distance
                    if distance >= length {
                        destination.update(from: source, count: length)
                    } else {
                        for offset in 0..<length { destination[offset] = source[offset] }
                    }
                    count += length
                }
            }
        }
    }
}
