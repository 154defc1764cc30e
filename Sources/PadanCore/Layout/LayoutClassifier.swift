internal import Foundation

/// Classifies the lines of a normalised news page as title, byline, dateline, caption,
/// body or boilerplate.
///
/// It uses general cues rather than any one site's strings: position (the title is the
/// first plain line before the body), length, final punctuation, capitalisation,
/// repetition (a line seen before is boilerplate), web addresses and link words, and the
/// prompt and credit patterns of `SegmentationRules`.
struct LayoutClassifier {
  let rules: SegmentationRules

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
  static let timeWords: Set<String> = ["wib", "wita", "wit", "gmt", "utc", "pukul", "jam", "|", "-", "•"]

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
      var end = start
      while end < count && text[end] != 0x0A { end += 1 }
      let range = text.trimmed(ByteRange(start: start, end: end))
      if range.isEmpty {
        if !previousBlank { paragraph += 1 }
        previousBlank = true
      } else {
        previousBlank = false
        let h = text.hash(range)
        let duplicate = seen[h, default: []].contains { text.equal($0, range) }
        seen[h, default: []].append(range)
        var parts: [(ByteRange, Segment.Kind)]
        if duplicate {
          parts = [(range, .boilerplate)]
        } else {
          parts = classify(range, in: text, sawTitle: sawTitle, sawBody: sawBody)
        }
        for (r, kind) in parts {
          if kind == .title { sawTitle = true }
          if kind == .body { sawBody = true }
          blocks.append(LayoutBlock(range: r, kind: kind, line: lineIndex, paragraph: paragraph))
        }
      }
      lineIndex += 1
      start = end + 1
    }
    return blocks
  }

  /// Classifies one trimmed, non-empty line; a byline and dateline joined by a bullet
  /// come back as two parts.
  func classify(
    _ range: ByteRange, in text: TextBytes, sawTitle: Bool, sawBody: Bool
  ) -> [(ByteRange, Segment.Kind)] {
    let words = text.wordCount(range)
    let endsSentence = text.endsSentence(range)
    // Long sentences of running text: only prefix cues can make them anything but body.
    let prefix = text.lowercased(ByteRange(start: range.start, end: min(range.end, range.start + 48)))
    if startsWithCue(prefix, rules.bylineStarts) { return [(range, .byline)] }
    if let cue = rules.boilerplateStarts.first(where: { startsWithBoilerplate(prefix, $0) }) {
      _ = cue
      return [(range, .boilerplate)]
    }
    if words > 30 { return [(range, .body)] }

    let lower = text.lowercased(range)
    let tokens = lower.split(separator: " ")
    if let split = bylineAndDateline(range, in: text) { return split }
    if isDateline(tokens) { return [(range, .dateline)] }
    if startsWithCue(prefix, rules.captionStarts) || hasCreditSuffix(range, in: text, endsSentence: endsSentence) {
      return [(range, .caption)]
    }
    if isBoilerplate(lower: lower, tokens: tokens, range: range, in: text, endsSentence: endsSentence) {
      return [(range, .boilerplate)]
    }
    if !sawTitle && !sawBody && !endsSentence && words >= 2 {
      return [(range, .title)]
    }
    return [(range, .body)]
  }

  func startsWithCue(_ prefix: String, _ cues: [String]) -> Bool {
    cues.contains { prefix.hasPrefix($0) }
  }

  /// A boilerplate start cue must be followed by a colon, dash or the end of the line
  /// ("Baca juga: ...", "Baca: ...", "Tag: ..."), so "Baca" in a sentence does not match.
  func startsWithBoilerplate(_ prefix: String, _ cue: String) -> Bool {
    guard prefix.hasPrefix(cue) else { return false }
    let rest = prefix.dropFirst(cue.count).drop { $0 == " " }
    guard let next = rest.first else { return true }
    if cue.last?.isLetter == false { return true }
    return next == ":" || next == "-" || next == "–" || next == "|"
  }

  /// `Name • 15 Februari 2022 21:24`: a short capitalised name, a bullet or bar, a date.
  func bylineAndDateline(_ range: ByteRange, in text: TextBytes) -> [(ByteRange, Segment.Kind)]? {
    let s = text.string(range)
    for separator in [" • ", " | ", " · "] {
      guard let r = s.range(of: separator) else { continue }
      let left = s[..<r.lowerBound]
      let right = s[r.upperBound...]
      let leftWords = left.split(separator: " ")
      guard (1...5).contains(leftWords.count),
        leftWords.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) }),
        isDateline(right.lowercased().split(separator: " "))
      else { continue }
      let leftEnd = range.start + left.utf8.count
      let rightStart = range.start + s[..<r.upperBound].utf8.count
      return [
        (ByteRange(start: range.start, end: leftEnd), .byline),
        (ByteRange(start: rightStart, end: range.end), .dateline),
      ]
    }
    return nil
  }

  /// Mostly day names, month names, numbers and time-zone words, with at least one digit.
  func isDateline(_ tokens: [Substring]) -> Bool {
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

  /// A photo credit at the end of a line: `Name/Net`, `(Name / AFP)`, `(Foto: ...)`.
  func hasCreditSuffix(_ range: ByteRange, in text: TextBytes, endsSentence: Bool) -> Bool {
    let s = text.string(range)
    if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
      let inner = s[s.index(after: open)..<s.index(before: s.endIndex)]
      let lowerInner = inner.lowercased()
      if inner.contains("/") && inner.contains(where: \.isUppercase) && inner.count <= 60 { return true }
      if lowerInner.hasPrefix("foto") || lowerInner.hasPrefix("photo") { return true }
    }
    guard !endsSentence, let last = s.split(separator: " ").last, let slash = last.lastIndex(of: "/")
    else { return false }
    let before = last[..<slash]
    let after = last[last.index(after: slash)...]
    return !before.isEmpty && !after.isEmpty && after.first?.isUppercase == true
      && after.allSatisfy({ $0.isLetter || $0 == "." }) && !before.contains(where: \.isNumber)
  }

  func isBoilerplate(
    lower: String, tokens: [Substring], range: ByteRange, in text: TextBytes, endsSentence: Bool
  ) -> Bool {
    let bare = lower.trimmingCharacters(" .:!?")
    if rules.boilerplateLines.contains(bare) { return true }
    if rules.boilerplatePhrases.contains(where: { containsPhrase(lower, $0) }) { return true }
    let hasAddress = tokens.contains(where: isWebAddress)
    if let first = tokens.first?.trimmingCharacters("!:,.") , rules.promptVerbs.contains(first) {
      if hasAddress || rules.linkWords.contains(where: { containsPhrase(lower, $0) }) { return true }
    }
    if hasAddress && (tokens.count <= 3 || containsPhrase(lower, "klik")) { return true }
    let s = text.string(range)
    let letters = s.unicodeScalars.filter { $0.properties.isAlphabetic }
    let hasLower = letters.contains { $0.properties.isLowercase }
    let hasUpper = letters.contains { $0.properties.isUppercase }
    // Editor's initials such as "(WIL)" or "(ant/ito)".
    if s.hasPrefix("("), s.hasSuffix(")"), s.count <= 14, !s.contains(" ") { return true }
    if !endsSentence && tokens.count <= 4 && hasUpper && !hasLower { return true }
    if !endsSentence && tokens.count <= 5 && hasLower && !hasUpper
      && !s.contains(where: \.isNumber)
    {
      return true
    }
    if tokens.count <= 4, let last = tokens.last, rules.logoWords.contains(String(last)) { return true }
    return false
  }

  func containsPhrase(_ haystack: String, _ phrase: String) -> Bool {
    var search = haystack[...]
    while let r = search.range(of: phrase) {
      let beforeOK = r.lowerBound == haystack.startIndex
        || !haystack[haystack.index(before: r.lowerBound)].isLetter
      let afterOK = r.upperBound == haystack.endIndex || !haystack[r.upperBound].isLetter
      if beforeOK && afterOK { return true }
      search = haystack[r.upperBound...]
    }
    return false
  }

  func isWebAddress(_ token: Substring) -> Bool {
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

extension StringProtocol {
  /// The text without the given characters at either end.
  func trimmingCharacters(_ set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
