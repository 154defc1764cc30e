import ArgumentParser
import PadanCore

struct LexiconFormatCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Rewrite the lexicon files in canonical form, rows sorted within each section.",
    discussion: """
      Fields become NFC, trimmed, with runs of spaces collapsed; equivalents and cues are \
      trimmed around ';' and '>', without empties or repeats, in their order; empty fields \
      at the end of a row are dropped (down to lemma, pos, english). Rows are sorted by ICU \
      collation (locale id) of the lemma, then by part of speech (n v adj adv pron prep conj \
      num det part intj cls aux), within each run of rows between comment or blank lines, so \
      headings keep their rows. Only files that change are written, atomically. A file with \
      lint errors is reported as FILE:LINE:COLUMN and left alone.
      """
  )

  @OptionGroup var options: LexiconOptions

  @OptionGroup var formatting: FormatOptions

  func run() throws {
    let files = try options.readFiles()
    // Errors between files (a lemma given twice) count too, so lint the whole folder.
    let (_, problems) = Lexicon.parse(files: files)
    try formatting.format(files, problems: problems) { () throws(Diagnostic) in
      try LexiconFormatter().format
    }
  }
}
