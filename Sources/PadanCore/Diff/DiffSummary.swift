/// Totals over the documents of a diff, gathered one document at a time so that a diff of
/// a whole corpus never holds more than one document.
public struct DiffSummary: Sendable, Hashable {
  /// A cause and the number of segments it explains.
  public struct CauseCount: Sendable, Hashable {
    /// The first occurrence (for a glossary entry, its Indonesian as first matched).
    public var cause: ChangeCause
    public var segments: Int
  }

  /// A document with at least one difference.
  public struct TouchedDocument: Sendable, Hashable {
    public var name: String
    public var status: DocumentDiff.Status
    /// Steps by status (unchanged ones included).
    public var counts: [SegmentStatus: Int]
  }

  /// Documents by status.
  public private(set) var documents: [DocumentDiff.Status: Int] = [:]
  /// Steps by status; a resegmented group counts once.
  public private(set) var segments: [SegmentStatus: Int] = [:]
  /// Causes in the order first seen (see `rankedCauses`).
  public private(set) var causes: [CauseCount] = []
  /// `changed` segments explained by no entry, by explanation (`engine`, `unrecorded`).
  public private(set) var unexplained: [ChangeExplanation: Int] = [:]
  public private(set) var touched: [TouchedDocument] = []
  /// Counts of English similarity in ten buckets, 0–9% to 90–100%, over changed,
  /// source-changed and resegmented steps.
  public private(set) var histogram = [Int](repeating: 0, count: 10)
  /// Header settings that differ, with the number of documents, in the order first seen.
  public private(set) var settings: [(change: SettingChange, documents: Int)] = []

  private var causeIndex: [String: Int] = [:]

  public init() {}

  public static func == (a: Self, b: Self) -> Bool {
    a.documents == b.documents && a.segments == b.segments && a.causes == b.causes
      && a.unexplained == b.unexplained && a.touched == b.touched && a.histogram == b.histogram
      && a.settings.map(\.change) == b.settings.map(\.change)
      && a.settings.map(\.documents) == b.settings.map(\.documents)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(segments)
    hasher.combine(causes)
  }

  /// Adds one document's diff.
  public mutating func add(_ diff: DocumentDiff) {
    let status = diff.status
    documents[status, default: 0] += 1
    let counts = diff.counts
    for (s, n) in counts { segments[s, default: 0] += n }
    if status != .unchanged {
      touched.append(TouchedDocument(name: diff.name, status: status, counts: counts))
    }
    for setting in diff.settings {
      if let i = settings.firstIndex(where: { $0.change == setting }) {
        settings[i].documents += 1
      } else {
        settings.append((setting, 1))
      }
    }
    for change in diff.changes {
      if let similarity = change.similarity {
        histogram[min(9, max(0, similarity / 10))] += 1
      }
      guard change.status == .changed else { continue }
      if let explanation = change.explanation, explanation != .entries, explanation != .reviewed {
        unexplained[explanation, default: 0] += 1
      }
      var seen: Set<String> = []
      for cause in change.causes {
        let key = Self.key(cause)
        guard seen.insert(key).inserted else { continue }
        if let i = causeIndex[key] {
          causes[i].segments += 1
        } else {
          causeIndex[key] = causes.count
          causes.append(CauseCount(cause: cause, segments: 1))
        }
      }
    }
  }

  /// Causes are counted per entry: a glossary entry by its line and English (old and
  /// new), a lexicon entry by its line and lemma (its English varies with inflection).
  static func key(_ c: ChangeCause) -> String {
    let detail =
      c.kind == .glossary ? c.target + "\u{0}" + (c.oldTarget ?? "") : c.source
    return [c.change.rawValue, c.kind.rawValue, c.file, String(c.line), detail].joined(
      separator: "\u{1}")
  }

  /// The most frequent causes first (ties in the order first seen).
  public func rankedCauses(limit: Int = .max) -> [CauseCount] {
    Array(
      causes.enumerated().sorted {
        $0.element.segments != $1.element.segments
          ? $0.element.segments > $1.element.segments : $0.offset < $1.offset
      }.map(\.element).prefix(limit))
  }

  /// Whether any step has one of `statuses` other than `unchanged`, or a document of the
  /// selection was added or removed.
  public func hasDifferences(in statuses: Set<SegmentStatus>) -> Bool {
    for s in statuses where s != .unchanged && (segments[s] ?? 0) > 0 { return true }
    if statuses.contains(.added) && (documents[.added] ?? 0) > 0 { return true }
    if statuses.contains(.removed) && (documents[.removed] ?? 0) > 0 { return true }
    return false
  }

  /// The number of documents compared or found on one side.
  public var documentCount: Int { documents.values.reduce(0, +) }
}
