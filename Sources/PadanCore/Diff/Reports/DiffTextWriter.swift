/// The human-readable report of `padan diff`, for a terminal.
///
/// ```
/// ━━ 000_x (Seeds/000_x.txt): 1 changed
/// @@ 2.5 caption: changed, 67% similar
///   source  Wakil Menteri Luar Negeri Rusia Alexander Grushko/Net
///   old     [-Russian Deputy Foreign Minister-] Alexander Grushko/Net
///   new     {+Deputy Foreign Minister of Russia+} Alexander Grushko/Net
///   cause   changed Glossaries/titles.tsv:398 Wakil Menteri Luar Negeri Rusia → …
/// ```
///
/// In colour (ANSI escapes), deleted words are red and inserted words green, without the
/// `[-…-]` and `{+…+}` markers.
public struct DiffTextWriter: DiffWriter {
  public var options: DiffReportOptions
  public var color: Bool

  public init(options: DiffReportOptions, color: Bool = false) {
    self.options = options
    self.color = color
  }

  enum Style: String {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
    case redBackground = "41"
    case greenBackground = "42"
  }

  func styled(_ text: String, _ style: Style) -> String {
    color && !text.isEmpty ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }

  public mutating func start() -> String {
    guard !options.summaryOnly else { return "" }
    return styled("--- \(options.oldLabel)", .bold) + "\n"
      + styled("+++ \(options.newLabel)", .bold)
      + "\n"
  }

  public mutating func document(_ diff: DocumentDiff) -> String {
    guard let shown = options.shownStepsIfReported(diff) else { return "" }
    var out = "\n" + styled("━━ \(diff.name)", .bold)
    if !diff.inputPath.isEmpty { out += " (\(diff.inputPath))" }
    out += ": " + Self.countsText(diff) + "\n"
    for s in diff.settings {
      out += "   \(s.name) \(Self.short(s.old)) → \(Self.short(s.new))\n"
    }
    for step in shown {
      if step.afterGap { out += styled("   ⋮", .dim) + "\n" }
      out += self.step(diff.changes[step.index], isContext: step.isContext)
    }
    return out
  }

  /// `3 changed, 1 added` (or `unchanged`).
  static func countsText(_ diff: DocumentDiff) -> String {
    let counts = diff.counts
    var parts: [String] = []
    if diff.status == .added || diff.status == .removed { parts.append("document \(diff.status)") }
    for status in SegmentStatus.allCases where status != .unchanged {
      if let n = counts[status], n > 0 { parts.append("\(n) \(status.rawValue)") }
    }
    return parts.isEmpty ? "unchanged" : parts.joined(separator: ", ")
  }

  /// A fingerprint or hash shortened to 8 characters.
  static func short(_ s: String) -> String {
    s.count > 16 && s.allSatisfy(\.isHexDigit) ? String(s.prefix(8)) + "…" : s
  }

  func line(_ label: String, _ text: String, _ style: Style? = nil, width: Int = 8) -> String {
    let padded = label.rightPadded(to: width)
    let body = style.map { styled(text, $0) } ?? text
    return "  " + padded + body + "\n"
  }

  func step(_ c: SegmentChange, isContext: Bool) -> String {
    if isContext {
      let id = c.newIDs.isEmpty ? c.label : c.newIDs.joined(separator: "+")
      var out = styled("   \(id) \(c.kind.rawValue): \(c.status.rawValue)", .dim) + "\n"
      out += line("source", c.source, .dim)
      out += line("english", Self.shown(c.new.isEmpty ? c.oldTarget : c.newTarget), .dim)
      return out
    }
    var title = "@@ \(c.label) \(c.kind.rawValue): \(c.status.rawValue)"
    if let r = c.resegmentation { title += " (\(r))" }
    if let s = c.similarity { title += ", \(s)% similar" }
    var out = styled(title, .cyan) + "\n"
    switch c.status {
    case .unchanged:
      out += line("source", c.source)
      out += line("english", Self.shown(c.newTarget))
    case .changed:
      out += line("source", c.source)
      out += line("old", runs(c.targetDiff?.oldRuns ?? [], deleted: true))
      out += line("new", runs(c.targetDiff?.newRuns ?? [], deleted: false))
      for cause in c.causes { out += line("cause", cause.description, .yellow) }
      if let e = c.explanationText { out += line("cause", e, .yellow) }
    case .sourceChanged:
      out += line("old src", runs(c.sourceDiff?.oldRuns ?? [], deleted: true))
      out += line("new src", runs(c.sourceDiff?.newRuns ?? [], deleted: false))
      out += line("old", runs(c.targetDiff?.oldRuns ?? [], deleted: true))
      out += line("new", runs(c.targetDiff?.newRuns ?? [], deleted: false))
    case .resegmented:
      out += line("old src", c.old.map(\.source).joined(separator: " ‖ "))
      out += line("new src", c.new.map(\.source).joined(separator: " ‖ "))
      out += line("old", runs(c.targetDiff?.oldRuns ?? [], deleted: true))
      out += line("new", runs(c.targetDiff?.newRuns ?? [], deleted: false))
    case .added:
      out += line("source", c.source)
      out += line("new", Self.shown(c.newTarget), .green)
    case .removed:
      out += line("source", c.source)
      out += line("old", Self.shown(c.oldTarget), .red)
    }
    return out
  }

  /// `text`, or `(no English)` when it is empty (boilerplate is not translated).
  static func shown(_ text: String) -> String { text.isEmpty ? "(no English)" : text }

  /// Runs of one side: equal text plain, changed text marked or coloured.
  func runs(_ runs: [WordDiff.Run], deleted: Bool) -> String {
    var out = ""
    for run in runs {
      if run.operation == .equal {
        out += run.text
      } else if color {
        let blank = run.text.allSatisfy(\.isWhitespace)
        out += styled(
          run.text,
          blank ? (deleted ? .redBackground : .greenBackground) : (deleted ? .red : .green))
      } else {
        out += deleted ? "[-\(run.text)-]" : "{+\(run.text)+}"
      }
    }
    return out
  }

  public mutating func finish(summary: DiffSummary, problems: [Diagnostic]) -> String {
    func line(_ label: String, _ text: String, _ style: Style? = nil) -> String {
      self.line(label, text, style, width: 11)
    }
    var out = options.summaryOnly ? "" : "\n"
    out += styled("Summary: \(options.oldLabel) → \(options.newLabel)", .bold) + "\n"
    let d = summary.documents
    let compared = (d[.changed] ?? 0) + (d[.unchanged] ?? 0)
    out += line(
      "documents",
      "\(summary.documentCount) (\(compared) compared: \(d[.changed] ?? 0) changed, "
        + "\(d[.unchanged] ?? 0) unchanged; \(d[.added] ?? 0) added, \(d[.removed] ?? 0) removed)")
    out += line(
      "segments",
      SegmentStatus.allCases.map { "\(summary.segments[$0] ?? 0) \($0.rawValue)" }.joined(
        separator: ", "))
    for (s, n) in summary.settings {
      out += line(
        "settings",
        "\(s.name) \(Self.short(s.old)) → \(Self.short(s.new)) (\(n) \(n == 1 ? "document" : "documents"))"
      )
    }
    let causes = summary.rankedCauses(limit: 10)
    var first = true
    func cause(_ count: Int, _ text: String) {
      out += line(first ? "causes" : "", String(count).leftPadded(to: 5) + "  " + text)
      first = false
    }
    for c in causes { cause(c.segments, c.cause.description) }
    if summary.causes.count > causes.count {
      out += line(
        "", "       … \(summary.causes.count - causes.count) more (--format json lists all)")
    }
    if let n = summary.unexplained[.engine] { cause(n, "engine change (no entry explains it)") }
    if let n = summary.unexplained[.unrecorded] { cause(n, "unexplained (entries not recorded)") }
    let touched = summary.touched
    for (i, t) in touched.prefix(20).enumerated() {
      var parts: [String] = []
      if t.status == .added || t.status == .removed { parts.append("document \(t.status)") }
      for status in SegmentStatus.allCases where status != .unchanged {
        if let n = t.counts[status], n > 0 { parts.append("\(n) \(status.rawValue)") }
      }
      out += line(i == 0 ? "touched" : "", "\(t.name): \(parts.joined(separator: ", "))")
    }
    if touched.count > 20 {
      let more = touched.count - 20
      out += line("", "… \(more) more document\(more == 1 ? "" : "s")")
    }
    let total = summary.histogram.reduce(0, +)
    if total > 0 {
      let top = summary.histogram.max() ?? 1
      for (i, n) in summary.histogram.enumerated() {
        let bar = String(repeating: "█", count: n == 0 ? 0 : max(1, n * 30 / top))
        out += line(
          i == 0 ? "similarity" : "",
          DiffSummary.bucketLabels[i].rightPadded(to: 8) + String(n).leftPadded(to: 6)
            + (bar.isEmpty ? "" : " " + styled(bar, .cyan)))
      }
    }
    for p in problems { out += line("problem", p.description, .red) }
    return out
  }
}

extension String {
  /// The string left-aligned in `width` characters.
  func rightPadded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
