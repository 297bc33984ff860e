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
        // A seeded random number generator for the benchmarks' and tests' synthetic data.
        .target(name: "SeededRandom", swiftSettings: strict),
        // Delimited text (CSV) decoding: encodings, dialects, RFC 4180, positions.
        .target(name: "DelimitedText", swiftSettings: strict),
        // gymplan's domain: import, planning, grants, export.
        .target(
            name: "GymPlan",
            dependencies: ["PostgresClient", "MinCostFlow", "MixedIntegerProgramming", "DelimitedText"],
            swiftSettings: strict,
            plugins: ["EmbedMigrations"]
        ),
        // Build tool: the SQL/ migrations become Swift source inside GymPlan.
        .executableTarget(name: "embed-migrations", path: "Sources/embed-migrations"),
        .plugin(name: "EmbedMigrations", capability: .buildTool(), dependencies: ["embed-migrations"]),
        .executableTarget(
            name: "gymplan",
            dependencies: ["GymPlan", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "gymplan-bench",
            dependencies: ["GymPlan", "MinCostFlow", "SeededRandom", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict
        ),
        // Throwaway PostgreSQL clusters and databases for the tests.
        .target(name: "TestSupport", dependencies: ["PostgresClient", "GymPlan"], swiftSettings: strict),
        .testTarget(name: "PostgresClientTests", dependencies: ["PostgresClient", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "MinCostFlowTests", dependencies: ["MinCostFlow", "SeededRandom"], swiftSettings: strict),
        .testTarget(name: "MixedIntegerProgrammingTests", dependencies: ["MixedIntegerProgramming", "SeededRandom"], swiftSettings: strict),
        .testTarget(name: "DelimitedTextTests", dependencies: ["DelimitedText"], swiftSettings: strict),
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
