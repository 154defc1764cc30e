import Testing

@testable import PadanCore

/// DeepL, Google and Amazon CSV and OmegaT: what each keeps survives the round trip.
@Suite struct FlatGlossaryFormatTests {
  /// The fields a format carries, for one entry.
  static func carried(_ entry: GlossaryEntry, by format: GlossaryExchangeFormat) -> [String] {
    switch format {
    case .google, .omegat: [entry.source, entry.target, entry.note] + entry.variants
    default: [entry.source, entry.target] + entry.variants
    }
  }

  @Test(arguments: [GlossaryExchangeFormat.deepl, .google, .amazon, .omegat])
  func theFieldsAFormatCarriesSurvive(format: GlossaryExchangeFormat) {
    let glossary = exchangeSample()
    let (back, problems) = format.read(format.write(glossary), path: "f", defaultKind: .place)
    #expect(problems.isEmpty)
    #expect(back.entries.count == glossary.entries.count)
    #expect(
      back.entries.map { Self.carried($0, by: format) }
        == glossary.entries.map { Self.carried($0, by: format) })
    #expect(back.entries.allSatisfy { $0.kind == .place })
  }

  @Test func csvQuotesOnlyWhatNeedsIt() {
    let text = String(decoding: GlossaryExchangeFormat.deepl.write(exchangeSample()), as: UTF8.self)
    let lines = text.split(separator: "\n")
    #expect(lines[0] == "Joko Widodo,Joko Widodo")
    #expect(lines.contains("AT&T,AT&T"))
    #expect(CSVWriter.quoted("\"kutip\", ya") == "\"\"\"kutip\"\", ya\"")
    #expect(CSVWriter.quoted("a\nb") == "\"a\nb\"")
  }

  @Test func googleAndAmazonStartWithLanguageCodes() {
    let google = String(
      decoding: GlossaryExchangeFormat.google.write(exchangeSample()), as: UTF8.self)
    #expect(
      google.hasPrefix(
        "id,en,description\nJoko Widodo,Joko Widodo,\"Presiden \"\"Jokowi\"\", 2014–2024\"\n"
          + "Jokowi,Joko Widodo,\"Presiden \"\"Jokowi\"\", 2014–2024\"\n"))
    let amazon = String(
      decoding: GlossaryExchangeFormat.amazon.write(exchangeSample()), as: UTF8.self)
    #expect(amazon.hasPrefix("id,en\nJoko Widodo,Joko Widodo\nJokowi,Joko Widodo\nPerserikatan"))
  }

  @Test(arguments: [GlossaryExchangeFormat.deepl, .google, .amazon, .omegat])
  func everyVariantIsExported(format: GlossaryExchangeFormat) {
    let text = String(decoding: format.write(exchangeSample()), as: UTF8.self)
    for form in ["Sekretaris Jenderal", "Sekjen", "Sekjend", "Sekretaris Jendral", "PBB"] {
      #expect(text.contains(form + (format == .omegat ? "\t" : ",")))
    }
  }

  @Test func deeplTSVIsRead() {
    let (glossary, problems) = read(
      "Rusia\tRussia\r\nFederasi Rusia\tRussia\n\npengendalian senjata\tarms control\n", .deepl)
    #expect(problems.isEmpty)
    #expect(
      glossary.entries.map { [$0.source, $0.target] + $0.variants } == [
        ["Rusia", "Russia", "Federasi Rusia"], ["pengendalian senjata", "arms control"],
      ])
    #expect(glossary.entries.map(\.origin.line) == [1, 4])
  }

  @Test func googleUnidirectionalWithoutHeaderIsRead() {
    let (glossary, problems) = read("Rusia,Russia\nAS,US\n", .google)
    #expect(problems.isEmpty)
    #expect(
      glossary.entries.map { [$0.source, $0.target] } == [["Rusia", "Russia"], ["AS", "US"]])
  }

  @Test func googleDescriptionIsTheNote() {
    let (glossary, problems) = read(
      "en,id,pos,description\nRussia,Rusia,noun,negara\nNATO,NATO,noun,\n", .google)
    #expect(problems.isEmpty)
    #expect(
      glossary.entries.map { [$0.source, $0.target, $0.note] } == [
        ["Rusia", "Russia", "negara"], ["NATO", "NATO", ""],
      ])
  }

  @Test func readsRFC4180WithCRLFQuotedBreaksAndOtherColumnOrders() {
    let (glossary, problems) = read(
      "\u{FEFF}en-US,fr,id\r\n\"Arms \"\"control\"\"\",contrôle,\"pengendalian\r\nsenjata\"\r\n\r\nUN,ONU,PBB\r\n",
      .amazon)
    #expect(problems.isEmpty)
    #expect(
      glossary.entries.map { [$0.source, $0.target] } == [
        ["pengendalian\r\nsenjata", "Arms \"control\""], ["PBB", "UN"],
      ])
    #expect(glossary.entries.map(\.origin.line) == [2, 5])
  }

  @Test func googleMergesOnlyConsecutiveRowsWithTheSameTarget() {
    let (glossary, _) = read(
      "id,en\nRusia,Russia\nFederasi Rusia,Russia\nAS,US\nrusia,Russia\n", .google)
    #expect(
      glossary.entries.map { [$0.source, $0.target] + $0.variants } == [
        ["Rusia", "Russia", "Federasi Rusia"], ["AS", "US"], ["rusia", "Russia"],
      ])
  }

  @Test func omegatSkipsCommentsAndKeepsTheComment() {
    let (glossary, problems) = read("# OmegaT\r\nRusia\tRussia\tnegara\r\n\nAS\tUS\n", .omegat)
    #expect(problems.isEmpty)
    #expect(
      glossary.entries.map { [$0.source, $0.target, $0.note] } == [
        ["Rusia", "Russia", "negara"], ["AS", "US", ""],
      ])
  }
}
