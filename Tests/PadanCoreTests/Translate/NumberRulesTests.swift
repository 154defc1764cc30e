import Testing

@testable import PadanCore

@Suite struct NumberRulesTests {
  @Test(arguments: [
    ("10.000", "10,000"), ("88.593", "88,593"), ("1.500.000", "1,500,000"), ("6,25", "6.25"),
    ("1,5", "1.5"), ("1.500,75", "1,500.75"), ("Rp14.000", "Rp14,000"), ("US$1,5", "US$1.5"),
    ("2022", "2022"), ("3.14", "3.14"), ("47", "47"),
  ])
  func indonesianNumbersInEnglishNotation(_ input: String, _ expected: String) {
    #expect(NumberRules.english(input) == expected)
  }

  @Test(arguments: [
    ("08.00", "8 a.m."), ("10.42", "10:42 a.m."), ("21.24", "9:24 p.m."), ("21:24", "9:24 p.m."),
    ("12.00", "noon"), ("00.00", "midnight"), ("12.30", "12:30 p.m."),
  ])
  func timesInAPStyle(_ input: String, _ expected: String) {
    #expect(NumberRules.time(input) == expected)
  }

  @Test func notTimes() {
    #expect(NumberRules.time("10.000") == nil)
    #expect(NumberRules.time("25.00") == nil)
    #expect(NumberRules.time("10.75") == nil)
  }

  @Test func dayAndMonthInAPStyle() {
    #expect(NumberRules.dayMonth(day: "12", month: "1") == "Jan. 12")
    #expect(NumberRules.dayMonth(day: "11", month: "7") == "July 11")
    #expect(NumberRules.dayMonth(day: "27", month: "9") == "Sept. 27")
    #expect(NumberRules.dayMonth(day: "32", month: "1") == nil)
    #expect(NumberRules.dayMonth(day: "3", month: "13") == nil)
  }

  @Test func pluralAgreement() {
    #expect(NumberRules.isPlural("47"))
    #expect(NumberRules.isPlural("1,5"))
    #expect(!NumberRules.isPlural("1"))
  }
}

@Suite struct TextTokenizerTests {
  func tokens(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return TextTokenizer.tokens(of: text).map {
      String(decoding: bytes[$0.range.range], as: UTF8.self)
    }
  }

  @Test func wordsNumbersAndPunctuation() {
    #expect(
      tokens("Negara-negara G20 membayar Rp14.000, kata “AS” (11/7).")
        == [
          "Negara-negara", "G20", "membayar", "Rp", "14.000", ",", "kata", "“", "AS", "”", "(",
          "11", "/", "7", ")", ".",
        ])
  }

  @Test func timesAndDecimalsStayWhole() {
    #expect(
      tokens("pukul 10:42 WIB naik 6,25 persen") == [
        "pukul", "10:42", "WIB", "naik", "6,25", "persen",
      ])
  }

  @Test func spaceBeforeIsRecorded() {
    let spaces = TextTokenizer.tokens(of: "Ya , kata dia.").map(\.spaceBefore)
    #expect(spaces == [false, true, true, true, false])
  }
}
