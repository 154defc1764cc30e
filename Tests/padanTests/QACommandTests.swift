import Foundation
import Testing

@Suite struct QACommandTests {
  /// A TMX of two units in Padan's shape, with the given English for each source.
  func tmx(_ units: [(source: String, target: String)]) -> [UInt8] {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="id" datatype="plaintext"/><body>

      """
    for (i, unit) in units.enumerated() {
      out += """
        <tu tuid="\(i + 1)"><tuv xml:lang="id"><seg>\(unit.source)</seg></tuv><tuv xml:lang="en"><seg>\(unit.target)</seg></tuv></tu>

        """
    }
    out += "</body></tmx>\n"
    return Array(out.utf8)
  }

  @Test func aReplacedTermIsReportedWithItsEntryAndExitsOne() throws {
    let folder = try temporaryFolder([
      "x.tmx": tmx([
        (
          "Menteri Luar Negeri Retno Marsudi tiba di Jakarta.",
          "Foreign Minister Retno Marsudi arrived in Jakarta."
        ),
        (
          "Menteri Luar Negeri Retno Marsudi tiba di Bandung.",
          "Minister of Abroad Retno Marsudi arrived in Bandung."
        ),
      ])
    ])
    let path = folder.appendingPathComponent("x.tmx").path
    let result = try runPadan(["qa", path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    let entryLine = try #require(
      try String(
        contentsOf: repositoryRoot.appendingPathComponent("Glossaries/titles.tsv"), encoding: .utf8
      )
      .split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.hasPrefix("Menteri Luar Negeri\t") })
    #expect(
      lines.first.map(String.init)
        == "\(path):2: term: 'Menteri Luar Negeri' should be translated 'Foreign Minister' [Glossaries/titles.tsv:\(entryLine + 1)]"
    )
  }

  /// The 1-based line of the row of `file` (under Glossaries/) whose source is `source`.
  func glossaryLine(_ file: String, _ source: String) throws -> Int {
    try #require(
      try String(
        contentsOf: repositoryRoot.appendingPathComponent("Glossaries/" + file), encoding: .utf8
      )
      .split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex { $0.hasPrefix(source + "\t") }) + 1
  }

  @Test func forbiddenEnglishIsReportedInEveryFormat() throws {
    let folder = try temporaryFolder([
      "x.tmx": tmx([
        (
          "Dewan NATO-Rusia bertemu di Belanda.",
          "The NATO-Russia Council, once called the NATO-Russia Board, met in Holland."
        ),
        ("Dewan NATO-Rusia bertemu lagi.", "The NATO-Russia Council met again."),
      ])
    ])
    let path = folder.appendingPathComponent("x.tmx").path
    let council =
      "Glossaries/organisations.tsv:\(try glossaryLine("organisations.tsv", "Dewan NATO-Rusia"))"
    let netherlands = "Glossaries/places.tsv:\(try glossaryLine("places.tsv", "Belanda"))"
    let text = try runPadan(["qa", path])
    #expect(text.status == 1)
    #expect(
      text.stdout == """
        \(path):1: forbidden: 'Dewan NATO-Rusia' is translated 'NATO-Russia Board', which the glossary forbids; use 'NATO-Russia Council' [\(council)]
        \(path):1: forbidden: 'Belanda' is translated 'Holland', which the glossary forbids; use 'Netherlands' [\(netherlands)]
        \(path):1: term: 'Belanda' should be translated 'Netherlands' [\(netherlands)]

        """)
    let json = try runPadan(["qa", "--format", "json", path])
    #expect(json.status == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let counts = try #require(object["counts"] as? [String: Int])
    #expect(
      counts == ["term": 1, "forbidden": 2, "inconsistent": 0, "number": 0, "untranslated": 0])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.first?["kind"] as? String == "forbidden")
    #expect(findings.first?["entry"] as? String == council)
    let html = try runPadan(["qa", "--format", "html", path])
    #expect(html.status == 1)
    #expect(html.stdout.contains("<span class=\"kind forbidden\">forbidden</span>"))
    #expect(html.stdout.contains(council))
  }

  @Test func unitsOfAnXLIFFWithSeveralFilesAreNamedWithTheirFile() throws {
    let xliff = """
      <?xml version="1.0" encoding="UTF-8"?>
      <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">
      <file id="f1"><unit id="u1"><segment><source>Menteri Luar Negeri tiba.</source><target>The Minister of Abroad arrived.</target></segment></unit></file>
      <file id="f2"><unit id="u1"><segment><source>Pemerintah belum memutuskan.</source><target>Pemerintah belum memutuskan.</target></segment></unit></file>
      </xliff>

      """
    let folder = try temporaryFolder(["x.xlf": Array(xliff.utf8)])
    let path = folder.appendingPathComponent("x.xlf").path
    let result = try runPadan(["qa", path])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map { $0.prefix { $0 != " " } }
    #expect(lines == ["\(path):f1/u1:", "\(path):f2/u1:"])
  }

  @Test func theCommittedOutputHasNoTermViolations() throws {
    let names = try FileManager.default.contentsOfDirectory(
      atPath: repositoryRoot.appendingPathComponent("Output").path
    ).filter {
      $0.hasSuffix(".jsonl") || $0.hasSuffix(".tmx") || $0.hasSuffix(".xlf")
        || $0.hasSuffix(".xliff")
    }
    .sorted()
    #expect(names.count >= 9)
    let result = try runPadan(["qa"] + names.map { "Output/" + $0 })
    #expect(!result.stdout.contains(": term: "), "\(result.stdout)")
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    // The check is not vacuous: replacing one term's English in one file is found.
    let original = try String(
      contentsOf: repositoryRoot.appendingPathComponent("Output/000_d9d9eef47c1bbfe9.jsonl"),
      encoding: .utf8)
    #expect(original.contains("Russian Deputy Foreign Minister"))
    let folder = try temporaryFolder([
      "a.jsonl": Array(
        original.replacingOccurrences(
          of: "Russian Deputy Foreign Minister", with: "Russian Vice Foreign Minister"
        ).utf8)
    ])
    let mutated = try runPadan(["qa", folder.appendingPathComponent("a.jsonl").path])
    #expect(mutated.status == 1)
    #expect(
      mutated.stdout.contains(
        ":3.1: term: 'Wakil Menteri Luar Negeri Rusia' should be translated 'Russian Deputy Foreign Minister' [Glossaries/titles.tsv:"
      ))
  }

  @Test func numbersAndUntranslatedUnitsAreReported() throws {
    let folder = try temporaryFolder([
      "x.tmx": tmx([
        (
          "Harga naik 2,5 persen menjadi Rp1.500 pada pukul 21.24.",
          "The price rose 2.5 percent to Rp1,500 at 9:24 p.m."
        ),
        ("Sebanyak 120 orang hadir.", "A total of 210 people attended."),
        ("Pemerintah belum memutuskan.", "Pemerintah belum memutuskan."),
        ("Pemerintah sudah memutuskan.", ""),
        ("Joko Widodo", "Joko Widodo"),
      ])
    ])
    let path = folder.appendingPathComponent("x.tmx").path
    let result = try runPadan(["qa", path])
    #expect(result.status == 1)
    #expect(
      result.stdout == """
        \(path):2: number: numbers differ; missing from the English: 120; not in the Indonesian: 210
        \(path):3: untranslated: the English is the Indonesian unchanged
        \(path):4: untranslated: no English

        """)
  }

  @Test func inconsistentEnglishAcrossFiles() throws {
    let folder = try temporaryFolder([
      "a.tmx": tmx([("Pemerintah belum memutuskan.", "The government has not decided.")]),
      "b.tmx": tmx([("Pemerintah  belum memutuskan.", "The government hasn't decided yet.")]),
    ])
    let a = folder.appendingPathComponent("a.tmx").path
    let b = folder.appendingPathComponent("b.tmx").path
    let result = try runPadan(["qa", a, b])
    #expect(result.status == 1)
    #expect(
      result.stdout
        == "\(b):1: inconsistent: translated differently in \(a):1: \"The government has not decided.\"; here: \"The government hasn't decided yet.\"\n"
    )
  }

  @Test func jsonReportShape() throws {
    let folder = try temporaryFolder([
      "x.tmx": tmx([
        ("Menteri Luar Negeri tiba.", "The Minister of Abroad arrived."),
        ("Sebanyak 120 orang hadir.", "A total of 120 people attended."),
      ])
    ])
    let result = try runPadan([
      "qa", "--format", "json", folder.appendingPathComponent("x.tmx").path,
    ])
    #expect(result.status == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["files"] as? Int == 1)
    #expect(object["segments"] as? Int == 2)
    let counts = try #require(object["counts"] as? [String: Int])
    #expect(
      counts == ["term": 1, "forbidden": 0, "inconsistent": 0, "number": 0, "untranslated": 0])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.count == 1)
    let f = try #require(findings.first)
    #expect(Set(f.keys) == ["file", "unit", "kind", "message", "entry", "source", "target"])
    #expect(f["unit"] as? String == "1")
    #expect(f["kind"] as? String == "term")
    #expect((f["entry"] as? String)?.hasPrefix("Glossaries/titles.tsv:") == true)
    #expect(f["target"] as? String == "The Minister of Abroad arrived.")
  }

  @Test func htmlReportIsOnePageWithEscapedText() throws {
    let folder = try temporaryFolder([
      "x.tmx": tmx([
        ("Menteri Luar Negeri tiba &amp; pergi.", "The Minister of Abroad came &amp; went.")
      ])
    ])
    let result = try runPadan([
      "qa", "--format", "html", folder.appendingPathComponent("x.tmx").path,
    ])
    #expect(result.status == 1)
    #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(result.stdout.contains("<span class=\"kind term\">term</span>"))
    #expect(
      result.stdout.contains(
        "<td lang=\"id\"><mark>Menteri Luar Negeri</mark> tiba &amp; pergi.</td>"))
    #expect(result.stdout.contains("came &amp; went."))
    #expect(!result.stdout.contains("<script"))
  }

  @Test func badInputIsAnErrorAtItsLocationWithExitTwo() throws {
    let folder = try temporaryFolder(["x.txt": Array("Bukan berkas dwibahasa.\n".utf8)])
    let path = folder.appendingPathComponent("x.txt").path
    let result = try runPadan(["qa", path])
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("\(path):1:1: error: not a bilingual file"))
    let missing = try runPadan(["qa", folder.appendingPathComponent("none.tmx").path])
    #expect(missing.status == 2)
  }
}
