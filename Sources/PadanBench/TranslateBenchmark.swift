internal import Foundation
public import PadanCore

#if canImport(Glibc)
  internal import Glibc
#endif

/// The translation benchmark: `padan translate` end to end on a generated corpus of
/// Indonesian news-like articles, run as child processes so that each run's time and
/// peak memory are its own.
public enum TranslateBenchmark {
  /// Real Indonesian text to build articles from: the paragraphs of every `.txt` file
  /// below a folder, and the `src` (or `text`) of every line of a `.jsonl` file.
  ///
  /// - Returns: the seed articles whole, and the sentences.
  public static func sources(from paths: [String]) throws(Diagnostic) -> (
    articles: [String], sentences: [String]
  ) {
    var articles: [String] = []
    var sentences: [String] = []
    for path in paths {
      if path.hasSuffix(".jsonl") {
        let reader = try ByteLineReader(path: path)
        while let line = try reader.nextLine() {
          guard let value = try? JSONValue.parse(line) else { continue }
          if let text = (value["src"] ?? value["text"])?.string, !text.isEmpty {
            sentences.append(text)
          }
        }
      } else {
        let (files, problems) = InputCollector.files(for: [path])
        if let problem = problems.first { throw problem }
        for file in files {
          let bytes = try InputCollector.read(file).bytes
          guard let text = String(validating: bytes, as: UTF8.self) else { continue }
          articles.append(text)
        }
      }
    }
    guard !sentences.isEmpty || !articles.isEmpty else {
      throw Diagnostic(.error, at: nil, "no benchmark source texts")
    }
    return (articles, sentences)
  }

  /// Writes at least `bytes` bytes of article-sized files (4-16 KB) into `directory`:
  /// mostly a headline and paragraphs of two to four sentences drawn in a shuffled order
  /// (fixed seed), and every tenth file a seed article whole, with its boilerplate.
  ///
  /// - Returns: the file paths, in order. The same inputs give the same files.
  public static func writeCorpus(
    articles: [String], sentences: [String], bytes target: Int, into directory: String
  ) throws(Diagnostic) -> [String] {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw Diagnostic(.error, at: nil, "\(directory): cannot create folder")
    }
    var random = SplitMix(seed: 0x5EED_7A4A)
    var order = Array(sentences.indices)
    var position = order.count
    func nextSentence() -> String {
      if position == order.count {
        for i in stride(from: order.count - 1, to: 0, by: -1) {
          order.swapAt(i, random.next(below: i + 1))
        }
        position = 0
      }
      defer { position += 1 }
      return sentences[order[position]]
    }
    var paths: [String] = []
    var written = 0
    while written < target {
      var text: String
      if (paths.count % 10 == 9 || sentences.isEmpty) && !articles.isEmpty {
        text = articles[(paths.count / 10) % articles.count]
      } else {
        let size = 4_000 + random.next(below: 12_000)
        var headline = nextSentence()
        while headline.last.map({ ".!?”\"".contains($0) }) == true { headline.removeLast() }
        text = headline + "\n\n"
        while text.utf8.count < size {
          let count = 2 + random.next(below: 3)
          text += (0..<count).map { _ in nextSentence() }.joined(separator: " ") + "\n\n"
        }
      }
      let path = (directory as NSString).appendingPathComponent(
        String(format: "news-%06d.txt", paths.count))
      guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
        throw Diagnostic(.error, at: nil, "\(path): cannot write file")
      }
      paths.append(path)
      written += text.utf8.count
    }
    return paths
  }

  /// Writes the files as a `--jsonl` stream, `{"id","text"}` per line, repeating them
  /// until the stream holds at least `bytes` bytes of text.
  ///
  /// - Returns: the number of records and of text bytes.
  public static func writeStream(files: [String], bytes target: Int, to path: String)
    throws(Diagnostic) -> (records: Int, bytes: Int)
  {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { throw Diagnostic(.error, at: nil, "\(path): cannot write file") }
    defer { try? handle.close() }
    var records = 0
    var bytes = 0
    while bytes < target {
      let file = files[records % files.count]
      let text = String(decoding: try InputCollector.read(file).bytes, as: UTF8.self)
      let line = "{\"id\":\"r\(records)\",\"text\":\(JSONText.quoted(text))}\n"
      handle.write(Data(line.utf8))
      records += 1
      bytes += text.utf8.count
    }
    return (records, bytes)
  }

  /// One run of a child process.
  public struct Run: Sendable {
    public var status: Int32
    public var seconds: Double
    /// User plus system CPU time of the child, seconds.
    public var cpuSeconds: Double
    /// Peak resident memory of the child, bytes (from `wait4`'s `ru_maxrss`).
    public var peakMemory: Int
  }

  /// Runs `executable` with `arguments`, standard input from `stdinPath` and standard
  /// output to `stdoutPath` (`/dev/null` by default), and waits for it.
  ///
  /// - Throws: `Diagnostic` when the process cannot be started.
  public static func runChild(
    _ executable: String, _ arguments: [String], stdinPath: String = "/dev/null",
    stdoutPath: String = "/dev/null"
  ) throws(Diagnostic) -> Run {
    #if canImport(Glibc)
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      let argv = ([executable] + arguments).map { strdup($0) } + [nil]
      defer { for p in argv { free(p) } }
      var pid: pid_t = 0
      let start = DispatchTime.now().uptimeNanoseconds
      let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
      guard rc == 0 else {
        throw Diagnostic(
          .error, at: nil, "\(executable): cannot start (\(String(cString: strerror(rc))))")
      }
      var status: Int32 = 0
      var usage = rusage()
      while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
      let cpu =
        Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
      return Run(
        status: exit, seconds: seconds, cpuSeconds: cpu, peakMemory: Int(usage.ru_maxrss) * 1024)
    #else
      throw Diagnostic(.error, at: nil, "child processes are only measured on Linux")
    #endif
  }
}

/// A small deterministic random number generator (SplitMix64).
struct SplitMix {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`.
  mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
