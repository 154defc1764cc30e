import Foundation
import Testing

@testable import PadanCore

@Suite struct GlossaryFormatterTests {
  let header = "source\ttarget\ttype\tcase\tvariants\tnote\n"

  func format(_ text: String) throws -> (String?, [String]) {
    formatted(text, path: "g.tsv", by: try GlossaryFormatter().format)
  }

  @Test func sortsRowsWithinEachSectionAndKeepsComments() throws {
    let input =
      header
      + "Zambia\tZambia\tplace\n"
      + "Aceh\tAceh\tplace\n"
      + "# Eropa (heading stays, its rows stay under it)\n"
      + "Swedia\tSweden\tplace\n"
      + "Éropa Timur\tEastern Europe\tplace\n"
      + "Eropa\tEurope\tplace\n"
      + "\n"
      + "# Kota\n"
      + "Moskow\tMoscow\tplace\n"
      + "Berlin\tBerlin\tplace\n"
    let (output, errors) = try format(input)
    #expect(errors.isEmpty)
    #expect(
      output
        == header
        + "Aceh\tAceh\tplace\t\t\t\n"
        + "Zambia\tZambia\tplace\t\t\t\n"
        + "# Eropa (heading stays, its rows stay under it)\n"
        + "Eropa\tEurope\tplace\t\t\t\n"
        + "Éropa Timur\tEastern Europe\tplace\t\t\t\n"
        + "Swedia\tSweden\tplace\t\t\t\n"
        + "\n"
        + "# Kota\n"
        + "Berlin\tBerlin\tplace\t\t\t\n"
        + "Moskow\tMoscow\tplace\t\t\t\n")
  }

  @Test func commentsBeforeTheHeaderStayFirst() throws {
    let input = "# generated\n" + header + "b\tB\tterm\na\tA\tterm\n"
    let (output, _) = try format(input)
    #expect(output == "# generated\n" + header + "a\tA\tterm\t\t\t\nb\tB\tterm\t\t\t\n")
  }

  @Test func fieldsAreTrimmedCollapsedAndVariantsDeduplicatedAndSorted() throws {
    let input =
      header
      + " Sekretaris  Jenderal \tSecretary   General\ttitle\t\tSekjend| Sekjen |Sekjend||Sekretaris Jenderal\t a  note \n\n\n"
    let (output, _) = try format(input)
    #expect(
      output
        == header
        + "Sekretaris Jenderal\tSecretary General\ttitle\t\tSekjen|Sekjend\ta note\n")
  }

  @Test func lowerCaseSortsFirstAndEqualRowsKeepTheirOrder() throws {
    let input =
      header
      + "Kongo\tCongo\tplace\t\t\tsecond\nkongo\tcongo\tterm\nKongo\tCongo\tplace\t\t\tfirst\n"
    let (output, _) = try format(input)
    #expect(
      output
        == header
        + "kongo\tcongo\tterm\t\t\t\nKongo\tCongo\tplace\t\t\tsecond\nKongo\tCongo\tplace\t\t\tfirst\n"
    )
  }

  @Test func crlfInputKeepsEveryRowAndBecomesLF() throws {
    let input =
      "source\ttarget\ttype\r\n# Kota\r\nMoskow\tMoscow\tplace\r\nBerlin\tBerlin\tplace\r\n\r\n"
    let (output, errors) = try format(input)
    #expect(errors.isEmpty)
    #expect(
      output == header + "# Kota\nBerlin\tBerlin\tplace\t\t\t\nMoskow\tMoscow\tplace\t\t\t\n")
  }

  @Test func formattingTwiceEqualsFormattingOnce() throws {
    let input =
      header + "# A\nZ\tz\tterm\t\tq|p|P\n a \tb\tterm\n\n# B\nÉ\te\tterm\nE\te2\tterm\t\t\tn\n"
    let (once, _) = try format(input)
    let (twice, _) = try format(try #require(once))
    #expect(once == twice)
    #expect(once != input)
  }

  @Test func theShippedGlossariesAreCanonical() throws {
    let files = try Glossary.readFiles(
      directory: repositoryRoot.appendingPathComponent("Glossaries").path)
    #expect(!files.isEmpty)
    let formatter = try GlossaryFormatter()
    for file in files {
      let (formatted, errors) = formatter.format(file.bytes, path: file.path)
      #expect(errors.isEmpty)
      let canonical = formatted == file.bytes
      #expect(canonical, "\(file.path) is not formatted: run padan glossary fmt")
    }
  }

  @Test func aFileWithLintErrorsIsNotFormatted() throws {
    let input = header + "b\tB\tterm\n\tA\tterm\nc\tC\tcountry\n"
    let (output, errors) = try format(input)
    #expect(output == nil)
    #expect(
      errors == [
        "g.tsv:3:1: error: empty source",
        "g.tsv:4:5: error: unknown type 'country' (expected one of: person, org, place, title, term, date, media, keep)",
      ])
  }
}
