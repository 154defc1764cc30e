/// What became of one segment (or a group of them) between two translations of a document.
public enum SegmentStatus: String, CaseIterable, Sendable, Hashable {
  /// Same source, same English.
  case unchanged
  /// Same source, different English: a glossary, lexicon or engine change.
  case changed
  /// The Indonesian itself differs at the same place: the input was edited.
  case sourceChanged = "source-changed"
  /// The same Indonesian split into more segments or merged into fewer.
  case resegmented
  /// Only in the new translation.
  case added
  /// Only in the old translation.
  case removed
}

/// Why the English of a `changed` segment differs, when no entry is named.
public enum ChangeExplanation: String, Sendable, Hashable {
  /// Glossary or lexicon entries applied differently: see `SegmentChange.causes`.
  case entries
  /// Both files record every entry applied and none differs: the engine changed.
  case engine
  /// At least one file does not record the entries applied (TMX, XLIFF without the
  /// lexicon, files from other tools), so the change cannot be explained.
  case unrecorded
  /// The new English is a reviewed segment's, from the translation memory
  /// (`SegmentTranslation.origin`), where the old was not or came from another review.
  case reviewed
}

/// One step of a document diff: a segment in either or both translations.
public struct SegmentChange: Sendable, Hashable {
  public var status: SegmentStatus
  /// The old segments: one, none (added) or several (resegmented).
  public var old: [BilingualSegment]
  /// The new segments: one, none (removed) or several (resegmented).
  public var new: [BilingualSegment]
  /// The English compared word by word (for changed, source-changed and resegmented; the
  /// targets of a group are joined with a space).
  public var targetDiff: WordDiff?
  /// The Indonesian compared word by word (source-changed only).
  public var sourceDiff: WordDiff?
  /// The entries applied differently (changed only), glossary first, in text order.
  public var causes: [ChangeCause]
  /// Why the English changed (changed only).
  public var explanation: ChangeExplanation?

  public init(
    status: SegmentStatus, old: [BilingualSegment], new: [BilingualSegment],
    targetDiff: WordDiff? = nil, sourceDiff: WordDiff? = nil, causes: [ChangeCause] = [],
    explanation: ChangeExplanation? = nil
  ) {
    self.status = status
    self.old = old
    self.new = new
    self.targetDiff = targetDiff
    self.sourceDiff = sourceDiff
    self.causes = causes
    self.explanation = explanation
  }

  /// The segment ids on each side.
  public var oldIDs: [String] { old.map(\.id) }
  public var newIDs: [String] { new.map(\.id) }

  /// The Indonesian: the new one when there is one (joined for a group).
  public var source: String { (new.isEmpty ? old : new).map(\.source).joined(separator: " ") }
  public var oldSource: String { old.map(\.source).joined(separator: " ") }
  public var oldTarget: String { old.map(\.target).joined(separator: " ") }
  public var newTarget: String { new.map(\.target).joined(separator: " ") }

  /// The layout kind of the first segment (new side first).
  public var kind: Segment.Kind { (new.first ?? old.first)?.kind ?? .body }

  /// Word similarity of the English, in percent, for changes that have both sides.
  public var similarity: Int? { targetDiff?.similarity }

  /// A label for the segment: `3.1`, `3.1 → 3.2` when its id moved, `3.1+3.2 → 3.1`.
  public var label: String {
    let a = oldIDs.joined(separator: "+")
    let b = newIDs.joined(separator: "+")
    if a.isEmpty { return b }
    if b.isEmpty || a == b { return a }
    return "\(a) → \(b)"
  }
}

/// A setting of the document header that differs between the two files.
public struct SettingChange: Sendable, Hashable {
  /// `version`, `engine`, `glossary`, `lexicon` (fingerprints) or `input` (SHA-256).
  public var name: String
  public var old: String
  public var new: String

  public init(name: String, old: String, new: String) {
    self.name = name
    self.old = old
    self.new = new
  }
}

/// The comparison of two translations of one document.
public struct DocumentDiff: Sendable, Hashable {
  public enum Status: String, Sendable, Hashable {
    case unchanged, changed, added, removed
  }

  /// The document's name: the file name without its format suffix (`000_d9d9eef47c1bbfe9`),
  /// relative to the folder compared.
  public var name: String
  /// Where the old and new translations were read (`HEAD:Output/x.jsonl`), nil when absent.
  public var oldLabel: String?
  public var newLabel: String?
  /// The input the document was translated from (`Seeds/x.txt`), when recorded.
  public var inputPath: String
  public var settings: [SettingChange]
  /// Every step in document order, unchanged segments included.
  public var changes: [SegmentChange]

  public init(
    name: String, oldLabel: String?, newLabel: String?, inputPath: String,
    settings: [SettingChange], changes: [SegmentChange]
  ) {
    self.name = name
    self.oldLabel = oldLabel
    self.newLabel = newLabel
    self.inputPath = inputPath
    self.settings = settings
    self.changes = changes
  }

  public var status: Status {
    if oldLabel == nil { return .added }
    if newLabel == nil { return .removed }
    return changes.contains { $0.status != .unchanged } ? .changed : .unchanged
  }

  /// How many steps have each status.
  public var counts: [SegmentStatus: Int] {
    var counts: [SegmentStatus: Int] = [:]
    for c in changes { counts[c.status, default: 0] += 1 }
    return counts
  }
}
