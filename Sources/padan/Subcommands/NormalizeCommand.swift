import ArgumentParser
import Foundation
import PadanCore

struct NormalizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract:
      "Show the normalised text of a file (HTML removed, entities decoded, NFC, spaces tidied)."
  )

  @Argument(help: "A file, or - for stdin.")
  var path: String

  @Flag(name: .long, help: "Also list every change with its original and normalised byte ranges.")
  var changes = false

  @OptionGroup var options: SegmentationOptions

  func run() throws {
    do {
      let source = try InputCollector.read(path)
      let normalized = try Normalizer(options: options.normalization).normalize(source)
      DiagnosticPrinter.print(normalized.warnings)
      var out = StandardOutput()
      out.write(String(decoding: normalized.bytes, as: UTF8.self))
      if changes {
        out.write("\n# changes (original @start-end -> normalised @start-end), per layer\n")
        for (n, layer) in normalized.sourceMap.layers.enumerated() {
          for c in layer {
            let old = String(decoding: source.bytes[c.source.range], as: UTF8.self)
            out.write("\(n) \(c.source) -> \(c.destination) \(String(reflecting: old))\n")
          }
        }
      }
      out.flush()
    } catch {
      let d = error
      DiagnosticPrinter.print(d)
      throw ExitCode(1)
    }
  }
}
