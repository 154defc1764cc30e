import PadanCore
import Testing

@testable import PadanBench

@Suite struct TermMatcherTests {
  func spans(_ terms: [String], _ text: String) -> [String] {
    let matcher = TermMatcher(terms: terms)
    let bytes = Array(text.utf8)
    return matcher.matches(in: text).map {
      String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
    }
  }

  @Test func leftmostLongestNonOverlapping() {
    let terms = ["dewan keamanan", "keamanan", "dewan keamanan pbb", "pbb", "sidang pbb"]
    #expect(
      spans(terms, "Dewan Keamanan PBB bersidang; sidang PBB ditunda.") == [
        "Dewan Keamanan PBB", "sidang PBB",
      ])
    // Leftmost wins over longer later overlaps.
    #expect(spans(["a b", "b c d"], "a b c d") == ["a b"])
  }

  @Test func wholeWordsOnlyAndHyphensSeparate() {
    let terms = ["nato", "rusia", "dewan nato-rusia"]
    #expect(
      spans(terms, "Dewan NATO-Rusia; AS-NATO; natoisme; NATO_x") == ["Dewan NATO-Rusia", "NATO"])
  }

  @Test func caseFoldingIsUnicode() {
    #expect(spans(["ÉLYSÉE", "straße"], "di Élysée dan STRASSE, Straße") == ["Élysée", "Straße"])
  }

  @Test func noMatchAcrossLinesOrSeparatorsThatDiffer() {
    #expect(
      spans(["amerika serikat"], "Amerika\nSerikat, Amerika  Serikat, Amerika Serikat") == [
        "Amerika Serikat"
      ])
  }

  @Test func termsThatDoNotStartAndEndWithAWordCharacterAreSkipped() {
    let matcher = TermMatcher(terms: ["Jr.", "(PBB)", "PBB"])
    #expect(matcher.skippedCount == 2)
    #expect(matcher.termCount == 1)
  }

  @Test func duplicatesAfterLowerCasingKeepTheFirst() {
    let matcher = TermMatcher(terms: ["NATO", "nato"])
    #expect(matcher.termCount == 1)
    #expect(matcher.matches(in: "nato").map(\.term) == [0])
  }

  @Test func offsetsAreUTF8Bytes() {
    let matcher = TermMatcher(terms: ["keamanan"])
    let result = matcher.matches(in: "“Élan” keamanan")
    #expect(result.map(\.start) == [12])
    #expect(result.map(\.end) == [20])
  }

  @Test func manyTermsAgreeWithANaiveMatcher() {
    // Random terms over a tiny vocabulary, so that overlaps are everywhere.
    let vocabulary = ["ab", "b", "cd", "ab-cd", "e", "F", "gg"]
    var state: UInt64 = 42
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % n
    }
    var terms: [String] = []
    for _ in 0..<300 {
      terms.append(
        (0...next(3)).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " "))
    }
    let text = (0..<400).map { _ in vocabulary[next(vocabulary.count)] }.joined(
      separator: next(5) == 0 ? ", " : " ")
    #expect(spans(terms, text) == naive(terms, text))
  }

  /// The rule written out directly: at each word start, the longest term that fits.
  func naive(_ terms: [String], _ text: String) -> [String] {
    let set = Set(terms.map { $0.lowercased() })
    let chars = Array(text)
    let lower = Array(text.lowercased())
    let isWord = { (c: Character) in c.isLetter || c.isNumber || c == "_" }
    var out: [String] = []
    var i = 0
    while i < chars.count {
      if !isWord(chars[i]) || (i > 0 && isWord(chars[i - 1])) {
        i += 1
        continue
      }
      var best = -1
      for j in stride(from: min(chars.count, i + 40), to: i, by: -1)
      where j == chars.count || !isWord(chars[j]) {
        if isWord(chars[j - 1]) && set.contains(String(lower[i..<j])) {
          best = j
          break
        }
      }
      if best > 0 {
        out.append(String(chars[i..<best]))
        i = best
      } else {
        i += 1
      }
    }
    return out
  }
}

@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func knownVectors(input: String, digest: String) {
    #expect(SHA256.hex(Array(input.utf8)) == digest)
  }

  @Test func millionAs() {
    #expect(
      SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
