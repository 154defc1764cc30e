import ICUWrapper
import Testing

@Suite struct CollatorTests {
  @Test func indonesianOrderIsAlphabeticalWithAccentsBesideTheirLetters() throws {
    let collator = try Collator(locale: "id")
    let words = ["Zimbabwe", "Éropa", "aceh", "Bali", "Eropa", "Aceh", "eropa", "Ceko"]
    let sorted = try words.sorted { try collator.precedes($0, $1) }
    #expect(sorted == ["aceh", "Aceh", "Bali", "Ceko", "eropa", "Eropa", "Éropa", "Zimbabwe"])
  }

  @Test func tieBreaksAreCaseThenAccent() throws {
    let collator = try Collator(locale: "id")
    #expect(try collator.compare("aceh", "Aceh") == -1)
    #expect(try collator.compare("Eropa", "Éropa") == -1)
    #expect(try collator.compare("Éropa", "Eropah") == -1)
    #expect(try collator.compare("Bali", "Bali") == 0)
  }

  @Test func sortKeysOrderLikeCompare() throws {
    let collator = try Collator(locale: "id")
    let words = ["Éropa", "Eropa", "eropa", "Aceh", "aceh", "", "Sekjen PBB", "Sekjen", "ğ"]
    for a in words {
      for b in words {
        let byKey = try collator.sortKey(a).lexicographicallyPrecedes(collator.sortKey(b))
        #expect(byKey == (try collator.compare(a, b) < 0), "\(a) vs \(b)")
      }
    }
    #expect(try collator.sortKey("Eropa").last == 0)
  }

  @Test func longStringsGrowTheKeyBuffer() throws {
    let collator = try Collator(locale: "id")
    let long = String(repeating: "Ééé ", count: 500)
    let key = try collator.sortKey(long)
    #expect(key.count > 4 * 500)
    #expect(try collator.compare(long, long + "a") == -1)
  }
}
