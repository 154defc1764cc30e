import Testing

@testable import PadanCore

/// The analysis of a word the lexicon lacks drives its English: a small hand-written
/// lexicon of roots only, so every derived form below goes through the analyser.
@Suite struct MorphologyDrivenEnglishTests {
  static let translator: RuleTranslator = {
    let lexicon = """
      lemma\tpos\tenglish\tcues\tnote
      serang\tv\tattack
      tarik\tv\twithdraw
      tentara\tn\tsoldier
      istri\tn\twife
      negara\tn\tcountry
      rumah\tn\thouse
      besar\tadj\tbig
      itu\tdet\tthat
      dia\tpron\the
      kabur\tv\tflee
      kota\tn\tcity
      telah\taux\thave
      akan\taux\twill

      """
    let (parsed, problems) = Lexicon.parse(files: [("lexicon/test.tsv", Array(lexicon.utf8))])
    precondition(problems.isEmpty, "\(problems)")
    return RuleTranslator(
      resources: TranslationResources(
        glossary: Glossary(entries: []), lexicon: parsed, english: shippedResources.english,
        wordLists: shippedResources.wordLists, transferRules: shippedResources.transferRules))
  }()

  @Test(arguments: [
    ("Tentara itu diserang.", "That soldier was attacked."),
    ("Tentara itu telah ditarik.", "That soldier has been withdrawn."),
    ("Kota itu akan diserang.", "That city will be attacked."),
    ("Penyerang itu kabur.", "That attacker fled."),
    ("Negara-negara itu menyerang.", "Those countries attacked."),
    ("Rumahnya besar.", "The house is big."),
    ("Dia beristri.", "He had wife."),
    ("Tentara menarik diri.", "The soldier withdrew diri."),
  ])
  func derivedForms(_ indonesian: String, _ english: String) {
    #expect(Self.translator.translate(indonesian, kind: .body).target == english)
  }

  @Test func theAnalysisIsRecorded() {
    let translation = Self.translator.translate("Kota itu diserang.", kind: .body)
    let use = translation.lexicon.first { $0.source == "diserang" }
    #expect(use?.lemma == "serang")
    #expect(use?.target == "was attacked")
    #expect(use?.analysis.hasPrefix("di-+serang") == true)
  }
}
