/// Writes `X.jsonl`, the canonical bilingual output: one compact JSON object per line,
/// keys in a fixed order, UTF-8 unescaped except what JSON requires.
///
/// ```
/// {"padan":"document","version":…,"path":…,"sha256":…,"glossary":…,"lexicon":…,"engine":…,"segments":N}
/// {"id":"3.2","kind":"body","bytes":[s,e],"line":L,"source":…,"target":…,"glossary":[…],"lexicon":[…],"unknown":[…]}
/// ```
///
/// Byte ranges and spans are UTF-8 byte offsets, 0-based, end exclusive: `bytes` into the
/// original input, `src` into `source`, `tgt` into `target`.
public enum BilingualJSONLWriter {
  /// The value of the `padan` key of a header line.
  public static let documentMarker = "document"

  /// The whole file: the header line and one line per segment, each ending in LF.
  public static func text(_ document: BilingualDocument) -> String {
    var out = headerLine(document.header) + "\n"
    for segment in document.segments { out += segmentLine(segment) + "\n" }
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
    var out = "{\"id\":\(JSONText.quoted(s.id)),\"kind\":\"\(s.kind.rawValue)\","
    out += "\"bytes\":\(JSONText.range(s.bytes)),\"line\":\(s.line),"
    out += "\"source\":\(JSONText.quoted(s.source)),\"target\":\(JSONText.quoted(s.target)),"
    out += "\"glossary\":["
    out += s.translation.glossary.map { g in
      "{\"entry\":\(JSONText.quoted(g.entry)),\"source\":\(JSONText.quoted(g.source)),"
        + "\"target\":\(JSONText.quoted(g.target)),\"type\":\(JSONText.quoted(g.type)),"
        + "\"src\":\(JSONText.range(g.sourceSpan)),\"tgt\":\(JSONText.range(g.targetSpan)),"
        + "\"form\":\(JSONText.quoted(g.form))}"
    }.joined(separator: ",")
    out += "],\"lexicon\":["
    out += s.translation.lexicon.map { l in
      "{\"entry\":\(JSONText.quoted(l.entry)),\"lemma\":\(JSONText.quoted(l.lemma)),"
        + "\"source\":\(JSONText.quoted(l.source)),\"target\":\(JSONText.quoted(l.target)),"
        + "\"src\":\(JSONText.range(l.sourceSpan)),\"tgt\":\(JSONText.range(l.targetSpan)),"
        + "\"analysis\":\(JSONText.quoted(l.analysis))}"
    }.joined(separator: ",")
    out += "],\"unknown\":["
    out += s.translation.unknown.map { JSONText.quoted($0) }.joined(separator: ",")
    out += "]}"
    return out
  }
}

extension JSONText {
  /// A byte range as a two-element array: `[start,end]`.
  static func range(_ r: ByteRange) -> String { "[\(r.start),\(r.end)]" }

  /// Strings as a JSON array on one line.
  static func array(_ items: [String]) -> String {
    "[" + items.map { quoted($0) }.joined(separator: ",") + "]"
  }
}
