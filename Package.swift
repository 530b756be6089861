// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Tarjuman",
    products: [
        .library(name: "TarjumanKit", targets: ["TarjumanKit"]),
        .library(name: "TarjumanPostgres", targets: ["TarjumanPostgres"]),
        .executable(name: "tarjuman", targets: ["tarjuman"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(
            name: "CICU",
            cxxSettings: [.define("U_SHOW_CPLUSPLUS_API", to: "1")],
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
                .linkedLibrary("stdc++"),
            ]
        ),
        .target(name: "CSignalCleanup"),
        .target(
            name: "TarjumanKit",
            dependencies: [
                "CICU", "CSignalCleanup", .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "TarjumanPostgres",
            dependencies: ["TarjumanKit", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "tarjuman",
            dependencies: [
                "TarjumanKit", "TarjumanPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "BenchmarkSupport",
            path: "Benchmarks/BenchmarkSupport",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "SegmenterBenchmark",
            dependencies: ["TarjumanKit", "CICU", "BenchmarkSupport"],
            path: "Benchmarks/SegmenterBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "TermMatcherBenchmark",
            dependencies: ["TarjumanKit", "BenchmarkSupport"],
            path: "Benchmarks/TermMatcherBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "MemoryBenchmark",
            dependencies: ["TarjumanKit", "TarjumanPostgres", "BenchmarkSupport"],
            path: "Benchmarks/MemoryBenchmark",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "AlignmentEval",
            dependencies: ["TarjumanKit", "CICU", "BenchmarkSupport"],
            path: "Benchmarks/AlignmentEval",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TarjumanKitTests",
            dependencies: ["TarjumanKit", "TarjumanPostgres"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TarjumanCLITests",
            dependencies: ["tarjuman"],
            swiftSettings: swiftSettings
        ),
    ],
    cxxLanguageStandard: .cxx17
)
