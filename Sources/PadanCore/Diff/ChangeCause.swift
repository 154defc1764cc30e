/// A glossary or lexicon entry applied differently in two translations of a segment.
///
/// Entries are matched by file, Indonesian text and English, not by line: an edit that
/// inserts a line shifts the origins below it, and such an entry is the same entry.
/// A changed entry keeps its file and Indonesian but has another English.
public struct ChangeCause: Sendable, Hashable, CustomStringConvertible {
  public enum Change: String, Sendable, Hashable {
    /// Applied only in the new translation.
    case added
    /// Applied only in the old translation.
    case removed
    /// Applied to the same text in both, with different English.
    case changed
  }

  public enum Kind: String, Sendable, Hashable {
    case glossary, lexicon
  }

  public var change: Change
  public var kind: Kind
  /// The data file, as recorded (`Glossaries/titles.tsv`).
  public var file: String
  /// The entry's 1-based line: in the new files, or in the old for a removed entry.
  public var line: Int
  /// The line in the old files, when a changed entry moved.
  public var oldLine: Int?
  /// The Indonesian: the text matched for a glossary entry (`Sekjen`), the lemma for a
  /// lexicon entry.
  public var source: String
  /// The word in the text when it differs from the lemma (`diserang` for `serang`).
  public var surface: String?
  /// The English: new for added and changed, old for removed.
  public var target: String
  /// The old English of a changed entry.
  public var oldTarget: String?
  /// Whether the change made a reviewed segment stale: its reviewed English is kept and
  /// lacks the entry's new English.
  public var staleReview = false

  public init(
    change: Change, kind: Kind, file: String, line: Int, oldLine: Int? = nil, source: String,
    surface: String? = nil, target: String, oldTarget: String? = nil
  ) {
    self.change = change
    self.kind = kind
    self.file = file
    self.line = line
    self.oldLine = oldLine
    self.source = source
    self.surface = surface
    self.target = target
    self.oldTarget = oldTarget
  }

  /// `Glossaries/titles.tsv:14`, as `padan glossary coverage` names entries.
  public var origin: String { "\(file):\(line)" }

  /// `Glossaries/titles.tsv:14 Sekjen → Secretary General`.
  public var entryName: String {
    let word = surface.map { "\(source) (\($0))" } ?? source
    return "\(origin) \(word) → \(target)"
  }

  /// `changed Glossaries/titles.tsv:14 Sekjen → Secretary General (was Secretary-General)`.
  public var description: String {
    var text = "\(change.rawValue) \(entryName)"
    var was: [String] = []
    if let oldTarget { was.append(oldTarget) }
    if let oldLine, oldLine != line { was.append("line \(oldLine)") }
    if !was.isEmpty { text += " (was \(was.joined(separator: ", ")))" }
    if staleReview { text += "; reviewed English kept, flagged stale" }
    return text
  }

  /// The cause of a reviewed segment becoming stale: the glossary entry that changed.
  init(stale term: StaleTerm) {
    let (file, line) = Self.split(origin: term.entry)
    self.init(
      change: term.reviewed == nil ? .added : .changed, kind: .glossary, file: file, line: line,
      source: term.source, target: term.target, oldTarget: term.reviewed)
    staleReview = true
  }

  /// Splits `Glossaries/titles.tsv:14` into its file and line (0 when there is none).
  package static func split(origin: String) -> (file: String, line: Int) {
    guard let colon = origin.lastIndex(of: ":"),
      let line = Int(origin[origin.index(after: colon)...])
    else { return (origin, 0) }
    return (String(origin[..<colon]), line)
  }
}

extension ChangeCause {
  /// One entry application, without its line and spans.
  private struct Application: Hashable {
    var kind: Kind
    var file: String
    var source: String
    var surface: String
    var target: String
  }

  /// The entries applied differently in `old` and `new`, glossary entries first, each
  /// in the order of its translation (removed ones last).
  ///
  /// A lexicon entry whose English differs only in capitals is not a cause: the engine
  /// capitalises headlines and sentence starts. (A glossary entry's English is its
  /// target verbatim, so any difference there is an edit.)
  ///
  /// - Parameters:
  ///   - kinds: the kinds of entries that can have changed (both recorded, and the
  ///     fingerprints of their data not known to be equal).
  /// - Returns: no causes when nothing differs.
  static func causes(
    old: SegmentTranslation, new: SegmentTranslation, kinds: Set<Kind>
  ) -> [ChangeCause] {
    var out: [ChangeCause] = []
    if kinds.contains(.glossary) {
      out += causes(old: old.glossary.map(application), new: new.glossary.map(application))
    }
    if kinds.contains(.lexicon) {
      out += causes(old: old.lexicon.map(application), new: new.lexicon.map(application))
        .filter { $0.change != .changed || $0.oldTarget?.lowercased() != $0.target.lowercased() }
    }
    return out
  }

  /// The kinds of entries whose application explains changes between two files: those
  /// both record, unless the fingerprints of their data are known and equal (then no
  /// entry of that kind changed, and a different application is the engine's doing).
  ///
  /// - Returns: the kinds to compare, and whether an empty comparison means an engine
  ///   change (every kind either compared or known unchanged).
  static func comparableKinds(
    _ a: BilingualDocument.Header?, _ b: BilingualDocument.Header?, records: UsageRecords
  ) -> (kinds: Set<Kind>, complete: Bool) {
    func same(_ x: String?, _ y: String?) -> Bool {
      guard let x, let y, !x.isEmpty else { return false }
      return x == y
    }
    let sameGlossary = same(a?.glossaryFingerprint, b?.glossaryFingerprint)
    let sameLexicon = same(a?.lexiconFingerprint, b?.lexiconFingerprint)
    var kinds: Set<Kind> = []
    if !sameGlossary && records >= .glossary { kinds.insert(.glossary) }
    if !sameLexicon && records == .full { kinds.insert(.lexicon) }
    let complete = (sameGlossary || records >= .glossary) && (sameLexicon || records == .full)
    return (kinds, complete)
  }

  private static func application(_ use: TermUse) -> (Application, Int) {
    let (file, line) = split(origin: use.entry)
    return (
      Application(kind: .glossary, file: file, source: use.source, surface: "", target: use.target),
      line
    )
  }

  private static func application(_ use: LexiconUse) -> (Application, Int) {
    let (file, line) = split(origin: use.entry)
    let surface = use.source.lowercased() == use.lemma.lowercased() ? "" : use.source
    return (
      Application(
        kind: .lexicon, file: file, source: use.lemma, surface: surface, target: use.target),
      line
    )
  }

  /// Multiset difference of two lists of applications; an added and a removed one with
  /// the same file and text pair up as a changed entry. Duplicates are reported once.
  private static func causes(old: [(Application, Int)], new: [(Application, Int)])
    -> [ChangeCause]
  {
    var unmatched: [Application: Int] = [:]
    for (a, _) in old { unmatched[a, default: 0] += 1 }
    var added: [(Application, Int)] = []
    for (a, line) in new {
      if let n = unmatched[a], n > 0 {
        unmatched[a] = n - 1
      } else {
        added.append((a, line))
      }
    }
    var removed: [(Application, Int)] = []
    for (a, line) in old.reversed() {
      if let n = unmatched[a], n > 0 {
        unmatched[a] = n - 1
        removed.append((a, line))
      }
    }
    removed.reverse()
    var out: [ChangeCause] = []
    func append(_ cause: ChangeCause) {
      if !out.contains(cause) { out.append(cause) }
    }
    for (a, line) in added {
      let surface = a.surface.isEmpty ? nil : a.surface
      if let k = removed.firstIndex(where: {
        $0.0.file == a.file && $0.0.source == a.source && $0.0.surface == a.surface
      }) {
        let (was, oldLine) = removed.remove(at: k)
        append(
          ChangeCause(
            change: .changed, kind: a.kind, file: a.file, line: line, oldLine: oldLine,
            source: a.source, surface: surface, target: a.target, oldTarget: was.target))
      } else {
        append(
          ChangeCause(
            change: .added, kind: a.kind, file: a.file, line: line, source: a.source,
            surface: surface, target: a.target))
      }
    }
    for (a, line) in removed {
      append(
        ChangeCause(
          change: .removed, kind: a.kind, file: a.file, line: line, source: a.source,
          surface: a.surface.isEmpty ? nil : a.surface, target: a.target))
    }
    return out
  }
}
