import Foundation
import Testing

@testable import PadanCore

@Suite struct EnglishWordListTests {
  var checked: EnglishMorphology {
    var english = EnglishMorphology(verbs: ["feel": ("felt", "felt")])
    english.wordList = sampleWords
    english.targetWords = ["midfielder", "feeling", "medicine", "kick"]
    return english
  }

  /// A word copied from the source is never inflected: not in the list, not an English word
  /// of the lexicon.
  @Test func copiedWordsStayAsTheyAre() {
    #expect(checked.plural("kelelawar") == "kelelawar")
    #expect(checked.plural("inci") == "inci")
    #expect(checked.past("lubang") == "lubang")
  }

  /// An English word whose rule-made form is not a word keeps its base form.
  @Test func formsThatAreNotWordsAreNotWritten() {
    #expect(checked.past("medicine") == "medicine")
    #expect(checked.past("there") == "there")
    #expect(checked.past("feeling") == "feeling")
    #expect(checked.presentParticiple("feeling") == "feeling")
    #expect(checked.adverb(of: "older") == "older")
  }

  /// Listed forms and forms the list has are kept; so are regular forms of lexicon words
  /// the list lacks.
  @Test func validFormsAreKept() {
    #expect(checked.past("visit") == "visited")
    #expect(checked.presentParticiple("visit") == "visiting")
    #expect(checked.past("feel") == "felt")
    #expect(checked.plural("midfielder") == "midfielders")
    #expect(checked.plural("Visit") == "Visit")  // "visits" is not in the sample list
  }

  /// Without a list every rule-made form is written.
  @Test func withoutAListEveryFormIsWritten() {
    let english = EnglishMorphology()
    #expect(english.plural("kelelawar") == "kelelawars")
    #expect(english.past("medicine") == "medicined")
  }

  /// British spellings of listed American words count as words.
  @Test func britishSpellingsOfListedWords() {
    let list = EnglishWordList(words: ["emphasize", "emphasized", "color", "traveled", "center"])
    #expect(list.contains("emphasised"))
    #expect(list.contains("colour"))
    #expect(list.contains("travelled"))
    #expect(list.contains("centre"))
    #expect(!list.contains("kelelawar"))
  }
}
