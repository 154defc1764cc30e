extension IndonesianMorphology {
  typealias Prefix = MorphAnalysis.Prefix
  typealias Suffix = MorphAnalysis.Suffix
  typealias Clitic = MorphAnalysis.Clitic

  /// What may follow a prefix allomorph, and which letter nasal assimilation took away.
  enum StemRule {
    /// di-, ber-, ter-, ke-, se-, per-: any stem.
    case any
    /// me-, pe-: a stem beginning with l, r, w, y, m or n (`melihat`, `pemain`, `menyanyi`).
    case sonorant
    /// mem-, pem-: b, f, v or p kept (`membaca`, `memproduksi`); p restored before a vowel.
    case labial
    /// men-, pen-: c, d, j, s, t or z kept (`mencari`, `mentransfer`); t restored before a
    /// vowel.
    case dental
    /// meng-, peng-: a vowel, g, h or k kept (`mengambil`, `mengkaji`); k restored before a
    /// vowel (`mengirim`).
    case velar
    /// meny-, peny-: s restored before a vowel (`menyerang`).
    case palatal
    /// menge-, penge-: a one-syllable stem (`mengebom`, `pengecat`).
    case monosyllable
    /// be-, te-: a stem beginning with r or with consonant + "er" (`berencana`, `bekerja`,
    /// `tepercaya`).
    case rOrCer
    /// bel-, pel-: only `ajar` (`belajar`, `pelajaran`).
    case ajar
    /// pe- as a form of per-: any consonant not taken by `sonorant` (`petani`, `pedagang`,
    /// `pekerja`).
    case otherConsonant
  }

  /// One spelling of a prefix.
  struct Allomorph: Sendable {
    let bytes: [UInt8]
    let prefix: Prefix
    let rule: StemRule

    init(_ text: String, _ prefix: Prefix, _ rule: StemRule) {
      self.bytes = Array(text.utf8)
      self.prefix = prefix
      self.rule = rule
    }
  }

  /// Whether `word` starts with an allomorph of `prefix` (`dikutip`: di-).
  static func starts(_ word: String, with prefix: MorphAnalysis.Prefix) -> Bool {
    allomorphs.contains { $0.prefix == prefix && word.utf8.starts(with: $0.bytes) }
  }

  /// Every prefix allomorph, longest first within each prefix.
  static let allomorphs: [Allomorph] = [
    Allomorph("menge", .meN, .monosyllable), Allomorph("meng", .meN, .velar),
    Allomorph("meny", .meN, .palatal), Allomorph("men", .meN, .dental),
    Allomorph("mem", .meN, .labial), Allomorph("me", .meN, .sonorant),
    Allomorph("penge", .peN, .monosyllable), Allomorph("peng", .peN, .velar),
    Allomorph("peny", .peN, .palatal), Allomorph("pen", .peN, .dental),
    Allomorph("pem", .peN, .labial), Allomorph("pe", .peN, .sonorant),
    Allomorph("di", .di, .any),
    Allomorph("ber", .ber, .any), Allomorph("bel", .ber, .ajar), Allomorph("be", .ber, .rOrCer),
    Allomorph("ter", .ter, .any), Allomorph("te", .ter, .rOrCer),
    Allomorph("ke", .ke, .any),
    Allomorph("se", .se, .any),
    Allomorph("per", .per, .any), Allomorph("pel", .per, .ajar),
    Allomorph("pe", .per, .otherConsonant),
  ]

  /// Endings tried from the end of the word, each list starting with "nothing removed".
  static let particleEndings: [([UInt8], Clitic?)] = [
    ([], nil), (Array("lah".utf8), .lah), (Array("kah".utf8), .kah), (Array("pun".utf8), .pun),
  ]
  static let pronounEndings: [([UInt8], Clitic?)] = [
    ([], nil), (Array("nya".utf8), .nya), (Array("ku".utf8), .ku), (Array("mu".utf8), .mu),
  ]
  static let suffixEndings: [([UInt8], Suffix?)] = [
    ([], nil), (Array("kan".utf8), .kan), (Array("i".utf8), .i), (Array("an".utf8), .an),
  ]
  static let proclitics: [([UInt8], MorphAnalysis.Proclitic)] = [
    (Array("kau".utf8), .kau), (Array("ku".utf8), .ku),
  ]

  /// Whether `inner` may stand directly inside `outer`: `memperkuat`, `diberlakukan`,
  /// `keberhasilan`, `keterlibatan`, `pemberdayaan`, `berkelanjutan`, `berpengalaman`.
  static func allowsInner(_ inner: Prefix, in outer: Prefix) -> Bool {
    switch (outer, inner) {
    case (.meN, .per), (.meN, .ber), (.di, .per), (.di, .ber), (.ter, .per): true
    case (.ke, .ber), (.ke, .ter), (.peN, .ber), (.peN, .per), (.ber, .ke), (.ber, .peN): true
    default: false
    }
  }

  /// Whether the prefixes (outermost first) combine with `suffix`.
  ///
  /// Verbal prefixes (meN-, di-, ter-) take -kan or -i; nominal ones (ke-, peN-) take -an as
  /// a confix, and ke- also -i (`ketahui`, a short form of `mengetahui`); ber- takes -an or
  /// -kan (`berdasarkan`); se- takes no suffix; per- takes any. ke- alone is limited to
  /// numerals (`kedua`) by the caller.
  static func allows(outer: Prefix, inner: Prefix?, suffix: Suffix?) -> Bool {
    switch outer {
    case .meN, .di, .ter: suffix != .an
    case .ber: inner == nil ? suffix != .i : suffix == .an
    case .ke: suffix == .an || (suffix != .kan && inner == nil)
    case .peN: suffix == nil || suffix == .an
    case .per: inner == nil
    case .se: inner == nil && suffix == nil
    }
  }

  /// Where the stem may start after an allomorph ending at byte `i`: unchanged, and/or
  /// with a restored first letter (0 for none).
  static func stemStarts(
    after rule: StemRule, in w: UnsafeBufferPointer<UInt8>, at i: Int, end: Int
  ) -> (asIs: Bool, restored: UInt8) {
    guard i < end else { return (false, 0) }
    let first = w[i]
    let vowel = isVowel(first)
    switch rule {
    case .any:
      return (true, 0)
    case .sonorant:
      return (isSonorant(first), 0)
    case .labial:
      let kept = first == b("b") || first == b("f") || first == b("v") || first == b("p")
      return (kept, vowel ? b("p") : 0)
    case .dental:
      let kept =
        first == b("c") || first == b("d") || first == b("j") || first == b("s")
        || first == b("t") || first == b("z")
      return (kept, vowel ? b("t") : 0)
    case .velar:
      let kept = vowel || first == b("g") || first == b("h") || first == b("k")
      return (kept, vowel ? b("k") : 0)
    case .palatal:
      return (false, vowel ? b("s") : 0)
    case .monosyllable:
      return (!vowel && syllables(w, from: i, to: end) == 1, 0)
    case .rOrCer:
      let cer = !vowel && i + 2 < end && w[i + 1] == b("e") && w[i + 2] == b("r")
      return (first == b("r") || cer, 0)
    case .ajar:
      let ajar = end - i >= 4 && w[i] == b("a") && w[i + 1] == b("j") && w[i + 2] == b("a")
      return (ajar && w[i + 3] == b("r"), 0)
    case .otherConsonant:
      return (!vowel && !isSonorant(first), 0)
    }
  }

  @inline(__always) static func b(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(ascii: scalar) }

  @inline(__always) static func isVowel(_ c: UInt8) -> Bool {
    c == b("a") || c == b("e") || c == b("i") || c == b("o") || c == b("u")
  }

  @inline(__always) static func isSonorant(_ c: UInt8) -> Bool {
    c == b("l") || c == b("r") || c == b("w") || c == b("y") || c == b("m") || c == b("n")
  }

  /// Syllables of `w[start..<end]`: vowels, with a final diphthong ai, au, oi or ei counted
  /// once (`cat`, `sah`, `kau` have one; `luar` and `air` have two).
  static func syllables(_ w: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var count = 0
    var previous: UInt8 = 0
    for i in start..<end {
      let c = w[i]
      guard isVowel(c) else {
        previous = 0
        continue
      }
      let diphthong =
        i == end - 1
        && ((previous == b("a") && (c == b("i") || c == b("u")))
          || ((previous == b("o") || previous == b("e")) && c == b("i")))
      if !diphthong { count += 1 }
      previous = diphthong ? 0 : c
    }
    return count
  }

  static func hasPrefix(
    _ w: UnsafeBufferPointer<UInt8>, _ p: [UInt8], at start: Int, end: Int
  ) -> Bool {
    guard end - start > p.count else { return false }
    for k in 0..<p.count where w[start + k] != p[k] { return false }
    return true
  }

  static func hasSuffix(_ w: UnsafeBufferPointer<UInt8>, _ s: [UInt8], end: Int) -> Bool {
    guard end > s.count else { return false }
    let start = end - s.count
    for k in 0..<s.count where w[start + k] != s[k] { return false }
    return true
  }
}
