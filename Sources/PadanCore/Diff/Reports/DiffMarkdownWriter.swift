/// The `--format md` report of `padan diff`: a review document with the summary first,
/// then per document each change as a source quote and an old | new table, deleted
/// words ~~struck~~ and inserted words **bold**, and causes linked to their glossary line
/// (`Glossaries/titles.tsv#L14`).
///
/// The documents' text is held until `finish`, after the summary.
public struct DiffMarkdownWriter: DiffWriter {
  public var options: DiffReportOptions
  private var body = ""

  public init(options: DiffReportOptions) {
    self.options = options
  }

  public mutating func start() -> String { "" }

  /// `text` with Markdown's special characters escaped, for a table cell or a line.
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for ch in text {
      switch ch {
      case "\\", "`", "*", "_", "~", "[", "]", "<", ">", "|", "#":
        out.append("\\")
        out.append(ch)
      case "\n": out += "<br>"
      default: out.append(ch)
      }
    }
    return out
  }

  /// A changed run wrapped in `marker`, its leading and trailing spaces outside.
  static func marked(_ text: String, _ marker: String) -> String {
    let trimmed = text.trimmingSpaces()
    guard !trimmed.core.isEmpty else { return marker + "␣" + marker }
    return String(trimmed.leading) + marker + escaped(String(trimmed.core)) + marker
      + String(trimmed.trailing)
  }

  static func runs(_ runs: [WordDiff.Run], deleted: Bool) -> String {
    runs.map {
      $0.operation == .equal ? escaped($0.text) : marked($0.text, deleted ? "~~" : "**")
    }.joined()
  }

  func causeLine(_ c: ChangeCause) -> String {
    var text = "\(c.change.rawValue) [\(c.origin)](\(options.link(c))) "
    let word = c.surface.map { "\(c.source) (\($0))" } ?? c.source
    text += Self.escaped("\(word) → \(c.target)")
    var was: [String] = []
    if let old = c.oldTarget { was.append(old) }
    if let line = c.oldLine, line != c.line { was.append("line \(line)") }
    if !was.isEmpty { text += Self.escaped(" (was \(was.joined(separator: ", ")))") }
    return text
  }

  static func anchor(_ name: String) -> String {
    "doc-" + String(name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
  }

  public mutating func document(_ diff: DocumentDiff) -> String {
    guard let shown = options.shownStepsIfReported(diff) else { return "" }
    var out = "\n<a id=\"\(Self.anchor(diff.name))\"></a>\n\n## \(Self.escaped(diff.name))\n\n"
    var meta: [String] = []
    if !diff.inputPath.isEmpty { meta.append("input `\(diff.inputPath)`") }
    meta.append("old `\(diff.oldLabel ?? "—")`")
    meta.append("new `\(diff.newLabel ?? "—")`")
    meta.append(DiffTextWriter.countsText(diff))
    for s in diff.settings {
      meta.append(
        "\(s.name) `\(DiffTextWriter.short(s.old))` → `\(DiffTextWriter.short(s.new))`")
    }
    out += meta.joined(separator: " · ") + "\n"
    for step in shown {
      if step.afterGap { out += "\n⋮\n" }
      out += "\n" + self.step(diff.changes[step.index], isContext: step.isContext)
    }
    body += out
    return ""
  }

  func step(_ c: SegmentChange, isContext: Bool) -> String {
    var title = "### \(Self.escaped(c.label)) \(c.kind.rawValue) · \(c.status.rawValue)"
    if let r = c.resegmentation { title += " (\(r))" }
    if let s = c.similarity { title += " · \(s)% similar" }
    if isContext {
      return "*\(Self.escaped(c.label)) \(c.kind.rawValue) · \(c.status.rawValue) (context)*\n\n"
        + "> \(Self.escaped(c.source))<br>\n> \(Self.escaped(c.new.isEmpty ? c.oldTarget : c.newTarget))\n"
    }
    var out = title + "\n\n"
    var old = ""
    var new = ""
    switch c.status {
    case .sourceChanged:
      out += "> *old:* \(Self.runs(c.sourceDiff?.oldRuns ?? [], deleted: true))<br>\n"
      out += "> *new:* \(Self.runs(c.sourceDiff?.newRuns ?? [], deleted: false))\n\n"
    case .resegmented:
      out += "> *old:* \(c.old.map { Self.escaped($0.source) }.joined(separator: " ‖ "))<br>\n"
      out += "> *new:* \(c.new.map { Self.escaped($0.source) }.joined(separator: " ‖ "))\n\n"
    default:
      out += "> \(Self.escaped(c.source))\n\n"
    }
    switch c.status {
    case .added:
      old = "—"
      new = Self.marked(c.newTarget, "**")
    case .removed:
      old = Self.marked(c.oldTarget, "~~")
      new = "—"
    case .unchanged:
      old = Self.escaped(c.oldTarget)
      new = Self.escaped(c.newTarget)
    default:
      old = Self.runs(c.targetDiff?.oldRuns ?? [], deleted: true)
      new = Self.runs(c.targetDiff?.newRuns ?? [], deleted: false)
    }
    out += "| old | new |\n|---|---|\n| \(old) | \(new) |\n"
    if !c.causes.isEmpty || c.explanationText != nil {
      out += "\n"
      for cause in c.causes { out += "- " + causeLine(cause) + "\n" }
      if let e = c.explanationText { out += "- \(e)\n" }
    }
    return out
  }

  public mutating func finish(summary: DiffSummary, problems: [Diagnostic]) -> String {
    var out = "# Padan diff\n\n`\(options.oldLabel)` → `\(options.newLabel)`\n\n## Summary\n\n"
    let d = summary.documents
    out +=
      "**Documents:** \(summary.documentCount): \(d[.changed] ?? 0) changed, "
      + "\(d[.unchanged] ?? 0) unchanged, \(d[.added] ?? 0) added, \(d[.removed] ?? 0) removed\n\n"
    out += "| status | segments |\n|---|---:|\n"
    for s in SegmentStatus.allCases { out += "| \(s.rawValue) | \(summary.segments[s] ?? 0) |\n" }
    for (s, n) in summary.settings {
      out +=
        "\n**Setting changed:** \(s.name) `\(DiffTextWriter.short(s.old))` → "
        + "`\(DiffTextWriter.short(s.new))` (\(n) \(n == 1 ? "document" : "documents"))\n"
    }
    let causes = summary.rankedCauses(limit: 20)
    if !causes.isEmpty || !summary.unexplained.isEmpty {
      out += "\n### Most frequent causes\n\n| segments | cause |\n|---:|---|\n"
      for c in causes { out += "| \(c.segments) | \(causeLine(c.cause)) |\n" }
      if let n = summary.unexplained[.engine] {
        out += "| \(n) | engine change (no entry explains it) |\n"
      }
      if let n = summary.unexplained[.unrecorded] {
        out += "| \(n) | unexplained (entries not recorded) |\n"
      }
    }
    if !summary.touched.isEmpty {
      out += "\n### Documents touched\n\n"
      for t in summary.touched {
        var parts: [String] = []
        if t.status == .added || t.status == .removed { parts.append("document \(t.status)") }
        for s in SegmentStatus.allCases where s != .unchanged {
          if let n = t.counts[s], n > 0 { parts.append("\(n) \(s.rawValue)") }
        }
        let link =
          options.summaryOnly
          ? Self.escaped(t.name) : "[\(Self.escaped(t.name))](#\(Self.anchor(t.name)))"
        out += "- \(link): \(parts.joined(separator: ", "))\n"
      }
    }
    if summary.histogram.reduce(0, +) > 0 {
      out += "\n### Similarity of the English\n\n| similarity | segments | |\n|---|---:|---|\n"
      let top = summary.histogram.max() ?? 1
      for (i, n) in summary.histogram.enumerated() {
        let bar = String(repeating: "█", count: n == 0 ? 0 : max(1, n * 30 / top))
        out += "| \(DiffSummary.bucketLabels[i]) | \(n) | \(bar) |\n"
      }
    }
    if !problems.isEmpty {
      out += "\n### Problems\n\n"
      for p in problems { out += "- \(Self.escaped(p.description))\n" }
    }
    return out + body
  }
}

extension String {
  /// The string split into leading spaces, the rest, and trailing spaces.
  func trimmingSpaces() -> (leading: Substring, core: Substring, trailing: Substring) {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    guard start < endIndex else { return (self[...], "", "") }
    let last = lastIndex { !$0.isWhitespace }!
    let end = index(after: last)
    return (self[..<start], self[start..<end], self[end...])
  }
}
