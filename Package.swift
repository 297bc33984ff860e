// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "gymplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gymplan", targets: ["gymplan"]),
        .executable(name: "gymplan-bench", targets: ["gymplan-bench"]),
        .library(name: "GymPlan", targets: ["GymPlan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libpq, Debian's libpq-dev.
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        // A PostgreSQL client over libpq that knows nothing about schools.
        .target(name: "PostgresClient", dependencies: ["CLibPQ"], swiftSettings: strict),
        // COIN-OR CBC's C interface, Debian's coinor-libcbc-dev.
        .systemLibrary(
            name: "CCbc",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"])]
        ),
        // Mixed-integer programs (columns, rows, bounds) solved with CBC; knows nothing about schools.
        .target(name: "MixedIntegerProgramming", dependencies: ["CCbc"], swiftSettings: strict),
        // Min-cost flow solvers (network simplex, successive shortest paths), min cut, DIMACS.
        .target(name: "MinCostFlow", swiftSettings: strict),
        // A seeded random number generator for the solver tests' random instances.
        .target(name: "SeededRandom", swiftSettings: strict),
        // Delimited text (CSV) decoding: encodings, dialects, RFC 4180, positions.
        .target(name: "DelimitedText", swiftSettings: strict),
        // gymplan's domain: import, planning, grants, export.
        .target(
            name: "GymPlan",
            dependencies: ["PostgresClient", "MinCostFlow", "MixedIntegerProgramming", "DelimitedText"],
            // The report's style sheet and script, embedded by EmbedFiles rather than shipped as resources.
            exclude: ["Export/Report/Assets"],
            swiftSettings: strict,
            plugins: ["EmbedFiles"]
        ),
        // Build tool: the SQL/ migrations and the report's assets become Swift source inside GymPlan.
        .executableTarget(name: "embed-files", path: "Sources/embed-files"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
        .executableTarget(
            name: "gymplan",
            dependencies: ["GymPlan", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "gymplan-bench",
            dependencies: ["MinCostFlow", "GymPlan", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // Throwaway PostgreSQL clusters and databases for the tests.
        .target(name: "TestSupport", dependencies: ["PostgresClient", "GymPlan"], swiftSettings: strict),
        .testTarget(name: "PostgresClientTests", dependencies: ["PostgresClient", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "MinCostFlowTests", dependencies: ["MinCostFlow", "SeededRandom"], swiftSettings: strict),
        .testTarget(name: "MixedIntegerProgrammingTests", dependencies: ["MixedIntegerProgramming", "SeededRandom"], swiftSettings: strict),
        .testTarget(name: "DelimitedTextTests", dependencies: ["DelimitedText"], swiftSettings: strict),
        // The command line's own code: error reports and exit statuses.
        .testTarget(name: "CommandLineTests", dependencies: ["gymplan", "GymPlan", "PostgresClient"], swiftSettings: strict),
        .testTarget(name: "GymPlanTests", dependencies: ["GymPlan", "TestSupport", "DelimitedText", "SeededRandom"], swiftSettings: strict),
        .testTarget(
            name: "GymPlanIntegrationTests",
            dependencies: ["GymPlan", "TestSupport", "gymplan"],
            resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
