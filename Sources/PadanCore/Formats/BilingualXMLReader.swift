internal import Foundation

#if canImport(FoundationXML)
  internal import FoundationXML
#endif

/// Reads a TMX or XLIFF file, written by Padan or by another tool, as one bilingual
/// document for `padan diff`.
///
/// - TMX (1.1–1.4): one segment per `tu` (`tuid`, or its 1-based position), the source
///   from the `tuv` in `srclang` (or Indonesian, `id`/`in`), the target from the next
///   `tuv`; Padan's `x-padan-*` properties give the header and kinds.
/// - XLIFF 2.x: one segment per `segment` of a `unit` (id `unit`, or `unit/segment` when
///   a unit has several); Padan's `padan:<kind>` types, `padan-*` notes and glossary
///   module (`gls:term source="Glossaries/x.tsv:N"`) give kinds, header and glossary uses.
/// - XLIFF 1.2: one segment per `trans-unit` (`alt-trans` ignored).
///
/// Several `file`s in one XLIFF become one document, ids prefixed with `fileid/`. Inline
/// markup keeps its text (`mrk`, `pc`, `g`, `hi`); native codes (`bpt`, `ept`, `ph`,
/// `it`, `ut`, `originalData`) are dropped.
enum BilingualXMLReader {
  /// The document in `bytes`, read from `label` (for messages).
  ///
  /// - Throws: `Diagnostic` at `FILE:LINE:COLUMN` for XML that is not well-formed or a
  ///   root that is neither `<tmx>` nor `<xliff>`.
  /// - Parameter onSegment: called with each segment as it is read.
  static func read(
    _ bytes: [UInt8], label: String, onSegment: ((BilingualSegment) -> Void)? = nil
  ) throws(Diagnostic) -> BilingualFile {
    let (text, _, problem) = UTF8Bytes.decodedText(bytes, path: label)
    if text == nil, let problem { throw problem }
    if let problem = XMLInput.prologProblem(bytes, path: label) { throw problem }
    let delegate = Delegate(label: label)
    delegate.onSegment = onSegment
    let parser = XMLInput.parser(bytes)
    parser.delegate = delegate
    let ok = parser.parse()
    let at = SourceLocation(
      path: label, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    if let problem = delegate.problem { throw problem }
    guard ok, parser.parserError == nil, delegate.root != nil else {
      throw Diagnostic(.error, at: at, "not a bilingual file: malformed XML")
    }
    return delegate.file()
  }

  /// Collects segments while the parser walks the document.
  private final class Delegate: NSObject, XMLParserDelegate {
    enum Format { case tmx, xliff1, xliff2 }

    let label: String
    var root: String?
    var format: Format = .tmx
    var problem: Diagnostic?
    var path = ""
    var properties: [String: String] = [:]  // x-padan-* props and padan-* notes
    var creationTool = ""
    var sourceLanguage = ""
    var segments: [BilingualSegment] = []
    var fileIDs: [String] = []
    var segmentFiles: [Int] = []
    var hasGlossaryModule = false
    var onSegment: ((BilingualSegment) -> Void)?

    // The unit being read.
    var unitID = ""
    var unitKind: Segment.Kind = .body
    /// Whether the current TMX unit repeats another with the source as written in the input.
    var unitIsCopy = false
    var unitSegments: [(id: String, source: String, target: String)] = []
    var unitTerms: [TermUse] = []
    var tuvs: [(language: String, text: String)] = []
    var currentLanguage = ""
    var segmentID = ""
    var source = ""
    var target = ""
    var termEntry = ""
    var termSource = ""
    var termTarget = ""

    // Text capture.
    var stack: [String] = []
    var capture: String?  // the element whose text is being captured
    var text = ""
    var skipDepth = 0
    var ignoreDepth = 0  // inside alt-trans, ignorable, originalData: everything ignored

    init(label: String) { self.label = label }

    static let codes: Set<String> = ["bpt", "ept", "ph", "it", "ut", "sub", "data"]
    static let ignored: Set<String> = ["alt-trans", "ignorable", "originalData", "seg-source"]

    func location(_ parser: XMLParser) -> SourceLocation {
      SourceLocation(
        path: label, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
    }

    func fail(_ parser: XMLParser, _ message: String) {
      if problem == nil { problem = Diagnostic(.error, at: location(parser), message) }
      parser.abortParsing()
    }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes: [String: String] = [:]
    ) {
      let name = qName ?? name
      guard stack.count < XMLInput.maxDepth else {
        fail(parser, XMLInput.tooDeep)
        return
      }
      defer { stack.append(name) }
      if root == nil {
        root = name
        switch name {
        case "tmx": format = .tmx
        case "xliff":
          format = (attributes["version"] ?? "").hasPrefix("1") ? .xliff1 : .xliff2
          sourceLanguage = attributes["srcLang"] ?? ""
          hasGlossaryModule = attributes.values.contains(XLIFFWriter.glossaryNamespace)
        default:
          fail(
            parser,
            "not a bilingual file: the root element is <\(name)>, expected <tmx> or <xliff>")
        }
        return
      }
      if ignoreDepth > 0 || Self.ignored.contains(name) {
        ignoreDepth += 1
        return
      }
      if capture != nil {
        if skipDepth > 0 || Self.codes.contains(name) {
          skipDepth += 1
        } else if name == "cp", let hex = attributes["hex"], let v = UInt32(hex, radix: 16),
          let scalar = Unicode.Scalar(v)
        {
          text.unicodeScalars.append(scalar)
        }
        return
      }
      switch (format, name) {
      case (.tmx, "header"):
        creationTool = attributes["creationtool"] ?? ""
        sourceLanguage = attributes["srclang"] ?? ""
        if creationTool == "Padan" { properties["version"] = attributes["creationtoolversion"] }
      case (.tmx, "prop"), (_, "note"):
        capture = name
        text = ""
        properties["#type"] = attributes["type"] ?? attributes["category"] ?? ""
      case (.tmx, "tu"):
        unitID = attributes["tuid"] ?? String(segments.count + 1)
        unitKind = .body
        unitIsCopy = false
        tuvs = []
      case (.tmx, "tuv"):
        currentLanguage = attributes["xml:lang"] ?? attributes["lang"] ?? ""
      case (.tmx, "seg"), (.xliff1, "source"), (.xliff1, "target"), (.xliff2, "source"),
        (.xliff2, "target"), (.xliff2, "gls:term"), (.xliff2, "gls:translation"):
        capture = name
        text = ""
        if name == "gls:term" { termEntry = attributes["source"] ?? "" }
      case (.xliff1, "file"), (.xliff2, "file"):
        fileIDs.append(attributes["id"] ?? attributes["original"] ?? String(fileIDs.count + 1))
        if path.isEmpty { path = attributes["original"] ?? "" }
        if format == .xliff1, sourceLanguage.isEmpty {
          sourceLanguage = attributes["source-language"] ?? ""
        }
      case (.xliff1, "trans-unit"), (.xliff2, "unit"):
        unitID = attributes["id"] ?? String(segments.count + 1)
        unitKind = .body
        if let type = attributes["type"], type.hasPrefix("padan:"),
          let kind = Segment.Kind(rawValue: String(type.dropFirst(6)))
        {
          unitKind = kind
        } else if let type = attributes["restype"], type.hasPrefix("x-padan-"),
          let kind = Segment.Kind(rawValue: String(type.dropFirst(8)))
        {
          unitKind = kind
        } else if attributes["translate"] == "no" {
          // A unit not to be translated is kept as it is, like boilerplate.
          unitKind = .boilerplate
        }
        unitSegments = []
        unitTerms = []
        segmentID = ""
        source = ""
        target = ""
      case (.xliff2, "segment"):
        segmentID = attributes["id"] ?? String(unitSegments.count + 1)
        source = ""
        target = ""
      default: break
      }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
      qualifiedName qName: String?
    ) {
      let name = qName ?? name
      guard problem == nil else { return }
      stack.removeLast()
      if ignoreDepth > 0 {
        ignoreDepth -= 1
        return
      }
      if let element = capture, element != name {
        if skipDepth > 0 { skipDepth -= 1 }
        return
      }
      capture = nil
      switch (format, name) {
      case (.tmx, "prop"), (_, "note"):
        let type = properties["#type"] ?? ""
        let parents = stack.suffix(2)
        if parents.contains("tu") || parents.contains("unit") || parents.contains("trans-unit") {
          if type == "x-padan-kind", let kind = Segment.Kind(rawValue: text) { unitKind = kind }
          if type == TMXWriter.formProperty, text == TMXWriter.originalForm { unitIsCopy = true }
        } else if type.hasPrefix("x-padan-") {
          properties[String(type.dropFirst(8))] = text
        } else if type.hasPrefix("padan-") {
          properties[String(type.dropFirst(6))] = text
        }
      case (.tmx, "seg"):
        tuvs.append((currentLanguage, text))
      case (.tmx, "tu"):
        // A copy of a unit with the source as written in the input is not another segment.
        guard !tuvs.isEmpty, !unitIsCopy else { break }
        let isSource: (String) -> Bool = { language in
          let l = language.lowercased()
          if !self.sourceLanguage.isEmpty && self.sourceLanguage != "*all*" {
            return l == self.sourceLanguage.lowercased()
          }
          return l == "id" || l.hasPrefix("id-") || l == "in" || l.hasPrefix("in-")
        }
        let s = tuvs.firstIndex { isSource($0.language) } ?? 0
        let t = tuvs.indices.first { $0 != s }
        append(
          id: unitID, kind: unitKind, source: tuvs[s].text, target: t.map { tuvs[$0].text } ?? "")
      case (_, "source"):
        source = text
      case (_, "target"):
        target = text
      case (.xliff2, "segment"):
        unitSegments.append((segmentID, source, target))
      case (.xliff2, "gls:term"):
        termSource = text
      case (.xliff2, "gls:translation"):
        termTarget = text
      case (.xliff2, "gls:glossEntry"):
        if !termEntry.isEmpty {
          unitTerms.append(
            TermUse(
              entry: termEntry, source: termSource, target: termTarget, type: "",
              sourceSpan: ByteRange(start: 0, end: 0), targetSpan: ByteRange(start: 0, end: 0),
              form: ""))
        }
        termEntry = ""
      case (.xliff1, "trans-unit"):
        append(id: unitID, kind: unitKind, source: source, target: target)
      case (.xliff2, "unit"):
        for (k, s) in unitSegments.enumerated() {
          let id = unitSegments.count == 1 ? unitID : "\(unitID)/\(s.id)"
          append(
            id: id, kind: unitKind, source: s.source, target: s.target,
            terms: k == 0 ? unitTerms : [])
        }
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if capture != nil && skipDepth == 0 && ignoreDepth == 0 { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
      if capture != nil && skipDepth == 0 && ignoreDepth == 0 {
        text += String(decoding: block, as: UTF8.self)
      }
    }

    func append(
      id: String, kind: Segment.Kind, source: String, target: String, terms: [TermUse] = []
    ) {
      segmentFiles.append(fileIDs.count - 1)
      segments.append(
        BilingualSegment(
          id: id, kind: kind, bytes: ByteRange(start: 0, end: 0), line: 0, source: source,
          translation: SegmentTranslation(target: target, glossary: terms)))
      onSegment?(segments[segments.count - 1])
    }

    /// The document read, with ids prefixed by their file when there are several files.
    func file() -> BilingualFile {
      let header = BilingualDocument.Header(
        path: properties["path"] ?? path, sha256: properties["sha256"] ?? "",
        version: properties["version"] ?? "", glossaryFingerprint: properties["glossary"] ?? "",
        lexiconFingerprint: properties["lexicon"] ?? "", engine: properties["engine"] ?? "",
        segmentCount: segments.count)
      if fileIDs.count > 1 {
        for (i, file) in segmentFiles.enumerated() where file >= 0 {
          segments[i].id = "\(fileIDs[file])/\(segments[i].id)"
        }
      }
      let isPadanXLIFF = format == .xliff2 && properties["version"] != nil && hasGlossaryModule
      return BilingualFile(
        label: label, format: format == .tmx ? "tmx" : "xliff",
        records: isPadanXLIFF ? .glossary : .none,
        document: BilingualDocument(header: header, segments: segments))
    }
  }
}
