// swift-tools-version:6.0
import PackageDescription

// Layering (one way only): CICU -> ICUWrapper -> PadanCore -> padan.
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
    .executableTarget(
      name: "padan",
      dependencies: [
        "PadanCore",
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
      name: "padanTests",
      dependencies: ["padan"],
      exclude: ["Snapshots"],
      swiftSettings: swiftSettings
    ),
  ],
  cxxLanguageStandard: .cxx17
)
