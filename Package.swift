// swift-tools-version:6.0
import PackageDescription

// Layering (one way only): CICU -> ICUWrapper -> PadanCore -> PadanBench -> padan.
// Inside PadanCore the stage folders depend one way too (docs/architecture.md,
// Scripts/check-layers.py).
// CICU is a C/C++ shim and never a product: ICU's headers stay inside its .c/.cpp files.
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "Padan",
  products: [
    .executable(name: "padan", targets: ["padan"]),
    .library(name: "PadanCore", targets: ["PadanCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(
      name: "CICU",
      linkerSettings: [
        .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
      ]
    ),
    .target(name: "ICUWrapper", dependencies: ["CICU"], swiftSettings: swiftSettings),
    .target(name: "PadanCore", dependencies: ["ICUWrapper"], swiftSettings: swiftSettings),
    // Benchmarks and the comparison-rule matcher they check against: not part of the library.
    .target(
      name: "PadanBench", dependencies: ["PadanCore", "ICUWrapper"], swiftSettings: swiftSettings),
    .executableTarget(
      name: "padan",
      dependencies: [
        "PadanCore",
        "PadanBench",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "ICUWrapperTests", dependencies: ["ICUWrapper"], swiftSettings: swiftSettings),
    .testTarget(
      name: "PadanCoreTests",
      dependencies: ["PadanCore"],
      exclude: ["Snapshots", "Lexicon/Fixtures", "Diff/Fixtures", "Fuzz/Regressions"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "PadanBenchTests", dependencies: ["PadanBench", "PadanCore"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "padanTests",
      dependencies: ["padan"],
      exclude: ["Snapshots"],
      swiftSettings: swiftSettings
    ),
  ],
  cxxLanguageStandard: .cxx17
)
