extension IndonesianMorphology {
  /// A reading found by `scan`, before it becomes a `MorphAnalysis`.
  struct Parse {
    var lemma: String
    var outer: Prefix?
    var inner: Prefix?
    var suffix: Suffix?
    var clitic: Clitic?
    var particle: Clitic?
    var proclitic: MorphAnalysis.Proclitic?
    /// Less likely spellings rank after likelier ones with as many affixes: a restored
    /// nasal (`memakan` reads `makan` before `pakan`), be-/te- before r (`berada` reads
    /// `ada` before `rada`).
    var penalty = 0

    var affixCount: Int {
      (outer == nil ? 0 : 1) + (inner == nil ? 0 : 1) + (suffix == nil ? 0 : 1)
        + (clitic == nil ? 0 : 1) + (particle == nil ? 0 : 1) + (proclitic == nil ? 0 : 1)
    }

    /// Suffix and enclitics removed.
    var endAffixCount: Int {
      (suffix == nil ? 0 : 1) + (clitic == nil ? 0 : 1) + (particle == nil ? 0 : 1)
    }

    func analysis(surface: String, reduplicated: Bool) -> MorphAnalysis {
      var prefixes: [Prefix] = []
      if let outer { prefixes.append(outer) }
      if let inner { prefixes.append(inner) }
      return MorphAnalysis(
        surface: surface, lemma: lemma, prefixes: prefixes, suffix: suffix, clitic: clitic,
        particle: particle, proclitic: proclitic, isReduplicated: reduplicated)
    }
  }

  /// What was taken off the end: UTF-8 byte offsets into the lowercased word, 0-based.
  struct Ends {
    var suffix: Suffix?
    var clitic: Clitic?
    var particle: Clitic?
    /// End of the stem, of the suffix, and of the pronoun clitic.
    var stemEnd: Int
    var suffixEnd: Int
    var cliticEnd: Int
  }

  /// What was taken off the front: the proclitic or prefixes and where each one ends
  /// (UTF-8 byte offsets, 0-based; the last one is where the stem's letters start).
  struct Front {
    var proclitic: MorphAnalysis.Proclitic? = nil
    var outer: Prefix? = nil
    var inner: Prefix? = nil
    var firstEnd = 0
    var stemStart = 0
    var penalty = 0
  }

  /// Appends every reading of the lowercased ASCII word `w` whose lemma is known.
  ///
  /// Enclitics come off first (particle, then pronoun), then the suffix, then the
  /// proclitic or up to two prefixes, trying each nasal restoration.
  ///
  /// - Parameter includeBare: also report `w` itself when it is known.
  /// - Complexity: a few dozen candidate stems per word at most; one `isKnown` call each.
  func scan(_ w: UnsafeBufferPointer<UInt8>, includeBare: Bool, into out: inout [Parse]) {
    let n = w.count
    for (particleBytes, particle) in Self.particleEndings {
      guard particle == nil || Self.hasSuffix(w, particleBytes, end: n) else { continue }
      let e0 = n - particleBytes.count
      for (cliticBytes, clitic) in Self.pronounEndings {
        guard clitic == nil || Self.hasSuffix(w, cliticBytes, end: e0) else { continue }
        let e1 = e0 - cliticBytes.count
        for (suffixBytes, suffix) in Self.suffixEndings {
          guard suffix == nil || Self.hasSuffix(w, suffixBytes, end: e1) else { continue }
          let e2 = e1 - suffixBytes.count
          guard e2 >= 2 else { continue }
          let ends = Ends(
            suffix: suffix, clitic: clitic ?? particle, particle: clitic == nil ? nil : particle,
            stemEnd: e2, suffixEnd: e1, cliticEnd: e0)
          scanFront(w, ends: ends, includeBare: includeBare || e2 < n, into: &out)
        }
      }
    }
  }

  private func scanFront(
    _ w: UnsafeBufferPointer<UInt8>, ends: Ends, includeBare: Bool, into out: inout [Parse]
  ) {
    let end = ends.stemEnd
    if includeBare { emit(w, ends: ends, front: Front(), restored: 0, into: &out) }
    // ku-/kau- only before a stem that is not itself part of a word: `kuambil`, but not
    // `kuasa` or `kupas`.
    if ends.suffix != .an {
      var stemIsPartOfWord: Bool?
      for (bytes, proclitic) in Self.proclitics where Self.hasPrefix(w, bytes, at: 0, end: end) {
        if stemIsPartOfWord == nil {
          stemIsPartOfWord = isKnown(Self.string(w, restored: 0, from: 0, to: end))
        }
        if stemIsPartOfWord == true { break }
        let front = Front(proclitic: proclitic, firstEnd: bytes.count, stemStart: bytes.count)
        emit(w, ends: ends, front: front, restored: 0, into: &out)
      }
    }
    for outer in Self.allomorphs where Self.hasPrefix(w, outer.bytes, at: 0, end: end) {
      let i = outer.bytes.count
      let start = Self.stemStarts(after: outer.rule, in: w, at: i, end: end)
      let penalty = outer.rule == .rOrCer ? 1 : 0
      if Self.allows(outer: outer.prefix, inner: nil, suffix: ends.suffix) {
        var front = Front(outer: outer.prefix, firstEnd: i, stemStart: i, penalty: penalty)
        if start.asIs { emit(w, ends: ends, front: front, restored: 0, into: &out) }
        if start.restored != 0 {
          front.penalty += 1
          emit(w, ends: ends, front: front, restored: start.restored, into: &out)
        }
      }
      guard start.asIs else { continue }
      for inner in Self.allomorphs
      where Self.allowsInner(inner.prefix, in: outer.prefix)
        && Self.allows(outer: outer.prefix, inner: inner.prefix, suffix: ends.suffix)
        && Self.hasPrefix(w, inner.bytes, at: i, end: end)
      {
        let j = i + inner.bytes.count
        let innerStart = Self.stemStarts(after: inner.rule, in: w, at: j, end: end)
        var front = Front(
          outer: outer.prefix, inner: inner.prefix, firstEnd: i, stemStart: j,
          penalty: penalty + (inner.rule == .rOrCer ? 1 : 0))
        if innerStart.asIs { emit(w, ends: ends, front: front, restored: 0, into: &out) }
        if innerStart.restored != 0 {
          front.penalty += 1
          emit(w, ends: ends, front: front, restored: innerStart.restored, into: &out)
        }
      }
    }
  }

  /// Checks one candidate stem and appends its reading when the stem is a known lemma.
  private func emit(
    _ w: UnsafeBufferPointer<UInt8>, ends: Ends, front: Front, restored: UInt8,
    into out: inout [Parse]
  ) {
    let start = front.stemStart
    let end = ends.stemEnd
    let length = end - start + (restored == 0 ? 0 : 1)
    guard length >= 2 else { return }
    let lemma = Self.string(w, restored: restored, from: start, to: end)
    guard
      length >= 3
        || (start == 0 && ends.suffix == nil && classes.shortRoots.contains(lemma))
    else { return }
    let affixed = start > 0 || end < w.count
    if affixed, classes.particles.contains(lemma) { return }
    if front.outer == .ke, front.inner == nil, ends.suffix == nil,
      !classes.ordinalBases.contains(lemma)
    {
      return
    }
    if front.outer == nil, front.proclitic == nil, let suffix = ends.suffix,
      !Self.allowsBareSuffix(suffix, on: w, from: start, to: end)
    {
      return
    }
    guard isKnown(lemma) else { return }
    guard !spansOpaqueWord(w, ends: ends, front: front, restored: restored) else { return }
    out.append(
      Parse(
        lemma: lemma, outer: front.outer, inner: front.inner, suffix: ends.suffix,
        clitic: ends.clitic, particle: ends.particle, proclitic: front.proclitic,
        penalty: front.penalty))
  }

  /// Whether `suffix` may follow the stem `w[start..<end]` with no prefix.
  ///
  /// -an does not follow a meN- or ber- verb (`membekukan` is not `membekuk` + -an); -kan and -i
  /// do not follow a peN- noun (`penarikan` is not `penari` + -kan); -i does not end a
  /// loanword in -logi, -nomi, -grafi, -arki, -isi, -esi (`polisi` is not `polis` + -i).
  static func allowsBareSuffix(
    _ suffix: Suffix, on w: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Bool {
    func starts(_ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      guard end - start > count else { return false }
      for k in 0..<count where w[start + k] != text.utf8Start[k] { return false }
      return true
    }
    func ends(_ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      guard end - start > count else { return false }
      for k in 0..<count where w[end - count + k] != text.utf8Start[k] { return false }
      return true
    }
    switch suffix {
    case .an:
      return !(starts("mem") || starts("men") || starts("ber"))
    case .kan:
      return !(starts("pem") || starts("pen"))
    case .i:
      if starts("pem") || starts("pen") { return false }
      return
        !(ends("log") || ends("nom") || ends("graf") || ends("ark") || ends("is")
        || ends("es"))
    }
  }

  /// Whether the stem together with some of the affixes next to it spells an opaque word:
  /// `men+teri` spells `menteri`, `ber+masa+lah` contains `masalah`.
  private func spansOpaqueWord(
    _ w: UnsafeBufferPointer<UInt8>, ends: Ends, front: Front, restored: UInt8
  ) -> Bool {
    guard !opaqueWords.isEmpty else { return false }
    let starts = [0, front.firstEnd, front.stemStart]
    let stops = [ends.stemEnd, ends.suffixEnd, ends.cliticEnd, w.count]
    for start in starts {
      for stop in stops where !(start == front.stemStart && stop == ends.stemEnd) {
        let text =
          start == front.stemStart
          ? Self.string(w, restored: restored, from: start, to: stop)
          : Self.string(w, restored: 0, from: start, to: stop)
        if opaqueWords.contains(text) { return true }
      }
    }
    return false
  }

  /// `restored` (unless 0) followed by the bytes `start..<end` of `w`, as a String; short
  /// strings (up to 15 bytes) are stored inline, without a heap allocation.
  static func string(
    _ w: UnsafeBufferPointer<UInt8>, restored: UInt8, from start: Int, to end: Int
  ) -> String {
    let count = end - start + (restored == 0 ? 0 : 1)
    return String(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      if restored != 0 {
        buffer[0] = restored
        k = 1
      }
      for i in start..<end {
        buffer[k] = w[i]
        k += 1
      }
      return count
    }
  }
}
