import Enveloppe

/// `346200.00`: cents as a plain decimal, for machines.
func plain(cents: Int64) -> String {
    let magnitude = cents.magnitude
    let fraction = Int(magnitude % 100)
    // Written from the right into one string: a report writes hundreds of thousands of amounts.
    return String(unsafeUninitializedCapacity: 24) { buffer in
        var whole = magnitude / 100
        var digits = 1
        var rest = whole / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let sign = cents < 0 ? 1 : 0
        let end = sign + digits + 3
        buffer[end - 1] = UInt8(ascii: "0") + UInt8(fraction % 10)
        buffer[end - 2] = UInt8(ascii: "0") + UInt8(fraction / 10)
        buffer[end - 3] = UInt8(ascii: ".")
        for at in stride(from: sign + digits - 1, through: sign, by: -1) {
            buffer[at] = UInt8(ascii: "0") + UInt8(whole % 10)
            whole /= 10
        }
        if sign == 1 { buffer[0] = UInt8(ascii: "-") }
        return end
    }
}

/// `7.50` from 750 hundredths; whole values without decimals (`7` from 700).
func plain(hundredths: Int64) -> String {
    hundredths % 100 == 0 ? String(hundredths / 100) : plain(cents: hundredths)
}
