/// A number's ASCII digits, made in a buffer on the stack and handed to `body`: the CSV writer's (decimal comma)
/// and the JSON writer's (decimal point), without a string per number.
enum Digits {
    /// `-1234`.
    static func integer<R>(_ value: Int64, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        write(negative: value < 0, whole: value.magnitude, cents: nil, body)
    }

    /// `-1234,56` from cents (or hundredths), with `point` between the units and the cents.
    static func euros<R>(_ cents: Int64, point: UInt8 = UInt8(ascii: ","), _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        write(negative: cents < 0, whole: cents.magnitude / 100, cents: cents.magnitude % 100, point: point, body)
    }

    private static func write<R>(
        negative: Bool, whole: UInt64, cents: UInt64?, point: UInt8 = UInt8(ascii: ","), _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in  // a sign, 20 digits, a point, 2
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            if let cents {
                put(UInt8(ascii: "0") + UInt8(cents % 10))
                put(UInt8(ascii: "0") + UInt8(cents / 10))
                put(point)
            }
            var rest = whole
            repeat {
                put(UInt8(ascii: "0") + UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            if negative { put(UInt8(ascii: "-")) }
            return body(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }
}
