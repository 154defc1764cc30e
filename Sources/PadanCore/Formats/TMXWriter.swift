/// Writes a bilingual document as TMX 1.4b: one `tu` per translated segment
/// (boilerplate and segments without English are left out).
///
/// The header carries the attributes TMX requires (`creationtool`,
/// `creationtoolversion`, `segtype="sentence"`, `o-tmf`, `adminlang`, `srclang="id"`,
/// `datatype="plaintext"`) and Padan's document data as `prop`s of type `x-padan-*`.
///
/// Every unit is marked as raw machine translation: `creationid="padan-mt"`, the tool
/// and its version, a `x-padan-origin` prop `machine-translation`, the engine, and the
/// segment kind; each glossary entry used is a `note` (`Sekjen → Secretary General
/// (Glossaries/titles.tsv:12)`). A unit whose English comes from a reviewed segment has
/// `creationid="padan-review"` and the props `x-padan-origin` `tm`, `x-padan-state`
/// (`reviewed` or `stale`), `x-padan-tm-file`, `x-padan-tm-unit` and `x-padan-match`
/// (`exact` or `in-context`), with a `stale:` note for each glossary entry that changed. Dates are not real times: `creationdate` is always
/// `fixedDate` (the Unix epoch), so equal documents give equal bytes. Text is plain (no
/// inline codes), escaped for XML.
///
/// Given the input's bytes, a segment whose text in the input differs from its normalised
/// text (a no-break space, a run of spaces, an entity) gets a second unit with the source
/// as written, `tuid` `<id>.original` and the prop `x-padan-form` `original`: CAT tools
/// that read the raw input file (OmegaT's text filter) then find an exact match too.
/// Padan's readers skip these copies.
public enum TMXWriter {
  /// The prop that marks a unit whose source is the input's text, not the normalised one.
  public static let formProperty = "x-padan-form"
  public static let originalForm = "original"

  /// The `creationid` of every unit Padan writes: raw machine translation.
  public static let creationID = "padan-mt"
  /// The `creationid` of a unit whose English comes from a reviewed segment.
  public static let reviewCreationID = "padan-review"
  /// The `creationdate` of the header and every unit: TMX's date form of the Unix epoch.
  public static let fixedDate = "19700101T000000Z"

  /// - Parameters:
  ///   - original: the input's bytes, which `BilingualSegment.bytes` index; when given,
  ///     segments written differently there also get a unit with that text.
  public static func text(_ document: BilingualDocument, original: [UInt8]? = nil) -> String {
    var xml = XMLWriter()
    openHeader(version: document.header.version, into: &xml)
    let h = document.header
    xml.element("prop", ["type": "x-padan-path"], text: h.path)
    xml.element("prop", ["type": "x-padan-sha256"], text: h.sha256)
    xml.element("prop", ["type": "x-padan-glossary"], text: h.glossaryFingerprint)
    xml.element("prop", ["type": "x-padan-lexicon"], text: h.lexiconFingerprint)
    xml.element("prop", ["type": "x-padan-engine"], text: h.engine)
    xml.close()
    xml.open("body")
    for s in document.segments where s.isTranslated {
      unit(s, header: h, into: &xml)
      if let original, let raw = Self.originalText(of: s, in: original), raw != s.source {
        var copy = s
        copy.id = s.id + ".original"
        copy.source = raw
        unit(copy, header: h, form: originalForm, into: &xml)
      }
    }
    xml.close()
    xml.close()
    return xml.text
  }

  /// Opens `tmx` and its `header` with the attributes TMX requires and Padan's provenance;
  /// the caller adds the header's props and closes it.
  static func openHeader(
    version: String, creationID: String = creationID, into xml: inout XMLWriter
  ) {
    xml.open("tmx", ["version": "1.4"])
    xml.open(
      "header",
      [
        "creationtool": "Padan", "creationtoolversion": version, "segtype": "sentence",
        "o-tmf": "Padan JSONL", "adminlang": "en", "srclang": "id", "datatype": "plaintext",
        "creationdate": fixedDate, "creationid": creationID,
      ])
  }

  /// One `tu` with its provenance, for a translated segment; `form` marks a copy.
  static func unit(
    _ s: BilingualSegment, header h: BilingualDocument.Header, form: String? = nil,
    document: String? = nil, into xml: inout XMLWriter
  ) {
    let origin = s.translation.origin
    xml.open(
      "tu",
      [
        "tuid": s.id, "creationtool": "Padan", "creationtoolversion": h.version,
        "creationid": origin == nil ? creationID : reviewCreationID, "creationdate": fixedDate,
      ])
    for term in s.translation.glossary {
      xml.element("note", text: "glossary: \(term.source) → \(term.target) (\(term.entry))")
    }
    for term in origin?.stale ?? [] {
      xml.element("note", text: "stale: \(term.description)")
    }
    xml.element("prop", ["type": "x-padan-kind"], text: s.kind.rawValue)
    if let origin {
      xml.element("prop", ["type": "x-padan-origin"], text: "tm")
      xml.element("prop", ["type": "x-padan-state"], text: origin.state)
      xml.element("prop", ["type": "x-padan-tm-file"], text: origin.file)
      xml.element("prop", ["type": "x-padan-tm-unit"], text: origin.unit)
      xml.element("prop", ["type": "x-padan-match"], text: origin.match.rawValue)
    } else {
      xml.element("prop", ["type": "x-padan-origin"], text: "machine-translation")
      xml.element("prop", ["type": "x-padan-engine"], text: h.engine)
    }
    if let form { xml.element("prop", ["type": formProperty], text: form) }
    if let document { xml.element("prop", ["type": "x-padan-document"], text: document) }
    xml.open("tuv", ["xml:lang": "id"])
    xml.element("seg", text: s.source.replacingLineBreaks())
    xml.close()
    xml.open("tuv", ["xml:lang": "en"])
    xml.element("seg", text: s.target.replacingLineBreaks())
    xml.close()
    xml.close()
  }

  /// The segment's text as the input has it, trimmed; nil when it is not valid UTF-8,
  /// holds a line break, or lies outside `original`.
  static func originalText(of s: BilingualSegment, in original: [UInt8]) -> String? {
    guard s.bytes.start >= 0, s.bytes.start < s.bytes.end, s.bytes.end <= original.count
    else { return nil }
    guard let text = String(validating: original[s.bytes.start..<s.bytes.end], as: UTF8.self)
    else { return nil }
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
    let trimmed = text.drop(while: blank).reversed().drop(while: blank).reversed()
    guard !trimmed.isEmpty, !trimmed.contains(where: { $0.isNewline }) else { return nil }
    return String(trimmed)
  }

  /// The name of the project translation memory in the output folder.
  public static let projectFileName = "project.tmx"

  /// One translation memory for a whole run: the translated segments of every document,
  /// in the order given, each unit with `tuid` `<document path>#<segment id>` and the prop
  /// `x-padan-document` naming its input. The header names no document; each unit carries
  /// the same provenance as in the document's own TMX.
  public static func projectText(_ documents: [BilingualDocument]) -> String {
    var xml = XMLWriter()
    openHeader(version: documents.first?.header.version ?? "", into: &xml)
    xml.element("prop", ["type": "x-padan-documents"], text: String(documents.count))
    xml.close()
    xml.open("body")
    for document in documents {
      for s in document.segments where s.isTranslated {
        var unit = s
        unit.id = document.header.path + "#" + s.id
        self.unit(unit, header: document.header, document: document.header.path, into: &xml)
      }
    }
    xml.close()
    xml.close()
    return xml.text
  }
}
