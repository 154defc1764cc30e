/// Turns an input file into a `BilingualDocument`: segment it, translate every segment
/// that is not boilerplate, and record where each came from.
///
/// Owns a `DocumentSegmenter` (an ICU iterator) and a translator (which may keep caches),
/// so one instance serves one thread at a time; create one per worker.
public final class BilingualAligner {
  public let segmenter: DocumentSegmenter
  public private(set) var translator: any SegmentTranslator
  /// Fingerprints and engine name recorded in every header.
  public let glossaryFingerprint: String
  public let lexiconFingerprint: String
  public let engine: String
  /// Reviewed segments whose English is used instead of the engine's when the Indonesian
  /// matches; nil for none.
  public let memory: ReviewMemory?

  public init(
    segmenter: DocumentSegmenter, translator: any SegmentTranslator, engine: String,
    glossaryFingerprint: String, lexiconFingerprint: String, memory: ReviewMemory? = nil
  ) {
    self.memory = memory
    self.segmenter = segmenter
    self.translator = translator
    self.engine = engine
    self.glossaryFingerprint = glossaryFingerprint
    self.lexiconFingerprint = lexiconFingerprint
  }

  /// Reads, segments and translates `source`.
  ///
  /// - Returns: the segmented document, its bilingual form and any warnings (replaced
  ///   bytes in lossy mode).
  /// - Throws: `Diagnostic` for input that cannot be read as text (invalid UTF-8, with its
  ///   `FILE:LINE:COLUMN`).
  /// - Complexity: O(n) in the size of the input, plus the translator's cost.
  public func align(_ source: SourceFile) throws(Diagnostic) -> (
    document: Document, bilingual: BilingualDocument, warnings: [Diagnostic]
  ) {
    var segments: [BilingualSegment] = []
    let (document, header, warnings) = try alignSegments(source) { _, segment in
      segments.append(segment)
    }
    return (document, BilingualDocument(header: header, segments: segments), warnings)
  }

  /// Reads and segments `source`, then translates its segments one at a time (taking the
  /// English of a reviewed segment of `memory` when one matches), handing
  /// each to `body` as soon as it is done and keeping none: memory for the translations
  /// does not grow with the length of the text (`translate --jsonl` on one huge record).
  ///
  /// - Returns: the segmented document, the header of its bilingual form and any warnings.
  /// - Throws: `Diagnostic` before any segment, for input that cannot be read as text.
  public func alignSegments(
    _ source: SourceFile, _ body: (Segment, BilingualSegment) -> Void
  ) throws(Diagnostic) -> (
    document: Document, header: BilingualDocument.Header, warnings: [Diagnostic]
  ) {
    let (document, warnings) = try segmenter.document(from: source)
    let lines = SourceLineTable(source.bytes)
    var paragraph = -1
    var position = 0
    let segments = document.segments
    for (k, segment) in segments.enumerated() {
      if segment.paragraph != paragraph {
        paragraph = segment.paragraph
        position = 0
      }
      position += 1
      let text = document.text(of: segment)
      var translation =
        segment.kind == .boilerplate
        ? SegmentTranslation(target: "") : translator.translate(text, kind: segment.kind)
      if let memory, segment.kind != .boilerplate,
        let (unit, match) = memory.match(
          source: text, previous: k > 0 ? document.text(of: segments[k - 1]) : "",
          next: k + 1 < segments.count ? document.text(of: segments[k + 1]) : "")
      {
        translation = memory.translation(translation, from: unit, match: match)
      }
      body(
        segment,
        BilingualSegment(
          id: "\(segment.paragraph + 1).\(position)", kind: segment.kind,
          bytes: segment.sourceRange, line: lines.line(ofByte: segment.sourceRange.start),
          source: text, translation: translation))
    }
    let header = BilingualDocument.Header(
      path: source.path, sha256: SHA256.hex(source.bytes),
      glossaryFingerprint: glossaryFingerprint, lexiconFingerprint: lexiconFingerprint,
      engine: engine, segmentCount: document.segments.count)
    return (document, header, warnings)
  }

  /// The English of a whole text laid out like its source: segments on one line joined by
  /// a space, lines by a line feed, paragraphs by a blank line. Boilerplate and segments
  /// without English are left out.
  ///
  /// - Parameters:
  ///   - document: the segmented source, whose segments match `bilingual.segments` one to one.
  public static func layoutTarget(of document: Document, _ bilingual: BilingualDocument) -> String {
    var layout = TargetLayout()
    for (segment, b) in zip(document.segments, bilingual.segments) { layout.add(segment, b) }
    return layout.text
  }
}

/// Builds `BilingualAligner.layoutTarget` one segment at a time.
public struct TargetLayout {
  public private(set) var text = ""
  private var last: Segment?

  public init() {}

  /// Adds the English of `bilingual` (the translation of `segment`), if it has any.
  public mutating func add(_ segment: Segment, _ bilingual: BilingualSegment) {
    guard bilingual.isTranslated else { return }
    if let last {
      if last.paragraph != segment.paragraph {
        text += "\n\n"
      } else if last.line != segment.line {
        text += "\n"
      } else {
        text += " "
      }
    }
    text += bilingual.target.replacingLineBreaks()
    last = segment
  }
}

/// Start offsets of the lines of a source file, for turning byte offsets into 1-based lines.
/// Lines end at LF, CRLF or a lone CR, as in `SourceFile.location(ofByte:)`.
struct SourceLineTable {
  private var starts: [Int] = [0]

  init(_ bytes: [UInt8]) {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
  }

  /// The 1-based line holding byte `offset`.
  func line(ofByte offset: Int) -> Int {
    var low = 0
    var high = starts.count
    while low < high {
      let mid = (low + high) / 2
      if starts[mid] <= offset { low = mid + 1 } else { high = mid }
    }
    return max(low, 1)
  }
}

extension String {
  /// Line breaks (LF, CR, U+2028, U+2029) replaced with spaces, for one-line formats.
  func replacingLineBreaks() -> String {
    guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0xE2 }) else { return self }
    var out = ""
    out.unicodeScalars.append(
      contentsOf: unicodeScalars.map {
        switch $0 {
        case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": " "
        default: $0
        }
      })
    return out
  }
}
