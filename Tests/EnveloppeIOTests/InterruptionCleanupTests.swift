import Foundation
import Testing

@testable import EnveloppeIO

@Suite struct InterruptionCleanupTests {
    /// The bug this answers: 23 temporaries of up to 50 MB found after interrupted runs.
    ///
    /// The probe copies 24 MiB; SIGINT, SIGTERM or SIGHUP is sent 50 times or more: half at a random
    /// moment of a normal run's duration (before, during or after the temporary), half at a random
    /// moment after the temporary was seen in the folder. Whatever the moment, no temporary
    /// remains, and the target is absent, the old file or the whole new one.
    @Test(.timeLimit(.minutes(5)))
    func interruptionsAtRandomMomentsLeaveNoTemporary() throws {
        let probe = try #require(Probe.executable, "EnveloppeIOProbe was not built")
        let sources = try TemporaryFolder()
        let folder = try TemporaryFolder()
        let new = sample(24 << 20)
        let old = Array("old report\n".utf8)
        try sources.write("new.bin", new)

        func start() throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: probe)
            process.arguments = ["copy", sources("new.bin"), folder("out.bin")]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let clock = ContinuousClock()
        let normal = try clock.measure {
            let process = try start()
            process.waitUntilExit()
        }
        #expect(folder.contents("out.bin") == new)
        let microseconds = max(Int(normal.components.seconds * 1_000_000 + normal.components.attoseconds / 1_000_000_000_000), 1000)

        var random = SystemRandomNumberGenerator()
        var interruptedWithTemporary = 0
        // 50 rounds, and more (up to 200) until 10 signals have met a temporary: on a loaded machine the copy may
        // end before the signal comes.
        for round in 0..<200 {
            if round >= 50 && interruptedWithTemporary >= 10 { break }
            try? FileManager.default.removeItem(atPath: folder("out.bin"))
            let existing = round % 2 == 1
            if existing { try folder.write("out.bin", old) }
            let signalNumber = [SIGINT, SIGTERM, SIGHUP][round % 3]
            let process = try start()
            if round % 4 < 2 {
                usleep(UInt32(Int.random(in: 0..<(microseconds * 6 / 5), using: &random)))
            } else {
                while process.isRunning && temporaries(folder.entries()).isEmpty { usleep(100) }
                usleep(UInt32(Int.random(in: 0..<(microseconds / 4), using: &random)))
            }
            let sawTemporary = !temporaries(folder.entries()).isEmpty
            kill(process.processIdentifier, signalNumber)
            process.waitUntilExit()

            let entries = folder.entries()
            let target = folder.contents("out.bin")
            #expect(temporaries(entries).isEmpty, "round \(round): \(entries)")
            #expect(entries == (target == nil ? [] : ["out.bin"]), "round \(round)")
            if existing {
                #expect(target == old || target == new, "round \(round): \(target?.count ?? -1) bytes")
            } else {
                #expect(target == nil || target == new, "round \(round): \(target?.count ?? -1) bytes")
            }
            if process.terminationReason == .uncaughtSignal {
                #expect(process.terminationStatus == signalNumber, "the status says which signal")
                if sawTemporary { interruptedWithTemporary += 1 }
            } else {
                #expect(process.terminationStatus == 0)
            }
        }
        // Else the test would prove nothing: enough signals must have met a temporary.
        #expect(interruptedWithTemporary >= 10)
    }

    /// More writes at once than there are slots: each waits for one, all finish whole.
    @Test func manyWritesAtOnce() throws {
        let folder = try TemporaryFolder()
        let count = InterruptionCleanup.slotCount * 3
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            do throws(FileError) {
                try FileSystem.write(sample(100_000 + index), to: folder("out\(index).bin"), protecting: [])
            } catch {
                failures.add(error)
            }
        }
        #expect(failures.all.isEmpty)
        #expect(folder.entries().count == count)
        #expect(temporaries(folder.entries()).isEmpty)
        for index in 0..<count { #expect(folder.contents("out\(index).bin") == sample(100_000 + index)) }
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [FileError] = []
    func add(_ error: FileError) { lock.withLock { errors.append(error) } }
    var all: [FileError] { lock.withLock { errors } }
}
