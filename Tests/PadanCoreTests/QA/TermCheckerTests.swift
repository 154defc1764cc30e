import Testing

@testable import PadanCore

@Suite struct TermCheckerTests {
  @Test func numbersReadTheSameInBothLanguages() {
    #expect(
      TermChecker.numbers(in: "naik 2,5 persen menjadi Rp1.500.000") == ["1500000", "25"].sorted())
    #expect(
      TermChecker.numbers(in: "rose 2.5 percent to Rp1,500,000") == ["1500000", "25"].sorted())
    #expect(
      TermChecker.numbers(in: "pukul 21.24 WIB")
        == TermChecker.numbers(in: "at 9:24 p.m. WIB", english: true))
    #expect(
      TermChecker.numbers(in: "menjadi 1,05 juta")
        == TermChecker.numbers(in: "to 1.05 million", english: true))
    #expect(
      TermChecker.numbers(in: "Rabu (12/1).") == TermChecker.numbers(in: "Wednesday (Jan. 12)."))
    #expect(TermChecker.numbers(in: "pada 2022.") == ["2022"])
    #expect(TermChecker.numbers(in: "120 orang") != TermChecker.numbers(in: "210 people"))
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
