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

  /// A self-contained HTML page: counts by kind, then a table of the findings.
  public static func html(_ findings: [QAFinding], files: Int, segments: Int) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Padan term QA</title>
      <style>
      body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}
      th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
      th{background:#eee}td.kind{font-weight:bold}.term{color:#a00}.number{color:#a50}
      .untranslated{color:#05a}.inconsistent{color:#505}
      </style></head><body>
      <h1>Padan term QA</h1>

      """
    out += "<p>\(files) files, \(segments) units, \(findings.count) findings: "
    out += QAFinding.Kind.allCases.map { kind in
      "\(findings.filter { $0.kind == kind }.count) \(kind.rawValue)"
    }.joined(separator: ", ")
    out += ".</p>\n"
    if !findings.isEmpty {
      out += "<table><tr><th>Unit</th><th>Kind</th><th>Message</th><th>Entry</th>"
      out += "<th>Indonesian</th><th>English</th></tr>\n"
      for f in findings {
        out += "<tr><td>\(escaped(f.file)):\(escaped(f.unit))</td>"
        out += "<td class=\"kind \(f.kind.rawValue)\">\(f.kind.rawValue)</td>"
        out += "<td>\(escaped(f.message))</td><td>\(escaped(f.entry ?? ""))</td>"
        out += "<td lang=\"id\">\(escaped(f.source))</td><td>\(escaped(f.target))</td></tr>\n"
      }
      out += "</table>\n"
    }
    out += "</body></html>\n"
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
