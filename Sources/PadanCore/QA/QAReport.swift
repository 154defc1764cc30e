/// The findings of `TermChecker` written as text, JSON or an HTML page.
public enum QAReport {
  /// One line per finding: `FILE:UNIT: kind: message [Glossaries/x.tsv:LINE]`.
  public static func text(_ findings: [QAFinding]) -> String {
    var out = ""
    for f in findings {
      out += "\(f.file):\(f.unit): \(f.kind.rawValue): \(f.message)"
      if let entry = f.entry { out += " [\(entry)]" }
      out += "\n"
    }
    return out
  }

  /// One JSON object (schema in docs/qa.md):
  /// `{"files":N,"segments":N,"counts":{kind:N,…},"findings":[{file,unit,kind,message,entry,source,target},…]}`,
  /// with `entry` null for findings not about a glossary entry.
  public static func json(_ findings: [QAFinding], files: Int, segments: Int) -> String {
    var out = "{\"files\":\(files),\"segments\":\(segments),\"counts\":{"
    out += QAFinding.Kind.allCases.map { kind in
      "\(JSONText.quoted(kind.rawValue)):\(findings.filter { $0.kind == kind }.count)"
    }.joined(separator: ",")
    out += "},\"findings\":["
    out += findings.map { f in
      "\n{\"file\":\(JSONText.quoted(f.file)),\"unit\":\(JSONText.quoted(f.unit)),"
        + "\"kind\":\(JSONText.quoted(f.kind.rawValue)),"
        + "\"message\":\(JSONText.quoted(f.message)),"
        + "\"entry\":\(f.entry.map { JSONText.quoted($0) } ?? "null"),"
        + "\"source\":\(JSONText.quoted(f.source)),\"target\":\(JSONText.quoted(f.target))}"
    }.joined(separator: ",")
    out += findings.isEmpty ? "]}\n" : "\n]}\n"
    return out
  }

  /// A self-contained HTML page: the counts by kind with what each kind means, then, file
  /// by file, one row per unit with findings: the findings (kind, message, glossary entry)
  /// beside the Indonesian and the English, with the glossary term and the forbidden form
  /// marked.
  public static func html(_ findings: [QAFinding], files: Int, segments: Int) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Padan term QA</title>
      <style>
      body{font-family:sans-serif;margin:2em;line-height:1.35}
      table{border-collapse:collapse;width:100%;table-layout:fixed}
      th,td{border:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top}
      th{background:#eee}col.unit{width:7em}col.text{width:33%}
      ul{margin:0;padding-left:0;list-style:none}li+li{margin-top:.4em}
      .kind{display:inline-block;min-width:7.5em;font-weight:bold}
      .entry{color:#555;font-size:90%}mark{background:#fe8;padding:0 .1em}
      .term{color:#a00}.forbidden{color:#b0b}.number{color:#a50}.untranslated{color:#05a}
      .inconsistent{color:#505}.none{color:#070;font-weight:bold}
      table.counts{width:auto}table.counts td{border:none;padding:.1em .6em .1em 0}
      </style></head><body>
      <h1>Padan term QA</h1>

      """
    let units = Set(findings.map { "\($0.file)\u{0}\($0.unit)" }).count
    out += "<p>\(files) \(files == 1 ? "file" : "files"), \(segments) units checked: "
    out +=
      findings.isEmpty
      ? "<span class=\"none\">no findings</span>.</p>\n"
      : "\(findings.count) \(findings.count == 1 ? "finding" : "findings") in \(units) \(units == 1 ? "unit" : "units").</p>\n"
    out += "<table class=\"counts\">\n"
    for kind in QAFinding.Kind.allCases {
      let count = findings.filter { $0.kind == kind }.count
      out += "<tr><td>\(count)</td><td class=\"kind \(kind.rawValue)\">\(kind.rawValue)</td>"
      out += "<td>\(escaped(kind.meaning))</td></tr>\n"
    }
    out += "</table>\n"
    var index = 0
    while index < findings.count {
      let file = findings[index].file
      out += "<h2>\(escaped(file))</h2>\n"
      out += "<table><colgroup><col class=\"unit\"><col><col class=\"text\"><col class=\"text\">"
      out +=
        "</colgroup>\n<tr><th>Unit</th><th>Findings</th><th>Indonesian</th><th>English</th></tr>\n"
      while index < findings.count && findings[index].file == file {
        // The findings of one unit, together.
        var end = index + 1
        while end < findings.count && findings[end].file == file
          && findings[end].unit == findings[index].unit
        {
          end += 1
        }
        let group = findings[index..<end]
        let first = group[group.startIndex]
        out += "<tr><td>\(escaped(first.unit))</td><td><ul>"
        for f in group {
          out += "<li><span class=\"kind \(f.kind.rawValue)\">\(f.kind.rawValue)</span> "
          out += escaped(f.message)
          if let entry = f.entry { out += " <span class=\"entry\">\(escaped(entry))</span>" }
          out += "</li>"
        }
        out += "</ul></td>"
        out += "<td lang=\"id\">\(marked(first.source, group.compactMap(\.sourceMark)))</td>"
        out += "<td>\(marked(first.target, group.compactMap(\.targetMark)))</td></tr>\n"
        index = end
      }
      out += "</table>\n"
    }
    out += "</body></html>\n"
    return out
  }

  /// `text` escaped, with the UTF-8 byte ranges in `marks` (merged where they overlap) in
  /// `<mark>`.
  static func marked(_ text: String, _ marks: [Range<Int>]) -> String {
    let bytes = Array(text.utf8)
    var merged: [Range<Int>] = []
    for range in marks.sorted(by: { $0.lowerBound < $1.lowerBound })
    where range.lowerBound >= 0 && range.upperBound <= bytes.count && !range.isEmpty {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    var out = ""
    var position = 0
    for range in merged {
      out += escaped(String(decoding: bytes[position..<range.lowerBound], as: UTF8.self))
      out += "<mark>"
      out += escaped(String(decoding: bytes[range], as: UTF8.self))
      out += "</mark>"
      position = range.upperBound
    }
    out += escaped(String(decoding: bytes[position...], as: UTF8.self))
    return out
  }

  static func escaped(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }
}
