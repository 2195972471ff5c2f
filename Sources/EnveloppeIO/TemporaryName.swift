/// The name of the temporary file beside a target: `.report.json.k3J-x9aQ2_Lm.tmp`.
///
/// Hidden (leading dot) so a user listing the folder during a write is not alarmed; recognisable
/// (the target's name, `.tmp`) so a leftover could be identified; unpredictable (72 random bits),
/// so no other program can guess the name and plant a file or a link there first.
enum TemporaryName {
    /// The longest file name Linux accepts (NAME_MAX).
    static let maximumLength = 255

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    private static let randomLength = 12

    /// A fresh name for a temporary beside `target` (a file name, no slash).
    ///
    /// The random characters come from `SystemRandomNumberGenerator`, which on Linux reads
    /// `getrandom(2)` (the Glibc module does not export `getrandom` itself).
    static func make(for target: String) -> String {
        var generator = SystemRandomNumberGenerator()
        var random: [UInt8] = []
        random.reserveCapacity(randomLength)
        while random.count < randomLength {
            var word = generator.next()  // 64 bits: ten characters of 6 bits each.
            for _ in 0..<10 where random.count < randomLength {
                random.append(alphabet[Int(word & 63)])
                word >>= 6
            }
        }
        let suffix = "." + String(decoding: random, as: UTF8.self) + ".tmp"
        let room = maximumLength - 1 - suffix.utf8.count
        return "." + prefix(of: target, fitting: room) + suffix
    }

    /// The start of `name` in at most `room` bytes, cut between characters, so a long target
    /// name still gives a legal temporary name.
    private static func prefix(of name: String, fitting room: Int) -> String {
        var result = ""
        var used = 0
        for character in name {
            let size = character.utf8.count
            if used + size > room { break }
            result.append(character)
            used += size
        }
        return result
    }
}
