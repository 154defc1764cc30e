internal import ICUWrapper

/// Turns a dictionary's list of equivalents ("bunga, kembang (bot.); [[mekar]]") into clean
/// lexicon items, or says why an item is unusable.
///
/// Steps, per item: split on `,` and `;` outside brackets; replace wiki links with their
/// text (`[[a|b]]` → `b`, `[[a]]` → `a`); drop parenthetical notes (`(bot.)`, nested too;
/// an unclosed `(` runs to the end); collapse white space to single spaces and trim;
/// normalise to NFC. Then an item is junk when it is empty, has no letter or digit, starts
/// with `#`, holds `...` or `…` (a template), `?` or `!`, or a full stop after a word of
/// four or more letters followed by more text (a second sentence; `St. Petersburg` and
/// `dll.` pass), or, for a lemma, has more than `maximumWords` words.
enum EquivalentCleaner {
  /// Longer Indonesian items are phrases or proverbs, not lexicon lemmas.
  static let maximumWords = 8

  /// One item of a field.
  struct Item: Equatable {
    /// The item as written, trimmed.
    var raw: String
    /// UTF-8 byte offset of `raw` in the field, 0-based.
    var offset: Int
    /// The clean text, or why there is none.
    var result: Result<String, LexiconImportSkip.Reason>
  }

  /// The items of `field`, split on `,` and `;` unless `splitting` is false. Blank items
  /// (from `a,,b` or a trailing `,`) are left out silently.
  ///
  /// - Parameter isLemma: whether the items are Indonesian lemmas, which have a word limit.
  static func items(in field: Substring, splitting: Bool = true, isLemma: Bool) -> [Item] {
    var items: [Item] = []
    for (offset, part) in pieces(of: field, splitting: splitting) {
      let leading = part.prefix { $0.isWhitespace }
      let raw = part.dropFirst(leading.count).trimmingSuffix { $0.isWhitespace }
      if raw.isEmpty { continue }
      items.append(
        Item(
          raw: String(raw), offset: offset + leading.utf8.count,
          result: clean(raw, isLemma: isLemma)))
    }
    return items
  }

  /// One item cleaned and checked, without splitting.
  static func clean(_ raw: Substring, isLemma: Bool) -> Result<String, LexiconImportSkip.Reason> {
    let bare = withoutNotes(withoutWikiLinks(raw))
    let words = bare.split(whereSeparator: \.isWhitespace)
    let joined = words.joined(separator: " ")
    let text = (try? UnicodeNormalizer.normalize(joined, form: .nfc)) ?? joined
    if text.isEmpty { return .failure(.empty) }
    if !text.contains(where: { $0.isLetter || $0.isNumber }) { return .failure(.noWord) }
    if text.hasPrefix("#") { return .failure(.commentMark) }
    if text.contains("...") || text.contains("…") { return .failure(.placeholder) }
    if text.contains(where: { $0 == "?" || $0 == "!" }) || hasSecondSentence(words) {
      return .failure(.sentence)
    }
    if isLemma && words.count > maximumWords { return .failure(.tooLong) }
    return .success(text)
  }

  /// The pieces of `field` between separators at bracket depth 0, with the UTF-8 offset
  /// of each.
  private static func pieces(of field: Substring, splitting: Bool) -> [(Int, Substring)] {
    guard splitting else { return [(0, field)] }
    var pieces: [(Int, Substring)] = []
    var depth = 0
    var start = field.startIndex
    var offset = 0
    var startOffset = 0
    for index in field.indices {
      let c = field[index]
      if c == "(" || c == "[" {
        depth += 1
      } else if c == ")" || c == "]" {
        depth = max(0, depth - 1)
      } else if (c == "," || c == ";") && depth == 0 {
        pieces.append((startOffset, field[start..<index]))
        start = field.index(after: index)
        startOffset = offset + 1
      }
      offset += c.utf8.count
    }
    pieces.append((startOffset, field[start...]))
    return pieces
  }

  /// `[[target|text]]` → `text`, `[[text]]` → `text`.
  private static func withoutWikiLinks(_ s: Substring) -> Substring {
    guard s.contains("[[") else { return s }
    var result = ""
    var rest = s
    while let open = rest.firstRange(of: "[["),
      let close = rest[open.upperBound...].firstRange(of: "]]")
    {
      result += rest[..<open.lowerBound]
      let link = rest[open.upperBound..<close.lowerBound]
      result += link.split(separator: "|", omittingEmptySubsequences: false).last ?? ""
      rest = rest[close.upperBound...]
    }
    result += rest
    return Substring(result)
  }

  /// The text outside parentheses; an unclosed `(` runs to the end, a stray `)` is dropped.
  private static func withoutNotes(_ s: Substring) -> String {
    guard s.contains("(") || s.contains(")") else { return String(s) }
    var result = ""
    var depth = 0
    for c in s {
      if c == "(" {
        depth += 1
        result += " "
      } else if c == ")" {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        result.append(c)
      }
    }
    return result
  }

  /// Whether a word of four or more letters ends with `.` and more words follow.
  private static func hasSecondSentence(_ words: [Substring]) -> Bool {
    words.dropLast().contains { word in
      word.hasSuffix(".") && word.dropLast().count >= 4
        && word.dropLast().allSatisfy(\.isLetter)
    }
  }
}

extension Substring {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
    var end = endIndex
    while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
    return self[startIndex..<end]
  }
}
