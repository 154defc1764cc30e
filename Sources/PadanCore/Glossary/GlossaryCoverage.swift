/// Which glossary entries a set of texts uses, which it never uses, and which terms in the
/// texts look like glossary material but are not covered by any entry.
public struct GlossaryCoverage: Sendable {
  /// A candidate term found in the texts and covered by no glossary match.
  public struct Candidate: Hashable, Sendable {
    public enum Kind: String, Sendable, Hashable {
      /// Two or more capitalised words, possibly joined by `dan`, `untuk`, `di`, …
      case name
      /// A word of two to eight capitals (and digits).
      case acronym
      /// A sequence of two or three content words seen at least twice.
      case phrase
    }

    public var text: String
    public var kind: Kind
    public var count: Int
    /// Where it was first seen, for messages.
    public var firstSeen: SourceLocation
  }

  /// Matches per entry id, for entries used at least once.
  public private(set) var uses: [Int: Int] = [:]
  public private(set) var candidates: [Candidate] = []
  private var candidateIndex: [String: Int] = [:]

  public init() {}

  /// Words that never start or end a candidate name or phrase.
  static let functionWords: Set<String> = [
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "pada", "dalam", "akan",
    "tidak", "juga", "atau", "oleh", "sebagai", "bahwa", "karena", "telah", "sudah", "bisa",
    "dapat", "ada", "adalah", "merupakan", "tersebut", "para", "saat", "setelah", "sebelum",
    "namun", "tetapi", "hingga", "sejak", "lebih", "masih", "belum", "harus", "kata", "ia",
    "dia", "mereka", "kami", "kita", "saya", "kepada", "terhadap", "tentang", "mengenai",
    "seperti", "antara", "serta", "maupun", "jika", "agar", "hal", "pun", "lalu", "kemudian",
    "yakni", "yaitu", "sangat", "hanya", "semua", "setiap", "beberapa", "banyak", "sementara",
    "menurut", "sekitar", "pula", "lagi", "the", "of", "and", "in",
  ]
  /// Lower-case words allowed inside a capitalised name ("Organisasi untuk Keamanan dan …").
  static let nameConnectors: Set<String> = [
    "dan", "untuk", "di", "dari", "bin", "binti", "van", "von", "de", "der", "al",
  ]

  /// Adds one text (a segment) and its glossary matches.
  ///
  /// - Parameters:
  ///   - location: where the text starts, for the first-seen location of candidates.
  ///   - findsCandidates: whether to look for candidates in this text (titles in headline
  ///     case and bylines in capitals would only add noise).
  public mutating func add(
    text: String, matches: [GlossaryMatch], location: SourceLocation, findsCandidates: Bool = true
  ) {
    for match in matches { uses[match.entry, default: 0] += 1 }
    guard findsCandidates else { return }
    let covered = matches.map(\.range)
    // Words with byte ranges.
    var words: [(text: Substring, range: ByteRange)] = []
    var offset = 0
    for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
      let trimmed = piece.trimmingPunctuation()
      let lead = piece.utf8.count - trimmed.utf8.count
      let start = offset + (piece.utf8.count - lead == trimmed.utf8.count ? 0 : 0)
      let leading = piece.prefix { !($0.isLetter || $0.isNumber) }.utf8.count
      if !trimmed.isEmpty {
        words.append(
          (trimmed, ByteRange(start: start + leading, end: start + leading + trimmed.utf8.count)))
      }
      offset += piece.utf8.count + 1
    }
    func isCovered(_ r: ByteRange) -> Bool {
      covered.contains { $0.start < r.end && r.start < $0.end }
    }
    func note(_ text: String, _ kind: Candidate.Kind) {
      if let i = candidateIndex[text] {
        candidates[i].count += 1
      } else {
        candidateIndex[text] = candidates.count
        candidates.append(Candidate(text: text, kind: kind, count: 1, firstSeen: location))
      }
    }
    // Acronyms.
    for w in words where !isCovered(w.range) {
      let letters = w.text.filter(\.isLetter)
      if (2...8).contains(w.text.count), letters.count >= 2,
        w.text.allSatisfy({ ($0.isLetter && $0.isUppercase) || $0.isNumber || $0 == "-" })
      {
        note(String(w.text), .acronym)
      }
    }
    // Capitalised names: runs of capitalised words (connectors allowed inside), not at the
    // start of the text unless three words long.
    var k = 0
    while k < words.count {
      guard words[k].text.first?.isUppercase == true, !isAcronym(words[k].text) else {
        k += 1
        continue
      }
      var j = k
      var last = k
      while j + 1 < words.count {
        let next = words[j + 1].text
        if next.first?.isUppercase == true {
          j += 1
          last = j
        } else if Self.nameConnectors.contains(String(next)), j + 2 < words.count,
          words[j + 2].text.first?.isUppercase == true, !isAcronym(words[j + 2].text)
        {
          j += 1
        } else {
          break
        }
      }
      // A capitalised function word opening a sentence is not part of the name.
      var first = k
      while first < last, Self.functionWords.contains(words[first].text.lowercased()) { first += 1 }
      let count = last - first + 1
      if count >= 2 && (first > 0 || count >= 3) {
        let range = ByteRange(start: words[first].range.start, end: words[last].range.end)
        if !isCovered(range) {
          note(words[first...last].map(\.text).joined(separator: " "), .name)
        }
      }
      k = last + 1
    }
    // Phrases: two and three lower-case content words.
    for n in [2, 3] where words.count >= n {
      for s in 0...(words.count - n) {
        let slice = words[s..<(s + n)]
        guard slice.allSatisfy({ $0.text.first?.isLowercase == true && $0.text.count >= 3 }),
          !Self.functionWords.contains(String(slice.first!.text)),
          !Self.functionWords.contains(String(slice.last!.text))
        else { continue }
        let range = ByteRange(start: slice.first!.range.start, end: slice.last!.range.end)
        if !isCovered(range) { note(slice.map(\.text).joined(separator: " "), .phrase) }
      }
    }
  }

  func isAcronym(_ word: Substring) -> Bool {
    word.count >= 2 && word.allSatisfy { ($0.isLetter && $0.isUppercase) || $0.isNumber }
  }

  /// Candidates worth a look, best first: names and acronyms seen at least once, phrases
  /// seen at least twice; ranked by count, then by length in words, then alphabetically.
  /// A phrase inside a longer candidate seen as often is left out ("uji coba" when
  /// "laga uji coba" has the same count).
  public func rankedCandidates() -> [Candidate] {
    let longer = candidates.filter { $0.text.contains(" ") }
    return
      candidates
      .filter { $0.kind != .phrase || $0.count >= 2 }
      .filter { c in
        c.kind != .phrase
          || !longer.contains {
            $0.text != c.text && $0.count >= c.count && " \($0.text) ".contains(" \(c.text) ")
          }
      }
      .sorted {
        if $0.count != $1.count { return $0.count > $1.count }
        let w0 = $0.text.split(separator: " ").count
        let w1 = $1.text.split(separator: " ").count
        if w0 != w1 { return w0 > w1 }
        return $0.text.utf8.lexicographicallyPrecedes($1.text.utf8)
      }
  }
}

extension Substring {
  /// The text without leading and trailing characters that are neither letters nor digits.
  func trimmingPunctuation() -> Substring {
    var s = self
    while let f = s.first, !(f.isLetter || f.isNumber) { s = s.dropFirst() }
    while let l = s.last, !(l.isLetter || l.isNumber) { s = s.dropLast() }
    return s
  }
}
