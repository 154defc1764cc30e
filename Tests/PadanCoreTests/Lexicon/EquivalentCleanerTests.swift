import Testing

@testable import PadanCore

@Suite struct EquivalentCleanerTests {
  func cleaned(_ field: String, isLemma: Bool = true) -> [String] {
    EquivalentCleaner.items(in: Substring(field), isLemma: isLemma).map { item in
      switch item.result {
      case .success(let text): "\(item.offset):\(text)"
      case .failure(let reason): "\(item.offset):\(item.raw) ✗ \(reason.explanation)"
      }
    }
  }

  @Test func splitsOnCommasAndSemicolonsOutsideBrackets() {
    #expect(cleaned("bunga, kembang;mekar") == ["0:bunga", "7:kembang", "15:mekar"])
    #expect(cleaned("tepian (sungai, danau), tepi") == ["0:tepian", "24:tepi"])
    #expect(cleaned("a,, b,") == ["0:a", "4:b"])
  }

  @Test func dropsNotesAndLinksAndNormalises() {
    #expect(cleaned("(orang) brengsek") == ["0:brengsek"])
    #expect(cleaned("[[kemudi|mengemudi(kan)]]") == ["0:mengemudi"])
    #expect(cleaned("[[suam-suam]]  kuku") == ["0:suam-suam kuku"])
    #expect(cleaned("kafe\u{301}") == ["0:kaf\u{E9}"])
    #expect(cleaned("tepi (sungai") == ["0:tepi"])
  }

  @Test func skipsJunk() {
    #expect(cleaned("(sungai)") == ["0:(sungai) ✗ nothing left without its notes"])
    #expect(cleaned("apa kabar?") == ["0:apa kabar? ✗ a sentence, question or exclamation"])
    #expect(cleaned("saya perlu ...") == ["0:saya perlu ... ✗ a template with '...'"])
    #expect(
      cleaned("Saya lapar. Saya makan") == [
        "0:Saya lapar. Saya makan ✗ a sentence, question or exclamation"
      ])
    #expect(cleaned("St. Petersburg") == ["0:St. Petersburg"])
    #expect(cleaned("dll.") == ["0:dll."])
    #expect(cleaned("—") == ["0:— ✗ no letter or digit"])
    #expect(cleaned("#tagar") == ["0:#tagar ✗ starts with '#'"])
    let nine = "satu dua tiga empat lima enam tujuh delapan sembilan"
    #expect(cleaned(nine) == ["0:\(nine) ✗ more than 8 words"])
    #expect(cleaned(nine, isLemma: false) == ["0:\(nine)"])
  }

  @Test(arguments: [
    ("n", LexiconEntry.PartOfSpeech.Guess.partOfSpeech(.noun)),
    ("pn", .partOfSpeech(.noun)), ("Noun", .partOfSpeech(.noun)), ("n, fem", .partOfSpeech(.noun)),
    ("adj.", .partOfSpeech(.adjective)), ("interjection", .partOfSpeech(.interjection)),
    ("article", .partOfSpeech(.determiner)), ("numeral", .partOfSpeech(.numeral)),
    ("proper noun", .partOfSpeech(.noun)), ("suffix", .affix), ("prefix", .affix),
    ("phraseologicalUnit", .unknown), ("", .unknown),
  ])
  func guessesThePartOfSpeechFromGrammarLabels(
    label: String, guess: LexiconEntry.PartOfSpeech.Guess
  ) {
    #expect(LexiconEntry.PartOfSpeech.guess(fromLabel: label) == guess)
  }

  @Test func parsesFreeDictEntriesAsDictdRendersThem() {
    let entry = FreeDictTextEntry(
      "law /lɔː/ <n>\n1. hukum\n2. hukum, undang-undang 2.\nany rule\n 3.\nbody of rules\n3. atur\n"
    )
    #expect(entry.headword == "law")
    #expect(entry.label == "n")
    #expect(entry.senses.map(\.text) == ["hukum", "hukum, undang-undang", "atur"])
    #expect(entry.senses.map(\.line) == [1, 2, 6])
    #expect(entry.senses.map(\.offset) == [3, 3, 3])
    let single = FreeDictTextEntry("at least /at lˈiːst/\nminimal, setidaknya\nat a lower limit\n")
    #expect(single.headword == "at least")
    #expect(single.label == nil)
    #expect(single.senses.map(\.text) == ["minimal, setidaknya"])
  }

  @Test func readsDictdNumbers() {
    #expect(DictdReader.number(Array("A".utf8)) == 0)
    #expect(DictdReader.number(Array("BA".utf8)) == 64)
    #expect(DictdReader.number(Array("D7v7".utf8)) == 3 * 262_144 + 59 * 4096 + 47 * 64 + 59)
    #expect(DictdReader.number(Array("".utf8)) == nil)
    #expect(DictdReader.number(Array("A-".utf8)) == nil)
  }
}
