import EnveloppeIO

// enveloppe: parse the command line, run one command, exit with its status (docs/architecture.md).
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

StandardStreams.prepare()
exit(Tool.main(Array(CommandLine.arguments.dropFirst())).rawValue)
