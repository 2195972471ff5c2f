// swift-tools-version: 6.0
import PackageDescription

// The command is one static executable on Linux, the C library and the parts of the Swift runtime it uses inside
// (macOS has the runtime in the system): nothing for the dynamic linker to load, bind or relocate at each start, and
// a short run is mostly process start (docs/performance.md, fourteenth pass). Linked by the toolchain's own linker
// (lld), which does not repeat at each build the C library's notice that a static program should not load libraries
// (the Swift runtime names `dlopen` for a library the command never asks for).
let staticExecutable: [LinkerSetting] = [.unsafeFlags(["-static-executable", "-use-ld=lld"], .when(platforms: [.linux]))]

// In a release build, each module offers the bodies of its functions to the modules that call it, to inline and
// specialise (money's arithmetic in the projection, the JSON tree in the decoders): about 4 % fewer instructions for a
// national programme (docs/performance.md, fourteenth pass). The type of each generic value the code makes (an array
// of explained figures, a mutex of citations) is described to the runtime by a direct call rather than by its mangled
// name, which the runtime decoded at its first use in each process (112 names, 2 % of a national run's instructions and
// 5 % of its time, the decoder's code cold), and those known at compile time are laid out by the compiler: a
// 64-household run 11 to 13 % faster, a national one 1 to 6 % (nineteenth pass). Debug builds are left as they are.
let releaseOptimizations: [SwiftSetting] = [
    .unsafeFlags(
        [
            "-cross-module-optimization", "-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors", "-Xfrontend",
            "-prespecialize-generic-metadata",
        ], .when(configuration: .release))
]

// The library is layered as three targets so the compiler keeps the lower layers from
// reaching up (docs/architecture.md): Core (money, months, input errors) → Rules (calls,
// presets, citations, explained figures) → Enveloppe (scenario → projection → payments →
// treasury → budget and checks → report → funding → evaluation).
let package = Package(
    name: "Enveloppe",
    platforms: [.macOS(.v15)],  // Int128 for exact multiply-then-divide
    products: [
        .library(name: "Enveloppe", targets: ["Enveloppe"]),
        .executable(name: "enveloppe", targets: ["EnveloppeCLI"]),
        // libFuzzer target (fuzz/run.sh builds it with -sanitize=fuzzer); a plain build replays inputs through it.
        .executable(name: "enveloppe-fuzz", targets: ["EnveloppeFuzz"]),
        // Timings of the scenarios and of a national-scale programme (docs/performance.md).
        .executable(name: "enveloppe-bench", targets: ["EnveloppeBenchmark"]),
    ],
    targets: [
        // Exact money, rates, rounding, apportionment, months, input errors.
        .target(name: "EnveloppeCore", swiftSettings: releaseOptimizations),
        // The calls as cited rules (presets, sources, CERFA vocabulary) and explained figures.
        .target(name: "EnveloppeRules", dependencies: ["EnveloppeCore"], swiftSettings: releaseOptimizations),
        // Pure model: scenario, projection, payments, treasury, budget, checks, report, funding. No files, clock or formats.
        .target(name: "Enveloppe", dependencies: ["EnveloppeCore", "EnveloppeRules"], swiftSettings: releaseOptimizations),
        // Formats: readers with field paths, words, and the renderers of each output format.
        .target(name: "EnveloppeFormats", dependencies: ["Enveloppe", "EnveloppeWorkbook"], swiftSettings: releaseOptimizations),
        // Workbooks without a third-party package: ZIP, DEFLATE, XML, and the .xlsx and .ods formats, both ways.
        .target(name: "EnveloppeWorkbook", swiftSettings: releaseOptimizations),
        // Files and standard streams without Foundation: whole-or-nothing writes, never over an input or a device.
        .target(name: "EnveloppeIO", dependencies: ["EnveloppeCHeap"], swiftSettings: releaseOptimizations),
        // The C library's heap settings (<malloc.h>), which Swift's Glibc module leaves out.
        .target(name: "EnveloppeCHeap"),
        // Test helper: EnveloppeIO in a child process, for standard input, signals and closed streams.
        .executableTarget(name: "EnveloppeIOProbe", dependencies: ["EnveloppeIO"]),
        // The command: arguments, files, exit status.
        .executableTarget(
            name: "EnveloppeCLI", dependencies: ["Enveloppe", "EnveloppeFormats", "EnveloppeIO"], swiftSettings: releaseOptimizations,
            linkerSettings: staticExecutable),
        .executableTarget(name: "EnveloppeFuzz", dependencies: ["Enveloppe", "EnveloppeFormats", "EnveloppeWorkbook"]),
        .executableTarget(name: "EnveloppeBenchmark", dependencies: ["Enveloppe", "EnveloppeFormats", "EnveloppeIO"]),
        // A program that imports nothing: the benchmark's floor for a process start, built as Swift builds a program
        // by default, and the same linked as the command is (the stricter floor, reported beside it).
        .executableTarget(name: "EnveloppeStartFloor"),
        .executableTarget(name: "EnveloppeStartFloorStatic", linkerSettings: staticExecutable),
        .testTarget(name: "EnveloppeTests", dependencies: ["EnveloppeCore", "EnveloppeRules", "Enveloppe"]),
        .testTarget(name: "EnveloppeFormatsTests", dependencies: ["Enveloppe", "EnveloppeFormats", "EnveloppeWorkbook"]),
        .testTarget(name: "EnveloppeWorkbookTests", dependencies: ["EnveloppeWorkbook"], exclude: ["Fixtures"]),
        .testTarget(name: "EnveloppeIOTests", dependencies: ["EnveloppeIO", "EnveloppeIOProbe"]),
        // The CLI tests run the built `enveloppe` as a user would (`swift test` builds it): they link none of its code.
        .testTarget(name: "CLITests", dependencies: ["EnveloppeWorkbook"]),
        // The fuzz target's own function: every reader reached, the checked-in seeds and findings replayed.
        .testTarget(name: "FuzzTargetTests", dependencies: ["EnveloppeFuzz", "Enveloppe", "EnveloppeFormats"]),
    ]
)
