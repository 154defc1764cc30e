/// The `--format html` report of `padan diff`: one self-contained review page (inline CSS,
/// no scripts) with the summary first, then per document each change with its source,
/// the old and new English side by side, deleted and inserted words highlighted, and
/// causes linked to their glossary line (`Glossaries/titles.tsv#L14`).
///
/// The documents' text is held until `finish`, after the summary.
public struct DiffHTMLWriter: DiffWriter {
  public var options: DiffReportOptions
  private var body = ""

  public init(options: DiffReportOptions) {
    self.options = options
  }

  public mutating func start() -> String { "" }

  /// `text` escaped for HTML text and attribute values.
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for ch in text {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(ch)
      }
    }
    return out
  }

  static func runs(_ runs: [WordDiff.Run], deleted: Bool) -> String {
    runs.map { run in
      let text = escaped(run.text)
      switch run.operation {
      case .equal: return text
      case .delete: return "<del>\(text)</del>"
      case .insert: return "<ins>\(text)</ins>"
      }
    }.joined()
  }

  func cause(_ c: ChangeCause) -> String {
    let word = c.surface.map { "\(c.source) (\($0))" } ?? c.source
    var out = "<span class=\"chg \(c.change.rawValue)\">\(c.change.rawValue)</span> "
    out += "<a href=\"\(Self.escaped(options.link(c)))\">\(Self.escaped(c.origin))</a> "
    out += "<span lang=\"id\">\(Self.escaped(word))</span> → <b>\(Self.escaped(c.target))</b>"
    var was: [String] = []
    if let old = c.oldTarget { was.append(old) }
    if let line = c.oldLine, line != c.line { was.append("line \(line)") }
    if !was.isEmpty {
      out += " <span class=\"was\">(was \(Self.escaped(was.joined(separator: ", "))))</span>"
    }
    return out
  }

  static func anchor(_ name: String) -> String { DiffMarkdownWriter.anchor(name) }

  public mutating func document(_ diff: DocumentDiff) -> String {
    guard let shown = options.shownStepsIfReported(diff) else { return "" }
    var out = "<section class=\"doc\" id=\"\(Self.anchor(diff.name))\">\n"
    out += "<h2>\(Self.escaped(diff.name)) <span class=\"counts\">"
    out += Self.escaped(DiffTextWriter.countsText(diff)) + "</span></h2>\n<p class=\"meta\">"
    var meta: [String] = []
    if !diff.inputPath.isEmpty { meta.append("input <code>\(Self.escaped(diff.inputPath))</code>") }
    meta.append("old <code>\(Self.escaped(diff.oldLabel ?? "—"))</code>")
    meta.append("new <code>\(Self.escaped(diff.newLabel ?? "—"))</code>")
    for s in diff.settings {
      meta.append(
        "\(s.name) <code>\(Self.escaped(DiffTextWriter.short(s.old)))</code> → "
          + "<code>\(Self.escaped(DiffTextWriter.short(s.new)))</code>")
    }
    out += meta.joined(separator: " · ") + "</p>\n"
    for step in shown {
      if step.afterGap { out += "<div class=\"gap\">⋮</div>\n" }
      out += self.step(diff.changes[step.index], isContext: step.isContext)
    }
    body += out + "</section>\n"
    return ""
  }

  func step(_ c: SegmentChange, isContext: Bool) -> String {
    let status = c.status.rawValue
    var out = "<article class=\"seg \(status)\(isContext ? " context" : "")\">\n"
    out += "<div class=\"head\"><span class=\"badge \(status)\">\(status)</span> "
    out += "<b>\(Self.escaped(c.label))</b> <span class=\"kind\">\(c.kind.rawValue)</span>"
    if let r = c.resegmentation { out += " <span class=\"kind\">\(r)</span>" }
    if let s = c.similarity { out += " <span class=\"sim\">\(s)% similar</span>" }
    out += "</div>\n"
    switch c.status {
    case .sourceChanged:
      out += "<div class=\"pair sources\" lang=\"id\"><div class=\"old\">"
      out += Self.runs(c.sourceDiff?.oldRuns ?? [], deleted: true) + "</div><div class=\"new\">"
      out += Self.runs(c.sourceDiff?.newRuns ?? [], deleted: false) + "</div></div>\n"
    case .resegmented:
      out += "<div class=\"pair sources\" lang=\"id\"><div class=\"old\">"
      out += c.old.map { Self.escaped($0.source) }.joined(
        separator: " <span class=\"cut\">‖</span> ")
      out += "</div><div class=\"new\">"
      out += c.new.map { Self.escaped($0.source) }.joined(
        separator: " <span class=\"cut\">‖</span> ")
      out += "</div></div>\n"
    default:
      out += "<p class=\"src\" lang=\"id\">\(Self.escaped(c.source))</p>\n"
    }
    let old: String
    let new: String
    switch c.status {
    case .added:
      old = "<span class=\"none\">—</span>"
      new = "<ins>\(Self.escaped(c.newTarget))</ins>"
    case .removed:
      old = "<del>\(Self.escaped(c.oldTarget))</del>"
      new = "<span class=\"none\">—</span>"
    case .unchanged:
      old = Self.escaped(c.oldTarget)
      new = Self.escaped(c.newTarget)
    default:
      old = Self.runs(c.targetDiff?.oldRuns ?? [], deleted: true)
      new = Self.runs(c.targetDiff?.newRuns ?? [], deleted: false)
    }
    out += "<div class=\"pair\" lang=\"en\"><div class=\"old\">\(old)</div>"
    out += "<div class=\"new\">\(new)</div></div>\n"
    if !c.causes.isEmpty || c.explanationText != nil {
      out += "<ul class=\"causes\">"
      for cause in c.causes { out += "<li>" + self.cause(cause) + "</li>" }
      if let e = c.explanationText { out += "<li class=\"engine\">\(Self.escaped(e))</li>" }
      out += "</ul>\n"
    }
    return out + "</article>\n"
  }

  public mutating func finish(summary: DiffSummary, problems: [Diagnostic]) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>Padan diff: \(Self.escaped(options.oldLabel)) → "
    out +=
      "\(Self.escaped(options.newLabel))</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>\n"
    out += "<header class=\"top\"><h1>Padan diff</h1><p><code>\(Self.escaped(options.oldLabel))"
    out += "</code> → <code>\(Self.escaped(options.newLabel))</code></p></header>\n<main>\n"
    out += "<section class=\"summary\">\n"
    // Counts.
    let d = summary.documents
    out += "<div class=\"card\"><h3>Segments</h3><div class=\"chips\">"
    for s in SegmentStatus.allCases {
      out +=
        "<span class=\"badge \(s.rawValue)\">\(s.rawValue) <b>\(summary.segments[s] ?? 0)</b></span> "
    }
    out += "</div><p>\(counted(summary.documentCount, "document")): \(d[.changed] ?? 0) changed, "
    out +=
      "\(d[.unchanged] ?? 0) unchanged, \(d[.added] ?? 0) added, \(d[.removed] ?? 0) removed</p>"
    for (s, n) in summary.settings {
      out += "<p class=\"meta\">\(s.name) <code>\(Self.escaped(DiffTextWriter.short(s.old)))</code>"
      out +=
        " → <code>\(Self.escaped(DiffTextWriter.short(s.new)))</code> (\(n) \(n == 1 ? "document" : "documents"))</p>"
    }
    out += "</div>\n"
    // Similarity histogram.
    out += "<div class=\"card\"><h3>Similarity of the English</h3><table class=\"hist\">"
    let top = max(1, summary.histogram.max() ?? 1)
    for (i, n) in summary.histogram.enumerated().reversed() {
      out += "<tr><th>\(DiffSummary.bucketLabels[i])</th><td class=\"n\">\(n)</td>"
      out += "<td class=\"bar\"><span style=\"width:\(n * 100 / top)%\"></span></td></tr>"
    }
    out += "</table></div>\n"
    // Causes.
    out += "<div class=\"card wide\"><h3>Most frequent causes</h3>"
    let causes = summary.rankedCauses(limit: 20)
    if causes.isEmpty && summary.unexplained.isEmpty {
      out += "<p class=\"none\">none</p>"
    } else {
      out += "<table class=\"causes\">"
      for c in causes {
        out += "<tr><td class=\"n\">\(c.segments)</td><td>\(cause(c.cause))</td></tr>"
      }
      if let n = summary.unexplained[.engine] {
        out += "<tr><td class=\"n\">\(n)</td><td class=\"engine\">engine change "
        out += "(no glossary or lexicon entry explains it)</td></tr>"
      }
      if let n = summary.unexplained[.unrecorded] {
        out += "<tr><td class=\"n\">\(n)</td><td class=\"engine\">unexplained "
        out += "(the files do not record the entries applied)</td></tr>"
      }
      out += "</table>"
    }
    out += "</div>\n"
    // Documents touched.
    out += "<div class=\"card wide\"><h3>Documents touched</h3>"
    if summary.touched.isEmpty { out += "<p class=\"none\">none</p>" }
    out += "<ul class=\"touched\">"
    for t in summary.touched {
      var parts: [String] = []
      if t.status == .added || t.status == .removed { parts.append("document \(t.status)") }
      for s in SegmentStatus.allCases where s != .unchanged {
        if let n = t.counts[s], n > 0 { parts.append("\(n) \(s.rawValue)") }
      }
      let name = Self.escaped(t.name)
      out +=
        options.summaryOnly
        ? "<li>\(name)" : "<li><a href=\"#\(Self.anchor(t.name))\">\(name)</a>"
      out += " <span class=\"counts\">\(parts.joined(separator: ", "))</span></li>"
    }
    out += "</ul></div>\n"
    if !problems.isEmpty {
      out += "<div class=\"card wide problems\"><h3>Problems</h3><ul>"
      for p in problems { out += "<li><code>\(Self.escaped(p.description))</code></li>" }
      out += "</ul></div>\n"
    }
    out += "</section>\n"
    return out + body + "</main>\n</body>\n</html>\n"
  }

  static let css = """
    :root { --line: #d0d7de; --muted: #59636e; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: #1f2328; background: #f6f8fa; }
    code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
    header.top { background: #24292f; color: #fff; padding: 14px 28px; }
    header.top h1 { margin: 0; font-size: 22px; }
    header.top p { margin: 2px 0 0; color: #d1d9e0; }
    header.top code { color: #fff; }
    main { max-width: 1360px; margin: 0 auto; padding: 18px 28px 40px; }
    .summary { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin-bottom: 24px; }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
    .card.wide { grid-column: 1 / -1; }
    .card h3 { margin: 0 0 8px; font-size: 15px; }
    .card p { margin: 8px 0 0; }
    .chips { display: flex; flex-wrap: wrap; gap: 6px; }
    .badge { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 13px;
      border: 1px solid var(--line); background: #f6f8fa; white-space: nowrap; }
    .badge.changed { background: #fff8c5; border-color: #d4a72c; }
    .badge.source-changed { background: #ddf4ff; border-color: #54aeff; }
    .badge.resegmented { background: #fbefff; border-color: #c297ff; }
    .badge.added { background: #dafbe1; border-color: #4ac26b; }
    .badge.removed { background: #ffebe9; border-color: #ff8182; }
    table { border-collapse: collapse; width: 100%; }
    table.hist th { text-align: left; font-weight: normal; color: var(--muted); width: 80px;
      padding: 1px 8px 1px 0; white-space: nowrap; }
    td.n { text-align: right; padding: 2px 10px 2px 0; width: 56px; font-variant-numeric: tabular-nums; }
    td.bar span { display: block; height: 12px; background: #54aeff; border-radius: 2px; min-width: 0; }
    table.causes td { padding: 3px 0; border-top: 1px solid #eaeef2; vertical-align: top; }
    table.causes td + td { padding-left: 4px; }
    .chg { display: inline-block; font-size: 12px; border-radius: 4px; padding: 0 6px; margin-right: 2px; }
    .chg.changed { background: #fff8c5; }
    .chg.added { background: #dafbe1; }
    .chg.removed { background: #ffebe9; }
    a { color: #0969da; text-decoration: none; }
    a:hover { text-decoration: underline; }
    .was, .meta, .counts, .kind, .sim, .none { color: var(--muted); }
    .counts { font-size: 14px; font-weight: normal; }
    ul.touched { margin: 0; padding-left: 20px; columns: 2; }
    .problems { border-color: #ff8182; }
    .doc { margin-top: 28px; }
    .doc h2 { font-size: 19px; margin: 0 0 2px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
    .doc .meta { margin: 4px 0 10px; font-size: 14px; }
    .seg { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin: 12px 0;
      overflow: hidden; }
    .seg.context { opacity: 0.6; }
    .seg .head { padding: 6px 12px; background: #f6f8fa; border-bottom: 1px solid var(--line);
      font-size: 14px; }
    .seg .src { margin: 0; padding: 8px 12px; color: #3d444d; font-style: italic;
      border-bottom: 1px solid #eaeef2; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; }
    .pair > div { padding: 8px 12px; min-width: 0; overflow-wrap: anywhere; }
    .pair > div + div { border-left: 1px solid var(--line); }
    .pair.sources { color: #3d444d; font-style: italic; border-bottom: 1px solid #eaeef2; }
    .pair .old::before, .pair .new::before { display: block; font-size: 11px; font-style: normal;
      letter-spacing: .04em; text-transform: uppercase; color: var(--muted); }
    .pair .old::before { content: "old"; }
    .pair .new::before { content: "new"; }
    .pair.sources .old::before { content: "old source"; }
    .pair.sources .new::before { content: "new source"; }
    del { background: #ffcecb; color: #82071e; text-decoration: none; border-radius: 3px;
      padding: 0 1px; }
    ins { background: #aceebb; color: #055d20; text-decoration: none; border-radius: 3px;
      padding: 0 1px; }
    .cut { color: #8250df; font-style: normal; font-weight: bold; }
    ul.causes { margin: 0; padding: 7px 12px 8px 30px; border-top: 1px solid #eaeef2;
      background: #fffdf2; font-size: 14px; }
    .engine { color: #9a6700; }
    .gap { text-align: center; color: var(--muted); }
    @media (max-width: 800px) { .summary, .pair { grid-template-columns: 1fr; }
      .pair > div + div { border-left: 0; border-top: 1px solid var(--line); } }

    """
}
