// TEMPORARY compile shim: replaced by the morphology branch on merge.
public struct MorphAnalysis: Hashable, Sendable {
  public enum Prefix: String, Sendable { case meN, peN, di, ber, ter, ke, se, per }
  public enum Suffix: String, Sendable { case kan, i, an }
  public enum Clitic: String, Sendable { case nya, lah, kah, pun, ku, mu }
  public enum Proclitic: String, Sendable { case ku, kau }
  public var surface: String
  public var lemma: String
  public var prefixes: [Prefix] = []
  public var suffix: Suffix? = nil
  public var clitic: Clitic? = nil
  public var proclitic: Proclitic? = nil
  public var isReduplicated: Bool = false
  public var description: String { lemma }
}
public struct IndonesianMorphology: Sendable {
  let isKnown: @Sendable (String) -> Bool
  public init(isKnown: @escaping @Sendable (String) -> Bool) { self.isKnown = isKnown }
  public func analyses(of word: String) -> [MorphAnalysis] {
    let w = word.lowercased()
    var out: [MorphAnalysis] = []
    if isKnown(w) { out.append(MorphAnalysis(surface: word, lemma: w)) }
    var base = w
    var clitic: MorphAnalysis.Clitic? = nil
    if w.hasSuffix("nya") && w.count > 5 { base = String(w.dropLast(3)); clitic = .nya }
    if clitic != nil && isKnown(base) {
      out.append(MorphAnalysis(surface: word, lemma: base, clitic: clitic))
    }
    let parts = base.split(separator: "-")
    if parts.count == 2 && parts[0] == parts[1] && isKnown(String(parts[0])) {
      out.append(
        MorphAnalysis(surface: word, lemma: String(parts[0]), clitic: clitic, isReduplicated: true))
    }
    if base.hasPrefix("di") {
      var stem = String(base.dropFirst(2))
      var suffix: MorphAnalysis.Suffix? = nil
      if !isKnown(stem) && stem.hasSuffix("kan") { stem = String(stem.dropLast(3)); suffix = .kan }
      if !isKnown(stem) && stem.hasSuffix("i") { stem = String(stem.dropLast(1)); suffix = .i }
      if stem.count >= 3 && isKnown(stem) {
        out.append(
          MorphAnalysis(surface: word, lemma: stem, prefixes: [.di], suffix: suffix, clitic: clitic)
        )
      }
    }
    return out
  }
}
