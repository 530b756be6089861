// swift-tools-version: 6.1
// libFuzzer targets for Tarjuman's parsers, built apart from the main package so that the
// normal build never sees the fuzzer's own `main`. Build and run with Fuzz/run.sh.
import PackageDescription

let package = Package(
    name: "TarjumanFuzz",
    dependencies: [.package(name: "Tarjuman", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "TarjumanFuzz",
            dependencies: ["CFuzzerDriver", .product(name: "TarjumanKit", package: "Tarjuman")]
        ),
    ]
)
