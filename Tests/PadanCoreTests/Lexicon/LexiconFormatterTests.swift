import Foundation
import Testing

@testable import PadanCore

@Suite struct LexiconFormatterTests {
  let header = "lemma\tpos\tenglish\tcues\tnote\n"

  func format(_ text: String) throws -> (String?, [String]) {
    formatted(text, path: "l.tsv", by: try LexiconFormatter().format)
  }

  @Test func sortsRowsByLemmaWithinEachSectionKeepingTheOrderOfOneLemma() throws {
    let input =
      header
      + "# Pronouns\n"
      + "saya\tpron\tI;me\n"
      + "Anda\tpron\tyou\n"
      + "anda\tpron\tyou\n"
      + "# Words (heading stays, its rows stay under it)\n"
      + "sendiri\tadv\tby oneself\n"
      + "ekonomi\tn\teconomy\n"
      + "sendiri\tadj\talone\n"
      + "éra\tn\tera\n"
      + "era\tn\tera\n"
      + "sendiri\tpron\toneself\n"
      + "sendiri\tn\tself\n"
      + "\n"
      + "# Particles\n"
      + "lah\tpart\t∅\n"
      + "-lah\tpart\t∅\n"
    let (output, errors) = try format(input)
    #expect(errors.isEmpty)
    #expect(
      output
        == header
        + "# Pronouns\n"
        + "anda\tpron\tyou\n"
        + "Anda\tpron\tyou\n"
        + "saya\tpron\tI;me\n"
        + "# Words (heading stays, its rows stay under it)\n"
        + "ekonomi\tn\teconomy\n"
        + "era\tn\tera\n"
        + "éra\tn\tera\n"
        + "sendiri\tadv\tby oneself\n"
        + "sendiri\tadj\talone\n"
        + "sendiri\tpron\toneself\n"
        + "sendiri\tn\tself\n"
        + "\n"
        + "# Particles\n"
        + "-lah\tpart\t∅\n"
        + "lah\tpart\t∅\n")
  }

  /// The first row of a lemma is the engine's default reading: sorting never reorders the
  /// rows of one lemma (`tahu` v "know" stays before n "tofu").
  @Test func theRowsOfOneLemmaKeepTheirOrder() throws {
    let order = "n v adj adv pron prep conj num det part intj cls aux".split(separator: " ")
    let rows = order.reversed().map { "kata\t\($0)\tword (\($0))\n" }
    let (output, errors) = try format(header + "zaman\tn\tera\n" + rows.joined())
    #expect(errors.isEmpty)
    #expect(output == header + rows.joined() + "zaman\tn\tera\n")
  }

  @Test func trailingEmptyFieldsAreTrimmedDownToTheRequiredThree() throws {
    let input =
      header
      + "c\tn\tC\t\t\n"
      + "b\tn\tB\t\tnote\n"
      + "a\tn\tA\tx>y\t\n"
      + "d\tn\tD\t\t \n"
      + "e\tn\tE\n"
    let (output, errors) = try format(input)
    #expect(errors.isEmpty)
    #expect(
      output
        == header
        + "a\tn\tA\tx>y\n"
        + "b\tn\tB\t\tnote\n"
        + "c\tn\tC\n"
        + "d\tn\tD\n"
        + "e\tn\tE\n")
  }

  @Test func spacesAreNormalisedInFieldsEquivalentsAndCues() throws {
    let input =
      header
      + " masa \tn\tperiod ; time;;time ;  term  of office\t jabatan > term ;;kerja>  term ;jabatan>term\t a  note;  kept \n"
    let (output, errors) = try format(input)
    #expect(errors.isEmpty)
    #expect(
      output
        == header
        + "masa\tn\tperiod;time;term of office\tjabatan>term;kerja>term\ta note; kept\n")
  }

  @Test func commentsAndTheHeaderAreKeptAndTrailingBlankLinesDropped() throws {
    let input =
      "# generated\n" + "lemma\tpos\tenglish\n" + "b\tv\tB\n" + "# keep  this  as is \n"
      + "a\tv\tA\n\n\n"
    let (output, errors) = try format(input)
    #expect(errors.isEmpty)
    #expect(
      output
        == "# generated\n" + header + "b\tv\tB\n" + "# keep  this  as is \n" + "a\tv\tA\n")
  }

  @Test func crlfInputBecomesLF() throws {
    let input =
      "lemma\tpos\tenglish\tcues\tnote\r\n# Kata\r\nz\tn\tZ\t\t\r\na\tn\tA\r\n\r\n# Lain\r\nb\tv\tB\t\tn\r\n"
    let (output, errors) = try format(input)
    #expect(errors.isEmpty)
    #expect(output == header + "# Kata\na\tn\tA\nz\tn\tZ\n\n# Lain\nb\tv\tB\t\tn\n")
  }

  @Test func formattingTwiceEqualsFormattingOnce() throws {
    let input =
      header + "# A\nz\tn\tq; p;p\t\t\n a \tadj\tb\tw>x;w > x\t\n\n# B\nÉ\tv\te\r\nE\tn\te2\t\tn\n"
    let (once, _) = try format(input)
    let (twice, _) = try format(try #require(once))
    #expect(once == twice)
    #expect(once != input)
  }

  @Test func aCanonicalFileIsLeftByteForByte() throws {
    let input = header + "# A\na\tn\tA\nb\tn\tB\tx>y\n\n# B\nc\tn\tC\t\tnote\n"
    let (output, errors) = try format(input)
    #expect(errors.isEmpty)
    #expect(output == input)
  }

  @Test func aFileWithLintErrorsIsNotFormatted() throws {
    let input = header + "b\tn\tB\n\tn\tA\nc\tnoun\tC\nd\tn\tD\tbroken\n"
    let (output, errors) = try format(input)
    #expect(output == nil)
    #expect(
      errors == [
        "l.tsv:3:1: error: empty lemma",
        "l.tsv:4:3: error: unknown part of speech 'noun' (expected one of: n, v, adj, adv, pron, prep, conj, num, det, part, intj, cls, aux)",
        "l.tsv:5:7: error: malformed cue 'broken' (expected word>english or place=word>english)",
      ])
  }

  /// Formatting the shipped lexicon works: no errors, idempotent, the same entries (only
  /// their order and spacing change), and no new lint problems. It does not require the
  /// shipped files to be canonical already.
  @Test func theShippedLexiconFormatsToTheSameEntries() throws {
    let files = try TSVTable.readFolder(
      repositoryRoot.appendingPathComponent("Glossaries/lexicon").path, kind: "lexicon")
    #expect(!files.isEmpty)
    let formatter = try LexiconFormatter()
    var formatted: [(path: String, bytes: [UInt8])] = []
    for file in files {
      let (bytes, errors) = formatter.format(file.bytes, path: file.path)
      #expect(errors.isEmpty)
      let canonical = try #require(bytes)
      #expect(formatter.format(canonical, path: file.path).bytes == canonical)
      formatted.append((file.path, canonical))
    }
    /// Each entry as one line (file, lemma, pos, equivalents, cues, note), sorted.
    func summary(_ lexicon: Lexicon) -> [String] {
      lexicon.entries.map { entry in
        let cues = entry.cues.map { $0.word + ">" + $0.english }
        let fields = [entry.origin.path, entry.lemma, entry.partOfSpeech.rawValue]
        return (fields + entry.english + ["|"] + cues + ["|", entry.note]).joined(separator: "\t")
      }.sorted()
    }
    let (before, problemsBefore) = Lexicon.parse(files: files)
    let (after, problemsAfter) = Lexicon.parse(files: formatted)
    #expect(!problemsAfter.contains { $0.severity == .error })
    #expect(problemsAfter.count <= problemsBefore.count)
    #expect(summary(after) == summary(before))
  }
}
