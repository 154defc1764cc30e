import Testing

@testable import PadanCore

/// Glossary names with the `name` case policy (`Lima`, `Antara`, `Minggu`): where a capital
/// is no evidence of a name, the lexicon word is read when what follows fits it.
@Suite struct NameOrCommonWordTests {
  /// The English of `text` and the glossary sources it used.
  func translate(_ text: String, kind: Segment.Kind = .body) -> (String, [String]) {
    let translation = shippedTranslator.translate(text, kind: kind)
    return (translation.target, translation.glossary.map(\.source))
  }

  @Test(arguments: [
    ("Lima orang tewas dalam kecelakaan itu.", "Five"),
    ("Lima di antaranya adalah wisatawan.", "Five"),
    ("Antara lain, polisi menyita senjata.", "Among others"),
    ("Minggu lalu, polisi menangkap dua orang.", "Last week"),
  ])
  func theCommonWordOpensTheSentence(source: String, opening: String) {
    let (english, terms) = translate(source)
    #expect(english.hasPrefix(opening))
    #expect(!terms.contains { ["lima", "antara", "minggu"].contains($0.lowercased()) })
  }

  @Test(arguments: [
    ("Lima adalah ibu kota Peru.", "Lima"),
    ("Lima, ibu kota Peru, dilanda gempa.", "Lima"),
    ("Antara melaporkan bahwa gempa itu kuat.", "Antara"),
    ("Minggu (12/3), polisi menangkap dua orang.", "Minggu"),
  ])
  func theNameOpensTheSentence(source: String, name: String) {
    let (english, terms) = translate(source)
    #expect(terms.first == name)
    #expect(english.hasPrefix(name == "Minggu" ? "Sunday" : name))
  }

  /// A form the entry lists in capitals is the name even where a capital proves nothing:
  /// photo credits (`ANTARA FOTO/…`) follow a caption's last sentence.
  @Test func aListedCapitalFormIsTheName() {
    let (english, terms) = translate(
      "Sejumlah kapal nelayan bersandar di pelabuhan. ANTARA FOTO/Reza Fadillah/nym.")
    #expect(terms.contains("ANTARA"))
    #expect(english.contains("Antara"))
    #expect(!english.contains("between"))
  }

  /// Inside a sentence the capital marks the name, whatever follows.
  @Test func insideASentenceItIsAlwaysTheName() {
    let (english, terms) = translate("Presiden tiba di Lima pada Minggu pagi.")
    #expect(terms.contains("Lima") && terms.contains("Minggu"))
    #expect(english.contains("Lima") && english.contains("Sunday"))
    #expect(!translate("Polisi menangkap lima orang.").1.contains { $0.lowercased() == "lima" })
  }

  /// In a headline every word has a capital, so the numeral is read there too.
  @Test func headlinesReadTheCommonWord() {
    let (english, terms) = translate("Lima Orang Tewas di Serang", kind: .title)
    #expect(terms.contains("Serang") && !terms.contains { $0.lowercased() == "lima" })
    #expect(english.lowercased().hasPrefix("five"))
  }

  /// Every one-word name that is written like a lexicon numeral, preposition, conjunction,
  /// determiner or pronoun says so with `name`: a capital at the start of a sentence would
  /// otherwise turn the common word into the name.
  @Test func namesSpelledLikeFunctionWordsUseTheNamePolicy() {
    let closed: Set<LexiconEntry.PartOfSpeech> = [
      .numeral, .preposition, .conjunction, .determiner, .pronoun,
    ]
    var unmarked: [String] = []
    for entry in shippedResources.glossary.entries where entry.casePolicy == .sensitive {
      for form in entry.forms where !form.contains(" ") && form.first?.isUppercase == true {
        let lower = form.lowercased()
        guard form != form.uppercased() || form.count == 1 else { continue }
        if shippedResources.lexiconEntries(for: lower).contains(where: {
          closed.contains($0.partOfSpeech)
        }) {
          unmarked.append("\(entry.origin.fileAndLine) \(form)")
        }
      }
    }
    #expect(unmarked == [])
    #expect(
      shippedResources.glossary.entries.filter { $0.casePolicy == .name }.map(\.source).sorted()
        == ["Antara", "Lima", "Minggu"])
  }

  @Test func lintWarnsWhenANameFormIsNotOneCapitalisedWord() {
    let text = """
      source\ttarget\ttype\tcase\tvariants\tnote
      Lima\tLima\tplace\tname\t\t
      Kota Lima\tLima\tplace\tname\tkota lima\t

      """
    let (glossary, problems) = Glossary.parse(files: [("g.tsv", Array(text.utf8))])
    #expect(glossary.entries.map(\.casePolicy) == [.name, .name])
    #expect(
      problems.map(\.description) == [
        "g.tsv:3:1: warning: case 'name' is for one capitalised word that is also a common word; 'Kota Lima' is not",
        "g.tsv:3:27: warning: case 'name' is for one capitalised word that is also a common word; 'kota lima' is not",
      ])
  }
}
