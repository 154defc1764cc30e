/// Writes `X.id.txt` and `X.en.txt`: the translated segments (not boilerplate, with
/// English), one per line, line N of one file the translation of line N of the other.
public enum ParallelTextWriter {
  /// The Indonesian and English files' text, each line ending in LF.
  public static func texts(_ document: BilingualDocument) -> (indonesian: String, english: String) {
    var id = ""
    var en = ""
    for s in document.segments where s.isTranslated {
      id += s.source.replacingLineBreaks() + "\n"
      en += s.target.replacingLineBreaks() + "\n"
    }
    return (id, en)
  }
}
