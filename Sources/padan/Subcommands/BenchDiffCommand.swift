import ArgumentParser
import Foundation
import PadanBench
import PadanCore

struct BenchDiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "'padan diff' time and peak memory on generated outputs of growing size.",
    discussion: """
      For each size, generates two output folders (deterministic: segments of --source's X.jsonl files shuffled with a fixed seed into documents; the new folder after an edit of the most used glossary entry with a line inserted above it, plus a few edited, merged, added and removed segments), then runs this padan as a child process: 'diff OLD NEW --format json' to /dev/null and 'diff OLD NEW --stat'. Prints MB/s (of the old folder's bytes) and peak memory from wait4; both should stay flat as the size grows (time linear, memory bounded by one document).
      """
  )

  @Option(name: .long, help: "Sizes of the old folder in MB (10^6 bytes), comma-separated.")
  var sizesMb: String = "5,10,20"

  @Option(name: .long, help: "Folder of X.jsonl outputs to take segments from.")
  var source: String = "Output"

  @Option(name: .long, help: "Repetitions of each run; the best time is reported.")
  var `repeat`: Int = 1

  @Option(name: .long, help: "Generate into this folder and keep it (default: a temporary one).")
  var keep: String?

  func run() throws {
    let sizes = sizesMb.split(separator: ",").compactMap { Int($0) }
    let directory = keep ?? NSTemporaryDirectory() + "padan-bench-diff-\(getpid())"
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: directory) } }
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    do {
      let pool = try DiffBenchmark.pool(from: source)
      print("source:   \(source) (\(pool.count) segments)")
      for mb in sizes {
        let folder = (directory as NSString).appendingPathComponent("\(mb)")
        let corpus = try DiffBenchmark.writeCorpus(
          pool: pool, bytes: mb * 1_000_000, into: folder)
        print(
          "\(String(format: "%3d", mb)) MB: \(corpus.bytes) bytes, \(corpus.documents) documents; "
            + "\(corpus.editedEntry) edited, \(corpus.editedSegments) segments changed by it")
        for (name, extra) in [("json", ["--format", "json"]), ("stat", ["--stat"])] {
          var best: TranslateBenchmark.Run? = nil
          for _ in 0..<max(1, `repeat`) {
            let run = try TranslateBenchmark.runChild(
              executable, ["diff", corpus.oldFolder, corpus.newFolder] + extra)
            guard run.status == 1 else {
              throw Diagnostic(.error, at: nil, "padan diff exited with \(run.status), not 1")
            }
            if best == nil || run.seconds < best!.seconds { best = run }
          }
          let r = best!
          print(
            String(
              format: "        %@ %6.2f s, %6.1f MB/s, peak memory %.1f MB",
              name.padding(
                toLength: 5, withPad: " ", startingAt: 0), r.seconds,
              Double(corpus.bytes) / 1e6 / r.seconds, Double(r.peakMemory) / 1e6))
        }
        if keep == nil { try? FileManager.default.removeItem(atPath: folder) }
      }
    } catch let d as Diagnostic {
      DiagnosticPrinter.print(d)
      throw ExitCode(1)
    }
  }
}
