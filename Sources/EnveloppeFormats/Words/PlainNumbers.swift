import Enveloppe

/// `346200.00`: cents as a plain decimal, for machines.
func plain(cents: Int64) -> String {
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    return (cents < 0 ? "-" : "") + "\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

/// `7.5` from 750 hundredths; whole values without decimals.
func plain(hundredths: Int64) -> String {
    hundredths % 100 == 0 ? String(hundredths / 100) : plain(cents: hundredths)
}
