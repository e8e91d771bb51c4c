// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "plancite",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plancite", targets: ["PlanciteCLI"]),
        .executable(name: "plancite-render", targets: ["FixtureRenderCLI"]),
        .library(
            name: "Plancite",
            targets: [
                "PlanciteCore", "PlanciteExtract", "PlanciteLayout", "PlanciteStructure",
                "PlanciteCitations", "PlanciteDataset", "PlanciteCheck", "PlanciteBatch", "PlanciteVisual",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries.
        .systemLibrary(
            name: "CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(
            name: "CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),

        // The GNU process calls the Swift Glibc module leaves out.
        .target(name: "CPlanciteSystem"),

        // Pipeline stages, in order.
        .target(name: "PlanciteCore", dependencies: ["CCrypto"]),
        .target(name: "PlanciteExtract", dependencies: ["CPoppler", "PlanciteCore"]),
        .target(name: "PlanciteLayout", dependencies: ["PlanciteExtract", "PlanciteCore"]),
        .target(name: "PlanciteStructure", dependencies: ["PlanciteLayout", "PlanciteCore"]),
        .target(name: "PlanciteCitations", dependencies: ["PlanciteLayout", "PlanciteCore"]),
        .target(
            name: "PlanciteDataset",
            dependencies: [
                "PlanciteCore", "PlanciteExtract", "PlanciteLayout", "PlanciteStructure",
                "PlanciteCitations", .product(name: "Yams", package: "Yams"),
            ]),
        .target(name: "PlanciteCheck", dependencies: ["PlanciteDataset", "PlanciteCore"]),
        .target(
            name: "PlanciteBatch",
            dependencies: ["CPlanciteSystem", "PlanciteDataset", "PlanciteCore", "PlanciteExtract"]),
        .target(
            name: "PlanciteVisual",
            dependencies: [
                "CCairo", "PlanciteCore", "PlanciteExtract", "PlanciteLayout", "PlanciteStructure",
                "PlanciteCitations", "PlanciteDataset", "PlanciteCheck",
            ]),

        // Command line.
        .executableTarget(
            name: "PlanciteCLI",
            dependencies: [
                "PlanciteCore", "PlanciteExtract", "PlanciteLayout", "PlanciteDataset",
                "PlanciteCheck", "PlanciteBatch", "PlanciteVisual",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds replace glibc's malloc with mimalloc (libmimalloc-dev) for the whole
            // process: poppler, GLib and the Swift runtime make many small short-lived allocations,
            // and glibc's malloc and free were about 14 % of a worker's instructions. Debug builds
            // keep glibc's allocator, so that AddressSanitizer and LeakSanitizer see every allocation.
            linkerSettings: [.linkedLibrary("mimalloc", .when(configuration: .release))]),

        // Test support: renders described documents to PDF through cairo.
        .target(name: "PlanciteFixtures", dependencies: ["CCairo"]),
        .executableTarget(name: "FixtureRenderCLI", dependencies: ["PlanciteFixtures"]),

        // Tests.
        .target(
            name: "TestSupport", dependencies: ["PlanciteFixtures", "PlanciteCore"],
            path: "Tests/TestSupport"),
        .testTarget(name: "PlanciteCoreTests", dependencies: ["PlanciteCore", "TestSupport"]),
        .testTarget(
            name: "PlanciteExtractTests",
            dependencies: ["PlanciteExtract", "PlanciteFixtures", "TestSupport"]),
        .testTarget(
            name: "PlanciteLayoutTests",
            dependencies: ["PlanciteLayout", "PlanciteFixtures", "TestSupport"]),
        .testTarget(
            name: "PlanciteStructureTests",
            dependencies: ["PlanciteStructure", "PlanciteLayout", "PlanciteFixtures", "TestSupport"]),
        .testTarget(
            name: "PlanciteCitationsTests",
            dependencies: ["PlanciteCitations", "PlanciteLayout", "PlanciteFixtures", "TestSupport"]),
        .testTarget(
            name: "PlanciteDatasetTests",
            dependencies: ["PlanciteDataset", "PlanciteExtract", "PlanciteFixtures", "TestSupport"]),
        .testTarget(
            name: "PlanciteCheckTests",
            dependencies: ["PlanciteCheck", "PlanciteDataset", "PlanciteExtract", "PlanciteFixtures", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(name: "PlanciteFixturesTests", dependencies: ["PlanciteFixtures", "TestSupport"]),
        .testTarget(name: "PlanciteBatchTests", dependencies: ["PlanciteBatch", "PlanciteDataset", "PlanciteFixtures", "TestSupport"]),
        .testTarget(name: "PlanciteVisualTests", dependencies: ["PlanciteVisual", "PlanciteDataset", "PlanciteFixtures", "TestSupport"]),
        .testTarget(
            name: "PlanciteCLITests",
            dependencies: ["PlanciteCLI", "PlanciteCheck", "PlanciteDataset", "PlanciteFixtures", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
