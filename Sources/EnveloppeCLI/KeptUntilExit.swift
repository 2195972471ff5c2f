/// A document the command has written, kept alive until the process ends: the command exits right after, and
/// the system takes back the process's memory at once, whereas releasing a national report's tens of thousands of
/// figures and explanations one by one took 7 % of its run. Never read again; nothing is written to it.
final class KeptUntilExit<Value> {
    private let value: Value

    private init(_ value: Value) { self.value = value }

    /// Keeps `value`: one reference is left unreleased on purpose.
    static func keep(_ value: Value) { _ = Unmanaged.passRetained(KeptUntilExit(value)) }
}
