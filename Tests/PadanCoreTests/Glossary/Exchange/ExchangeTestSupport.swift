@testable import PadanCore

/// A glossary with every type, case policy overrides both ways, variants (abbreviations
/// and spellings), notes, and text that XML and CSV must escape: `AT&T`, `"kutip"`, `<>`,
/// `'`, commas.
let exchangeSampleTSV = """
  source\ttarget\ttype\tcase\tvariants\tnote
  Joko Widodo\tJoko Widodo\tperson\t\tJokowi\tPresiden "Jokowi", 2014–2024
  Perserikatan Bangsa-Bangsa\tUnited Nations\torg\t\tPBB\t<PBB> & 'UN'
  Moskow\tMoscow\tplace\tinsensitive\t\tibu kota, Rusia
  Sekretaris Jenderal\tSecretary General\ttitle\tsensitive\tSekjen|Sekjend|Sekretaris Jendral\t
  pengendalian senjata\tarms control\tterm\t\t\t"kutip"
  Senin\tMonday\tdate\t\t\t
  Kantor Berita Antara\tAntara <ANTARA> News Agency\tmedia\t\tAntara\t
  AT&T\tAT&T\tkeep\t\t\tjangan diterjemahkan; "AT&T" tetap
  NATO\tNATO\tkeep\t\t\t

  """

/// `exchangeSampleTSV`, loaded.
func exchangeSample() -> Glossary {
  let (glossary, problems) = Glossary.parse(files: [("sample.tsv", Array(exchangeSampleTSV.utf8))])
  precondition(problems.isEmpty, "\(problems)")
  return glossary
}

/// Every field of every entry but the origin, for comparing glossaries.
func fields(_ glossary: Glossary) -> [[String]] {
  glossary.entries.map {
    [
      String($0.id), $0.source, $0.target, $0.kind.rawValue, $0.casePolicy.rawValue,
      $0.variants.joined(separator: "|"), $0.note,
    ]
  }
}

/// Reads `text` in `format` from a file named `path`.
func read(_ text: String, _ format: GlossaryExchangeFormat, path: String = "in")
  -> (Glossary, [String])
{
  let (glossary, problems) = format.read(Array(text.utf8), path: path)
  return (glossary, problems.map(\.description))
}
