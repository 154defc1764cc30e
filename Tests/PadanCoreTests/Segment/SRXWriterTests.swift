import Foundation
import Testing

@testable import PadanCore

/// The exported SRX rules, applied the way SRX tools apply them, segment text as Padan does.
@Suite struct SRXWriterTests {
  /// An SRX rule with its patterns compiled by ICU (the regular expressions SRX 2.0 names).
  struct Compiled {
    var breaks: Bool
    var before: NSRegularExpression
    var after: NSRegularExpression
  }

  static func compiled(_ rules: [SRXWriter.Rule]) throws -> [Compiled] {
    try rules.map {
      Compiled(
        breaks: $0.breaks, before: try NSRegularExpression(pattern: $0.before),
        after: try NSRegularExpression(pattern: $0.after))
    }
  }

  /// Splits one paragraph with SRX semantics: at every position, the first rule whose
  /// `before` matches up to it and whose `after` matches from it decides.
  static func split(_ paragraph: String, _ rules: [Compiled]) -> [String] {
    let text = paragraph as NSString
    let whole = NSRange(location: 0, length: text.length)
    var decided: [Int: Bool] = [:]
    for rule in rules {
      for match in rule.before.matches(in: paragraph, range: whole) {
        let end = match.range.location + match.range.length
        guard end < text.length, decided[end] == nil else { continue }
        let rest = NSRange(location: end, length: text.length - end)
        if rule.after.firstMatch(in: paragraph, options: .anchored, range: rest) != nil {
          decided[end] = rule.breaks
        }
      }
    }
    var pieces: [String] = []
    var start = 0
    for cut in decided.filter(\.value).keys.sorted() + [text.length] {
      let piece = text.substring(with: NSRange(location: start, length: cut - start))
        .trimmingCharacters(in: .whitespaces)
      if !piece.isEmpty { pieces.append(piece) }
      start = cut
    }
    return pieces
  }

  static let samples = ["000_d9d9eef47c1bbfe9.txt", "004_9f811401335fad5e.txt"]

  @Test(arguments: samples)
  func srxSegmentsTheSamplesLikePadan(name: String) throws {
    let rules = try Self.compiled(SRXWriter.rules(shippedRules))
    let path = repositoryRoot.appendingPathComponent("Seeds").appendingPathComponent(name).path
    let (document, _) = try DocumentSegmenter(rules: shippedRules).document(
      from: try InputCollector.read(path))
    // Boilerplate lines are whole segments in Padan (they are not translated), which no
    // sentence rule can know; separators between a byline and a dateline stay a segment of
    // their own in an SRX tool, with nothing to translate.
    var padan: [Int: [String]] = [:]
    var boilerplateLines: Set<Int> = []
    for s in document.segments {
      if s.kind == .boilerplate { boilerplateLines.insert(s.line) }
      padan[s.line, default: []].append(String(document.text(of: s)))
    }
    let lines = String(decoding: document.normalizedBytes, as: UTF8.self)
      .split(separator: "\n", omittingEmptySubsequences: false)
    var compared = 0
    for (k, line) in lines.enumerated()
    where !line.allSatisfy(\.isWhitespace) && !boilerplateLines.contains(k) {
      let pieces = Self.split(String(line), rules).filter { !["•", "|", "·"].contains($0) }
      #expect(pieces == padan[k] ?? [], "line \(k + 1)")
      compared += 1
    }
    #expect(compared >= 12)
  }

  @Test func rulesCoverTheIndonesianCases() throws {
    let rules = try Self.compiled(SRXWriter.rules(shippedRules))
    let cases: [(String, [String])] = [
      ("Kata Dr. Budi hari ini. Ia pulang.", ["Kata Dr. Budi hari ini.", "Ia pulang."]),
      (
        "Presiden B.J. Habibie datang. Rakyat senang.",
        ["Presiden B.J. Habibie datang.", "Rakyat senang."]
      ),
      (
        "Beras, gula, dll. sudah habis. Harga naik.",
        ["Beras, gula, dll. sudah habis.", "Harga naik."]
      ),
      (
        "\"Siapa?\" tanya dia. Tidak ada jawaban.", ["\"Siapa?\" tanya dia.", "Tidak ada jawaban."]
      ),
      ("Foto di Jakarta, 2022. (Kenzo / AFP)", ["Foto di Jakarta, 2022. (Kenzo / AFP)"]),
      (
        "Saham PT Maju Tbk. Perusahaan itu untung.",
        ["Saham PT Maju Tbk.", "Perusahaan itu untung."]
      ),
      ("Saham PT Maju Tbk. Jakarta naik.", ["Saham PT Maju Tbk. Jakarta naik."]),
      ("Willy Haryono • 15 Februari 2022 21:24", ["Willy Haryono", "•", "15 Februari 2022 21:24"]),
      ("NATO. Rusia menolak.", ["NATO.", "Rusia menolak."]),
    ]
    for (text, expected) in cases {
      #expect(Self.split(text, rules) == expected, "\(text)")
    }
  }

  @Test func exportIsSRX20WithTheLanguageMap() {
    let xml = SRXWriter.text(shippedRules)
    #expect(xml.contains("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">"))
    #expect(xml.contains("<languagerule languagerulename=\"Indonesian\">"))
    #expect(xml.contains("languagerulename=\"Indonesian\"/>"))
    #expect(xml.contains("<beforebreak>"))
    #expect(SRXWriter.text(shippedRules) == xml)
  }
}

/// The SRX export is well-formed SRX 2.0: it validates against the structure schema in
/// `Tests/Data/schemas/srx`, and a file that is not SRX 2.0 does not.
@Suite struct SRXSchemaTests {
  func validate(_ text: String) throws -> (Int32, String) {
    let xmllint = try #require(
      ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      }),
      "xmllint is needed to validate the SRX export: apt-get install libxml2-utils")
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("padan-srx-\(UUID().uuidString).srx")
    try Data(text.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = [
      "--noout", "--nonet", "--schema",
      repositoryRoot.appendingPathComponent("Tests/Data/schemas/srx/srx20-structure.xsd").path,
      file.path,
    ]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let messages = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, messages)
  }

  @Test func exportValidates() throws {
    let (status, messages) = try validate(SRXWriter.text(shippedRules))
    #expect(status == 0, "\(messages)")
  }

  @Test func aMapToAMissingLanguageRuleOrAnotherVersionDoesNot() throws {
    let srx = SRXWriter.text(shippedRules)
    #expect(
      try validate(srx.replacingOccurrences(of: "version=\"2.0\"", with: "version=\"1.0\"")).0 != 0)
    #expect(
      try validate(
        srx.replacingOccurrences(
          of: "languagerulename=\"Indonesian\"/>", with: "languagerulename=\"Malay\"/>")
      ).0 != 0)
  }
}
