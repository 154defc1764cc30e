/// Writes a diff report as documents are compared: `start`, then `document` for each
/// document in order, then `finish` with the summary.
///
/// Writers that put the summary first (Markdown, HTML) hold the documents' text until
/// `finish`; the others return it at once, so memory holds one document.
public protocol DiffWriter {
  /// The text before the first document.
  mutating func start() -> String
  /// The text for one document (empty when it is held until `finish`).
  mutating func document(_ diff: DocumentDiff) -> String
  /// The rest of the report: held documents, the summary and the problems met.
  mutating func finish(summary: DiffSummary, problems: [Diagnostic]) -> String
}

/// What a diff report shows.
public struct DiffReportOptions: Sendable, Hashable {
  /// The label of each side (`HEAD:Output`, `Output`).
  public var oldLabel: String
  public var newLabel: String
  /// The statuses whose steps are shown (and decide the exit status).
  public var only: Set<SegmentStatus>
  /// The neighbouring steps shown around each shown step, like `diff -U`.
  public var context: Int
  /// Only the summary (`--stat`).
  public var summaryOnly: Bool
  /// Put before the data file paths of causes in links (`../` for a report written one
  /// folder below where `padan translate` ran).
  public var linkPrefix: String

  /// Every status but `unchanged`.
  public static let differences = Set(SegmentStatus.allCases.filter { $0 != .unchanged })

  public init(
    oldLabel: String, newLabel: String, only: Set<SegmentStatus> = differences, context: Int = 0,
    summaryOnly: Bool = false, linkPrefix: String = ""
  ) {
    self.oldLabel = oldLabel
    self.newLabel = newLabel
    self.only = only
    self.context = context
    self.summaryOnly = summaryOnly
    self.linkPrefix = linkPrefix
  }

  /// One step to show.
  public struct Shown: Sendable, Hashable {
    /// Index into `DocumentDiff.changes`.
    public var index: Int
    /// Shown only as a neighbour of a selected step.
    public var isContext: Bool
    /// Steps were left out before this one.
    public var afterGap: Bool
  }

  /// The steps of `diff` to show, in order.
  /// The steps of `diff` a report shows, or `nil` when the report leaves the document out:
  /// nothing selected in it, and not a whole added or removed document that `only` asks for.
  public func shownStepsIfReported(_ diff: DocumentDiff) -> [Shown]? {
    let shown = shownSteps(diff)
    let whole = diff.status == .added || diff.status == .removed
    guard
      !shown.isEmpty
        || (whole && !summaryOnly && only.contains(diff.status == .added ? .added : .removed))
    else { return nil }
    return shown
  }

  public func shownSteps(_ diff: DocumentDiff) -> [Shown] {
    guard !summaryOnly else { return [] }
    let changes = diff.changes
    var selected = [Bool](repeating: false, count: changes.count)
    var shown = selected
    for (i, c) in changes.enumerated() where only.contains(c.status) {
      selected[i] = true
      for k in max(0, i - context)...min(changes.count - 1, i + context) { shown[k] = true }
    }
    var out: [Shown] = []
    var previous = -1
    for i in changes.indices where shown[i] {
      out.append(
        Shown(index: i, isContext: !selected[i], afterGap: previous >= 0 && i > previous + 1))
      previous = i
    }
    return out
  }

  /// The link to a cause's entry: `Glossaries/titles.tsv#L14`, as GitHub anchors lines.
  public func link(_ cause: ChangeCause) -> String {
    linkPrefix + cause.file + (cause.line > 0 ? "#L\(cause.line)" : "")
  }
}

extension SegmentChange {
  /// `split 1 → 2` or `merged 3 → 1` for a resegmented step, else nil.
  public var resegmentation: String? {
    guard status == .resegmented else { return nil }
    let verb = new.count > old.count ? "split" : new.count < old.count ? "merged" : "resegmented"
    return "\(verb) \(old.count) → \(new.count)"
  }

  /// Why the English changed, in words, for a changed step without causes.
  public var explanationText: String? {
    switch explanation {
    case .engine: "engine change (no glossary or lexicon entry explains it)"
    case .unrecorded: "unexplained (the files do not record the entries applied)"
    case .reviewed:
      "reviewed English from "
        + (new.first?.translation.origin?.summary ?? "the translation memory")
    case .entries, nil: nil
    }
  }
}

extension DiffSummary {
  /// The labels of the histogram's buckets: `0–9%` … `90–100%`.
  public static let bucketLabels = (0..<10).map {
    $0 == 9 ? "90–100%" : "\($0 * 10)–\($0 * 10 + 9)%"
  }
}
