/// The closed-class Indonesian words the transfer rules treat specially.
enum FunctionWords {
  /// Negators and their role.
  static let negators: Set<String> = ["tidak", "tak", "belum", "bukan", "jangan", "tiada"]
  /// Tense, aspect and modal markers before a verb, with the English they give.
  static let modals: [String: String] = [
    "harus": "must", "bisa": "can", "dapat": "can", "perlu": "need to", "ingin": "want to",
    "mau": "want to", "boleh": "may", "mampu": "be able to", "wajib": "must",
    "sempat": "managed to", "hendak": "intend to", "mesti": "must",
  ]
  static let future: Set<String> = ["akan", "bakal"]
  static let perfect: Set<String> = ["telah", "sudah"]
  static let progressive: Set<String> = ["sedang", "tengah"]
  /// Markers kept in place as adverbs inside the verb group.
  static let groupAdverbs: [String: String] = [
    "masih": "still", "pernah": "once", "baru": "just", "juga": "also", "segera": "soon",
    "kembali": "again", "terus": "continue to", "hanya": "only", "pun": "also",
  ]
  /// Words that introduce an infinitive verb ("to …"), already translated as "to".
  static let infinitiveMarkers: Set<String> = ["untuk", "agar", "supaya", "guna"]

  /// Quantifiers that make the noun after them plural, with their English ("" drops them).
  static let pluralQuantifiers: [String: String] = [
    "para": "", "beberapa": "several", "sejumlah": "a number of", "banyak": "many",
    "berbagai": "various", "semua": "all", "segala": "all", "kedua": "both",
    "ribuan": "thousands of",
    "ratusan": "hundreds of", "puluhan": "dozens of", "jutaan": "millions of",
    "belasan": "dozens of",
  ]
  /// Classifiers: "a/an" before the noun phrase.
  static let indefinites: Set<String> = [
    "seorang", "sebuah", "sebuah", "seekor", "sebuah", "sehelai", "sebutir", "sebatang",
  ]

  /// Possessive English of pronouns following a noun (`rumah mereka` → their house).
  static let possessives: [String: String] = [
    "saya": "my", "aku": "my", "kami": "our", "kita": "our", "mereka": "their", "dia": "his",
    "ia": "his", "beliau": "his", "anda": "your", "kamu": "your", "engkau": "your",
  ]
  /// Object English of pronouns after a verb or preposition.
  static let objects: [String: String] = [
    "saya": "me", "aku": "me", "kami": "us", "kita": "us", "mereka": "them", "dia": "him",
    "ia": "him", "beliau": "him",
  ]
  /// Demonstratives after a noun phrase: (singular, plural).
  static let demonstratives: [String: (String, String)] = [
    "ini": ("this", "these"), "itu": ("that", "those"), "tersebut": ("the", "the"),
  ]

  /// Verbs of saying that follow a quotation (`…,” kata Retno.` → Retno said).
  static let sayVerbs: Set<String> = [
    "kata", "ujar", "ucap", "tutur", "tegas", "jelas", "imbuh", "tambah",
  ]

  /// Adjectives that go before a number in English (`empat tahun terakhir` → the last four years).
  static let ordinalAdjectives: Set<String> = [
    "last", "first", "next", "past", "final", "latest", "previous", "coming",
  ]

  /// English words naming people, for "who" rather than "which".
  static let humanNouns: Set<String> = [
    "people", "person", "official", "minister", "president", "leader", "spokesperson",
    "spokesman", "resident", "citizen", "student", "worker", "police", "officer", "soldier",
    "judge", "defendant", "victim", "member", "head", "chief", "man", "woman", "child",
    "journalist", "reporter", "lawmaker", "legislator", "candidate", "voter", "farmer",
    "fisherman", "teacher", "doctor", "patient", "suspect", "player", "coach", "athlete",
  ]
}
