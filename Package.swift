// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Enveloppe",
    platforms: [.macOS(.v15)],  // Int128 for exact multiply-then-divide
    products: [
        .library(name: "Enveloppe", targets: ["Enveloppe"]),
        .executable(name: "enveloppe", targets: ["EnveloppeCLI"]),
    ],
    targets: [
        // Pure model: money, months, cited rules, scenarios, figures, checks. No files, clock or formats.
        .target(name: "Enveloppe"),
        // Formats: scenario JSON decoding with field paths, and the text/CSV/JSON renderers of a report.
        .target(name: "EnveloppeFormats", dependencies: ["Enveloppe"]),
        // The command: arguments, files, exit status.
        .executableTarget(name: "EnveloppeCLI", dependencies: ["Enveloppe", "EnveloppeFormats"]),
        .testTarget(name: "EnveloppeTests", dependencies: ["Enveloppe"]),
        .testTarget(name: "EnveloppeFormatsTests", dependencies: ["Enveloppe", "EnveloppeFormats"]),
        .testTarget(name: "CLITests", dependencies: ["EnveloppeCLI"]),
    ]
)
