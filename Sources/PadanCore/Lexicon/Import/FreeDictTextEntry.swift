/// One FreeDict entry as FreeDict's TEI-to-dictd conversion writes it, for example:
///
/// ```
/// bank /bæŋk/ <n>
/// 1. bank
/// financial institution
/// 2. tepi, tepian (sungai) 2.
/// edge of a river
///  3.
/// slope beside water
/// ```
///
/// The first line is the headword, its pronunciations (`/…/` or `[…]`) and its grammar
/// label (`<n>`). With one sense, the second line is the translations; with several, each
/// sense's translations start a line with its number (`1. `, `2. `, …, in order). Other
/// lines are English definitions, including the ` 3.` lines that number a sense's
/// sub-definitions, and the ` 2.` left at the end of a translation line when its sense
/// has sub-definitions.
struct FreeDictTextEntry {
  var headword: Substring
  /// The text between `<` and `>` at the end of the first line, if any.
  var label: Substring?
  /// The translations of each sense: the text, its line in the entry (0-based) and its
  /// UTF-8 byte offset in that line (0-based).
  var senses: [(text: Substring, line: Int, offset: Int)]

  init(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var first = lines.first ?? ""
    if first.hasSuffix(">"), let open = first.lastIndex(of: "<") {
      label = first[first.index(after: open)..<first.index(before: first.endIndex)]
      first = first[..<open]
    }
    var end = first.endIndex
    for marker in [" /", " ["] {
      if let range = first.firstRange(of: marker), range.lowerBound < end {
        end = range.lowerBound
      }
    }
    headword = first[..<end].trimmingEdges()
    senses = []
    guard lines.count > 1 else { return }
    if lines[1].hasPrefix("1. ") {
      var number = 1
      for (i, line) in lines.enumerated().dropFirst() where line.hasPrefix("\(number). ") {
        let prefix = "\(number). ".utf8.count
        senses.append((Self.withoutSubsenseNumber(line.dropFirst(prefix)), i, prefix))
        number += 1
      }
    } else if !lines[1].trimmingEdges().isEmpty {
      senses.append((Self.withoutSubsenseNumber(lines[1]), 1, 0))
    }
  }

  /// `tepi, tepian 2.` → `tepi, tepian`.
  private static func withoutSubsenseNumber(_ line: Substring) -> Substring {
    var body = line
    while body.last?.isWhitespace == true { body = body.dropLast() }
    guard body.last == "." else { return body }
    let digits = body.dropLast().reversed().prefix { $0.isASCII && $0.isNumber }
    let before = body.dropLast(digits.count + 1)
    guard !digits.isEmpty, before.last == " " else { return body }
    return before.trimmingEdges()
  }
}

extension Substring {
  /// Without leading and trailing white space.
  func trimmingEdges() -> Substring {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return self[endIndex...] }
    return self[first...last]
  }
}
