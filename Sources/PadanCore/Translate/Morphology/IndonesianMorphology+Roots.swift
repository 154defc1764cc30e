extension IndonesianMorphology {
  /// Roots that look affixed and whose apparent stem is itself a word, so stripping would
  /// change the meaning: `menteri` (not men- + `teri` "anchovy"), `masalah` (not `masa` +
  /// -lah), `sekarang` (not se- + `karang`).
  ///
  /// No analysis may split one of these: not the word alone, and not inside a longer
  /// form (`bermasalah` is ber- + `masalah`, never ber- + `masa` + -lah). The list also
  /// holds roots whose false stem is not in today's lexicon (`berita`, `kemarin`), so
  /// adding a lemma later cannot break them.
  public static let defaultOpaqueWords: Set<String> = [
    // Guards named in the issue.
    "menteri", "masalah", "berita", "kemarin", "akan", "pertama", "terima", "pesan", "perlu",
    "dengan", "sekolah",
    // Found by analysing every single-word lemma of Glossaries/lexicon and reading the
    // results: a known false stem follows each root.
    "abadi", "andai", "arti", "babi", "beberapa", "beras", "berkas", "bosan", "cukai", "dasi",
    "diversi", "hutan", "jaman", "juli", "juni", "kalian", "kejari", "kemudian", "kursi",
    "langkah", "makalah", "mapan", "mari", "memar", "mewah", "nilai", "oktan", "pakan",
    "pedas", "pegang", "pemilu", "pengacara", "pengantin", "pentas", "peran", "perangkap",
    "perawan", "perdana", "perdata", "permata", "permisi", "pernah", "persen", "pesisir",
    "petak", "petang", "petasan", "ringan", "saran", "sebab", "sedia", "sejarah", "sejati",
    "sekarang", "selancar", "selatan", "semarak", "seni", "sepi", "sering", "serobot",
    "sesar", "setan", "terapi", "teras", "terjun", "tuai", "tunai",
  ]

  /// Particles and other function words that are never the stem of an affixed form, though
  /// the lexicon lists them: `lahan` is not `lah` + -an, `pekan` not pe- + `kan`.
  static let particleLemmas: Set<String> = [
    "lah", "kah", "pun", "nya", "sih", "kan", "tah", "dong", "kok", "deh", "toh",
  ]

  /// Lemmas shorter than 3 letters that removing enclitics alone may still reach: `ia`
  /// (`ialah`, `iapun`; never with a prefix or suffix, so `teriakan` is not ter- + `ia` +
  /// -kan). Every other lemma reached by removing an affix has at least 3 letters, so `akan` is
  /// never a- + -kan and `perlu` never per- + `lu`. (`bom`, `cat`, `tik` are 3 letters.)
  public static let defaultShortRoots: Set<String> = ["ia"]

  /// Bases that ke- alone (without -an) turns into ordinals: `kedua`, `ketiga`, `kesepuluh`.
  static let ordinalBases: Set<String> = [
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "seratus", "seribu",
  ]
}
