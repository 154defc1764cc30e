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
    "seorang", "sebuah", "seekor", "sehelai", "sebutir", "sebatang",
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
    "kata", "ujar", "ucap", "tutur", "tegas", "jelas", "imbuh", "tambah", "lanjut", "terang",
    "sebut", "ungkap", "papar",
  ]

  /// Adjectives that go before a number in English (`empat tahun terakhir` → the last four years).
  static let ordinalAdjectives: Set<String> = [
    "last", "first", "next", "past", "final", "latest", "previous", "coming",
  ]

  /// Ordinal numerals, which follow the noun in Indonesian (`upaya kedua` → second effort).
  static let ordinals: [String: String] = [
    "pertama": "first", "kedua": "second", "ketiga": "third", "keempat": "fourth",
    "kelima": "fifth", "keenam": "sixth", "ketujuh": "seventh", "kedelapan": "eighth",
    "kesembilan": "ninth", "kesepuluh": "tenth", "terakhir": "last",
  ]

  /// Nouns of measure: a noun after them is joined with "of" (`empat jam pembicaraan` →
  /// four hours of talks).
  static let measureNouns: Set<String> = [
    "jam", "hari", "minggu", "pekan", "bulan", "tahun", "menit", "detik", "dekade", "abad",
    "kali", "ton", "liter", "meter", "kilometer", "hektare", "hektar", "kilogram", "persen",
    "unit", "lembar", "potong", "porsi", "gelas", "botol", "karung", "jenis", "macam",
  ]

  /// Verbs whose object is followed by an infinitive (`mendesak pemerintah mempercepat` →
  /// urged the government to accelerate), by their English, with the word before the
  /// infinitive ("" for a bare infinitive: let, make, help).
  static let controlVerbs: [String: String] = [
    "ask": "to", "urge": "to", "invite": "to", "order": "to", "force": "to", "allow": "to",
    "encourage": "to", "call on": "to", "persuade": "to", "request": "to", "instruct": "to",
    "tell": "to", "require": "to", "enable": "to", "permit": "to", "remind": "to",
    "warn": "to", "let": "", "make": "", "help": "", "prevent": "from", "prohibit": "from",
    "ban": "from", "stop": "from",
  ]

  /// Quantifiers that start a noun phrase which, after a noun, takes "of" (`keamanan semua
  /// negara` → the security of all countries).
  static let ofQuantifiers: Set<String> = [
    "semua", "seluruh", "para", "beberapa", "sejumlah", "berbagai", "setiap", "tiap",
  ]

  /// Common nouns that head proper names, with their English title and whether it comes
  /// before the name (Mount Semeru) or after it (Gelora Bung Tomo Stadium).
  static let nameHeads: [String: (String, Bool)] = [
    "gunung": ("Mount", true), "danau": ("Lake", true), "tanjung": ("Cape", true),
    "stadion": ("Stadium", false), "sungai": ("River", false), "pulau": ("Island", false),
    "jalan": ("Street", false), "bandara": ("Airport", false), "selat": ("Strait", false),
    "teluk": ("Bay", false), "universitas": ("University", false),
    "masjid": ("Mosque", false), "gereja": ("Church", false), "pelabuhan": ("Port", false),
    "kabupaten": ("Regency", false), "provinsi": ("Province", false),
    "kecamatan": ("District", false), "desa": ("Village", false), "kampung": ("Village", false),
    "lapas": ("Prison", false), "taman": ("Park", false),
  ]

  /// English verbs of change in amount: `sebesar` after them is "by", `menjadi` "to".
  static let changeVerbs: Set<String> = [
    "rise", "go up", "increase", "fall", "decline", "drop", "raise", "lower", "cut", "reduce",
    "grow", "climb", "jump", "change", "go down", "shrink", "surge", "decrease", "boost",
    "slash", "weaken", "strengthen", "expand", "contract", "depreciate", "appreciate",
  ]

  /// English verbs of saying and thinking, after which Indonesian may drop the subject.
  static let reportingVerbs: Set<String> = [
    "say", "state", "claim", "admit", "assess", "consider", "believe", "stress", "explain",
    "add", "insist", "confirm", "announce", "promise", "vow", "reveal", "argue", "hope",
    "warn", "deny", "acknowledge", "think", "expect", "affirm", "assert",
  ]

  /// Nouns of time, with their English: a phrase headed by one is an adverbial of time,
  /// not a subject (`5 tahun lalu` → 5 years ago).
  static let timeNouns: [String: String] = [
    "tahun": "year", "bulan": "month", "minggu": "week", "pekan": "week", "hari": "day",
    "jam": "hour", "menit": "minute", "detik": "second", "dekade": "decade", "abad": "century",
  ]

  /// Parts of the day after a day's name (`Senin pagi` → Monday morning).
  static let timesOfDay: [String: String] = [
    "pagi": "morning", "siang": "afternoon", "sore": "afternoon", "petang": "evening",
    "malam": "night", "dini hari": "early morning",
  ]

  /// Words before a noun that modify it in English order (`mantan bupati` → former regent).
  static let preModifiers: [String: String] = [
    "mantan": "former", "bekas": "former", "eks": "former",
  ]

  /// Degree words and negation before an adjective (`sangat kuat` → very strong).
  static let adjectiveDegrees: [String: String] = [
    "sangat": "very", "paling": "most", "lebih": "more", "tidak": "not", "amat": "very",
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
