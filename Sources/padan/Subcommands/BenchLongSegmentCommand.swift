import ArgumentParser
import Foundation
import PadanBench
import PadanCore

struct BenchLongSegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "long-segment",
    abstract: "Time and peak memory of 'translate --jsonl' on one very long segment.",
    discussion: """
      Writes one {"id","text"} record whose text is a clause repeated without any sentence \
      end (default: 'Rusia dan NATO setuju dengan pasukan di perbatasan'), for each size of \
      --sizes-mb, and runs this padan as a child process: 'translate --jsonl --jobs 1' on it. \
      Reports seconds and peak memory (from wait4) for each size and the time ratio of each \
      size to the first; translation time should grow linearly with the length of the text.
      """
  )

  @Option(name: .long, help: "Text sizes in MB (10^6 bytes), comma-separated.")
  var sizesMb: String = "1,4,50"

  @Option(name: .long, help: "The clause repeated to fill the text.")
  var clause = "Rusia dan NATO setuju dengan pasukan di perbatasan"

  @OptionGroup var segmentation: SegmentationOptions
  @OptionGroup var translation: TranslationOptions

  func run() throws {
    let sizes = sizesMb.split(separator: ",").compactMap { Int($0) }
    guard !sizes.isEmpty else { throw ValidationError("--sizes-mb: expected numbers") }
    // Written into JSON as it is.
    guard !clause.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || $0.value < 0x20 })
    else { throw ValidationError("--clause: no quotes, backslashes or control characters") }
    let directory = NSTemporaryDirectory() + "padan-bench-long-segment-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
      let common = [
        "--glossaries", try translation.glossaries, "--rules",
        try segmentation.rulesDirectory(glossaries: translation.glossariesOption),
      ]
      print("clause:   \(clause) (repeated, no sentence end)")
      var first: Double?
      for mb in sizes {
        let input = (directory as NSString).appendingPathComponent("record-\(mb).jsonl")
        let output = (directory as NSString).appendingPathComponent("out-\(mb).jsonl")
        let bytes = try Self.writeRecord(clause: clause, bytes: mb * 1_000_000, to: input)
        let run = try TranslateBenchmark.runChild(
          executable, ["translate", "--jsonl", "--jobs", "1"] + common, stdinPath: input,
          stdoutPath: output)
        guard run.status == 0 else {
          throw Diagnostic(
            .error, at: nil, "padan translate --jsonl exited with \(run.status) on \(mb) MB")
        }
        let outputBytes =
          (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        try? FileManager.default.removeItem(atPath: input)
        try? FileManager.default.removeItem(atPath: output)
        let ratio = first.map { String(format: ", %.2f× the first", run.seconds / $0) } ?? ""
        if first == nil { first = run.seconds }
        print(
          String(
            format:
              "%4d MB:  %7.2f s (%.2f s CPU, %.2f MB/s), peak memory %7.1f MB, output %d bytes%@",
            mb, run.seconds, run.cpuSeconds, Double(bytes) / 1e6 / run.seconds,
            Double(run.peakMemory) / 1e6, outputBytes, ratio))
      }
    } catch let d as Diagnostic {
      DiagnosticPrinter.print(d)
      throw ExitCode(1)
    }
  }

  /// Writes `{"id":1,"text":"CLAUSE CLAUSE …"}` with about `bytes` of text.
  ///
  /// - Returns: the length of the text in bytes.
  static func writeRecord(clause: String, bytes: Int, to path: String) throws(Diagnostic) -> Int {
    let unit = Array((clause + " ").utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes + unit.count)
    while text.count + unit.count <= bytes { text += unit }
    if text.last == 0x20 { text.removeLast() }
    let line = Array("{\"id\":1,\"text\":\"".utf8) + text + Array("\"}\n".utf8)
    guard FileManager.default.createFile(atPath: path, contents: Data(line)) else {
      throw Diagnostic(.error, at: nil, "\(path): cannot write")
    }
    return text.count
  }
}
