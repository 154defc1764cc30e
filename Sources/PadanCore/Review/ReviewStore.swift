internal import Foundation

/// The folder of reviewed bilingual files (`Reviewed/`) that `padan translate` takes
/// reviewed English from: reading it into a `ReviewMemory`, importing reviewed files into
/// it, and its figures.
///
/// The folder holds TMX, XLIFF (`.xlf`, `.xliff`) and Padan JSONL files, read in byte
/// order of their names; other files are ignored. `padan tm import` writes one TMX per
/// import, `NNNN-<name>.tmx` (numbered after the highest number already there), with
/// the reviewed units only, normalised, each with where it came from, its neighbours and
/// the glossary entries its Indonesian had then. A later review of the same Indonesian in
/// the same context replaces an earlier one (the files are never edited; the later file
/// wins).
public struct ReviewStore: Sendable {
  public let directory: String
  public let normalization: NormalizationOptions

  public init(directory: String, normalization: NormalizationOptions = NormalizationOptions()) {
    self.directory = directory
    self.normalization = normalization
  }

  /// The file name endings read from the folder.
  public static let suffixes = [".tmx", ".xlf", ".xliff", ".jsonl"]

  /// Whether the folder exists (without it, there are no reviewed segments).
  public var exists: Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  /// The paths of the memory's files, in byte order of their names; none when the folder
  /// does not exist.
  ///
  /// - Throws: `Diagnostic` when the path is a file or the folder cannot be read.
  public func files() throws(Diagnostic) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      return []
    }
    guard isDirectory.boolValue else {
      throw Diagnostic(.error, at: nil, "\(directory): the reviewed folder is a file")
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw Diagnostic(.error, at: nil, "\(directory): cannot read the reviewed folder")
    }
    return
      names
      .filter { name in !name.hasPrefix(".") && Self.suffixes.contains { name.hasSuffix($0) } }
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
      .map { (directory as NSString).appendingPathComponent($0) }
  }

  /// Every reviewed unit of the folder, in reading order, with the SHA-256 over the files'
  /// names and bytes.
  ///
  /// - Throws: `Diagnostic` at `FILE:LINE:COLUMN` for a file that is not a valid
  ///   bilingual file.
  public func read() throws(Diagnostic) -> (units: [ReviewedUnit], fingerprint: String) {
    var hash = SHA256()
    var units: [ReviewedUnit] = []
    for path in try files() {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw Diagnostic(.error, at: nil, "\(path): cannot read file")
      }
      hash.update((path as NSString).lastPathComponent)
      hash.update("\u{0}\(data.count)\u{0}")
      hash.update([UInt8](data))
      let file = try BilingualFile.read(path: path)
      for unit in ReviewedFileReader.units(of: file).units {
        units.append(
          ReviewedUnit(
            source: unit.source, target: unit.target, previous: unit.previous, next: unit.next,
            file: path, unit: unit.id, terms: unit.terms))
      }
    }
    return (units, hash.hexDigest())
  }

  /// The memory `padan translate` uses, or nil when the folder does not exist.
  ///
  /// - Parameters:
  ///   - morphology: the English forms of places, for the check that reviewed English
  ///     still contains a glossary entry's English (as `padan qa` checks it).
  public func memory(morphology: EnglishMorphology = EnglishMorphology()) throws(Diagnostic)
    -> ReviewMemory?
  {
    guard exists else { return nil }
    let (units, fingerprint) = try read()
    return ReviewMemory(
      units: units, fingerprint: fingerprint, normalization: normalization,
      accepts: Self.termCheck(morphology))
  }

  /// Whether English contains a glossary English in a form the glossary allows: as
  /// written, capitalised, in headline case or capitals, with a plural or possessive
  /// ending, or a place's adjective or people (the forms `padan qa` accepts).
  public static func termCheck(_ morphology: EnglishMorphology) -> ReviewMemory.TermCheck {
    { english, target in
      let text = Array(english.utf8)
      return TermChecker.acceptedForms(of: target, morphology: morphology).contains {
        TermChecker.occurs($0, in: text)
      } || TermChecker.occurs(Array(target.lowercased().utf8), in: Array(english.lowercased().utf8))
    }
  }

  // MARK: Import

  /// What an import did.
  public struct ImportReport: Sendable {
    /// Per file read: its path, reviewed units and units not reviewed.
    public var files: [(path: String, reviewed: Int, notReviewed: Int)] = []
    /// Units written to the memory.
    public var imported = 0
    /// Units already in the memory with the same English (not written again).
    public var unchanged = 0
    /// Imported units that replace an earlier review of the same Indonesian in the same
    /// context with other English.
    public var replaced = 0
    /// The file written, nil when there was nothing new.
    public var written: String?
  }

  /// Imports the reviewed units of `paths` into the folder (created if needed), as one
  /// new TMX.
  ///
  /// - Parameters:
  ///   - glossary, matcher: the glossaries now, whose entries found in each source are
  ///     recorded with their English (to tell later when a review has become stale).
  /// - Throws: `Diagnostic` at `FILE:LINE:COLUMN` for an input that is not a valid
  ///   bilingual file (nothing is written then), or when the memory cannot be written.
  public func importFiles(_ paths: [String], glossary: Glossary, matcher: GlossaryMatcher)
    throws(Diagnostic) -> ImportReport
  {
    var report = ImportReport()
    var read: [(path: String, units: [ReviewedFileReader.Unit])] = []
    for path in paths {
      let file = try BilingualFile.read(path: path)
      let (units, notReviewed) = ReviewedFileReader.units(of: file)
      report.files.append((path, units.count, notReviewed))
      read.append((path, units))
    }
    let existing = try self.read().units
    func context(_ previous: String?, _ next: String?) -> String {
      (previous.map { ReviewMemory.key($0, normalization) } ?? "\u{1}") + "\u{0}"
        + (next.map { ReviewMemory.key($0, normalization) } ?? "\u{1}")
    }
    // The English now in the memory for each source and context.
    var current: [String: String] = [:]
    for unit in existing {
      current[
        ReviewMemory.key(unit.source, normalization) + "\u{0}" + context(unit.previous, unit.next)] =
        unit.target
    }
    var xml = XMLWriter()
    TMXWriter.openHeader(
      version: PadanVersion.string, creationID: TMXWriter.reviewCreationID, into: &xml)
    xml.element("prop", ["type": "x-padan-memory"], text: "reviewed")
    for path in paths { xml.element("prop", ["type": "x-padan-imported"], text: path) }
    xml.close()
    xml.open("body")
    for (path, units) in read {
      for unit in units {
        let source = ReviewMemory.key(unit.source, normalization)
        let previous = unit.previous.map { ReviewMemory.key($0, normalization) }
        let next = unit.next.map { ReviewMemory.key($0, normalization) }
        let key = source + "\u{0}" + context(previous, next)
        if let before = current[key] {
          if before == unit.target {
            report.unchanged += 1
            continue
          }
          report.replaced += 1
        }
        current[key] = unit.target
        report.imported += 1
        let sourceBytes = Array(source.utf8)
        var terms: [ReviewedTerm] = []
        for match in matcher.matches(in: source) {
          let entry = glossary.entries[match.entry]
          let term = ReviewedTerm(
            entry: entry.origin.fileAndLine,
            source: String(decoding: sourceBytes[match.range.range], as: UTF8.self),
            target: entry.target)
          if !terms.contains(term) { terms.append(term) }
        }
        writeUnit(
          id: String(report.imported), source: source, target: unit.target, previous: previous,
          next: next, from: unit.importedFrom ?? "\(path)#\(unit.id)", terms: terms, into: &xml)
      }
    }
    xml.close()
    xml.close()
    guard report.imported > 0 else { return report }
    if !exists, let reason = BatchTranslator.makeDirectories(directory) {
      throw Diagnostic(.error, at: nil, "\(directory): cannot create folder (\(reason))")
    }
    let path = (directory as NSString).appendingPathComponent(
      try nextFileName(for: paths.first ?? "import"))
    try AtomicFileWriter.write(Array(xml.text.utf8), to: path)
    report.written = path
    return report
  }

  /// One unit of a memory file.
  func writeUnit(
    id: String, source: String, target: String, previous: String?, next: String?, from: String,
    terms: [ReviewedTerm], into xml: inout XMLWriter
  ) {
    xml.open(
      "tu",
      [
        "tuid": id, "creationtool": "Padan", "creationtoolversion": PadanVersion.string,
        "creationid": TMXWriter.reviewCreationID, "creationdate": TMXWriter.fixedDate,
      ])
    let hash = from.lastIndex(of: "#")
    let file = hash.map { String(from[..<$0]) } ?? from
    let unit = hash.map { String(from[from.index(after: $0)...]) } ?? ""
    xml.element("prop", ["type": ReviewedFileReader.importedFileProperty], text: file)
    xml.element("prop", ["type": ReviewedFileReader.importedUnitProperty], text: unit)
    if let previous {
      xml.element("prop", ["type": ReviewedFileReader.previousProperty], text: previous)
    }
    if let next { xml.element("prop", ["type": ReviewedFileReader.nextProperty], text: next) }
    for term in terms {
      xml.element(
        "prop", ["type": ReviewedFileReader.termProperty],
        text: "\(term.entry)\t\(term.source)\t\(term.target)")
    }
    xml.open("tuv", ["xml:lang": "id"])
    xml.element("seg", text: source.replacingLineBreaks())
    xml.close()
    xml.open("tuv", ["xml:lang": "en"])
    xml.element("seg", text: target.replacingLineBreaks())
    xml.close()
    xml.close()
  }

  /// `NNNN-<name>.tmx`, numbered one above the highest number in the folder.
  func nextFileName(for input: String) throws(Diagnostic) -> String {
    var highest = 0
    for path in try files() {
      let name = (path as NSString).lastPathComponent
      if let n = Int(name.prefix { $0.isASCII && $0.isNumber }) { highest = max(highest, n) }
    }
    var stem = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
    stem = String(
      stem.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" })
    if stem.isEmpty { stem = "import" }
    let number = String(highest + 1)
    return String(repeating: "0", count: max(0, 4 - number.count)) + number + "-" + stem + ".tmx"
  }

  // MARK: Stats and export

  /// Figures of the memory.
  public struct Stats: Sendable, Hashable {
    /// Per file: its path and reviewed units.
    public var files: [(path: String, units: Int)] = []
    public var units = 0
    /// Distinct Indonesian sources.
    public var sources = 0
    /// Units replaced by a later review of the same Indonesian in the same context.
    public var replaced = 0
    /// Units whose neighbours are known (for in-context matches).
    public var withContext = 0
    /// Glossary entries recorded with the units.
    public var terms = 0

    public static func == (a: Stats, b: Stats) -> Bool {
      a.files.map(\.path) == b.files.map(\.path) && a.files.map(\.units) == b.files.map(\.units)
        && a.units == b.units && a.sources == b.sources && a.replaced == b.replaced
        && a.withContext == b.withContext && a.terms == b.terms
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(units) }
  }

  public func stats() throws(Diagnostic) -> Stats {
    var stats = Stats()
    var seen: [String: Int] = [:]
    for path in try files() {
      let file = try BilingualFile.read(path: path)
      let units = ReviewedFileReader.units(of: file).units
      stats.files.append((path, units.count))
      stats.units += units.count
      for unit in units {
        if unit.previous != nil || unit.next != nil { stats.withContext += 1 }
        stats.terms += unit.terms.count
        seen[key(unit), default: 0] += 1
      }
    }
    stats.replaced = seen.values.reduce(0) { $0 + $1 - 1 }
    stats.sources = Set(seen.keys.map { $0.prefix { $0 != "\u{0}" } }).count
    return stats
  }

  func key(_ unit: ReviewedFileReader.Unit) -> String {
    ReviewMemory.key(unit.source, normalization) + "\u{0}"
      + (unit.previous.map { ReviewMemory.key($0, normalization) } ?? "\u{1}") + "\u{0}"
      + (unit.next.map { ReviewMemory.key($0, normalization) } ?? "\u{1}")
  }

  /// The units in force (for each Indonesian and context, the last review), in reading
  /// order.
  public func current() throws(Diagnostic) -> [ReviewedUnit] {
    let units = try read().units
    var last: [String: Int] = [:]
    for (i, unit) in units.enumerated() {
      let k =
        ReviewMemory.key(unit.source, normalization) + "\u{0}"
        + (unit.previous.map { ReviewMemory.key($0, normalization) } ?? "\u{1}") + "\u{0}"
        + (unit.next.map { ReviewMemory.key($0, normalization) } ?? "\u{1}")
      last[k] = i
    }
    let kept = Set(last.values)
    return units.indices.filter(kept.contains).map { units[$0] }
  }

  /// The memory in force as one TMX in the format of the memory files, each unit naming
  /// the file and unit it comes from.
  public func exportTMX() throws(Diagnostic) -> String {
    var xml = XMLWriter()
    TMXWriter.openHeader(
      version: PadanVersion.string, creationID: TMXWriter.reviewCreationID, into: &xml)
    xml.element("prop", ["type": "x-padan-memory"], text: "reviewed")
    xml.close()
    xml.open("body")
    for (i, unit) in try current().enumerated() {
      writeUnit(
        id: String(i + 1), source: unit.source, target: unit.target, previous: unit.previous,
        next: unit.next, from: "\(unit.file)#\(unit.unit)", terms: unit.terms, into: &xml)
    }
    xml.close()
    xml.close()
    return xml.text
  }

  /// The memory in force as a Padan JSONL document whose segments are the reviewed units
  /// (`"state":"reviewed"`, id `FILE#UNIT`), for `padan qa` and scripts. It keeps no
  /// context or glossary record: move memories between projects as TMX.
  public func exportJSONL() throws(Diagnostic) -> String {
    let units = try current()
    let (_, fingerprint) = try read()
    var out = BilingualJSONLWriter.headerLine(
      BilingualDocument.Header(
        path: directory, sha256: fingerprint, glossaryFingerprint: "", lexiconFingerprint: "",
        engine: "tm", segmentCount: units.count))
    out += "\n"
    for unit in units {
      let segment = BilingualSegment(
        id: "\(unit.file)#\(unit.unit)", kind: .body, bytes: ByteRange(start: 0, end: 0), line: 0,
        source: unit.source, translation: SegmentTranslation(target: unit.target))
      out += BilingualJSONLWriter.segmentLine(segment)
      out.removeLast()  // the closing brace, to add the state
      out += ",\"state\":\"reviewed\"}\n"
    }
    return out
  }
}
