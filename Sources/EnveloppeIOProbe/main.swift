import EnveloppeIO
import Glibc

// Test helper for EnveloppeIOTests: runs the library in a child process, where standard input,
// closed descriptors, resource limits and signals can be set up as a user's shell would.
//
//   EnveloppeIOProbe copy IN OUT [--protect PATH]… [--no-overwrite] [--limit BYTES] [--file-size-limit BYTES]
//                                [--write-through-file-system]
//       reads IN ("-": standard input), writes OUT ("-": standard output, by StandardStreams.writeOutput
//       or, with the last option, by FileSystem.write)
//   EnveloppeIOProbe emit BYTES      writes BYTES bytes to standard output
//   EnveloppeIOProbe descriptors     tells on standard error how descriptors 0, 1, 2 are open
//   EnveloppeIOProbe heap MIB [--unprepared]
//                                    prepares the heap as the command does (ProcessHeap; not with the option),
//                                    fills MIB MiB of small blocks, and writes the KiB of the process's memory in
//                                    2 MiB pages, then on a second line the page faults taken while the first MiB
//                                    was filled
//   --as-nobody (first)              drops root privileges first, so "permission denied" can be seen
//
// Exit status: 0 done; 1 an error, told in one line on standard error; 2 bad arguments;
// 3 the reader of standard output went away (nothing said, as a command line tool should).

// Signals the test runner may have ignored or blocked (Foundation's Process passes both on)
// would stay so here; the tests need what a user's shell gives: default action, not blocked.
var interruptions = sigset_t()
sigemptyset(&interruptions)
for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
    _ = signal(signalNumber, SIG_DFL)
    sigaddset(&interruptions, signalNumber)
}
_ = sigprocmask(SIG_UNBLOCK, &interruptions, nil)
StandardStreams.prepare()

func fail(_ text: String, status: Int32) -> Never {
    StandardStreams.writeError("EnveloppeIOProbe: \(text)\n")
    exit(status)
}

func number(_ text: String?) -> Int {
    guard let text, let value = Int(text), value >= 0 else { fail("expected a number of bytes", status: 2) }
    return value
}

/// Root reads everything; the permission tests need someone who cannot.
func becomeNobody() {
    guard geteuid() == 0 else { return }
    guard setgroups(0, nil) == 0, setgid(65534) == 0, setuid(65534) == 0 else { fail("cannot become nobody", status: 2) }
}

func run(_ arguments: [String]) throws(FileError) {
    var arguments = arguments
    if arguments.first == "--as-nobody" {
        becomeNobody()
        arguments.removeFirst()
    }
    switch arguments.first {
    case "copy":
        guard arguments.count >= 3 else { fail("copy IN OUT", status: 2) }
        let (input, output) = (arguments[1], arguments[2])
        var protected: [String] = [input]
        var overwrite = true
        var throughFileSystem = false
        var limit: Int?
        var options = arguments.dropFirst(3).makeIterator()
        while let option = options.next() {
            switch option {
            case "--protect": protected.append(options.next() ?? "")
            case "--no-overwrite": overwrite = false
            case "--write-through-file-system": throughFileSystem = true
            case "--limit": limit = number(options.next())
            case "--file-size-limit":
                let bytes = rlim_t(number(options.next()))
                var size = rlimit(rlim_cur: bytes, rlim_max: bytes)
                _ = setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &size)
            default: fail("unknown option \(option)", status: 2)
            }
        }
        let bytes = try FileSystem.read(input, limit: limit)
        if output == "-" && !throughFileSystem {
            try StandardStreams.writeOutput(bytes)
        } else {
            try FileSystem.write(bytes, to: output, protecting: protected, overwrite: overwrite)
        }
    case "emit":
        let count = number(arguments.count > 1 ? arguments[1] : nil)
        try StandardStreams.writeOutput([UInt8](repeating: UInt8(ascii: "x"), count: count))
    case "descriptors":
        var report: [String] = []
        for descriptor: Int32 in 0...2 {
            let flags = fcntl(descriptor, F_GETFL)
            let access =
                flags == -1 ? "closed" : [O_RDONLY: "read", O_WRONLY: "write", O_RDWR: "read-write"][flags & O_ACCMODE] ?? "?"
            report.append("\(descriptor):\(access)")
        }
        StandardStreams.writeError(report.joined(separator: " ") + "\n")
    case "heap":
        if !arguments.contains("--unprepared") { ProcessHeap.prepare() }
        let mebibytes = number(arguments.count > 1 ? arguments[1] : nil)
        // The process's minor page faults so far (/proc/self/stat: the eighth field after the name in brackets).
        func faults() throws(FileError) -> Int {
            let stat = String(decoding: try FileSystem.read("/proc/self/stat"), as: UTF8.self)
            let fields = stat[(stat.lastIndex(of: ")") ?? stat.startIndex)...].split(separator: " ")
            return fields.count > 8 ? Int(fields[8]) ?? -1 : -1
        }
        // Blocks of a few hundred bytes, as a report's values are, each written to.
        var blocks: [UnsafeMutableRawPointer] = []
        blocks.reserveCapacity((mebibytes << 20) / 256)
        let before = try faults()
        var firstMiB = -1
        for index in 0..<(mebibytes << 20) / 256 {
            guard let block = malloc(256) else { fail("out of memory", status: 1) }
            memset(block, 1, 256)
            blocks.append(block)
            if index == (1 << 20) / 256 - 1 { firstMiB = try faults() - before }
        }
        // /proc/self/smaps_rollup: « AnonHugePages:  20480 kB ».
        let rollup = try FileSystem.read("/proc/self/smaps_rollup")
        let line = String(decoding: rollup, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("AnonHugePages:") }
        let kibibytes = line?.split(separator: " ").dropFirst().first.map(String.init) ?? "?"
        try StandardStreams.writeOutput(Array("\(kibibytes)\n\(firstMiB)\n".utf8))
        blocks.forEach { free($0) }
    default:
        fail("commands: copy, emit, descriptors, heap", status: 2)
    }
}

do {
    try run(Array(CommandLine.arguments.dropFirst()))
} catch .standardOutputClosedByReader {
    exit(3)
} catch {
    fail(error.description, status: 1)
}
