extension TransferRules {
  /// Marks after which `after ^` holds: a quotation or bracket opens, or a clause follows a
  /// colon or a dash.
  static let openingMarks: Set<String> = ["“", "\"", "‘", "'", "(", ":", "—"]

  /// The lexemes each element of `rule` covers when it matches at `start` (an empty range for
  /// an optional element that is absent), or nil. Elements match greedily, one lexeme each.
  func match(
    _ rule: Rule, at start: Int, in lexemes: [Lexeme], words: FunctionWords
  ) -> [Range<Int>]? {
    if rule.atStart {
      guard start == 0 || lexemes[start - 1].isPunctuation(Self.openingMarks) else { return nil }
    }
    if let after = rule.after {
      guard start > 0, Self.holds(after, lexemes[start - 1], words) else { return nil }
    }
    var k = start
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(rule.pattern.count)
    for element in rule.pattern {
      if k < lexemes.count, Self.holds(element, lexemes[k], words) {
        ranges.append(k..<(k + 1))
        k += 1
      } else if element.optional {
        ranges.append(k..<k)
      } else {
        return nil
      }
    }
    for (n, element) in rule.before.enumerated() {
      guard k + n < lexemes.count, Self.holds(element, lexemes[k + n], words) else { return nil }
    }
    return ranges
  }

  static func holds(_ element: Element, _ x: Lexeme, _ words: FunctionWords) -> Bool {
    for test in element.tests {
      switch test {
      case .words(let set):
        if !set.contains(x.lowercased) { return false }
      case .feature(let feature, let negated):
        if has(feature, x, words) == negated { return false }
      }
    }
    return true
  }

  static func has(_ feature: Feature, _ x: Lexeme, _ words: FunctionWords) -> Bool {
    switch feature {
    case .category(let category):
      return x.category == category
    case .day:
      guard let entry = x.glossaryEntry, entry.kind == .date else { return false }
      return words.dayNames.contains(entry.target)
    case .month:
      guard let entry = x.glossaryEntry, entry.kind == .date else { return false }
      return words.months.contains(entry.target)
    case .date:
      return x.glossaryEntry?.kind == .date
    case .year:
      return x.category == .number && x.surface.count == 4 && x.surface.allSatisfy(\.isNumber)
    case .dayNumber:
      guard x.category == .number, let n = Int(x.surface) else { return false }
      return (1...31).contains(n)
    case .name:
      return x.isName
    case .passive:
      return x.isPassiveVerb
    case .human:
      if let kind = x.glossaryEntry?.kind { return kind == .person || kind == .title }
      return words.humanNouns.contains(x.english.lowercased())
    case .capitalised:
      return x.surface.first?.isUppercase ?? false
    case .any:
      return !x.isPunctuation
    case .adjectival:
      return x.adjectiveEnglish != nil
    case .list(let name):
      return words.lists.contains(name, x.lowercased) || words.lists.contains(name, x.english)
    }
  }
}
