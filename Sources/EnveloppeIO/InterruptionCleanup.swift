import Glibc
import Synchronization

/// Removes the temporary files of writes in progress when the user interrupts the program
/// (SIGINT: ^C; SIGTERM: `kill`, a closing session manager; SIGHUP: a closed terminal).
///
/// Why global state: a signal handler gets no context but the signal number, and may only call
/// async-signal-safe functions (no allocation, no locks). So the temporaries are announced here
/// beforehand, in memory allocated once and never freed: for each write in progress, the
/// descriptor of its folder and its file name as a C string. The handler `unlinkat`s each
/// announced temporary, restores the default action and raises the signal again, so that the
/// exit status still says the program was interrupted.
///
/// A temporary is announced *before* it is created and withdrawn only *after* it has been
/// renamed or removed: at every instant an existing temporary is known to the handler. Unlinking
/// a name announced but not (or no longer) there fails harmlessly with ENOENT. The name is
/// 72 random bits, so it cannot be another program's file.
///
/// Several writes may run at once (threads, parallel tests): there are `slotCount` slots; a
/// write takes a free one and waits if all are busy.
///
/// Not covered, and cannot be: SIGKILL, a power cut, a crash. A signal the user had set to be
/// ignored (`nohup`, a background job) stays ignored; a handler the program installed itself
/// is left in place, and that program must then clean up.
enum InterruptionCleanup {
    static let slotCount = 16
    /// NAME_MAX and its terminating zero.
    static let nameCapacity = TemporaryName.maximumLength + 1

    /// Bit `i` set: slot `i` belongs to a write in progress.
    private static let taken = Atomic<UInt64>(0)
    /// Bit `i` set: slot `i` holds a complete folder descriptor and name the handler may unlink.
    fileprivate static let announced = Atomic<UInt64>(0)
    fileprivate nonisolated(unsafe) static let folders = UnsafeMutablePointer<Int32>.allocate(capacity: slotCount)
    fileprivate nonisolated(unsafe) static let names = UnsafeMutablePointer<CChar>.allocate(
        capacity: slotCount * nameCapacity)

    /// Installs the handler for SIGINT, SIGTERM and SIGHUP, once. Writing calls it too, so a
    /// program that forgot `StandardStreams.prepare()` still leaves no temporary behind.
    static func install() {
        _ = installed
    }

    private static let installed: Bool = {
        // Touch the storage now: the handler must never be the first to initialise a global.
        _ = taken.load(ordering: .relaxed)
        _ = announced.load(ordering: .relaxed)
        folders.initialize(repeating: -1, count: slotCount)
        names.initialize(repeating: 0, count: slotCount * nameCapacity)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            var current = sigaction()
            guard sigaction(signalNumber, nil, &current) == 0,
                current.__sigaction_handler.sa_handler == nil  // SIG_DFL: only then is it ours to take.
            else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = removeTemporariesAndDie
            sigemptyset(&action.sa_mask)
            // While one of them is handled, the others wait: the handler runs once, to the end.
            sigaddset(&action.sa_mask, SIGINT)
            sigaddset(&action.sa_mask, SIGTERM)
            sigaddset(&action.sa_mask, SIGHUP)
            action.sa_flags = SA_RESTART
            _ = sigaction(signalNumber, &action, nil)
        }
        return true
    }()

    /// Takes a free slot for one write, waiting while all are busy.
    static func takeSlot() -> Int {
        install()
        let all: UInt64 = slotCount == 64 ? ~0 : (1 << UInt64(slotCount)) - 1
        while true {
            let current = taken.load(ordering: .relaxed)
            let free = ~current & all
            if free == 0 {
                sched_yield()
                continue
            }
            let slot = free.trailingZeroBitCount
            if taken.compareExchange(
                expected: current, desired: current | (1 << UInt64(slot)), ordering: .acquiringAndReleasing
            ).exchanged {
                return slot
            }
        }
    }

    /// Announces that `name` in `folder` may exist from now on. Call before creating it.
    static func announce(slot: Int, folder: Int32, name: String) {
        let bytes = Array(name.utf8)
        precondition(bytes.count < nameCapacity, "temporary names are cut to NAME_MAX")
        let start = names + slot * nameCapacity
        for index in bytes.indices { start[index] = CChar(bitPattern: bytes[index]) }
        start[bytes.count] = 0
        folders[slot] = folder
        // Releasing: the name and folder are written before the handler can see the bit.
        announced.bitwiseOr(1 << UInt64(slot), ordering: .releasing)
    }

    /// Withdraws the announcement: the temporary was renamed, removed, or never created.
    static func withdraw(slot: Int) {
        announced.bitwiseAnd(~(1 << UInt64(slot)), ordering: .releasing)
    }

    /// Gives the slot back. Withdraws first if the caller has not.
    static func releaseSlot(_ slot: Int) {
        withdraw(slot: slot)
        taken.bitwiseAnd(~(1 << UInt64(slot)), ordering: .releasing)
    }
}

/// The handler. Only async-signal-safe calls (unlinkat, signal, raise) and plain loads: no Swift
/// generics, collections or strings, which could allocate or take a lock.
private let removeTemporariesAndDie: @convention(c) (Int32) -> Void = { signalNumber in
    let announced = InterruptionCleanup.announced.load(ordering: .acquiring)
    var slot = 0
    var bit: UInt64 = 1
    while slot < InterruptionCleanup.slotCount {
        if announced & bit != 0 {
            _ = unlinkat(
                InterruptionCleanup.folders[slot], InterruptionCleanup.names + slot * InterruptionCleanup.nameCapacity, 0)
        }
        slot &+= 1
        bit = bit &+ bit
    }
    _ = signal(signalNumber, SIG_DFL)
    _ = raise(signalNumber)
}
