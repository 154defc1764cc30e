import Testing

@testable import PadanCore

/// `GlossaryMatcher` against `ReferenceGlossaryMatcher` (the matcher before its per-line
/// rewrite) on generated glossaries and texts full of what the aware rules handle: clitics,
/// reduplication, hyphens, names in every case, acronyms, forms with the same words, words
/// with non-ASCII letters and words longer than any term.
@Suite struct GlossaryMatcherDifferentialTests {
  /// SplitMix64: the same numbers on every platform and run.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let words = [
    "pasukan", "negara", "anggota", "menteri", "pertahanan", "nato", "rusia", "as", "amerika",
    "serikat", "dewan", "latihan", "militer", "sekjen", "kerja", "sama", "bantuan", "pun",
    "nya", "lah", "masalah", "dirinya", "kepada", "apakah", "ekonomi", "g20", "asean",
    "köln", "éropa", "İzmir", "straße", "ǅemal", "\u{212A}elvin", "ⱥrena", "uni", "eropa",
    "pemerintahan", "perdamaian", "keamanan", "pertahananpun", "kesepakatan",
  ]
  static let clitics = ["nya", "lah", "kah", "pun", "NYA", "Lah", "KAH", "Pun"]
  static let separators = [" ", " ", " ", "-", ", ", "  ", ". ", " (", ") ", " — ", "/", "\n"]

  static func cased(_ word: String, _ g: inout Generator) -> String {
    switch Int.random(in: 0..<8, using: &g) {
    case 0: word.uppercased()
    case 1, 2: word.prefix(1).uppercased() + word.dropFirst()
    case 3: word.map { Bool.random(using: &g) ? $0.uppercased() : String($0) }.joined()
    default: word
    }
  }

  static func glossary(_ g: inout Generator) -> Glossary {
    let origin = SourceLocation(path: "t.tsv", line: 1, column: 1)
    var entries: [GlossaryEntry] = []
    for id in 0..<Int.random(in: 1...40, using: &g) {
      var forms: [String] = []
      for _ in 0..<(Bool.random(using: &g) ? 1 : Int.random(in: 1...3, using: &g)) {
        var form = ""
        for w in 0..<Int.random(in: 1...4, using: &g) {
          if w > 0 { form += Int.random(in: 0..<4, using: &g) == 0 ? "-" : " " }
          form += cased(words.randomElement(using: &g)!, &g)
        }
        forms.append(form)
      }
      // Sometimes the same words as an earlier form, in another case.
      if !entries.isEmpty && Int.random(in: 0..<5, using: &g) == 0 {
        let earlier = entries.randomElement(using: &g)!.source
        forms[0] = Bool.random(using: &g) ? earlier.uppercased() : earlier.lowercased()
      }
      let kind = GlossaryEntry.Kind.allCases.randomElement(using: &g)!
      let policy: GlossaryEntry.CasePolicy? =
        Int.random(in: 0..<4, using: &g) == 0
        ? GlossaryEntry.CasePolicy.allCases.randomElement(using: &g) : nil
      entries.append(
        GlossaryEntry(
          id: id, source: forms[0], target: "t\(id)", kind: kind, casePolicy: policy,
          variants: Array(forms.dropFirst()), origin: origin))
    }
    return Glossary(entries: entries)
  }

  static func text(_ g: inout Generator) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 1...300, using: &g) {
      let word = words.randomElement(using: &g)!
      var token = cased(word, &g)
      switch Int.random(in: 0..<10, using: &g) {
      case 0: token += "-" + cased(word, &g)
      case 1: token += "-" + cased(word, &g) + clitics.randomElement(using: &g)!
      case 2, 3: token += clitics.randomElement(using: &g)!
      case 4: token += String(repeating: "x", count: Int.random(in: 1...20, using: &g))
      default: break
      }
      text += token + separators.randomElement(using: &g)!
    }
    return text
  }

  @Test(arguments: 0..<300)
  func sameMatchesAsTheReference(seed: UInt64) {
    var g = Generator(state: seed)
    let glossary = Self.glossary(&g)
    let matcher = GlossaryMatcher(glossary: glossary)
    let reference = ReferenceGlossaryMatcher(glossary: glossary)
    for round in 0..<4 {
      var text = Self.text(&g)
      // One long line, longer than the first line buffers.
      if round == 0 { text = String((text + text + text).map { $0 == "\n" ? " " : $0 }) }
      #expect(matcher.matches(in: text) == reference.matches(in: text), "seed \(seed): \(text)")
    }
    // Bytes that are not UTF-8 among the words.
    var bytes = Array(Self.text(&g).utf8)
    for _ in 0..<8 where !bytes.isEmpty {
      bytes.insert(
        UInt8.random(in: 0x80...0xFF, using: &g), at: Int.random(in: 0..<bytes.count, using: &g))
    }
    bytes.withUnsafeBufferPointer {
      #expect(matcher.matches(in: $0) == reference.matches(in: $0), "seed \(seed): \(bytes)")
    }
  }

  @Test func matchesExist() {
    // The generator is not vacuous: clitics, plurals and headlines all occur.
    var all: [GlossaryMatch] = []
    for seed in 0..<300 as Range<UInt64> {
      var g = Generator(state: seed)
      let matcher = GlossaryMatcher(glossary: Self.glossary(&g))
      for _ in 0..<4 { all += matcher.matches(in: Self.text(&g)) }
    }
    #expect(all.count > 1000)
    #expect(all.contains { $0.clitic != nil })
    #expect(all.contains { $0.isReduplicated })
    #expect(all.contains { $0.isHeadlineCase })
    #expect(all.contains { $0.clitic != nil && $0.isReduplicated })
  }
}
