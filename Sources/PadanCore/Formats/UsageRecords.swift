/// How much of what produced the English a file records.
public enum UsageRecords: Int, Sendable, Hashable, Comparable {
  /// Nothing (TMX, files from other tools).
  case none = 0
  /// Glossary entries only (Padan's XLIFF).
  case glossary = 1
  /// Glossary and lexicon entries (Padan's JSONL).
  case full = 2

  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
