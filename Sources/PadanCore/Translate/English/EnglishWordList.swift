internal import Foundation

/// A list of English words, one a line (Debian's `wamerican` installs one at
/// `/usr/share/dict/words`), against which generated English is checked: an inflection is
/// kept only when it is a word (`medicine` has no past "medicined"), and the loanword
/// transliterator proposes only words of the list.
///
/// Lookups ignore case and accept British spellings of listed American words
/// (`emphasised`, `socialisation`, `colour`), since the lexicon writes some.
public struct EnglishWordList: Sendable {
  /// Where Debian's `wamerican` puts the list.
  public static let defaultPath = "/usr/share/dict/words"

  /// Lower-case words, sorted (for prefix searches).
  let sorted: [String]
  let words: Set<String>
  /// Listed words written with a capital (`Warren`, `Paris`), lower-cased: names.
  let names: Set<String>
  /// Where the list was read from, for explanations.
  public let path: String

  /// - Parameter words: words in any case; possessive entries (`Aaron's`) are left out.
  public init(words: some Sequence<String>, path: String = "") {
    var set = Set<String>()
    var names = Set<String>()
    for word in words where !word.isEmpty && !word.hasSuffix("'s") {
      let lower = word.lowercased()
      set.insert(lower)
      if lower != word { names.insert(lower) }
    }
    self.words = set
    self.names = names
    self.sorted = set.sorted()
    self.path = path
  }

  /// The list at `path`, or `nil` when it cannot be read.
  public static func load(path: String = defaultPath) -> EnglishWordList? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    return EnglishWordList(
      words: text.split(whereSeparator: \.isNewline).map(String.init), path: path)
  }

  public var count: Int { words.count }

  /// Whether `word` is listed, ignoring case, or is the British spelling of a listed word.
  public func contains(_ word: String) -> Bool {
    let lower = word.lowercased()
    if words.contains(lower) { return true }
    return Self.americanSpellings(of: lower).contains { words.contains($0) }
  }

  /// Whether the list writes `word` with a capital: a name such as `Warren`.
  public func isName(_ word: String) -> Bool { names.contains(word.lowercased()) }

  /// Whether some listed word starts with `prefix` (lower case).
  func hasWord(startingWith prefix: String) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid] < prefix { low = mid + 1 } else { high = mid }
    }
    return low < sorted.count && sorted[low].hasPrefix(prefix)
  }

  /// American spellings a British spelling may stand for: -ise/-isation → -ize/-ization,
  /// -our → -or, -tre → -ter, a doubled l before -ed/-ing → one l.
  static func americanSpellings(of word: String) -> [String] {
    var result: [String] = []
    for (british, american) in [
      ("isation", "ization"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"),
      ("ising", "izing"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
    ] where word.hasSuffix(british) {
      result.append(String(word.dropLast(british.count)) + american)
    }
    if let range = word.range(of: "our") {
      result.append(word.replacingCharacters(in: range, with: "or"))
    }
    for (british, american) in [("tre", "ter"), ("tres", "ters")] where word.hasSuffix(british) {
      result.append(String(word.dropLast(british.count)) + american)
    }
    for (british, american) in [("lled", "led"), ("lling", "ling")] where word.hasSuffix(british) {
      result.append(String(word.dropLast(british.count)) + american)
    }
    return result
  }
}
