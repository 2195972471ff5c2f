// swift-tools-version: 6.0
import PackageDescription

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
        // Pure model: money, months, cited rules, scenarios, figures, checks. No files, clock or formats.
        .target(name: "Enveloppe"),
        // Formats: scenario JSON decoding with field paths, and the text/CSV/JSON renderers of a report.
        .target(name: "EnveloppeFormats", dependencies: ["Enveloppe"]),
        // The command: arguments, files, exit status.
        .executableTarget(name: "EnveloppeCLI", dependencies: ["Enveloppe", "EnveloppeFormats"]),
        .executableTarget(name: "EnveloppeFuzz", dependencies: ["Enveloppe", "EnveloppeFormats"]),
        .executableTarget(name: "EnveloppeBenchmark", dependencies: ["Enveloppe", "EnveloppeFormats"]),
        .testTarget(name: "EnveloppeTests", dependencies: ["Enveloppe"]),
        .testTarget(name: "EnveloppeFormatsTests", dependencies: ["Enveloppe", "EnveloppeFormats"]),
        .testTarget(name: "CLITests", dependencies: ["EnveloppeCLI"]),
    ]
)
