/// The `--format json` report of `padan diff`: one JSON object, schema 1, with one
/// document per line and one segment per line, documents first and the summary last (so
/// it is written as documents are compared). Documented in docs/diff.md.
public struct DiffJSONWriter: DiffWriter {
  public static let schema = 1

  public var options: DiffReportOptions
  private var documents = 0

  public init(options: DiffReportOptions) {
    self.options = options
  }

  public mutating func start() -> String {
    "{\"padan\":\"diff\",\"schema\":\(Self.schema),\"old\":\(q(options.oldLabel)),"
      + "\"new\":\(q(options.newLabel)),\"documents\":["
  }

  func q(_ s: String) -> String { JSONText.quoted(s) }
  func q(_ s: String?) -> String { s.map { JSONText.quoted($0) } ?? "null" }
  func strings(_ a: [String]) -> String { JSONText.array(a) }

  public mutating func document(_ diff: DocumentDiff) -> String {
    guard let shown = options.shownStepsIfReported(diff) else { return "" }
    var out = documents == 0 ? "\n" : ",\n"
    documents += 1
    out += "{\"name\":\(q(diff.name)),\"input\":\(q(diff.inputPath)),"
    out += "\"old\":\(q(diff.oldLabel)),\"new\":\(q(diff.newLabel)),"
    out += "\"status\":\(q(diff.status.rawValue)),\"counts\":\(counts(diff.counts)),"
    out += "\"settings\":[" + diff.settings.map(setting).joined(separator: ",") + "],"
    out += "\"segments\":["
    for (k, step) in shown.enumerated() {
      out += (k == 0 ? "\n" : ",\n") + segment(diff.changes[step.index], step)
    }
    out += "]}"
    return out
  }

  func counts(_ c: [SegmentStatus: Int]) -> String {
    "{"
      + SegmentStatus.allCases.map { "\(q($0.rawValue)):\(c[$0] ?? 0)" }.joined(separator: ",")
      + "}"
  }

  func setting(_ s: SettingChange) -> String {
    "{\"name\":\(q(s.name)),\"old\":\(q(s.old)),\"new\":\(q(s.new))}"
  }

  func words(_ d: WordDiff?) -> String {
    guard let d else { return "null" }
    return "["
      + d.runs.map { "[\(q($0.operation.rawValue)),\(q($0.text))]" }.joined(separator: ",") + "]"
  }

  func segment(_ c: SegmentChange, _ step: DiffReportOptions.Shown) -> String {
    var out = "{\"status\":\(q(c.status.rawValue)),\"context\":\(step.isContext),"
    out += "\"kind\":\(q(c.kind.rawValue)),"
    out += "\"old_ids\":\(strings(c.oldIDs)),\"new_ids\":\(strings(c.newIDs)),"
    out += "\"source\":\(q(c.source)),"
    out += "\"old_source\":\(q(c.old.isEmpty ? nil : c.oldSource)),"
    out += "\"old_target\":\(q(c.old.isEmpty ? nil : c.oldTarget)),"
    out += "\"new_target\":\(q(c.new.isEmpty ? nil : c.newTarget)),"
    out += "\"similarity\":\(c.similarity.map(String.init) ?? "null"),"
    out += "\"target_words\":\(words(c.targetDiff)),\"source_words\":\(words(c.sourceDiff)),"
    out += "\"explanation\":\(q(c.explanation?.rawValue)),"
    out += "\"causes\":[" + c.causes.map { cause($0) }.joined(separator: ",") + "]}"
    return out
  }

  func cause(_ c: ChangeCause, segments: Int? = nil) -> String {
    var out = "{\"change\":\(q(c.change.rawValue)),\"kind\":\(q(c.kind.rawValue)),"
    out += "\"entry\":\(q(c.origin)),\"file\":\(q(c.file)),\"line\":\(c.line),"
    out += "\"old_line\":\(c.oldLine.map(String.init) ?? "null"),"
    out += "\"source\":\(q(c.source)),\"surface\":\(q(c.surface)),"
    out += "\"target\":\(q(c.target)),\"old_target\":\(q(c.oldTarget)),"
    out += "\"text\":\(q(c.description))"
    if let segments { out += ",\"segments\":\(segments)" }
    return out + "}"
  }

  public mutating func finish(summary: DiffSummary, problems: [Diagnostic]) -> String {
    var out = documents == 0 ? "],\n" : "\n],\n"
    let d = summary.documents
    out += "\"summary\":{\"documents\":{"
    out += [DocumentDiff.Status.unchanged, .changed, .added, .removed].map {
      "\(q($0.rawValue)):\(d[$0] ?? 0)"
    }.joined(separator: ",")
    out += "},\n\"segments\":\(counts(summary.segments)),\n\"causes\":["
    out += summary.rankedCauses().map { "\n" + cause($0.cause, segments: $0.segments) }.joined(
      separator: ",")
    out += "],\n\"unexplained\":{\"engine\":\(summary.unexplained[.engine] ?? 0),"
    out += "\"unrecorded\":\(summary.unexplained[.unrecorded] ?? 0)},\n\"touched\":["
    out += summary.touched.map {
      "\n{\"name\":\(q($0.name)),\"status\":\(q($0.status.rawValue)),\"counts\":\(counts($0.counts))}"
    }.joined(separator: ",")
    out += "],\n\"similarity\":["
    out += summary.histogram.enumerated().map { i, n in
      "{\"from\":\(i * 10),\"to\":\(i == 9 ? 100 : i * 10 + 9),\"segments\":\(n)}"
    }.joined(separator: ",")
    out += "],\n\"settings\":["
    out += summary.settings.map {
      "{\"name\":\(q($0.change.name)),\"old\":\(q($0.change.old)),\"new\":\(q($0.change.new)),"
        + "\"documents\":\($0.documents)}"
    }.joined(separator: ",")
    out += "],\n\"differences\":\(summary.hasDifferences(in: options.only))},\n"
    out += "\"problems\":" + strings(problems.map(\.description)) + "}\n"
    return out
  }
}
