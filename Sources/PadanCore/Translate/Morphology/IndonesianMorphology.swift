/// An Indonesian morphological analyser: maps a surface word to known lemmas with their
/// prefixes, suffix, confix, clitics and reduplication.
///
/// It strips affixes only as far as a known lemma (asked of `isKnown`), tries every nasal
/// restoration of meN-/peN- (`menyerang` → `serang`, `mengirim` → `kirim`, `mengambil` →
/// `ambil`), and never stems an opaque word (`menteri` is not men- + `teri`; see
/// `Glossaries/rules/opaque-words.tsv`, read by `opaqueWords(_:path:)`).
///
/// ```swift
/// let morphology = IndonesianMorphology { lexiconLemmas.contains($0) }
/// morphology.analyses(of: "pembangunannya").map(\.description)
/// // ["peN-…-an+bangun+-nya"]
/// ```
public struct IndonesianMorphology: Sendable {
  let isKnown: @Sendable (String) -> Bool
  let opaqueWords: Set<String>
  let classes: MorphologyWordClasses

  /// An analyser with no opaque words.
  ///
  /// - Parameter isKnown: whether a lowercased string is a lexicon lemma.
  public init(isKnown: @escaping @Sendable (String) -> Bool) {
    self.init(isKnown: isKnown, opaqueWords: [])
  }

  /// - Parameters:
  ///   - isKnown: whether a lowercased string is a lexicon lemma.
  ///   - opaqueWords: lowercased words that look affixed but are roots; no analysis may
  ///     split one of them (`Glossaries/rules/opaque-words.tsv` in the project).
  ///   - classes: particles, ordinal bases and short roots
  ///     (`Glossaries/rules/morphology-words.tsv` in the project).
  public init(
    isKnown: @escaping @Sendable (String) -> Bool, opaqueWords: Set<String>,
    classes: MorphologyWordClasses = MorphologyWordClasses()
  ) {
    self.isKnown = isKnown
    self.opaqueWords = opaqueWords
    self.classes = classes
  }

  /// Every analysis whose lemma is known, best first.
  ///
  /// The word itself (lowercased), if known, comes first with no affixes. The others follow
  /// by the number of affixes removed, fewest first, so a known intermediate form
  /// (`mengatakan+-nya`) comes before the full decomposition (`meN-+kata+-kan+-nya`); see
  /// `ranked(_:)` for the ties. Reduplicated readings follow the word itself.
  ///
  /// Words with digits, other symbols, non-ASCII letters, more than one hyphen, or capitals
  /// after the first letter of a part (acronyms such as `NATO`, all-capital headlines) are
  /// only looked up whole. Lowercase all-capital text before calling to analyse it.
  ///
  /// - Returns: the analyses; empty when nothing is known. An unknown word is not an error.
  /// - Complexity: O(n) candidate stems of at most n bytes, n the word's UTF-8 length, with
  ///   one `isKnown` call each; in practice a few dozen.
  public func analyses(of word: String) -> [MorphAnalysis] {
    guard !word.isEmpty else { return [] }
    let shape = WordShape(word)
    var lower = shape.needsLowercasing ? shape.lowercased(word) : word
    var result: [MorphAnalysis] = []
    if isKnown(lower) { result.append(MorphAnalysis(surface: word, lemma: lower)) }
    guard shape.isAnalysable, !opaqueWords.contains(lower) else { return result }
    if let hyphen = shape.hyphen {
      addReduplications(of: Array(lower.utf8), hyphen: hyphen, surface: word, to: &result)
    } else {
      var parses: [Parse] = []
      lower.withUTF8 { scan($0, includeBare: false, into: &parses) }
      for parse in Self.ranked(parses) {
        append(parse.analysis(surface: word, reduplicated: false), to: &result)
      }
    }
    return result
  }

  /// Readings of `left-right`: full reduplication with affixes on either part
  /// (`negara-negaranya`, `sebesar-besarnya`, `berlari-lari`, `menembak-nembak`), affixed
  /// second part (`serang-menyerang`) and a rhyming pair (`sayur-mayur`).
  private func addReduplications(
    of bytes: [UInt8], hyphen: Int, surface: String, to result: inout [MorphAnalysis]
  ) {
    let left = bytes[..<hyphen]
    let right = bytes[(hyphen + 1)...]
    // The longest end of the left part that starts the right part: "sebesar-besarnya"
    // overlaps in "besar" and joins to "sebesarnya".
    var overlap = min(left.count, right.count)
    while overlap >= 3, !left.suffix(overlap).elementsEqual(right.prefix(overlap)) {
      overlap -= 1
    }
    if overlap >= 3 {
      let joined = Array(left) + right.dropFirst(overlap)
      var parses: [Parse] = []
      joined.withUnsafeBufferPointer { scan($0, includeBare: true, into: &parses) }
      // With letters before the repeated part ("se" in "sebesar-besarnya"), those letters
      // must be a prefix: not `sebesar` + -nya.
      let prefixed = overlap < left.count
      for parse in Self.ranked(parses) where !prefixed || parse.outer != nil {
        append(parse.analysis(surface: surface, reduplicated: true), to: &result)
      }
    }
    let leftWord = String(decoding: left, as: UTF8.self)
    if left.count >= 3 {
      var parses: [Parse] = []
      Array(right).withUnsafeBufferPointer { scan($0, includeBare: false, into: &parses) }
      for parse in Self.ranked(parses) where parse.lemma == leftWord && parse.affixCount > 0 {
        append(parse.analysis(surface: surface, reduplicated: true), to: &result)
      }
    }
    if !result.contains(where: \.isReduplicated), left.count >= 3, left.count == right.count,
      left.first != right.first, left.dropFirst().elementsEqual(right.dropFirst()),
      isKnown(leftWord), !isKnown(String(decoding: right, as: UTF8.self))
    {
      result.append(MorphAnalysis(surface: surface, lemma: leftWord, isReduplicated: true))
    }
  }

  private func append(_ analysis: MorphAnalysis, to result: inout [MorphAnalysis]) {
    if !result.contains(analysis) { result.append(analysis) }
  }

  /// `parses` best first: fewest affixes, then the likelier spelling (`Parse.penalty`),
  /// then more taken off the end (clitics come off first: `terjadinya` is `terjadi` + -nya
  /// before ter- + `jadinya`), then the longest lemma, then the order found.
  ///
  /// A ke-, peN-, per- or se- prefix alone is dropped when a confix reading with the same
  /// prefix exists: `pembangunan` is peN-…-an + `bangun`, not peN- + `bangunan`;
  /// `sebesarnya` is se-…-nya + `besar`, not se- + `besarnya`.
  static func ranked(_ parses: [Parse]) -> [Parse] {
    guard parses.count > 1 else { return parses }
    let kept = parses.enumerated().filter { _, parse in
      guard parse.inner == nil, parse.suffix == nil, let outer = parse.outer,
        outer == .ke || outer == .peN || outer == .per || outer == .se
      else { return true }
      return !parses.contains { other in
        other.outer == outer && other.inner == nil && other.proclitic == nil
          && (outer == .se ? other.clitic == .nya && parse.clitic == nil : other.suffix == .an)
      }
    }
    return kept.sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.affixCount != y.affixCount { return x.affixCount < y.affixCount }
      if x.penalty != y.penalty { return x.penalty < y.penalty }
      if x.endAffixCount != y.endAffixCount { return x.endAffixCount > y.endAffixCount }
      if x.lemma.utf8.count != y.lemma.utf8.count {
        return x.lemma.utf8.count > y.lemma.utf8.count
      }
      return a.offset < b.offset
    }.map(\.element)
  }
}

/// What `analyses(of:)` needs to know about a word's bytes before analysing it.
struct WordShape {
  var needsLowercasing = false
  /// Only ASCII letters and at most one inner hyphen, capitals only at the start of a part.
  var isAnalysable = true
  var isASCII = true
  /// UTF-8 byte offset of the hyphen, 0-based.
  var hyphen: Int?

  init(_ word: String) {
    var index = 0
    var partStart = true
    var hyphens = 0
    for byte in word.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"):
        break
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        needsLowercasing = true
        if !partStart { isAnalysable = false }
      case UInt8(ascii: "-"):
        hyphens += 1
        hyphen = index
        if partStart { isAnalysable = false }
      default:
        if byte >= 0x80 {
          isASCII = false
          needsLowercasing = true  // lowercased() decides
        }
        isAnalysable = false
      }
      partStart = byte == UInt8(ascii: "-")
      index += 1
    }
    if partStart || hyphens > 1 { isAnalysable = false }
  }

  func lowercased(_ word: String) -> String {
    guard isASCII else { return word.lowercased() }
    let utf8 = word.utf8
    return String(unsafeUninitializedCapacity: utf8.count) { buffer in
      for (i, byte) in utf8.enumerated() {
        buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      }
      return utf8.count
    }
  }
}
