/// Reads `X.jsonl` (see `BilingualJSONLWriter`) line by line.
///
/// Problems are `Diagnostic`s at `FILE:LINE:COLUMN` (1-based; the column is the UTF-8
/// byte where JSON syntax failed, or 1): a malformed or truncated line, a missing or
/// mistyped key, a span outside its text, or fewer or more segments than the header says.
/// Keys the reader does not know are ignored, so later versions can add some.
///
/// ```swift
/// let reader = try BilingualJSONLReader(path: "Output/x.jsonl")
/// while let segment = try reader.next() { … }
/// ```
public final class BilingualJSONLReader {
  public let path: String
  public let header: BilingualDocument.Header
  private let lines: ByteLineReader
  private var count = 0
  /// The `state` of every segment read so far (`reviewed`, `stale`, `final`, or empty
  /// when the line has none), in order.
  public private(set) var states: [String] = []

  /// Opens `path` and reads its header line.
  ///
  /// - Throws: `Diagnostic` when the file cannot be read or the header is not valid.
  public init(path: String) throws(Diagnostic) {
    self.path = path
    self.lines = try ByteLineReader(path: path)
    guard let first = try lines.nextLine() else {
      throw Diagnostic(
        .error, at: SourceLocation(path: path, line: 1, column: 1),
        "empty file: expected a header line {\"padan\":\"document\",…}")
    }
    let object = try Self.object(
      first, path: path, line: 1, terminated: lines.lastLineWasTerminated)
    let fields = JSONFields(object: object, path: path, line: 1)
    guard try fields.string("padan") == BilingualJSONLWriter.documentMarker else {
      throw fields.problem("not a Padan document header (\"padan\" is not \"document\")")
    }
    header = BilingualDocument.Header(
      path: try fields.string("path"), sha256: try fields.string("sha256"),
      version: try fields.string("version"), glossaryFingerprint: try fields.string("glossary"),
      lexiconFingerprint: try fields.string("lexicon"),
      engine: try fields.optionalString("engine") ?? "",
      segmentCount: try fields.count("segments"))
  }

  /// The next segment, or nil after the last one.
  ///
  /// - Throws: `Diagnostic` for a malformed line, or when the file ends before the
  ///   number of segments its header gives (or goes on after it).
  public func next() throws(Diagnostic) -> BilingualSegment? {
    var line: [UInt8]
    repeat {
      guard let next = try lines.nextLine() else {
        if count < header.segmentCount {
          throw Diagnostic(
            .error, at: SourceLocation(path: path, line: lines.lineNumber + 1, column: 1),
            "truncated file: the header gives \(counted(header.segmentCount, "segment")), found \(count)"
          )
        }
        return nil
      }
      line = next
    } while line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    let number = lines.lineNumber
    guard count < header.segmentCount else {
      throw Diagnostic(
        .error, at: SourceLocation(path: path, line: number, column: 1),
        "more segments than the header's \(header.segmentCount)")
    }
    let object = try Self.object(
      line, path: path, line: number, terminated: lines.lastLineWasTerminated)
    let segment = try Self.segment(from: object, path: path, line: number)
    states.append(
      try JSONFields(object: object, path: path, line: number).optionalString("state") ?? "")
    count += 1
    return segment
  }

  /// Reads a whole document.
  ///
  /// - Throws: `Diagnostic` at `FILE:LINE:COLUMN` for the first problem.
  public static func read(path: String) throws(Diagnostic) -> BilingualDocument {
    let reader = try BilingualJSONLReader(path: path)
    var segments: [BilingualSegment] = []
    segments.reserveCapacity(reader.header.segmentCount)
    while let s = try reader.next() { segments.append(s) }
    return BilingualDocument(header: reader.header, segments: segments)
  }

  /// Only the header line of `path`.
  public static func header(path: String) throws(Diagnostic) -> BilingualDocument.Header {
    try BilingualJSONLReader(path: path).header
  }

  /// Parses one segment object, as written in `X.jsonl` and in streaming output.
  ///
  /// - Parameters:
  ///   - path, line: where the object was read, for messages.
  public static func segment(from object: JSONValue, path: String, line: Int) throws(Diagnostic)
    -> BilingualSegment
  {
    let f = JSONFields(object: object, path: path, line: line)
    let id = try f.string("id")
    let kindName = try f.string("kind")
    guard let kind = Segment.Kind(rawValue: kindName) else {
      throw f.problem("unknown kind \"\(kindName)\"")
    }
    let bytes = try f.range("bytes")
    let lineNumber = try f.count("line")
    let source = try f.string("source")
    let target = try f.string("target")
    let sourceCount = source.utf8.count
    let targetCount = target.utf8.count
    var translation = SegmentTranslation(target: target)
    for (i, g) in try f.objects("glossary").enumerated() {
      let e = JSONFields(object: g, path: path, line: line, context: "glossary[\(i)]")
      translation.glossary.append(
        TermUse(
          entry: try e.string("entry"), source: try e.string("source"),
          target: try e.string("target"), type: try e.string("type"),
          sourceSpan: try e.range("src", within: sourceCount),
          targetSpan: try e.range("tgt", within: targetCount), form: try e.string("form")))
    }
    for (i, l) in try f.objects("lexicon").enumerated() {
      let e = JSONFields(object: l, path: path, line: line, context: "lexicon[\(i)]")
      translation.lexicon.append(
        LexiconUse(
          entry: try e.string("entry"), lemma: try e.string("lemma"),
          source: try e.string("source"), target: try e.string("target"),
          sourceSpan: try e.range("src", within: sourceCount),
          targetSpan: try e.range("tgt", within: targetCount),
          analysis: try e.optionalString("analysis") ?? ""))
    }
    translation.unknown = try f.strings("unknown")
    if let value = f.object["origin"] {
      guard case .object = value else { throw f.problem("\"origin\" is not an object") }
      let o = JSONFields(object: value, path: path, line: line, context: "origin")
      guard try o.string("type") == "tm" else { throw o.problem("\"type\" is not \"tm\"") }
      let matchName = try o.string("match")
      guard let match = SegmentOrigin.Match(rawValue: matchName) else {
        throw o.problem("unknown match \"\(matchName)\"")
      }
      var origin = SegmentOrigin(
        file: try o.string("file"), unit: try o.string("unit"), match: match)
      for (i, s) in try o.objects("stale").enumerated() {
        let e = JSONFields(object: s, path: path, line: line, context: "origin.stale[\(i)]")
        origin.stale.append(
          StaleTerm(
            entry: try e.string("entry"), source: try e.string("source"),
            target: try e.string("target"), reviewed: try e.optionalString("was")))
      }
      translation.origin = origin
    }
    return BilingualSegment(
      id: id, kind: kind, bytes: bytes, line: lineNumber, source: source,
      translation: translation)
  }

  /// Parses one line as a JSON object; `terminated` is false for a last line without a
  /// line feed, whose syntax errors are reported as truncation.
  static func object(_ line: [UInt8], path: String, line number: Int, terminated: Bool = true)
    throws(Diagnostic) -> JSONValue
  {
    let value: JSONValue
    do {
      value = try JSONValue.parse(line)
    } catch {
      let truncated = !terminated || error.message == "unexpected end of text"
      throw Diagnostic(
        .error, at: SourceLocation(path: path, line: number, column: error.offset + 1),
        truncated
          ? "truncated line: \(error.message) (the file ends inside a segment)"
          : "malformed JSON: \(error.message)")
    }
    guard case .object = value else {
      throw Diagnostic(
        .error, at: SourceLocation(path: path, line: number, column: 1), "expected a JSON object")
    }
    return value
  }
}
