// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Padan's readers, built apart from the product so that the
// instrumentation never reaches a normal build. Build and run them with Scripts/fuzz.sh.
let package = Package(
  name: "PadanFuzz",
  dependencies: [.package(name: "Padan", path: "..")],
  targets: [
    .executableTarget(
      name: "PadanFuzz",
      dependencies: [.product(name: "PadanCore", package: "Padan")]
    )
  ]
)
