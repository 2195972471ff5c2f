/// The simulation's own random numbers: xoshiro256** (Blackman and Vigna), seeded through
/// SplitMix64. No global state and no clock: the same seed and stream always give the same
/// numbers, on every machine and with any number of threads.
///
/// Each chunk of runs has its own stream, derived from the seed and the chunk's index, so a
/// chunk computes the same runs whichever thread takes it.
public struct RiskRandom: Sendable {
    private var s0, s1, s2, s3: UInt64

    /// The generator of stream `stream` of `seed`.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(state: seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019))
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the one state xoshiro cannot leave
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A whole number from 0 to `bound − 1`, every one alike (Lemire's multiply-and-reject, no modulo bias).
    ///
    /// - Precondition: `bound > 0`.
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "no number below zero")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}

/// SplitMix64 (Steele, Lea and Flood): spreads a seed over the state of the main generator.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
