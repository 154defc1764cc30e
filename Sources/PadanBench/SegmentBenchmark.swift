internal import Foundation
internal import ICUWrapper
public import PadanCore

#if canImport(Glibc)
  internal import Glibc
#endif

/// The segmentation benchmark: the whole read, normalise and segment path against raw
/// ICU sentence iteration over the same bytes, and the `padan segment --jsonl` stream
/// path over the same texts as JSON lines, measured in one run.
public struct SegmentBenchmark {
  /// Figures of one benchmark run.
  public struct Report: Sendable {
    public var corpusBytes: Int
    public var corpusCharacters: Int
    public var documents: Int
    public var segments: Int
    public var icuBoundaries: Int
    /// Best of the repetitions, seconds.
    public var fullPathSeconds: Double
    public var rawICUSeconds: Double
    /// Best time of the `--jsonl` stream path: the corpus as `{"id","text"}` lines read
    /// from a file, checked, segmented and answered by `JSONLStreamRunner` on one thread.
    public var streamSeconds: Double = .infinity
    /// Bytes of the stream's input (the JSON lines) and of its replies.
    public var streamInputBytes = 0
    public var streamOutputBytes = 0
    /// Best time to read the files only, and to read and normalise them (seconds).
    public var readSeconds: Double = .infinity
    public var normalizeSeconds: Double = .infinity
    /// Peak resident memory of the process, bytes.
    public var peakMemoryAfterFullPath: Int
    public var peakMemory: Int

    public var fullPathMBps: Double { Double(corpusBytes) / 1e6 / fullPathSeconds }
    public var rawICUMBps: Double { Double(corpusBytes) / 1e6 / rawICUSeconds }
    public var ratio: Double { fullPathMBps / rawICUMBps }
    /// Text bytes per second through the stream path (the same text as the full path).
    public var streamMBps: Double { Double(corpusBytes) / 1e6 / streamSeconds }
    public var streamRatio: Double { streamMBps / fullPathMBps }
    public var charactersPerSecond: Double { Double(corpusCharacters) / fullPathSeconds }
    public var documentsPerSecond: Double { Double(documents) / fullPathSeconds }
  }

  public var segmenter: DocumentSegmenter
  public var repetitions: Int
  let makeSegmenter: @Sendable () throws -> DocumentSegmenter

  public init(
    makeSegmenter: @escaping @Sendable () throws -> DocumentSegmenter, repetitions: Int = 3
  ) throws {
    self.segmenter = try makeSegmenter()
    self.makeSegmenter = makeSegmenter
    self.repetitions = repetitions
  }

  /// Real Indonesian texts: every `.txt` file below a folder, and the `text` of every
  /// line of a `.jsonl` file.
  public static func sourceTexts(from paths: [String]) throws(Diagnostic) -> [[UInt8]] {
    var texts: [[UInt8]] = []
    for path in paths {
      if path.hasSuffix(".jsonl") {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw Diagnostic(.error, at: nil, "\(path): cannot read file")
        }
        for line in [UInt8](data).split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
          if case .string(let text)? = (try? JSONValue.parse(line))?["text"] {
            texts.append(Array(text.utf8))
          }
        }
      } else {
        let (files, problems) = InputCollector.files(for: [path])
        if let problem = problems.first { throw problem }
        for file in files { texts.append(try InputCollector.read(file).bytes) }
      }
    }
    guard !texts.isEmpty else { throw Diagnostic(.error, at: nil, "no benchmark source texts") }
    return texts
  }

  /// Writes a corpus of at least `bytes` bytes into `directory` as article-sized files
  /// (about 16 KB each) built from `texts` in a deterministic shuffled order.
  ///
  /// - Returns: the file paths, in order.
  public static func writeCorpus(from texts: [[UInt8]], bytes target: Int, into directory: String)
    throws(Diagnostic)
    -> [String]
  {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw Diagnostic(
        .error, at: nil, "\(directory): cannot create folder: \(error.localizedDescription)")
    }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    var paths: [String] = []
    var written = 0
    var order = Array(texts.indices)
    var position = order.count
    while written < target {
      var file: [UInt8] = []
      file.reserveCapacity(20_000)
      while file.count < 16_000 {
        if position == order.count {
          for i in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(i, next() % (i + 1))
          }
          position = 0
        }
        file += texts[order[position]]
        file += [0x0A, 0x0A]
        position += 1
      }
      let path = (directory as NSString).appendingPathComponent(
        String(format: "doc-%06d.txt", paths.count))
      guard FileManager.default.createFile(atPath: path, contents: Data(file)) else {
        throw Diagnostic(.error, at: nil, "\(path): cannot write file")
      }
      paths.append(path)
      written += file.count
    }
    return paths
  }

  /// Runs both measurements over the corpus files, alternating, best of `repetitions`.
  public func run(files: [String]) throws(Diagnostic) -> Report {
    var report = Report(
      corpusBytes: 0, corpusCharacters: 0, documents: files.count, segments: 0, icuBoundaries: 0,
      fullPathSeconds: .infinity, rawICUSeconds: .infinity, peakMemoryAfterFullPath: 0,
      peakMemory: 0)
    // A first, unmeasured pass of the whole path warms the caches and gives its own
    // memory high-water mark before the corpus is loaded for the raw ICU runs.
    _ = try fullPath(files, into: &report)
    report.peakMemoryAfterFullPath = Self.peakResidentBytes()
    var corpus: [[UInt8]] = []
    for path in files { corpus.append(try InputCollector.read(path).bytes) }
    report.corpusCharacters = corpus.reduce(0) { total, bytes in
      total + bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
    let breaker: SentenceBreaker
    do { breaker = try SentenceBreaker(locale: "id") } catch {
      throw Diagnostic(.error, at: nil, "cannot open ICU's sentence iterator: \(error)")
    }
    let stream = try streamInput(corpus, beside: files.first ?? "doc")
    defer { try? FileManager.default.removeItem(atPath: stream) }
    // (a), (b) and (c) alternate, so that all see the same machine conditions.
    for _ in 0..<repetitions {
      report.fullPathSeconds = min(report.fullPathSeconds, try fullPath(files, into: &report))
      report.rawICUSeconds = min(
        report.rawICUSeconds, try rawICU(corpus, breaker: breaker, into: &report))
      report.streamSeconds = min(report.streamSeconds, try streamPath(stream, into: &report))
    }
    // Stage breakdown: reading alone, then reading and normalising.
    for _ in 0..<repetitions {
      var start = DispatchTime.now().uptimeNanoseconds
      for path in files { _ = try InputCollector.read(path) }
      report.readSeconds = min(
        report.readSeconds, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      start = DispatchTime.now().uptimeNanoseconds
      for path in files { _ = try segmenter.normalizer.normalize(try InputCollector.read(path)) }
      report.normalizeSeconds = min(
        report.normalizeSeconds, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    report.peakMemory = Self.peakResidentBytes()
    return report
  }

  /// (a) The whole path: read each file, normalise, classify, segment. Returns seconds.
  func fullPath(_ files: [String], into report: inout Report) throws(Diagnostic) -> Double {
    var segments = 0
    var bytes = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for path in files {
      let source = try InputCollector.read(path)
      bytes += source.bytes.count
      segments += try segmenter.document(from: source).0.segments.count
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    report.segments = segments
    report.corpusBytes = bytes
    return seconds
  }

  /// The corpus as `{"id","text"}` lines in a file beside the corpus files.
  ///
  /// A text that is not valid UTF-8 is written with U+FFFD, as a JSON producer would.
  func streamInput(_ corpus: [[UInt8]], beside file: String) throws(Diagnostic) -> String {
    let path = (file as NSString).deletingLastPathComponent + "-stream.jsonl"
    var bytes: [UInt8] = []
    for (i, text) in corpus.enumerated() {
      bytes += Array("{\"id\":\"doc-\(i)\",\"text\":".utf8)
      JSONText.appendQuoted(String(decoding: text, as: UTF8.self), to: &bytes)
      bytes += Array("}\n".utf8)
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      throw Diagnostic(.error, at: nil, "\(path): cannot write file")
    }
    return path
  }

  /// (c) The `padan segment --jsonl` path: the stream file read line by line, each line
  /// checked and segmented, the replies handed out in batches. Returns seconds.
  func streamPath(_ path: String, into report: inout Report) throws(Diagnostic) -> Double {
    var output = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let runner = JSONLStreamRunner(jobs: 1, makeState: makeSegmenter) { segmenter, record in
      SegmentationProtocol.respond(to: record, segmenter: segmenter)
    }
    let reader = try ByteLineReader(path: path)
    let failed = try runner.run(reader) { replies in
      for reply in replies { output += reply.output.utf8.count + 1 }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    if failed { throw Diagnostic(.error, at: nil, "\(path): the stream reported errors") }
    report.streamOutputBytes = output
    report.streamInputBytes =
      (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    return seconds
  }

  /// (b) Raw ICU sentence iteration over the same bytes, already in memory. Returns seconds.
  func rawICU(_ corpus: [[UInt8]], breaker: SentenceBreaker, into report: inout Report)
    throws(Diagnostic) -> Double
  {
    var boundaries = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for bytes in corpus {
      do {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ICUError) in
          try breaker.forEachBoundary(in: buffer) { _ in boundaries += 1 }
        }
      } catch {
        throw Diagnostic(.error, at: nil, "ICU failed: \(error)")
      }
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    report.icuBoundaries = boundaries
    return seconds
  }

  /// Peak resident set size of this process, in bytes (0 where unknown).
  public static func peakResidentBytes() -> Int {
    #if canImport(Glibc)
      var usage = rusage()
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Int(usage.ru_maxrss) * 1024
    #else
      return 0
    #endif
  }
}
