/// Writes a bilingual document as XLIFF 2.1 (`srcLang="id"`, `trgLang="en"`), valid
/// against the XLIFF 2.1 core schema and its glossary module.
///
/// One `file` per document (`original` = the input path) and one `unit` per segment,
/// `id` = the segment id, `type="padan:<kind>"`. Boilerplate units have
/// `translate="no"` and no target. Each glossary match is a `<mrk type="term">` in the
/// source, with the same `id` around the entry's English in the target when its span is
/// known, and a `gls:glossEntry` (term, translation, the entry's origin as `source`) whose
/// `ref` points to the marker. The document's hash and fingerprints are file-level notes.
/// Targets are raw machine translation: `state="initial"` with
/// `subState="padan:machine-translation"` until a person reviews them. English taken from
/// a reviewed segment is `state="reviewed"` with `subState="padan:tm"`, or, when a glossary
/// change has made the review out of date, `state="translated"` with `subState="padan:stale"`;
/// unit notes give its origin (`padan-origin`: `tm Reviewed/0001-x.tmx#4 (exact)`) and each
/// changed entry (`padan-stale`).
public enum XLIFFWriter {
  public static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"
  /// The `subState` of every segment whose target Padan wrote: raw machine translation,
  /// to be reviewed (`state` stays `initial` until a person translates or reviews it).
  public static let machineTranslationSubState = "padan:machine-translation"
  /// The `subState` of a segment whose English comes from a reviewed segment
  /// (`state="reviewed"`).
  public static let reviewedSubState = "padan:tm"
  /// The `subState` of a reviewed segment a glossary change has made out of date
  /// (`state="translated"`: the English is a person's, its review no longer holds).
  public static let staleSubState = "padan:stale"

  public static func text(_ document: BilingualDocument) -> String {
    var xml = XMLWriter()
    xml.open(
      "xliff",
      [
        "xmlns": "urn:oasis:names:tc:xliff:document:2.0", "xmlns:gls": glossaryNamespace,
        "version": "2.1", "srcLang": "id", "trgLang": "en",
      ])
    let h = document.header
    xml.open("file", ["id": "f1", "original": h.path])
    xml.open("notes")
    xml.element("note", ["category": "padan-sha256"], text: h.sha256)
    xml.element("note", ["category": "padan-version"], text: h.version)
    xml.element("note", ["category": "padan-glossary"], text: h.glossaryFingerprint)
    xml.element("note", ["category": "padan-lexicon"], text: h.lexiconFingerprint)
    xml.element("note", ["category": "padan-engine"], text: h.engine)
    xml.close()
    if document.segments.isEmpty {
      // A file needs at least one unit or group; an empty document gets an empty group.
      xml.element("group", ["id": "empty"])
    }
    for s in document.segments { unit(s, into: &xml) }
    xml.close()
    xml.close()
    return xml.text
  }

  static func unit(_ s: BilingualSegment, into xml: inout XMLWriter) {
    let source = s.source
    let target = s.target
    if s.kind == .boilerplate {
      xml.open("unit", ["id": s.id, "type": "padan:\(s.kind.rawValue)", "translate": "no"])
      xml.open("segment", ["id": "s1"])
      xml.element("source", text: source)
      xml.close()
      xml.close()
      return
    }
    xml.open("unit", ["id": s.id, "type": "padan:\(s.kind.rawValue)"])
    let terms = s.translation.glossary
    let sourceMarks = InlineMarks.usable(
      terms.enumerated().map { ($0.offset, $0.element.sourceSpan) }, in: source)
    let hasTarget = s.isTranslated
    let targetMarks =
      hasTarget
      ? InlineMarks.usable(
        terms.enumerated().map { ($0.offset, $0.element.targetSpan) }, in: target
      )
      .filter { sourceMarks.keys.contains($0.key) } : [:]
    if !sourceMarks.isEmpty {
      xml.open("gls:glossary")
      for (i, term) in terms.enumerated() where sourceMarks[i] != nil {
        xml.open("gls:glossEntry", ["ref": "#m\(i + 1)"])
        xml.element("gls:term", ["source": term.entry], text: term.source)
        if targetMarks[i] != nil {
          xml.element("gls:translation", ["ref": "#t=m\(i + 1)"], text: term.target)
        } else {
          xml.element("gls:translation", text: term.target)
        }
        xml.close()
      }
      xml.close()
    }
    if let origin = s.translation.origin {
      xml.open("notes")
      xml.element("note", ["category": "padan-origin"], text: origin.summary)
      for term in origin.stale {
        xml.element("note", ["category": "padan-stale"], text: term.description)
      }
      xml.close()
    }
    if hasTarget, let origin = s.translation.origin {
      // A person's English: reviewed, or translated but waiting for a new review.
      if origin.isStale {
        xml.open("segment", ["id": "s1", "state": "translated", "subState": staleSubState])
      } else {
        xml.open("segment", ["id": "s1", "state": "reviewed", "subState": reviewedSubState])
      }
    } else if hasTarget {
      // Raw machine translation: not yet translated by a person.
      xml.open("segment", ["id": "s1", "state": "initial", "subState": machineTranslationSubState])
    } else {
      xml.open("segment", ["id": "s1", "state": "initial"])
    }
    xml.element("source", markup: InlineMarks.markup(source, sourceMarks))
    if hasTarget { xml.element("target", markup: InlineMarks.markup(target, targetMarks)) }
    xml.close()
    xml.close()
  }
}

/// Term markers inside XLIFF source and target text.
enum InlineMarks {
  /// The spans that can be marked: inside the text, on scalar boundaries, not empty and
  /// not overlapping an earlier one. Keyed by the term's index.
  static func usable(_ spans: [(Int, ByteRange)], in text: String) -> [Int: ByteRange] {
    let bytes = Array(text.utf8)
    func boundary(_ o: Int) -> Bool {
      o == bytes.count || (o < bytes.count && bytes[o] & 0xC0 != 0x80)
    }
    var taken: [ByteRange] = []
    var out: [Int: ByteRange] = [:]
    for (i, r) in spans where !r.isEmpty && r.end <= bytes.count {
      guard boundary(r.start), boundary(r.end) else { continue }
      guard !taken.contains(where: { $0.start < r.end && r.start < $0.end }) else { continue }
      taken.append(r)
      out[i] = r
    }
    return out
  }

  /// `text` escaped for XML with `<mrk id="m<i+1>" type="term">` (or the opening tag that
  /// `open` makes from the term's index) around each span, closed by `</mrk>`.
  static func markup(
    _ text: String, _ marks: [Int: ByteRange],
    open: (Int) -> String = { "<mrk id=\"m\($0 + 1)\" type=\"term\">" }
  ) -> String {
    let bytes = Array(text.utf8)
    let ordered = marks.sorted { $0.value.start < $1.value.start }
    var out = ""
    var cursor = 0
    func piece(_ a: Int, _ b: Int) -> String {
      XMLWriter.escaped(String(decoding: bytes[a..<b], as: UTF8.self))
    }
    for (i, r) in ordered {
      out += piece(cursor, r.start)
      out += open(i) + piece(r.start, r.end) + "</mrk>"
      cursor = r.end
    }
    return out + piece(cursor, bytes.count)
  }
}
