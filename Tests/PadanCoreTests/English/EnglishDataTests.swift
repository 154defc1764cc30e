import Foundation
import Testing

@testable import PadanCore

/// The shipped English rules in `Glossaries/rules`, loaded once.
let shippedEnglish: EnglishMorphology = {
  let (morphology, problems) = try! EnglishMorphology.load(
    rulesDirectory: repositoryRoot.appendingPathComponent("Glossaries/rules").path)
  precondition(problems.isEmpty, "\(problems)")
  return morphology
}()

/// The loader's messages, and checks of the shipped data files.
@Suite struct EnglishDataTests {
  /// Writes the three rule files to a new folder and loads them.
  func load(verbs: String, nouns: String, demonyms: String) throws -> (
    folder: String, problems: [String]
  ) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "padan-english-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in [
      (EnglishMorphology.verbsFile, verbs), (EnglishMorphology.nounsFile, nouns),
      (EnglishMorphology.demonymsFile, demonyms),
    ] {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    let (_, problems) = try EnglishMorphology.load(rulesDirectory: folder.path)
    return (folder.path, problems.map(\.description))
  }

  @Test func aMalformedRowIsReportedAtItsLineAndColumn() throws {
    let (folder, problems) = try load(
      verbs: "# verbs\nbase\tpast\tparticiple\tnote\nsay\tsaid\tsaid\t\ngo\twent\n",
      nouns: "singular\tplural\tnote\nchild\tchildren\n",
      demonyms: "place\tadjective\tpeople\tnote\nRussia\tRussian\tRussians\n")
    #expect(
      problems == [
        "\(folder)/english-verbs.tsv:4:8: error: expected 3 to 4 tab-separated fields, found 2"
      ])
  }

  @Test func rowProblemsAreReportedInFileOrder() {
    var morphology = EnglishMorphology()
    let verbs = morphology.addVerbs(
      Array(
        """
        base\tpast\tparticiple\tnote
        say\tsaid\tsaid
        Say\tsays\tsaid
        begin\tbegan\tbegun\tpresent participle: 
        hold\t\theld
        seek \tsought\tsought

        """.utf8), path: "v.tsv")
    #expect(
      verbs.map(\.description) == [
        "v.tsv:3:1: error: 'Say' is already listed at v.tsv:2",
        "v.tsv:4:19: warning: note has leading or trailing spaces",
        "v.tsv:4:19: error: expected one word after 'present participle: '",
        "v.tsv:5:6: error: past is empty",
        "v.tsv:6:1: warning: base has leading or trailing spaces",
      ])
    let nouns = morphology.addNouns(
      Array("singular\tplural\n*man\tmen\nchild\t*children\nnews\t=\n".utf8), path: "n.tsv")
    #expect(
      nouns.map(\.description) == [
        "n.tsv:2:6: error: a '*' ending needs a '*' plural or '=', and a '*' plural a '*' singular",
        "n.tsv:3:1: error: a '*' ending needs a '*' plural or '=', and a '*' plural a '*' singular",
      ])
    let places = morphology.addDemonyms(
      Array("place\tadjective\nRussia\tRussian\nRussia\tRussian\nrussia\tRussian\n".utf8),
      path: "d.tsv")
    #expect(
      places.map(\.description) == ["d.tsv:3:1: error: 'Russia' is already listed at d.tsv:2"])
    #expect(morphology.pastParticiple("seek") == "seeked")
    #expect(!morphology.isCountable("news"))
  }

  @Test func aWrongHeaderOrAMissingFileIsAnError() throws {
    var morphology = EnglishMorphology()
    let problems = morphology.addNouns(Array("noun\tplural\nchild\tchildren\n".utf8), path: "n.tsv")
    #expect(
      problems.map(\.description) == [
        "n.tsv:1:1: error: expected header 'singular\\tplural\\tnote', found 'noun\\tplural'"
      ])
    #expect(throws: Diagnostic.self) {
      try EnglishMorphology.load(rulesDirectory: "/nonexistent-padan-rules")
    }
  }

  /// The rows of a shipped rules file.
  func shippedTable(_ name: String, columns: [String], minimumFields: Int) throws -> TSVTable {
    let path = repositoryRoot.appendingPathComponent("Glossaries/rules/\(name)").path
    let bytes = try #require(FileManager.default.contents(atPath: path))
    let (table, problems) = TSVTable.parse(
      [UInt8](bytes), path: path, expectedHeader: columns, minimumFields: minimumFields)
    #expect(problems.isEmpty)
    return table
  }

  @Test func theShippedDataLoadsWithoutProblemsAndHasEnoughEntries() throws {
    #expect(shippedEnglish.verbs.count >= 280)
    #expect(shippedEnglish.nouns.count >= 250)
    #expect(shippedEnglish.nouns.values.filter { $0 == nil }.count >= 100)
    #expect(shippedEnglish.places.count >= 300)
  }

  /// Every listed verb changes a form the rules would make, either from the spelling rules
  /// alone or from the rest of the data (`relay`, whose prefix rule would give `relaid`).
  @Test func everyListedVerbIsNeeded() throws {
    let table = try shippedTable(
      EnglishMorphology.verbsFile, columns: EnglishMorphology.verbColumns, minimumFields: 3)
    let bare = EnglishMorphology()
    for row in table.rows where row.fields[0] != "be" {
      let verb = row.fields[0]
      var without = shippedEnglish
      without.verbs[verb] = nil
      let listed = [
        shippedEnglish.past(verb), shippedEnglish.pastParticiple(verb),
        shippedEnglish.presentParticiple(verb),
      ]
      let byRules = [bare.past(verb), bare.pastParticiple(verb), bare.presentParticiple(verb)]
      let byOtherData = [
        without.past(verb), without.pastParticiple(verb),
        without.presentParticiple(verb),
      ]
      #expect(listed != byRules || listed != byOtherData, "\(table.location(of: row, field: 0))")
    }
  }

  /// Every listed noun changes a plural the rules would make (see `everyListedVerbIsNeeded`).
  @Test func everyListedNounIsNeeded() throws {
    let table = try shippedTable(
      EnglishMorphology.nounsFile, columns: EnglishMorphology.nounColumns, minimumFields: 2)
    let bare = EnglishMorphology()
    for row in table.rows where !row.fields[0].hasPrefix("*") {
      let noun = row.fields[0]
      var without = shippedEnglish
      without.nouns[noun] = nil
      without.listedPlurals.remove(noun)
      let listed = shippedEnglish.plural(noun)
      #expect(
        listed != bare.plural(noun) || listed != without.plural(noun),
        "\(table.location(of: row, field: 0))")
    }
  }

  /// The English targets of `Glossaries/places.tsv`, by the `# ===` section they are in.
  func placeTargets() throws -> [(section: String, target: String)] {
    let path = repositoryRoot.appendingPathComponent("Glossaries/places.tsv").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var section = ""
    var targets: [(String, String)] = []
    for line in text.split(separator: "\n").dropFirst() {
      if line.hasPrefix("# ===") {
        section = String(line)
      } else if !line.hasPrefix("#") {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        if fields.count > 1 { targets.append((section, String(fields[1]))) }
      }
    }
    return targets
  }

  @Test func everyDemonymPlaceIsAPlacesTargetOrMarkedAsARegion() throws {
    let targets = Set(try placeTargets().map(\.target))
    #expect(targets.count > 1000)
    let table = try shippedTable(
      EnglishMorphology.demonymsFile, columns: EnglishMorphology.demonymColumns,
      minimumFields: 2)
    for row in table.rows {
      let note = row.fields.count > 3 ? row.fields[3] : ""
      #expect(
        targets.contains(row.fields[0]) || note.hasPrefix("region"),
        "\(table.location(of: row, field: 0)): '\(row.fields[0])' is not a places.tsv target")
    }
  }

  @Test func everyCountryInPlacesHasAnAdjective() throws {
    let countries = try placeTargets().filter {
      $0.section.contains("Sovereign countries") || $0.section.contains("Formal state names")
    }
    #expect(countries.count >= 200)
    for (_, target) in countries {
      #expect(shippedEnglish.demonym(of: target) != nil, "no demonym for \(target)")
    }
  }
}
