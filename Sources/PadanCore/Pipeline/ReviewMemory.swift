/// One reviewed segment of the translation memory: Indonesian and the English a person
/// approved, where it was read, and what the glossaries said about its Indonesian then.
public struct ReviewedUnit: Sendable, Hashable {
  /// The Indonesian, normalised as the pipeline normalises text.
  public var source: String
  /// The reviewed English.
  public var target: String
  /// The Indonesian of the segment before it in its document (empty at the start), or nil
  /// when the file does not tell.
  public var previous: String?
  /// The Indonesian of the segment after it (empty at the end), or nil when not known.
  public var next: String?
  /// The file of the memory it was read from (`Reviewed/0001-x.tmx`).
  public var file: String
  /// Its unit id in that file.
  public var unit: String
  /// The glossary entries found in `source` when it was imported, with their English then.
  public var terms: [ReviewedTerm]

  public init(
    source: String, target: String, previous: String? = nil, next: String? = nil,
    file: String, unit: String, terms: [ReviewedTerm] = []
  ) {
    self.source = source
    self.target = target
    self.previous = previous
    self.next = next
    self.file = file
    self.unit = unit
    self.terms = terms
  }
}

/// A glossary entry found in a reviewed segment's Indonesian when it was imported.
public struct ReviewedTerm: Sendable, Hashable {
  /// `Glossaries/titles.tsv:220`.
  public var entry: String
  /// The Indonesian text matched.
  public var source: String
  /// The entry's English at the time.
  public var target: String

  public init(entry: String, source: String, target: String) {
    self.entry = entry
    self.source = source
    self.target = target
  }
}

/// The translation memory of reviewed segments that `padan translate` consults before the
/// engine: an exact match on the normalised Indonesian, preferred in context (the
/// segments before and after match too).
///
/// When several reviewed segments have the same Indonesian, the one read last wins (files
/// in byte order of their names, units in file order): a later review replaces an
/// earlier one.
public struct ReviewMemory: Sendable {
  /// Whether English contains a glossary target in a form the glossary allows.
  public typealias TermCheck = @Sendable (_ english: String, _ target: String) -> Bool

  public let units: [ReviewedUnit]
  /// SHA-256 over the files the units were read from: outputs depend on it.
  public let fingerprint: String
  public let normalization: NormalizationOptions
  let accepts: TermCheck
  /// Unit indices by normalised source, in reading order.
  private let index: [String: [Int]]
  /// The normalised neighbours of each unit (nil when unknown).
  private let contexts: [(previous: String?, next: String?)]

  public init(
    units: [ReviewedUnit], fingerprint: String,
    normalization: NormalizationOptions = NormalizationOptions(),
    accepts: @escaping TermCheck = ReviewMemory.containsWords
  ) {
    self.units = units
    self.fingerprint = fingerprint
    self.normalization = normalization
    self.accepts = accepts
    var index: [String: [Int]] = [:]
    var contexts: [(String?, String?)] = []
    for (i, unit) in units.enumerated() {
      index[Self.key(unit.source, normalization), default: []].append(i)
      contexts.append(
        (
          unit.previous.map { Self.key($0, normalization) },
          unit.next.map { Self.key($0, normalization) }
        ))
    }
    self.index = index
    self.contexts = contexts
  }

  /// The text as segments are compared: normalised as the pipeline does (cleaning, then
  /// NFC or NFKC), runs of white space made one space, trimmed.
  public static func key(_ text: String, _ options: NormalizationOptions) -> String {
    var lossy = options
    lossy.lossy = true
    let bytes =
      (try? Normalizer(options: lossy).normalize(SourceFile(path: "", bytes: Array(text.utf8))))?
      .bytes ?? Array(text.utf8)
    return WhiteSpace.collapsed(bytes)
  }

  /// The reviewed segment for `source`, whose neighbours in the document are `previous`
  /// and `next` (empty at the start and end), and how it matched; nil when there is none.
  public func match(source: String, previous: String, next: String) -> (
    unit: ReviewedUnit, match: SegmentOrigin.Match
  )? {
    guard let candidates = index[Self.key(source, normalization)], let last = candidates.last
    else { return nil }
    let before = Self.key(previous, normalization)
    let after = Self.key(next, normalization)
    if let i = candidates.last(where: {
      contexts[$0].previous == before && contexts[$0].next == after
    }) {
      return (units[i], .inContext)
    }
    return (units[last], .exact)
  }

  /// The translation of a segment taken from `unit`: its reviewed English, the glossary
  /// entries found in the Indonesian (from `machine`, the engine's translation of it, with
  /// `tgt` where the English has the entry's English and empty where it does not), no
  /// lexicon entries or unknown words, and the origin, stale when an entry changed since
  /// the review and the reviewed English lacks its new English.
  public func translation(
    _ machine: SegmentTranslation, from unit: ReviewedUnit, match: SegmentOrigin.Match
  ) -> SegmentTranslation {
    var glossary: [TermUse] = []
    var stale: [StaleTerm] = []
    var checked = Set<String>()
    let english = Array(unit.target.utf8)
    for use in machine.glossary {
      var reviewed = use
      reviewed.targetSpan = Self.span(of: use.target, in: english) ?? ByteRange(start: 0, end: 0)
      glossary.append(reviewed)
      guard checked.insert(use.entry + "\u{0}" + use.source).inserted,
        !accepts(unit.target, use.target)
      else { continue }
      let file = Self.file(of: use.entry)
      let before =
        unit.terms.first { $0.entry == use.entry && $0.source == use.source }
        ?? unit.terms.first { Self.file(of: $0.entry) == file && $0.source == use.source }
      // The entry said the same when the segment was reviewed: the reviewer chose this.
      if let before, before.target == use.target { continue }
      stale.append(
        StaleTerm(
          entry: use.entry, source: use.source, target: use.target, reviewed: before?.target)
      )
    }
    return SegmentTranslation(
      target: unit.target, glossary: glossary,
      origin: SegmentOrigin(file: unit.file, unit: unit.unit, match: match, stale: stale))
  }

  /// The file of an entry's origin (`Glossaries/titles.tsv` of `Glossaries/titles.tsv:220`).
  static func file(of entry: String) -> Substring {
    guard let colon = entry.lastIndex(of: ":") else { return Substring(entry) }
    return entry[..<colon]
  }

  /// The first occurrence of `target` in `english` as whole words, any case, perhaps
  /// followed by a plural or possessive ending (`s`, `es`, `'s`).
  static func span(of target: String, in english: [UInt8]) -> ByteRange? {
    let needle = Array(target.lowercased().utf8)
    let hay = Array(String(decoding: english, as: UTF8.self).lowercased().utf8)
    guard !needle.isEmpty, hay.count == english.count, needle.count <= hay.count else {
      return nil
    }
    for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
      guard hay[i..<(i + needle.count)].elementsEqual(needle) else { continue }
      let end = i + needle.count
      guard i == 0 || !isLetterOrDigit(hay[i - 1]) else { continue }
      // The word may go on with a plural or possessive ending.
      for ending in ["", "s", "es", "'s"] {
        let after = end + ending.utf8.count
        if after <= hay.count, hay[end..<after].elementsEqual(ending.utf8),
          after == hay.count || !isLetterOrDigit(hay[after])
        {
          return ByteRange(start: i, end: end)
        }
      }
    }
    return nil
  }

  static func isLetterOrDigit(_ b: UInt8) -> Bool {
    (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b >= 0x80
  }

  /// The plainest check: `target` occurs in `english` as whole words, any case, perhaps
  /// with a plural or possessive ending.
  public static let containsWords: TermCheck = { english, target in
    span(of: target, in: Array(english.utf8)) != nil
  }
}
