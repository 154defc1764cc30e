import Testing

@testable import PadanCore

@Suite struct TermCheckerTests {
  /// Whether the numbers of an Indonesian text and an English one match.
  func same(_ indonesian: String, _ english: String) -> Bool {
    let a = TermChecker.numbers(in: indonesian)
    let b = TermChecker.numbers(in: english, english: true)
    return TermChecker.difference(a, b).isEmpty && TermChecker.difference(b, a).isEmpty
  }

  @Test func numbersReadTheSameInBothLanguages() {
    #expect(
      TermChecker.numbers(in: "naik 2,5 persen menjadi Rp1.500.000") == [["1500000"], ["25"]])
    #expect(same("naik 2,5 persen menjadi Rp1.500.000", "rose 2.5 percent to Rp1,500,000"))
    #expect(same("pukul 21.24 WIB", "at 9:24 p.m. WIB"))
    #expect(same("pukul 10:42 WIB", "at 10:42 a.m. WIB"))
    #expect(same("menjadi 1,05 juta", "to 1.05 million"))
    #expect(same("dengan 3.26 juta pemirsa", "with 3.26 million viewers"))
    #expect(!same("menjadi 1,05 juta", "at 1:05"))
    #expect(same("Rabu (12/1).", "Wednesday (Jan. 12)."))
    #expect(TermChecker.numbers(in: "pada 2022.") == [["2022"]])
    #expect(!same("120 orang", "210 people"))
    #expect(TermChecker.difference([["120"]], [["210"]]) == ["120"])
  }

  @Test func termFormsTheGlossaryAllows() {
    func occurs(_ form: String, _ text: String) -> Bool {
      TermChecker.occurs(Array(form.utf8), in: Array(text.utf8))
    }
    #expect(occurs("Defense Minister", "two Defense Ministers met"))
    #expect(occurs("Russia", "Russia's army"))
    #expect(occurs("Russia", "Russia’s army"))
    #expect(occurs("church", "the churches"))
    #expect(occurs("Jakarta", "“Jakarta” is"))
    #expect(!occurs("Russia", "Russian troops"))
    #expect(!occurs("Iran", "Irani"))
    #expect(!occurs("war", "toward"))
    var morphology = EnglishMorphology()
    morphology.addPlace("Russia", adjective: "Russian", people: "Russians")
    let forms = TermChecker.acceptedForms(of: "Russia", morphology: morphology).map {
      String(decoding: $0, as: UTF8.self)
    }
    #expect(forms.contains("Russian") && forms.contains("Russians") && forms.contains("RUSSIA"))
    let title = TermChecker.acceptedForms(of: "foreign minister", morphology: morphology).map {
      String(decoding: $0, as: UTF8.self)
    }
    #expect(
      title == ["foreign minister", "Foreign minister", "Foreign Minister", "FOREIGN MINISTER"])
  }
}
