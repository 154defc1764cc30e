internal import Foundation

/// Writes the segments of a document for `padan segment`: aligned text or JSON lines.
public enum SegmentListWriter {
  /// One line per segment: index, kind, `line:column` and original byte range, text.
  /// Boilerplate is marked with `~`.
  public static func text(_ document: Document) -> String {
    var out = "# \(document.source.path): \(counted(document.segments.count, "segment"))\n"
    for s in document.segments {
      let location = document.source.location(ofByte: s.sourceRange.start)
      let mark = s.kind == .boilerplate ? "~" : " "
      let kind = s.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
      let position = "\(location.line):\(location.column)".padding(
        toLength: 7, withPad: " ", startingAt: 0)
      let range = "@\(s.sourceRange.start)-\(s.sourceRange.end)".padding(
        toLength: 12, withPad: " ", startingAt: 0)
      out +=
        "\(String(s.index).leftPadded(to: 4)) \(mark)\(kind) \(position) \(range) \(document.text(of: s))\n"
    }
    return out
  }

  /// One JSON object per segment: file, index, kind, line, paragraph, original byte range
  /// (`source_range`), normalised byte range (`range`) and normalised text.
  public static func jsonLines(_ document: Document) -> String {
    var out = ""
    for s in document.segments {
      out += "{\"file\":\(JSONText.quoted(document.source.path)),\"index\":\(s.index),"
      out += "\"kind\":\"\(s.kind.rawValue)\",\"line\":\(s.line + 1),\"paragraph\":\(s.paragraph),"
      out += "\"source_range\":[\(s.sourceRange.start),\(s.sourceRange.end)],"
      out +=
        "\"range\":[\(s.range.start),\(s.range.end)],\"text\":\(JSONText.quoted(document.text(of: s)))}\n"
    }
    return out
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
