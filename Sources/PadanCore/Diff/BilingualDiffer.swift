/// Compares two translations of a document segment by segment.
///
/// Segments are aligned by their Indonesian: the longest common subsequence of the
/// sources (whitespace collapsed) anchors the segments whose source is unchanged, which
/// are `unchanged` or `changed` by their English. Between two anchors, the remaining
/// segments are, in this order:
/// 1. `resegmented`: consecutive old segments whose sources, spaces removed, join into
///    exactly the same text as consecutive new ones (a split or a merge);
/// 2. `source-changed`: a pair with the same segment id and at least 25% word similarity
///    of the sources, or failing that, any pair in order with at least 50%;
/// 3. `removed` and `added`: the rest.
///
/// A TMX holds only translated segments, so when one side is TMX and the other is not,
/// the other side's boilerplate and untranslated segments are left out of the comparison.
///
/// Holds ICU word iterators, so one instance serves one thread.
public final class BilingualDiffer {
  /// Minimal source similarity (percent) to pair segments with the same id.
  static let sameIDSimilarity = 25
  /// Minimal source similarity (percent) to pair other segments.
  static let similarSourceSimilarity = 50
  /// The most segments on one side of a resegmentation.
  static let maxGroup = 32
  /// Above this many old × new segments between two anchors, only segments with the same
  /// id are paired (comparing every pair would be quadratic in the document).
  static let maxSimilarityPairs = 10_000

  private let english = WordTokenizer(locale: "en")
  private let indonesian = WordTokenizer(locale: "id")

  public init() {}

  /// Compares the old and new translation of the document `name`; either may be missing
  /// (the document was added or removed).
  ///
  /// - Throws: `Diagnostic` when both record input paths whose file names differ: they are
  ///   translations of different documents.
  public func diff(name: String, old: BilingualFile?, new: BilingualFile?) throws(Diagnostic)
    -> DocumentDiff
  {
    var a = old?.document.segments ?? []
    var b = new?.document.segments ?? []
    // TMX holds translated segments only: against a TMX, boilerplate and segments without
    // English on the other side are not differences.
    if old?.format == "tmx", new?.format != "tmx" { b = b.filter(\.isTranslated) }
    if new?.format == "tmx", old?.format != "tmx" { a = a.filter(\.isTranslated) }
    let oldPath = old?.document.header.path ?? ""
    let newPath = new?.document.header.path ?? ""
    if let old, let new, !oldPath.isEmpty, !newPath.isEmpty,
      Self.fileName(oldPath) != Self.fileName(newPath)
    {
      throw Diagnostic(
        .error, at: nil,
        "mismatched documents: \(old.label) is a translation of \(oldPath), "
          + "\(new.label) of \(newPath)")
    }
    let records = min(old?.records ?? .full, new?.records ?? .full)
    let (kinds, complete) = ChangeCause.comparableKinds(
      old?.document.header, new?.document.header, records: records)
    var changes: [SegmentChange] = []
    changes.reserveCapacity(max(a.count, b.count))
    for step in align(a, b) {
      switch step {
      case .same(let i, let j):
        changes.append(compareTargets(a[i], b[j], kinds: kinds, complete: complete))
      case .edited(let i, let j):
        changes.append(
          SegmentChange(
            status: .sourceChanged, old: [a[i]], new: [b[j]],
            targetDiff: WordDiff.compare(a[i].target, b[j].target, tokenizer: english),
            sourceDiff: WordDiff.compare(a[i].source, b[j].source, tokenizer: indonesian)))
      case .resegmented(let r, let s):
        var change = SegmentChange(status: .resegmented, old: Array(a[r]), new: Array(b[s]))
        change.targetDiff = WordDiff.compare(
          change.oldTarget, change.newTarget, tokenizer: english)
        changes.append(change)
      case .removed(let i):
        changes.append(SegmentChange(status: .removed, old: [a[i]], new: []))
      case .added(let j):
        changes.append(SegmentChange(status: .added, old: [], new: [b[j]]))
      }
    }
    return DocumentDiff(
      name: name, oldLabel: old?.label, newLabel: new?.label,
      inputPath: newPath.isEmpty ? oldPath : newPath,
      settings: Self.settings(old?.document.header, new?.document.header), changes: changes)
  }

  /// A segment whose source is unchanged: `unchanged`, or `changed` with its causes.
  ///
  /// - Parameters:
  ///   - kinds, complete: see `ChangeCause.comparableKinds`.
  func compareTargets(
    _ x: BilingualSegment, _ y: BilingualSegment, kinds: Set<ChangeCause.Kind>, complete: Bool
  ) -> SegmentChange {
    let oldStale = x.translation.origin?.stale ?? []
    let newStale = y.translation.origin?.stale ?? []
    guard x.target != y.target else {
      // The same reviewed English, now flagged stale: the glossary entries that changed
      // are the cause.
      let fresh = newStale.filter { !oldStale.contains($0) }
      guard !fresh.isEmpty else { return SegmentChange(status: .unchanged, old: [x], new: [y]) }
      return SegmentChange(
        status: .changed, old: [x], new: [y],
        targetDiff: WordDiff.compare(x.target, y.target, tokenizer: english),
        causes: fresh.map(ChangeCause.init(stale:)), explanation: .entries)
    }
    var causes = ChangeCause.causes(old: x.translation, new: y.translation, kinds: kinds)
    causes += newStale.filter { !oldStale.contains($0) }.map(ChangeCause.init(stale:))
      .filter { stale in !causes.contains { $0.origin == stale.origin && $0.target == stale.target }
      }
    let reviewed = y.translation.origin != nil && y.translation.origin != x.translation.origin
    let explanation: ChangeExplanation =
      reviewed ? .reviewed : !causes.isEmpty ? .entries : complete ? .engine : .unrecorded
    return SegmentChange(
      status: .changed, old: [x], new: [y],
      targetDiff: WordDiff.compare(x.target, y.target, tokenizer: english), causes: causes,
      explanation: explanation)
  }

  /// The header fields that differ, when both sides record them.
  static func settings(_ a: BilingualDocument.Header?, _ b: BilingualDocument.Header?)
    -> [SettingChange]
  {
    guard let a, let b else { return [] }
    var out: [SettingChange] = []
    for (name, x, y) in [
      ("version", a.version, b.version), ("engine", a.engine, b.engine),
      ("glossary", a.glossaryFingerprint, b.glossaryFingerprint),
      ("lexicon", a.lexiconFingerprint, b.lexiconFingerprint), ("input", a.sha256, b.sha256),
    ] where !x.isEmpty && !y.isEmpty && x != y {
      out.append(SettingChange(name: name, old: x, new: y))
    }
    return out
  }

  static func fileName(_ path: String) -> Substring {
    path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path)
  }

  // MARK: Alignment

  enum Step: Equatable {
    case same(Int, Int)
    case edited(Int, Int)
    case resegmented(Range<Int>, Range<Int>)
    case removed(Int)
    case added(Int)
  }

  /// The alignment of two segment lists, in document order.
  func align(_ a: [BilingualSegment], _ b: [BilingualSegment]) -> [Step] {
    // Sources as small integers, so the LCS compares integers.
    var ids: [String: Int] = [:]
    func key(_ s: BilingualSegment) -> Int {
      let k = Self.collapsed(s.source)
      if let id = ids[k] { return id }
      ids[k] = ids.count
      return ids.count - 1
    }
    let ka = a.map(key)
    let kb = b.map(key)
    var steps: [Step] = []
    steps.reserveCapacity(max(a.count, b.count))
    var i = 0
    var j = 0
    for (x, y) in SequenceDiff.matches(ka, kb) + [(a.count, b.count)] {
      if i < x || j < y { steps += gap(a, i..<x, b, j..<y) }
      if x < a.count { steps.append(.same(x, y)) }
      i = x + 1
      j = y + 1
    }
    return steps
  }

  /// The steps for old segments `r` and new segments `s` that share no source.
  func gap(_ a: [BilingualSegment], _ r: Range<Int>, _ b: [BilingualSegment], _ s: Range<Int>)
    -> [Step]
  {
    if r.isEmpty { return s.map { .added($0) } }
    if s.isEmpty { return r.map { .removed($0) } }
    let sa = r.map { Array(Self.spaceless(a[$0].source).utf8) }
    let sb = s.map { Array(Self.spaceless(b[$0].source).utf8) }
    // 1. Resegmented groups, in order.
    var groups: [(Range<Int>, Range<Int>)] = []
    var x = 0
    var yStart = 0
    while x < sa.count {
      var found = false
      for y in yStart..<sb.count {
        if let (xe, ye) = Self.resegmentation(sa, x, sb, y) {
          groups.append((x..<xe, y..<ye))
          x = xe
          yStart = ye
          found = true
          break
        }
      }
      if !found { x += 1 }
    }
    // 2. Between groups, pairs and the rest.
    var steps: [Step] = []
    var xi = 0
    var yi = 0
    for (g, h) in groups + [(sa.count..<sa.count, sb.count..<sb.count)] {
      steps += pairs(
        a, (r.lowerBound + xi)..<(r.lowerBound + g.lowerBound), b,
        (s.lowerBound + yi)..<(s.lowerBound + h.lowerBound))
      if !g.isEmpty {
        steps.append(
          .resegmented(
            (r.lowerBound + g.lowerBound)..<(r.lowerBound + g.upperBound),
            (s.lowerBound + h.lowerBound)..<(s.lowerBound + h.upperBound)))
      }
      xi = g.upperBound
      yi = h.upperBound
    }
    return steps
  }

  /// The end of a resegmentation that starts at old piece `x` and new piece `y`: both
  /// sides extended until their joined texts are equal, more than one piece on one side.
  static func resegmentation(_ sa: [[UInt8]], _ x: Int, _ sb: [[UInt8]], _ y: Int) -> (
    Int, Int
  )? {
    var left = sa[x]
    var right = sb[y]
    guard !left.isEmpty, !right.isEmpty, left != right else { return nil }
    var xe = x + 1
    var ye = y + 1
    while true {
      if left == right { return (xe - x) + (ye - y) > 2 ? (xe, ye) : nil }
      if left.count < right.count {
        guard right.starts(with: left), xe < sa.count, xe - x < maxGroup else { return nil }
        left += sa[xe]
        xe += 1
      } else {
        guard left.starts(with: right), ye < sb.count, ye - y < maxGroup else { return nil }
        right += sb[ye]
        ye += 1
      }
    }
  }

  /// Pairs segments of `r` and `s` whose sources were edited, and adds or removes the rest,
  /// in order.
  func pairs(_ a: [BilingualSegment], _ r: Range<Int>, _ b: [BilingualSegment], _ s: Range<Int>)
    -> [Step]
  {
    if r.isEmpty { return s.map { .added($0) } }
    if s.isEmpty { return r.map { .removed($0) } }
    var words: [Int: [Substring]] = [:]
    func tokens(_ side: Int, _ k: Int) -> [Substring] {
      let key = side == 0 ? k : -1 - k
      if let w = words[key] { return w }
      let text = side == 0 ? a[k].source : b[k].source
      let w = indonesian.pieces(text).filter { !$0.isSpace }.map(\.text)
      words[key] = w
      return w
    }
    func similarity(_ i: Int, _ j: Int) -> Int {
      let x = tokens(0, i)
      let y = tokens(1, j)
      let longest = max(x.count, y.count)
      guard longest > 0 else { return 100 }
      return 100 * (longest - WordDiff.distance(x, y)) / longest
    }
    // Same id first, then the most similar in order.
    var matched: [(Int, Int)] = []
    var last = s.lowerBound - 1
    for i in r {
      if let j = s.first(where: { $0 > last && b[$0].id == a[i].id }),
        similarity(i, j) >= Self.sameIDSimilarity
      {
        matched.append((i, j))
        last = j
      }
    }
    var all: [(Int, Int)] = []
    var previous = (r.lowerBound - 1, s.lowerBound - 1)
    let compareAll = r.count * s.count <= Self.maxSimilarityPairs
    for bound in matched + [(r.upperBound, s.upperBound)] {
      var lastJ = previous.1
      if !compareAll {
        if bound.0 < r.upperBound { all.append(bound) }
        previous = bound
        continue
      }
      for i in (previous.0 + 1)..<bound.0 {
        var best: (j: Int, score: Int)? = nil
        for j in (lastJ + 1)..<bound.1 {
          let score = similarity(i, j)
          if score >= Self.similarSourceSimilarity && score > (best?.score ?? -1) {
            best = (j, score)
          }
        }
        if let best {
          all.append((i, best.j))
          lastJ = best.j
        }
      }
      if bound.0 < r.upperBound { all.append(bound) }
      previous = bound
    }
    var steps: [Step] = []
    var i = r.lowerBound
    var j = s.lowerBound
    for (x, y) in all + [(r.upperBound, s.upperBound)] {
      while i < x {
        steps.append(.removed(i))
        i += 1
      }
      while j < y {
        steps.append(.added(j))
        j += 1
      }
      if x < r.upperBound {
        steps.append(.edited(x, y))
        i = x + 1
        j = y + 1
      }
    }
    return steps
  }

  /// `text` with runs of white space as one space and no space at either end.
  ///
  /// - Complexity: O(n); a text with single spaces only is returned as it is, after one
  ///   pass over its bytes.
  static func collapsed(_ text: String) -> String {
    var previousSpace = true
    var clean = true
    for b in text.utf8 {
      let space = b == 0x20
      if (space && previousSpace) || (0x09...0x0D).contains(b) || b == 0xC2 || b == 0xE2
        || b == 0xE3
      {
        clean = false
        break
      }
      previousSpace = space
    }
    if clean && !previousSpace { return text }
    return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `text` without any white space.
  static func spaceless(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
  }
}
