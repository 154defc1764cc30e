/// One reading of an Indonesian word: a known lemma with the affixes, clitics and
/// reduplication around it.
///
/// `mempertahankannya` reads as `meN-+per-+tahan+-kan+-nya`: prefixes `[.meN, .per]`
/// (outermost first), lemma `tahan`, suffix `.kan`, clitic `.nya`.
public struct MorphAnalysis: Hashable, Sendable, CustomStringConvertible {
  /// Derivational prefixes, named after their underlying form (`meN` for me-, mem-, men-,
  /// meng-, meny-, menge-; `ber` for ber-, be-, bel-; and so on).
  public enum Prefix: String, Sendable { case meN, peN, di, ber, ter, ke, se, per }
  public enum Suffix: String, Sendable { case kan, i, an }
  /// Enclitics: the pronouns -nya, -ku, -mu and the particles -lah, -kah, -pun.
  public enum Clitic: String, Sendable { case nya, lah, kah, pun, ku, mu }
  public enum Proclitic: String, Sendable { case ku, kau }
  /// A prefix and a suffix (or -nya) that were added together, as in ke-…-an (`keamanan`).
  public enum Confix: String, Sendable {
    case keAn = "ke-…-an", peNAn = "peN-…-an", perAn = "per-…-an", berAn = "ber-…-an"
    case seNya = "se-…-nya", keI = "ke-…-i"
  }

  /// The word as given.
  public var surface: String
  /// The stem that was found known, lowercased.
  public var lemma: String
  /// Outermost first: `memperkuat` → `[.meN, .per]`.
  public var prefixes: [Prefix]
  public var suffix: Suffix?
  /// The enclitic next to the stem (or suffix): `.nya` in `pasukannya`, `.lah` in `itulah`.
  public var clitic: Clitic?
  /// A second enclitic, always a particle, after a pronoun clitic: `.lah` in
  /// `pasukannyalah`. `nil` when there is at most one enclitic.
  public var particle: Clitic?
  public var proclitic: Proclitic?
  /// Full reduplication (`negara-negara`), with affixes around it (`sebesar-besarnya`,
  /// `serang-menyerang`), or a rhyming pair whose first half is the lemma (`sayur-mayur`).
  public var isReduplicated: Bool

  public init(
    surface: String, lemma: String, prefixes: [Prefix] = [], suffix: Suffix? = nil,
    clitic: Clitic? = nil, particle: Clitic? = nil, proclitic: Proclitic? = nil,
    isReduplicated: Bool = false
  ) {
    self.surface = surface
    self.lemma = lemma
    self.prefixes = prefixes
    self.suffix = suffix
    self.clitic = clitic
    self.particle = particle
    self.proclitic = proclitic
    self.isReduplicated = isReduplicated
  }

  /// How many affixes and clitics were removed to reach the lemma (a confix counts as two;
  /// reduplication is not counted).
  public var affixCount: Int {
    prefixes.count + (suffix == nil ? 0 : 1) + (clitic == nil ? 0 : 1)
      + (particle == nil ? 0 : 1) + (proclitic == nil ? 0 : 1)
  }

  /// The confix formed by a prefix and the suffix (or by se- and -nya), if any.
  ///
  /// With two prefixes the confix takes the one that forms nouns with -an first (ke-, then
  /// peN-, per-, ber-): `keberhasilan` is ke-…-an around `ber-+hasil`, `berkelanjutan` is
  /// `ber-` before ke-…-an around `lanjut`.
  public var confix: Confix? { confixParts?.confix }

  private static let confixOrder: [(Prefix, Confix)] = [
    (.ke, .keAn), (.peN, .peNAn), (.per, .perAn), (.ber, .berAn),
  ]

  /// The confix and the index in `prefixes` of its prefix.
  var confixParts: (confix: Confix, prefixIndex: Int)? {
    if suffix == .an {
      for (prefix, confix) in Self.confixOrder {
        if let index = prefixes.firstIndex(of: prefix) { return (confix, index) }
      }
    }
    if clitic == .nya, prefixes == [.se] { return (.seNya, 0) }
    if suffix == .i, prefixes == [.ke] { return (.keI, 0) }
    return nil
  }

  /// `di-+serang+-kan`, `ke-…-an+aman`, `meN-+per-+kuat`, `negara+-nya (reduplicated)`.
  public var description: String {
    var parts: [String] = []
    if let proclitic { parts.append(proclitic.rawValue + "-") }
    let confix = confixParts
    for (index, prefix) in prefixes.enumerated() {
      if let confix, confix.prefixIndex == index {
        parts.append(confix.confix.rawValue)
      } else {
        parts.append(prefix.rawValue + "-")
      }
    }
    parts.append(lemma)
    if let suffix, confix == nil || confix?.confix == .seNya {
      parts.append("-" + suffix.rawValue)
    }
    if let clitic, confix?.confix != .seNya { parts.append("-" + clitic.rawValue) }
    if let particle { parts.append("-" + particle.rawValue) }
    let text = parts.joined(separator: "+")
    return isReduplicated ? text + " (reduplicated)" : text
  }
}
