/// Where the English of a segment came from when a person wrote it: a reviewed segment of
/// the translation memory (`Reviewed/`), found by its Indonesian.
///
/// A segment without an origin is machine translation.
public struct SegmentOrigin: Hashable, Sendable, Codable {
  /// How the reviewed segment was found.
  public enum Match: String, Hashable, Sendable, Codable {
    /// The same normalised Indonesian.
    case exact
    /// The same normalised Indonesian, and the same segments before and after it.
    case inContext = "in-context"
  }

  /// The reviewed file the English comes from (`Reviewed/0001-x.tmx`).
  public var file: String
  /// The unit's id in that file.
  public var unit: String
  public var match: Match
  /// The glossary entries of the Indonesian that changed since the review and whose new
  /// English the reviewed English lacks; empty when the review still holds.
  public var stale: [StaleTerm]

  public init(file: String, unit: String, match: Match, stale: [StaleTerm] = []) {
    self.file = file
    self.unit = unit
    self.match = match
    self.stale = stale
  }

  /// Whether a glossary change has made the review out of date.
  public var isStale: Bool { !stale.isEmpty }

  /// `reviewed` or `stale`: the review state written in every output format.
  public var state: String { isStale ? "stale" : "reviewed" }

  /// `Reviewed/0001-x.tmx#4`.
  public var location: String { "\(file)#\(unit)" }

  /// `tm Reviewed/0001-x.tmx#4 (exact)`.
  public var summary: String { "tm \(location) (\(match.rawValue))" }
}

/// A glossary entry of a reviewed segment's Indonesian whose English changed after the
/// review, and which the reviewed English does not contain.
public struct StaleTerm: Hashable, Sendable, Codable {
  /// Where the entry is written now: `Glossaries/titles.tsv:220`.
  public var entry: String
  /// The Indonesian text that matched.
  public var source: String
  /// The entry's English now.
  public var target: String
  /// The entry's English when the segment was reviewed, if known.
  public var reviewed: String?

  public init(entry: String, source: String, target: String, reviewed: String? = nil) {
    self.entry = entry
    self.source = source
    self.target = target
    self.reviewed = reviewed
  }

  /// `Glossaries/titles.tsv:220 Sekjen NATO → Secretary General of NATO (was NATO
  /// Secretary-General)`.
  public var description: String {
    "\(entry) \(source) → \(target)" + (reviewed.map { " (was \($0))" } ?? " (new entry)")
  }
}
