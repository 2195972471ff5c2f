import Testing

@testable import EnveloppeIO

@Suite struct StandardStreamsTests {
    @Test func aFullOutputIsOneLineAndAFailure() throws {
        let folder = try TemporaryFolder()
        let result = try Probe.shell(#""$PROBE" emit 100000 > /dev/full"#, in: folder)
        #expect(result.status == 1)
        #expect(!result.signalled)
        #expect(result.error == "EnveloppeIOProbe: standard output: No space left on device\n")
    }

    @Test func aClosedOutputIsOneLineAndAFailure() throws {
        let folder = try TemporaryFolder()
        let result = try Probe.shell(#""$PROBE" emit 10 >&-"#, in: folder)
        #expect(result.status == 1)
        #expect(!result.signalled)
        #expect(result.error == "EnveloppeIOProbe: standard output: Bad file descriptor\n")
    }

    /// `| head`: no SIGPIPE death, no message; the probe exits 3 as the caller chose.
    @Test func aReaderGoingAwayIsQuiet() throws {
        let folder = try TemporaryFolder()
        let result = try Probe.shell(
            #"{ "$PROBE" emit 10000000 2> err; echo $? > status; } | head -c 1 > /dev/null"#, in: folder)
        #expect(result.status == 0)
        #expect(folder.text("status") == "3\n")
        #expect(folder.text("err") == "")
    }

    /// Closed descriptors are re-opened read-only on /dev/null: no later file can become
    /// standard output, and writing there fails visibly.
    @Test func closedDescriptorsAreReopenedReadOnly() throws {
        let folder = try TemporaryFolder()
        let result = try Probe.shell(#""$PROBE" descriptors <&- >&-"#, in: folder)
        #expect(result.error == "0:read 1:read 2:write\n")
        let input = try Probe.shell(#""$PROBE" copy - - <&-"#, in: folder)
        #expect(input.status == 0)
        #expect(input.output == [])
    }

    /// With nowhere to tell, the failure is still in the status, and nothing traps.
    @Test func noStandardErrorEither() throws {
        let folder = try TemporaryFolder()
        let result = try Probe.shell(#""$PROBE" emit 10 >&- 2>&-"#, in: folder)
        #expect(result.status == 1)
        #expect(!result.signalled)
    }

    @Test func aClosedOutputNamedAsAFileIsAnErrorToo() throws {
        let folder = try TemporaryFolder()
        try folder.write("in.json", "x")
        let result = try Probe.shell(#""$PROBE" copy in.json /dev/stdout >&-"#, in: folder)
        #expect(result.status == 1)
        #expect(result.error == "EnveloppeIOProbe: /dev/stdout: cannot be written: Bad file descriptor\n")
    }
}
