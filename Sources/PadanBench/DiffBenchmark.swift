internal import Foundation
public import PadanCore

/// Generated pairs of translation outputs for `padan bench diff`.
///
/// Both folders are synthesised from real segments (the `X.jsonl` files of a Padan output
/// folder, with their glossary and lexicon uses), shuffled with a fixed seed into
/// article-sized documents, so the same size always gives the same bytes. The new folder
/// is the old one after:
/// - a glossary edit: the most used glossary entry gets another English (in every
///   segment that applies it, with the spans after it moved), and a line is inserted above
///   it (every origin below it in its file moves down one line);
/// - in some documents, an edited source (every 5th), two segments merged (every 7th), a
///   segment added (every 9th) and one removed (every 10th).
public enum DiffBenchmark {
  /// What was generated.
  public struct Corpus: Sendable {
    public var oldFolder: String
    public var newFolder: String
    /// Bytes of the old folder's files.
    public var bytes: Int
    public var documents: Int
    /// The glossary entry edited (`Glossaries/x.tsv:N`, as in the old folder).
    public var editedEntry: String
    /// Segments whose English the edit changes.
    public var editedSegments: Int
  }

  /// The segments of every `X.jsonl` in `folder`, in file order.
  ///
  /// - Throws: `Diagnostic` for an unreadable or malformed file, or none at all.
  public static func pool(from folder: String) throws(Diagnostic) -> [BilingualSegment] {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter {
        $0.hasSuffix(".jsonl")
      }.sorted() ?? []
    var segments: [BilingualSegment] = []
    for name in names {
      segments += try BilingualJSONLReader.read(
        path: (folder as NSString).appendingPathComponent(name)
      ).segments
    }
    guard !segments.isEmpty else {
      throw Diagnostic(.error, at: nil, "\(folder): no .jsonl documents to build a corpus from")
    }
    return segments
  }

  /// Writes `old` and `new` folders of about `bytes` (old side) under `directory`.
  public static func writeCorpus(pool: [BilingualSegment], bytes: Int, into directory: String)
    throws(Diagnostic) -> Corpus
  {
    let oldFolder = (directory as NSString).appendingPathComponent("old")
    let newFolder = (directory as NSString).appendingPathComponent("new")
    for folder in [oldFolder, newFolder] {
      do {
        try FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw Diagnostic(.error, at: nil, "\(folder): cannot create folder")
      }
    }
    // The most used glossary entry is the one edited.
    var uses: [String: Int] = [:]
    for s in pool { for g in s.translation.glossary { uses[g.entry, default: 0] += 1 } }
    let edited =
      uses.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key ?? ""
    let (editedFile, editedLine) = ChangeCause.split(origin: edited)

    var random = SplitMix(seed: 0x9AD4_D1FF)
    var written = 0
    var count = 0
    var changed = 0
    while written < bytes {
      count += 1
      var segments: [BilingualSegment] = []
      let n = 20 + random.next(below: 21)
      for k in 0..<n {
        var s = pool[random.next(below: pool.count)]
        s.id = "\(k / 3 + 1).\(k % 3 + 1)"
        segments.append(s)
      }
      let path = String(format: "corpus/doc%05d.txt", count)
      let old = document(
        segments, path: path, sha256: String(repeating: "a", count: 64),
        glossary: String(repeating: "1", count: 64))
      var newSegments = segments.map {
        edit($0, entry: edited, file: editedFile, line: editedLine)
      }
      changed += zip(segments, newSegments).filter { $0.target != $1.target }.count
      if count % 5 == 0, let i = newSegments.indices.first(where: { newSegments[$0].isTranslated })
      {
        newSegments[i].translation = SegmentTranslation(
          target: newSegments[i].target + " yesterday")
        newSegments[i].source += " kemarin"
      }
      if count % 7 == 0, newSegments.count > 4 {
        let merged = newSegments[3]
        newSegments[2].source += " " + merged.source
        newSegments[2].translation = SegmentTranslation(
          target: newSegments[2].target + " " + merged.target)
        newSegments.remove(at: 3)
      }
      if count % 9 == 0 { newSegments.append(pool[random.next(below: pool.count)]) }
      if count % 10 == 0 { newSegments.removeFirst() }
      // The glossary was edited: its fingerprint differs; the lexicon's does not.
      let new = document(
        newSegments, path: path, sha256: String(repeating: "b", count: 64),
        glossary: String(repeating: "3", count: 64))
      let name = String(format: "doc%05d.jsonl", count)
      let oldBytes = BilingualJSONLWriter.bytes(old)
      try AtomicFileWriter.write(oldBytes, to: (oldFolder as NSString).appendingPathComponent(name))
      try AtomicFileWriter.write(
        BilingualJSONLWriter.bytes(new), to: (newFolder as NSString).appendingPathComponent(name))
      written += oldBytes.count
    }
    return Corpus(
      oldFolder: oldFolder, newFolder: newFolder, bytes: written, documents: count,
      editedEntry: edited, editedSegments: changed)
  }

  static func document(
    _ segments: [BilingualSegment], path: String, sha256: String, glossary: String
  ) -> BilingualDocument {
    BilingualDocument(
      header: BilingualDocument.Header(
        path: path, sha256: sha256, glossaryFingerprint: glossary,
        lexiconFingerprint: String(repeating: "2", count: 64), engine: "words+glossary",
        segmentCount: segments.count),
      segments: segments)
  }

  /// `segment` after the glossary edit: the entry's English gets ` (edited)` appended,
  /// spans after it move, and origins below its line in its file move down one line.
  static func edit(_ segment: BilingualSegment, entry: String, file: String, line: Int)
    -> BilingualSegment
  {
    var s = segment
    func moved(_ origin: String) -> String {
      let (f, l) = ChangeCause.split(origin: origin)
      return f == file && l >= line ? "\(f):\(l + 1)" : origin
    }
    var t = s.translation
    var target = Array(t.target.utf8)
    var shift: [(at: Int, by: Int)] = []
    for i in t.glossary.indices where t.glossary[i].entry == entry {
      let span = t.glossary[i].targetSpan
      let start = span.start + shift.filter { $0.at <= span.start }.reduce(0) { $0 + $1.by }
      let end = start + span.count
      guard end <= target.count else { continue }
      let added = Array(" (edited)".utf8)
      target.insert(contentsOf: added, at: end)
      shift.append((span.end, added.count))
      t.glossary[i].target += " (edited)"
    }
    func moved(_ r: ByteRange) -> ByteRange {
      let by = shift.filter { $0.at <= r.start }.reduce(0) { $0 + $1.by }
      let extra = shift.filter { $0.at > r.start && $0.at <= r.end }.reduce(0) { $0 + $1.by }
      return ByteRange(start: r.start + by, end: r.end + by + extra)
    }
    if !shift.isEmpty {
      t.target = String(decoding: target, as: UTF8.self)
      for i in t.glossary.indices { t.glossary[i].targetSpan = moved(t.glossary[i].targetSpan) }
      for i in t.lexicon.indices { t.lexicon[i].targetSpan = moved(t.lexicon[i].targetSpan) }
    }
    for i in t.glossary.indices { t.glossary[i].entry = moved(t.glossary[i].entry) }
    for i in t.lexicon.indices { t.lexicon[i].entry = moved(t.lexicon[i].entry) }
    s.translation = t
    return s
  }
}
