/// Writes `X.jsonl`, the canonical bilingual output: one compact JSON object per line,
/// keys in a fixed order, UTF-8 unescaped except what JSON requires.
///
/// ```
/// {"padan":"document","version":…,"path":…,"sha256":…,"glossary":…,"lexicon":…,"engine":…,"segments":N}
/// {"id":"3.2","kind":"body","bytes":[s,e],"line":L,"source":…,"target":…,"glossary":[…],"lexicon":[…],"unknown":[…]}
/// ```
///
/// A segment whose English comes from the translation memory of reviewed segments ends
/// with `"state":"reviewed"` (or `"stale"`) and `"origin":{"type":"tm","file":…,"unit":…,
/// "match":"exact"|"in-context","stale":[{"entry":…,"source":…,"target":…,"was":…}]}`;
/// its `lexicon` and `unknown` are empty (a person wrote the English), its `glossary`
/// lists the entries found in the Indonesian, `tgt` empty where the English lacks them.
///
/// Byte ranges and spans are UTF-8 byte offsets, 0-based, end exclusive: `bytes` into the
/// original input, `src` into `source`, `tgt` into `target`.
public enum BilingualJSONLWriter {
  /// The value of the `padan` key of a header line.
  public static let documentMarker = "document"

  /// The whole file: the header line and one line per segment, each ending in LF.
  public static func text(_ document: BilingualDocument) -> String {
    String(decoding: bytes(document), as: UTF8.self)
  }

  /// The whole file as UTF-8 bytes.
  public static func bytes(_ document: BilingualDocument) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(1024 + document.segments.count * 1024)
    out.append(contentsOf: headerLine(document.header).utf8)
    out.append(0x0A)
    for segment in document.segments {
      appendSegment(segment, to: &out)
      out.append(0x0A)
    }
    return out
  }

  /// The header line, without its line feed.
  public static func headerLine(_ h: BilingualDocument.Header) -> String {
    "{\"padan\":\"\(documentMarker)\",\"version\":\(JSONText.quoted(h.version)),"
      + "\"path\":\(JSONText.quoted(h.path)),\"sha256\":\(JSONText.quoted(h.sha256)),"
      + "\"glossary\":\(JSONText.quoted(h.glossaryFingerprint)),"
      + "\"lexicon\":\(JSONText.quoted(h.lexiconFingerprint)),"
      + "\"engine\":\(JSONText.quoted(h.engine)),\"segments\":\(h.segmentCount)}"
  }

  /// One segment as a JSON object, without a line feed.
  public static func segmentLine(_ s: BilingualSegment) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    appendSegment(s, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends one segment object (no line feed) to a byte buffer.
  static func appendSegment(_ s: BilingualSegment, to out: inout [UInt8]) {
    func key(_ k: StaticString) {
      out.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
    }
    key("{\"id\":")
    JSONText.appendQuoted(s.id, to: &out)
    key(",\"kind\":\"")
    out.append(contentsOf: s.kind.rawValue.utf8)
    key("\",\"bytes\":")
    JSONText.appendRange(s.bytes, to: &out)
    key(",\"line\":")
    JSONText.appendInt(s.line, to: &out)
    key(",\"source\":")
    JSONText.appendQuoted(s.source, to: &out)
    key(",\"target\":")
    JSONText.appendQuoted(s.target, to: &out)
    key(",\"glossary\":[")
    for (i, g) in s.translation.glossary.enumerated() {
      key(i == 0 ? "{\"entry\":" : ",{\"entry\":")
      JSONText.appendQuoted(g.entry, to: &out)
      key(",\"source\":")
      JSONText.appendQuoted(g.source, to: &out)
      key(",\"target\":")
      JSONText.appendQuoted(g.target, to: &out)
      key(",\"type\":")
      JSONText.appendQuoted(g.type, to: &out)
      key(",\"src\":")
      JSONText.appendRange(g.sourceSpan, to: &out)
      key(",\"tgt\":")
      JSONText.appendRange(g.targetSpan, to: &out)
      key(",\"form\":")
      JSONText.appendQuoted(g.form, to: &out)
      key("}")
    }
    key("],\"lexicon\":[")
    for (i, l) in s.translation.lexicon.enumerated() {
      key(i == 0 ? "{\"entry\":" : ",{\"entry\":")
      JSONText.appendQuoted(l.entry, to: &out)
      key(",\"lemma\":")
      JSONText.appendQuoted(l.lemma, to: &out)
      key(",\"source\":")
      JSONText.appendQuoted(l.source, to: &out)
      key(",\"target\":")
      JSONText.appendQuoted(l.target, to: &out)
      key(",\"src\":")
      JSONText.appendRange(l.sourceSpan, to: &out)
      key(",\"tgt\":")
      JSONText.appendRange(l.targetSpan, to: &out)
      key(",\"analysis\":")
      JSONText.appendQuoted(l.analysis, to: &out)
      key("}")
    }
    key("],\"unknown\":[")
    for (i, u) in s.translation.unknown.enumerated() {
      if i > 0 { out.append(0x2C) }
      JSONText.appendQuoted(u, to: &out)
    }
    key("]")
    if let origin = s.translation.origin {
      key(",\"state\":")
      JSONText.appendQuoted(origin.state, to: &out)
      key(",\"origin\":{\"type\":\"tm\",\"file\":")
      JSONText.appendQuoted(origin.file, to: &out)
      key(",\"unit\":")
      JSONText.appendQuoted(origin.unit, to: &out)
      key(",\"match\":")
      JSONText.appendQuoted(origin.match.rawValue, to: &out)
      key(",\"stale\":[")
      for (i, term) in origin.stale.enumerated() {
        key(i == 0 ? "{\"entry\":" : ",{\"entry\":")
        JSONText.appendQuoted(term.entry, to: &out)
        key(",\"source\":")
        JSONText.appendQuoted(term.source, to: &out)
        key(",\"target\":")
        JSONText.appendQuoted(term.target, to: &out)
        if let reviewed = term.reviewed {
          key(",\"was\":")
          JSONText.appendQuoted(reviewed, to: &out)
        }
        key("}")
      }
      key("]}")
    }
    key("}")
  }
}
