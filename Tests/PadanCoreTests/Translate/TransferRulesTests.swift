import Foundation
import Testing

@testable import PadanCore

/// The transfer rules and word lists as data: the shipped files load without problems,
/// every example of every rule translates as it says, and mistakes in the files are
/// reported at their FILE:LINE:COLUMN.
@Suite struct TransferRulesTests {
  @Test func shippedRulesAndListsHaveNoProblems() throws {
    let rules = repositoryRoot.appendingPathComponent("Glossaries/rules").path
    let (lists, listProblems, _) = try WordLists.load(directory: rules + "/words")
    let (transfer, ruleProblems, _) = try TransferRules.load(
      directory: rules + "/transfer", lists: lists)
    #expect(listProblems.isEmpty, "\(listProblems)")
    #expect(ruleProblems.isEmpty, "\(ruleProblems)")
    #expect(transfer.rules.allSatisfy { !$0.examples.isEmpty })
  }

  @Test func everyExampleTranslatesAsItSays() {
    let (failures, count) = shippedResources.transferRules.checkExamples(with: shippedTranslator)
    #expect(count >= 40)
    #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
  }

  @Test func ruleFileMistakesAreLocated() {
    let text = """
      rule a.one
        match   pada [nosuch]
        output  on $3
        example x => y
      rule a.two
        match   Pada [day]
        output  on $2.colour
      rule a.one
        match   pada [day]
        output  on $2
      rule a.three
        match   pada [day]
        output  on $2
        frobnicate
      """
    var rules = TransferRules()
    let problems = rules.add(text, path: "t.rules", lists: shippedResources.wordLists)
    let lines = problems.map(\.description)
    #expect(lines.contains { $0.hasPrefix("t.rules:2:16: error: unknown feature 'nosuch'") })
    #expect(lines.contains { $0.hasPrefix("t.rules:3:14: error: '$3' refers to no element") })
    #expect(lines.contains { $0.hasPrefix("t.rules:6:11: error: words in a pattern are written") })
    #expect(lines.contains { $0.hasPrefix("t.rules:7:14: error: unknown form 'colour'") })
    #expect(lines.contains { $0.hasPrefix("t.rules:8:6: error: rule a.one is already defined at") })
    #expect(lines.contains { $0.hasPrefix("t.rules:11:1: warning: rule a.three has no example") })
    #expect(lines.contains { $0.hasPrefix("t.rules:14:3: error: unknown keyword 'frobnicate'") })
    // Only a.three is kept: its problems are a warning and a line of its own.
    #expect(rules.rules.map(\.id) == ["a.three"])
  }

  @Test func wordListMistakesAreLocated() {
    var lists = WordLists()
    let text = "word\tenglish\tnote\nharus\tmust\t\nHarus\tmust\t\nharus\tcan\t\n"
    let problems = lists.add(
      Array(text.utf8), path: "modals.tsv", list: "modals", columns: ["word", "english", "note"])
    #expect(
      problems.map(\.description) == [
        "modals.tsv:3:1: error: 'Harus' must be written in lower case",
        "modals.tsv:4:1: error: 'harus' is already listed at modals.tsv:2",
      ])
    #expect(lists.value("modals", "harus") == "must")
  }

  @Test func aFailingExamplePrintsTheRuleAndAWordDiff() throws {
    // The verb-group rules write the verb ("arrived"); the rule under test is the only other.
    var rules = TransferRules()
    let verbGroups = repositoryRoot.appendingPathComponent(
      "Glossaries/rules/transfer/verb-group.rules")
    #expect(
      rules.add(
        try String(contentsOf: verbGroups, encoding: .utf8), path: verbGroups.path,
        lists: shippedResources.wordLists
      ).isEmpty)
    let problems = rules.add(
      """
      rule t.day
        match   pada|pada_hari hari? [day]
        output  at $3
        example Mereka tiba pada hari Sabtu. => They arrived on Saturday.
      """, path: "t.rules", lists: shippedResources.wordLists)
    #expect(problems.isEmpty)
    let resources = TranslationResources(
      glossary: shippedResources.glossary, lexicon: shippedResources.lexicon,
      english: shippedResources.english, wordLists: shippedResources.wordLists,
      transferRules: rules)
    let (failures, count) = rules.checkExamples(
      with: RuleTranslator(resources: resources), paths: ["t.rules"])
    #expect(count == 1)
    #expect(failures.count == 1)
    let text = failures.first?.description ?? ""
    #expect(text.hasPrefix("t.rules:4:11: error: rule t.day:"))
    #expect(text.contains("diff:     They arrived [-on-] {+at+} Saturday."))
  }

  @Test func explainNamesTheRuleFileAndLine() {
    let text = shippedTranslator.explain("Mereka tiba pada hari Sabtu.", kind: .body)
    #expect(text.contains("dates.rules:"))
    #expect(text.contains("date.pada-day-of-week"))
  }
}
