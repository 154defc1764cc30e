internal import Foundation

/// Classifies the lines of a normalised news page as title, byline, dateline, caption,
/// body or boilerplate.
///
/// It uses general cues rather than any one site's strings: position (the title is the
/// first plain line before the body), length, final punctuation, capitalisation,
/// repetition (a line seen before is boilerplate), web addresses and link words, and the
/// prompt and credit patterns of `SegmentationRules`. Long lines of running text are
/// settled by their first bytes; only short lines get the full set of checks.
struct LayoutClassifier {
  let rules: SegmentationRules
  private let boilerplateStarts: [[UInt8]]
  private let boilerplatePhrases: [[UInt8]]
  private let linkWords: [[UInt8]]
  private let bylineStarts: [[UInt8]]
  private let captionStarts: [[UInt8]]

  init(rules: SegmentationRules) {
    self.rules = rules
    boilerplateStarts = rules.boilerplateStarts.map { Array($0.utf8) }
    boilerplatePhrases = rules.boilerplatePhrases.map { Array($0.utf8) }
    linkWords = rules.linkWords.map { Array($0.utf8) }
    bylineStarts = rules.bylineStarts.map { Array($0.utf8) }
    captionStarts = rules.captionStarts.map { Array($0.utf8) }
  }

  static let dayNames: Set<String> = [
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  static let monthNames: Set<String> = [
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "nopember", "desember", "jan", "feb", "mar", "apr",
    "jun", "jul", "agu", "agt", "ags", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec",
    "january", "february", "march", "may", "june", "july", "august", "october", "december",
  ]
  static let timeWords: Set<String> = [
    "wib", "wita", "wit", "gmt", "utc", "pukul", "jam", "|", "-", "•",
  ]

  /// Lines with more words than this are running text unless a prefix cue says otherwise.
  static let shortLineWords = 30

  /// Classifies every non-blank line of `text`.
  func blocks(in text: TextBytes, count: Int) -> [LayoutBlock] {
    var blocks: [LayoutBlock] = []
    var seen: [UInt64: [ByteRange]] = [:]
    var lineIndex = 0
    var paragraph = 0
    var previousBlank = true
    var sawTitle = false
    var sawBody = false
    var start = 0
    while start <= count {
      let end = text.firstIndex(of: 0x0A, from: start, end: count)
      let range = text.trimmed(ByteRange(start: start, end: end))
      if range.isEmpty {
        if !previousBlank { paragraph += 1 }
        previousBlank = true
      } else {
        previousBlank = false
        let h = text.hash(range)
        let duplicate = seen[h]?.contains { text.equal($0, range) } ?? false
        seen[h, default: []].append(range)
        let parts: [(ByteRange, Segment.Kind)] =
          duplicate
          ? [(range, .boilerplate)]
          : classify(range, in: text, sawTitle: sawTitle, sawBody: sawBody)
        for (r, kind) in parts {
          if kind == .title { sawTitle = true }
          if kind == .body { sawBody = true }
          blocks.append(LayoutBlock(range: r, kind: kind, line: lineIndex, paragraph: paragraph))
        }
      }
      lineIndex += 1
      start = end + 1
    }
    chooseTitle(&blocks, in: text)
    if blocks.count == 1, blocks[0].kind == .title,
      !looksLikeHeadline(blocks[0].range, in: text)
    {
      // A one-line text (a segment sent alone, a JSONL record) is running text unless it
      // looks like a headline.
      blocks[0].kind = .body
    }
    if blocks.count == 1, blocks[0].kind == .byline, text.endsSentence(blocks[0].range),
      text.wordCount(blocks[0].range, limit: 6) >= 6
    {
      // ... and a sentence of six words or more is not a byline ("Reporter Lakers Mike
      // Trudell menulis tweet bahwa ...").
      blocks[0].kind = .body
    }
    return blocks
  }

  /// Whether a line alone looks like a headline: no final punctuation, no quotation
  /// marks, and headline case (`Harga Beras Naik di Pasar Induk`).
  func looksLikeHeadline(_ range: ByteRange, in text: TextBytes) -> Bool {
    let line = text.string(range)
    guard let last = line.unicodeScalars.last,
      !".,;:!?…\"”’»)".unicodeScalars.contains(last),
      !line.unicodeScalars.contains(where: { "\"“”‘’«»„".unicodeScalars.contains($0) })
    else { return false }
    return isHeadlineCase(range, in: text)
  }

  /// Keeps one title: among the headline candidates before the first body line, the one
  /// with the most words (the first on a tie); the other candidates are section labels
  /// or navigation, so boilerplate.
  func chooseTitle(_ blocks: inout [LayoutBlock], in text: TextBytes) {
    let firstBody = blocks.firstIndex { $0.kind == .body } ?? blocks.count
    let candidates = blocks[..<firstBody].indices.filter { blocks[$0].kind == .title }
    guard candidates.count > 1 else { return }
    var best = candidates[0]
    for c in candidates.dropFirst()
    where text.wordCount(blocks[c].range) > text.wordCount(blocks[best].range) {
      best = c
    }
    for c in candidates where c != best { blocks[c].kind = .boilerplate }
  }

  /// Classifies one trimmed, non-empty line; a byline and dateline joined by a bullet
  /// come back as two parts.
  func classify(
    _ range: ByteRange, in text: TextBytes, sawTitle: Bool, sawBody: Bool
  ) -> [(ByteRange, Segment.Kind)] {
    let prefix = text.lowercasedBytes(
      ByteRange(start: range.start, end: min(range.end, range.start + 48)))
    if let parts = bylineParts(range, prefix: prefix, in: text) { return parts }
    if boilerplateStarts.contains(where: { startsWithBoilerplate(prefix, $0) }) {
      return [(range, .boilerplate)]
    }
    let words = text.wordCount(range, limit: Self.shortLineWords + 1)
    if words > Self.shortLineWords { return [(range, .body)] }

    let endsSentence = text.endsSentence(range)
    let lower = text.lowercasedBytes(range)
    if let split = bylineAndDateline(range, lower: lower, in: text) { return split }
    if lower.contains(where: TextBytes.isDigit) {
      if isDateline(Self.tokens(lower)) { return [(range, .dateline)] }
      // "Kompas.com - 03/10/2023, 10:15 WIB": an outlet, a dash, a date.
      if let dash = Self.find(Array(" - ".utf8), in: lower),
        isDateline(Self.tokens(Array(lower[(dash + 3)...])))
      {
        return [(range, .dateline)]
      }
    }
    if captionStarts.contains(where: { prefix.starts(with: $0) })
      || ((lower.last == 0x29 || lower.contains(0x2F))
        && hasCreditSuffix(text.string(range), endsSentence: endsSentence))
    {
      return [(range, .caption)]
    }
    if (words <= 8 && !endsSentence && isNavigationTrail(lower))
      || isBoilerplate(lower: lower, original: range, in: text, endsSentence: endsSentence)
    {
      return [(range, .boilerplate)]
    }
    let opensSentence = endsSentence || lower.last == 0x3A  // "... sebagai berikut:"
    // A full stop inside the line means running text, never a headline or a label.
    let hasInnerSentence = Self.find([0x2E, 0x20], in: lower) != nil && words >= 6
    if !sawBody && !opensSentence && !hasInnerSentence
      && !(sawTitle && looksLikeName(range, in: text))
    {
      // Before the text: navigation and section labels are short; lines of three or more
      // words are headline candidates (the longest becomes the title, see `blocks`).
      return [(range, words >= 3 ? .title : .boilerplate)]
    }
    if sawTitle && !sawBody && !opensSentence && looksLikeName(range, in: text) {
      return [(range, .byline)]
    }
    if sawBody && !opensSentence && !hasInnerSentence && words <= 15
      && isHeadlineCase(range, in: text)
    {
      // A headline after the text has started: a related or recommended article.
      return [(range, .boilerplate)]
    }
    return [(range, .body)]
  }

  /// One to four capitalised words, optionally followed by ` - outlet`, with no digits:
  /// an author line right after the headline (`Septian Wicaksono`, `Aulia D - detikFinance`).
  func looksLikeName(_ range: ByteRange, in text: TextBytes) -> Bool {
    var s = text.string(range)
    if let dash = s.range(of: " - ") ?? s.range(of: " – ") { s = String(s[..<dash.lowerBound]) }
    let words = s.split(separator: " ")
    guard (1...4).contains(words.count) else { return false }
    return words.allSatisfy { w in
      w.first?.isUppercase == true && !w.contains(where: { $0.isNumber || $0 == ":" || $0 == "," })
    }
  }

  /// Most words capitalised, as Indonesian outlets write headlines ("Harga Beras Naik,
  /// Bulog Guyur Pasar"), or a label of at most three words.
  func isHeadlineCase(_ range: ByteRange, in text: TextBytes) -> Bool {
    let words = text.string(range).split(separator: " ")
    if words.count <= 3 { return true }
    let capitalised = words.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }
      .count
    return capitalised * 10 >= words.count * 6
  }

  /// A breadcrumb trail such as `Home › Ekonomi › Makro` or `Beranda > Nasional`: words
  /// separated by navigation arrows (› » > ») with spaces around them.
  func isNavigationTrail(_ lower: [UInt8]) -> Bool {
    for arrow: [UInt8] in [
      [0x20, 0xE2, 0x80, 0xBA, 0x20], [0x20, 0xC2, 0xBB, 0x20], [0x20, 0x3E, 0x20],
    ] {
      if Self.find(arrow, in: lower) != nil { return true }
    }
    return false
  }

  /// Space-separated words of a short line.
  static func tokens(_ lower: [UInt8]) -> [Substring] {
    String(decoding: lower, as: UTF8.self).split(separator: " ")
  }

  /// Whether `prefix` starts with a byline cue: `Penulis:` or, for a cue ending in a colon,
  /// the cue word alone followed by a capitalised name (`Penulis Nanda Prasetyo`).
  func startsWithByline(_ prefix: [UInt8], original: ByteRange, in text: TextBytes) -> Bool {
    for cue in bylineStarts {
      if prefix.starts(with: cue) { return true }
      if cue.last == 0x3A {
        let word = cue.dropLast()
        if prefix.starts(with: word), prefix.count > word.count + 1, prefix[word.count] == 0x20,
          original.start + word.count + 1 < original.end,
          text.startsUpper(at: original.start + word.count + 1)
        {
          return true
        }
      }
    }
    return false
  }

  /// A byline line, split at ` | ` or ` • ` into several bylines and a dateline:
  /// `Penulis Nanda Prasetyo | Editor Rachmawati`, `Reporter: A • Senin, 3/3/2025`.
  func bylineParts(_ range: ByteRange, prefix: [UInt8], in text: TextBytes) -> [(
    ByteRange, Segment.Kind
  )]? {
    guard startsWithByline(prefix, original: range, in: text) else { return nil }
    var parts: [(ByteRange, Segment.Kind)] = []
    var start = range.start
    var i = range.start
    while i < range.end {
      // " | " or " • " (E2 80 A2)
      var separatorLength = 0
      if text[i] == 0x20 && i + 2 < range.end && text[i + 1] == 0x7C && text[i + 2] == 0x20 {
        separatorLength = 3
      } else if text[i] == 0x20 && i + 4 < range.end && text[i + 1] == 0xE2 && text[i + 2] == 0x80
        && text[i + 3] == 0xA2 && text[i + 4] == 0x20
      {
        separatorLength = 5
      }
      if separatorLength > 0 {
        parts.append((ByteRange(start: start, end: i), .byline))
        start = i + separatorLength
        i = start
      } else {
        i += 1
      }
    }
    parts.append((ByteRange(start: start, end: range.end), .byline))
    // A part that is a date is the dateline.
    return parts.map { part in
      let tokens = Self.tokens(text.lowercasedBytes(part.0))
      return (part.0, part.0.start != range.start && isDateline(tokens) ? .dateline : .byline)
    }
  }

  /// A boilerplate start cue must be followed by a colon, dash or bar or the end of the
  /// line ("Baca juga: ...", "Baca: ...", "Tag: ..."), so "Baca" in a sentence does not match.
  func startsWithBoilerplate(_ prefix: [UInt8], _ cue: [UInt8]) -> Bool {
    guard prefix.starts(with: cue) else { return false }
    if let last = cue.last, !TextBytes.isLetter(last) && last < 0x80 { return true }
    var i = cue.count
    while i < prefix.count && prefix[i] == 0x20 { i += 1 }
    guard i < prefix.count else { return true }
    // Anything but a letter may follow: "Baca: ...", "Tag - ...", "Copyright © 2023".
    let next = prefix[i]
    return !TextBytes.isLetter(next) && next < 0xC0
      || (next == 0xC2 && i + 1 < prefix.count && prefix[i + 1] == 0xA9)  // ©
      || (next == 0xE2 && i + 1 < prefix.count && prefix[i + 1] == 0x80)  // dashes, bullets
  }

  /// `Name • 15 Februari 2022 21:24`: a short capitalised name, a bullet or bar, a date.
  func bylineAndDateline(_ range: ByteRange, lower: [UInt8], in text: TextBytes) -> [(
    ByteRange, Segment.Kind
  )]? {
    // " • " (E2 80 A2), " | ", " · " (C2 B7)
    for separator: [UInt8] in [
      [0x20, 0xE2, 0x80, 0xA2, 0x20], [0x20, 0x7C, 0x20], [0x20, 0xC2, 0xB7, 0x20],
    ] {
      guard let at = Self.find(separator, in: lower) else { continue }
      let left = text.string(ByteRange(start: range.start, end: range.start + at))
      let right = String(decoding: lower[(at + separator.count)...], as: UTF8.self)
      let leftWords = left.split(separator: " ")
      guard (1...5).contains(leftWords.count),
        leftWords.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }),
        isDateline(right.split(separator: " "))
      else { continue }
      return [
        (ByteRange(start: range.start, end: range.start + at), .byline),
        (ByteRange(start: range.start + at + separator.count, end: range.end), .dateline),
      ]
    }
    return nil
  }

  /// Mostly day names, month names, numbers and time-zone words, with at least one digit.
  func isDateline(_ tokens: [Substring]) -> Bool {
    guard tokens.count <= 12 else { return false }
    var dateTokens = 0
    var content = 0
    var hasDigit = false
    var hasName = false
    for raw in tokens {
      let t = raw.trimmingCharacters(",.•·()")
      if t.isEmpty { continue }
      content += 1
      if t.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." || $0 == "/" || $0 == "-" }) {
        if t.contains(where: \.isNumber) {
          hasDigit = true
          dateTokens += 1
        }
      } else if Self.dayNames.contains(t) || Self.monthNames.contains(t) {
        hasName = true
        dateTokens += 1
      } else if Self.timeWords.contains(t) {
        dateTokens += 1
      }
    }
    guard content > 0, content <= 10, hasDigit else { return false }
    return dateTokens * 10 >= content * 8 && (hasName || content >= 2)
  }

  /// A photo credit at the end of a line: `Name/Net`, `(Name / AFP)`, `(Foto: ...)`, or an
  /// agency credit among the last words: `TEMPO/Muhammad Hidayat`, `ANTARA FOTO/Reza F/nym.`.
  func hasCreditSuffix(_ s: String, endsSentence: Bool) -> Bool {
    let words = s.split(separator: " ")
    for word in words.suffix(5) {
      guard let slash = word.firstIndex(of: "/") else { continue }
      let agency = word[..<slash]
      let after = word[word.index(after: slash)...]
      if agency.count >= 2, agency.allSatisfy({ $0.isUppercase }), let first = after.first,
        first.isUppercase, after.dropFirst().first?.isLowercase == true
      {
        return true
      }
    }
    if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
      let inner = s[s.index(after: open)..<s.index(before: s.endIndex)]
      let lowerInner = inner.lowercased()
      if inner.contains("/") && inner.contains(where: \.isUppercase) && inner.count <= 60 {
        return true
      }
      if lowerInner.hasPrefix("foto") || lowerInner.hasPrefix("photo") { return true }
    }
    guard !endsSentence, let last = s.split(separator: " ").last,
      let slash = last.lastIndex(of: "/")
    else { return false }
    let before = last[..<slash]
    let after = last[last.index(after: slash)...]
    return !before.isEmpty && !after.isEmpty && after.first?.isUppercase == true
      && after.allSatisfy({ $0.isLetter || $0 == "." }) && !before.contains(where: \.isNumber)
  }

  func isBoilerplate(
    lower: [UInt8], original range: ByteRange, in text: TextBytes, endsSentence: Bool
  ) -> Bool {
    // Word boundaries over the lower-cased bytes.
    var words: [Range<Int>] = []
    var wordStart = 0
    for (i, b) in lower.enumerated() where b == 0x20 {
      if i > wordStart { words.append(wordStart..<i) }
      wordStart = i + 1
    }
    if lower.count > wordStart { words.append(wordStart..<lower.count) }
    let wordCount = words.count

    var bareStart = 0
    var bareEnd = lower.count
    let trim: (UInt8) -> Bool = {
      $0 == 0x20 || $0 == 0x2E || $0 == 0x3A || $0 == 0x21 || $0 == 0x3F
    }
    while bareStart < bareEnd && trim(lower[bareStart]) { bareStart += 1 }
    while bareEnd > bareStart && trim(lower[bareEnd - 1]) { bareEnd -= 1 }
    if rules.boilerplateLines.contains(String(decoding: lower[bareStart..<bareEnd], as: UTF8.self))
    {
      return true
    }
    if boilerplatePhrases.contains(where: { Self.containsPhrase($0, in: lower) }) { return true }

    let hasAddress = words.contains { w in
      lower[w].contains(0x2E) && isWebAddress(Substring(String(decoding: lower[w], as: UTF8.self)))
    }
    if let first = words.first {
      var e = first.upperBound
      while e > first.lowerBound
        && (lower[e - 1] == 0x21 || lower[e - 1] == 0x3A || lower[e - 1] == 0x2C
          || lower[e - 1] == 0x2E)
      {
        e -= 1
      }
      if rules.promptVerbs.contains(String(decoding: lower[first.lowerBound..<e], as: UTF8.self)),
        hasAddress || linkWords.contains(where: { Self.containsPhrase($0, in: lower) })
      {
        return true
      }
    }
    if hasAddress && (wordCount <= 3 || Self.containsPhrase(Array("klik".utf8), in: lower)) {
      return true
    }

    // Case and digits, over the original bytes.
    var hasLower = false
    var hasUpper = false
    var hasDigit = false
    var i = range.start
    while i < range.end {
      let b = text[i]
      if b < 0x80 {
        if TextBytes.isLower(b) { hasLower = true }
        if TextBytes.isUpper(b) { hasUpper = true }
        if TextBytes.isDigit(b) { hasDigit = true }
        i += 1
      } else {
        let length = max(1, UTF8Bytes.sequenceLength(text.bytes, at: i))
        if let scalar = text.scalar(at: i) {
          if scalar.properties.isLowercase { hasLower = true }
          if scalar.properties.isUppercase { hasUpper = true }
        }
        i += length
      }
    }
    // A bare number (a list position) or a bracketed embed placeholder ("[Gambas:Video]").
    if lower.allSatisfy({ TextBytes.isDigit($0) || $0 == 0x2E }) { return true }
    if lower.first == 0x5B && lower.last == 0x5D { return true }
    // A count and a label: "0 komentar", "12 Shares".
    if let first = words.first, lower[first].allSatisfy(TextBytes.isDigit), words.count <= 3,
      rules.boilerplateLines.contains(
        String(
          decoding: lower[
            (first.upperBound + 1 < lower.count ? first.upperBound + 1 : lower.count)...],
          as: UTF8.self))
    {
      return true
    }
    // Editor's initials such as "(WIL)" or "(ant/ito)".
    if lower.first == 0x28 && lower.last == 0x29 && lower.count <= 16 && wordCount == 1 {
      return true
    }
    if !endsSentence && wordCount <= 6 && hasUpper && !hasLower { return true }
    if !endsSentence && wordCount <= 5 && hasLower && !hasUpper && !hasDigit { return true }
    if wordCount <= 4, let last = words.last,
      rules.logoWords.contains(String(decoding: lower[last], as: UTF8.self))
    {
      return true
    }
    return false
  }

  /// Offset of the first occurrence of `needle` in `haystack` at or after `from`.
  static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    let first = needle[0]
    var i = from
    while i <= haystack.count - needle.count {
      if haystack[i] == first {
        var k = 1
        while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
        if k == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// Whether `phrase` occurs in `haystack` as whole words (no letter on either side).
  static func containsPhrase(_ phrase: [UInt8], in haystack: [UInt8]) -> Bool {
    var from = 0
    while from <= haystack.count - phrase.count {
      guard let start = find(phrase, in: haystack, from: from) else { return false }
      let end = start + phrase.count
      let beforeOK = start == 0 || !isWordByte(haystack[start - 1])
      let afterOK = end == haystack.count || !isWordByte(haystack[end])
      if beforeOK && afterOK { return true }
      from = start + 1
    }
    return false
  }

  static func isWordByte(_ b: UInt8) -> Bool { TextBytes.isLetter(b) || b >= 0x80 }

  func isWebAddress(_ token: Substring) -> Bool {
    guard token.utf8.contains(0x2E) else { return false }
    if token.hasPrefix("http://") || token.hasPrefix("https://") || token.hasPrefix("www.") {
      return true
    }
    let t = token.trimmingCharacters(".,;:()")
    guard let dot = t.lastIndex(of: "."), !t.contains("@") else { return false }
    let tld = t[t.index(after: dot)...]
    let name = t[..<dot]
    return ["id", "com", "net", "org", "co", "io", "tv", "news"].contains(String(tld))
      && name.count >= 2 && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
  }
}
