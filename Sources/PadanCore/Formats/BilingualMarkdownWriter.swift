/// Writes a bilingual document as Markdown for people: the title (Indonesian as the
/// level-1 heading, English as level 2), byline and date in both languages, then a two-column table with one row per paragraph (Indonesian left,
/// English right), and the boilerplate listed apart at the end.
///
/// Glossary terms are **bold** on both sides (from their spans); words found in neither
/// glossary nor lexicon are *italic* (a legend says so). English taken from a reviewed
/// segment ends with `[reviewed]`, or `[stale review]` when a glossary change has made the
/// review out of date; a list at the end names each one's origin and changed entries. Markdown characters in the text
/// are escaped, `|` included, so a cell never breaks the table.
public enum BilingualMarkdownWriter {
  public static func text(_ document: BilingualDocument) -> String {
    let h = document.header
    let segments = document.segments
    let titles = segments.filter { $0.kind == .title && $0.isTranslated }
    let heading = titles.first
    var out = ""
    if let heading {
      out += "# \(rendered(heading, english: false))\n\n"
      out += "## \(english(heading))\n\n"
    } else {
      out += "# \(escaped(h.path))\n\n"
    }
    let front = segments.filter { $0.kind == .byline || $0.kind == .dateline }
    for s in front {
      let label = s.kind == .byline ? "Byline" : "Date"
      let english = s.isTranslated ? " → \(english(s))" : ""
      out += "**\(label):** \(rendered(s, english: false))\(english)  \n"
    }
    let c = document.counts
    if !front.isEmpty { out += "\n" }
    out +=
      "> `\(escapedCode(h.path))` · sha256 `\(h.sha256.prefix(12))` · Padan \(escaped(h.version))"
    out +=
      " · engine `\(escapedCode(h.engine))` · \(counted(c.segments, "segment")), \(c.translated) translated,"
    out +=
      " \(counted(c.glossaryMatches, "glossary term")), \(counted(c.unknownWords, "unknown word"))\n\n"
    out += "**Bold**: a glossary term. *Italic*: a word in neither glossary nor lexicon,"
    out += " left as it is.\n\n"
    let reviewed = segments.filter { $0.isTranslated && $0.translation.origin != nil }
    if !reviewed.isEmpty {
      out += "\(reviewedMark): English a person reviewed, from the translation memory."
      out += " \(staleMark): reviewed English that lacks the new English of a glossary entry"
      out += " changed since the review (listed at the end).\n\n"
    }

    // One row per paragraph of body text and captions (and any further titles).
    var rows: [(id: String, en: String)] = []
    var current: (paragraph: Int, line: Int, id: String, en: String)?
    for s in segments where s.kind != .boilerplate && s.kind != .byline && s.kind != .dateline {
      if s.kind == .title && s.id == heading?.id { continue }
      let paragraph = s.paragraph ?? -1
      var id = rendered(s, english: false)
      var en = s.isTranslated ? english(s) : ""
      if s.kind == .caption {
        id = "*Foto:* " + id
        en = "*Photo:* " + en
      } else if s.kind == .title {
        id = "*Judul:* " + id
        en = "*Title:* " + en
      }
      if var row = current, row.paragraph == paragraph {
        let separator = row.line == s.line ? " " : "<br>"
        row.id += separator + id
        row.en += en.isEmpty ? "" : (row.en.isEmpty ? "" : separator) + en
        row.line = s.line
        current = row
      } else {
        if let row = current { rows.append((row.id, row.en)) }
        current = (paragraph, s.line, id, en)
      }
    }
    if let row = current { rows.append((row.id, row.en)) }
    if !rows.isEmpty {
      out += "| Indonesian | English |\n|---|---|\n"
      for row in rows { out += "| \(row.id) | \(row.en) |\n" }
      out += "\n"
    }

    if !reviewed.isEmpty {
      out += "## Reviewed segments\n\n"
      for s in reviewed {
        guard let origin = s.translation.origin else { continue }
        out +=
          "- \(s.id) \(origin.state): `\(escapedCode(origin.location))` (\(origin.match.rawValue))"
        out += origin.stale.map { "; stale: \(escaped($0.description))" }.joined() + "\n"
      }
      out += "\n"
    }

    let boilerplate = segments.filter { $0.kind == .boilerplate }
    if !boilerplate.isEmpty {
      out += "## Boilerplate (not translated)\n\n"
      for s in boilerplate { out += "- line \(s.line): \(escaped(s.source))\n" }
    }
    return out
  }

  /// The mark after English taken from a reviewed segment, and after one whose review is
  /// out of date.
  public static let reviewedMark = "\\[reviewed\\]"
  public static let staleMark = "\\[stale review\\]"

  /// The English of `s` as `rendered`, marked when it comes from a reviewed segment.
  static func english(_ s: BilingualSegment) -> String {
    let text = rendered(s, english: true)
    guard let origin = s.translation.origin else { return text }
    return text + " " + (origin.isStale ? staleMark : reviewedMark)
  }

  /// The source or target of `s`, escaped, with glossary terms in bold and unknown words
  /// in italics.
  static func rendered(_ s: BilingualSegment, english: Bool) -> String {
    let text = english ? s.target : s.source
    let bytes = Array(text.utf8)
    let t = s.translation
    var marks: [(ByteRange, String)] = []
    for g in t.glossary {
      marks.append((english ? g.targetSpan : g.sourceSpan, "**"))
    }
    let covered =
      t.glossary.map { english ? $0.targetSpan : $0.sourceSpan }
      + t.lexicon.map { english ? $0.targetSpan : $0.sourceSpan }
    for r in unknownSpans(t.unknown, in: text, avoiding: covered) { marks.append((r, "*")) }
    marks.sort { $0.0.start < $1.0.start }
    var out = ""
    var cursor = 0
    func piece(_ a: Int, _ b: Int) -> String {
      escaped(String(decoding: bytes[a..<b], as: UTF8.self))
    }
    for (r, mark) in marks {
      guard r.start >= cursor, r.end <= bytes.count, !r.isEmpty,
        r.start == bytes.count || bytes[r.start] & 0xC0 != 0x80,
        r.end == bytes.count || bytes[r.end] & 0xC0 != 0x80
      else { continue }
      let inner = piece(r.start, r.end)
      // Emphasis needs text that does not start or end with a space.
      guard inner.first?.isWhitespace == false, inner.last?.isWhitespace == false else { continue }
      out += piece(cursor, r.start) + mark + inner + mark
      cursor = r.end
    }
    return out + piece(cursor, bytes.count)
  }

  /// Where the unknown words are: each word token of `text`, in order, outside the
  /// `covered` spans, that equals the next unknown word.
  static func unknownSpans(_ unknown: [String], in text: String, avoiding covered: [ByteRange])
    -> [ByteRange]
  {
    guard !unknown.isEmpty else { return [] }
    let bytes = Array(text.utf8)
    var spans: [ByteRange] = []
    var next = 0
    for token in TextTokenizer.tokens(of: text) where token.kind == .word {
      guard next < unknown.count else { break }
      let r = token.range
      if covered.contains(where: { $0.start < r.end && r.start < $0.end }) { continue }
      if bytes[r.range].elementsEqual(unknown[next].utf8) {
        spans.append(r)
        next += 1
      }
    }
    return spans
  }

  /// Text with Markdown's special characters escaped for a table cell or a paragraph;
  /// line breaks become spaces.
  static func escaped(_ s: String) -> String {
    let bytes = Array(s.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 8)
    for b in bytes {
      switch b {
      case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"),
        UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "#"):
        out.append(UInt8(ascii: "\\"))
        out.append(b)
      case 0x0A, 0x0D: out.append(0x20)
      default: out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Text for inside a code span: backticks and bars replaced.
  static func escapedCode(_ s: String) -> String {
    String(s.map { $0 == "`" ? "'" : $0 == "|" ? "/" : $0 })
  }
}
