/// `Output/manifest.json`: what a `padan translate` run was made from and what it made.
///
/// Deterministic: documents sorted by path in byte order, no timestamps, one document per
/// line. It records the settings every output depends on (version, engine, glossary,
/// lexicon and rules fingerprints, normalisation form, formats), each input with its
/// SHA-256 and counts, and the inputs that failed.
public struct TranslationManifest: Sendable, Hashable {
  /// One translated input.
  public struct Entry: Sendable, Hashable {
    /// The input path as given.
    public var path: String
    public var sha256: String
    /// The base name of its output files, relative to the output folder (`X` for `X.jsonl`).
    public var output: String
    public var counts: BilingualDocument.Counts

    public init(path: String, sha256: String, output: String, counts: BilingualDocument.Counts) {
      self.path = path
      self.sha256 = sha256
      self.output = output
      self.counts = counts
    }
  }

  public var version: String = PadanVersion.string
  public var engine: String
  public var glossaryFingerprint: String
  public var lexiconFingerprint: String
  public var rulesFingerprint: String
  /// `nfc` or `nfkc`, plus `+lossy` when invalid UTF-8 was replaced.
  public var normalization: String
  public var formats: [BilingualFormat]
  /// `ReviewMemory.fingerprint` of the reviewed segments used, or nil when there were none
  /// (then the manifest has no `reviewed` key).
  public var reviewedFingerprint: String?
  public var documents: [Entry]
  /// Inputs that failed, with the message reported.
  public var failed: [(path: String, error: String)]

  public init(
    engine: String, glossaryFingerprint: String, lexiconFingerprint: String,
    rulesFingerprint: String, normalization: String, formats: [BilingualFormat],
    documents: [Entry] = [], failed: [(path: String, error: String)] = []
  ) {
    self.engine = engine
    self.glossaryFingerprint = glossaryFingerprint
    self.lexiconFingerprint = lexiconFingerprint
    self.rulesFingerprint = rulesFingerprint
    self.normalization = normalization
    self.formats = formats
    self.documents = documents
    self.failed = failed
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.text == b.text
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(text) }

  /// Whether outputs made under `other`'s settings are valid under these: same version,
  /// engine, fingerprints (reviewed segments included) and normalisation.
  public func hasSameSettings(as other: TranslationManifest) -> Bool {
    version == other.version && engine == other.engine
      && glossaryFingerprint == other.glossaryFingerprint
      && lexiconFingerprint == other.lexiconFingerprint
      && rulesFingerprint == other.rulesFingerprint && normalization == other.normalization
      && reviewedFingerprint == other.reviewedFingerprint
  }

  /// The manifest as JSON text, documents and failures sorted by path.
  public var text: String {
    func less(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
    let docs = documents.sorted { less($0.path, $1.path) }
    let fails = failed.sorted { less($0.path, $1.path) }
    var total = BilingualDocument.Counts()
    for d in docs {
      total.segments += d.counts.segments
      total.translated += d.counts.translated
      total.glossaryMatches += d.counts.glossaryMatches
      total.unknownWords += d.counts.unknownWords
    }
    func counts(_ c: BilingualDocument.Counts) -> String {
      "\"segments\":\(c.segments),\"translated\":\(c.translated),"
        + "\"glossary\":\(c.glossaryMatches),\"unknown\":\(c.unknownWords)"
    }
    var out = "{\n"
    out += "  \"padan\": \"manifest\",\n"
    out += "  \"version\": \(JSONText.quoted(version)),\n"
    out += "  \"engine\": \(JSONText.quoted(engine)),\n"
    out += "  \"glossary\": \(JSONText.quoted(glossaryFingerprint)),\n"
    out += "  \"lexicon\": \(JSONText.quoted(lexiconFingerprint)),\n"
    out += "  \"rules\": \(JSONText.quoted(rulesFingerprint)),\n"
    out += "  \"normalization\": \(JSONText.quoted(normalization)),\n"
    if let reviewedFingerprint {
      out += "  \"reviewed\": \(JSONText.quoted(reviewedFingerprint)),\n"
    }
    out += "  \"formats\": \(JSONText.array(formats.map(\.rawValue))),\n"
    out += "  \"documents\": ["
    out += docs.map { d in
      "\n    {\"path\":\(JSONText.quoted(d.path)),\"sha256\":\(JSONText.quoted(d.sha256)),"
        + "\"output\":\(JSONText.quoted(d.output)),\(counts(d.counts))}"
    }.joined(separator: ",")
    out += docs.isEmpty ? "],\n" : "\n  ],\n"
    out += "  \"failed\": ["
    out += fails.map { f in
      "\n    {\"path\":\(JSONText.quoted(f.path)),\"error\":\(JSONText.quoted(f.error))}"
    }.joined(separator: ",")
    out += fails.isEmpty ? "],\n" : "\n  ],\n"
    out += "  \"totals\": {\"documents\":\(docs.count),\(counts(total))}\n"
    out += "}\n"
    return out
  }

  /// Reads a manifest written by `text`.
  ///
  /// - Throws: `Diagnostic` at `FILE:LINE:COLUMN` when it cannot be read or parsed.
  public static func read(path: String) throws(Diagnostic) -> TranslationManifest {
    let reader = try ByteLineReader(path: path)
    var bytes: [UInt8] = []
    while let line = try reader.nextLine() { bytes += line + [0x0A] }
    let value: JSONValue
    do {
      value = try JSONValue.parse(bytes)
    } catch {
      let location = SourceFile(path: path, bytes: bytes).location(ofByte: error.offset)
      throw Diagnostic(.error, at: location, "malformed JSON: \(error.message)")
    }
    let f = JSONFields(object: value, path: path, line: 1)
    guard try f.string("padan") == "manifest" else {
      throw f.problem("not a Padan manifest (\"padan\" is not \"manifest\")")
    }
    var formats: [BilingualFormat] = []
    for name in try f.strings("formats") {
      guard let format = BilingualFormat(rawValue: name) else {
        throw f.problem("unknown format \"\(name)\"")
      }
      formats.append(format)
    }
    var manifest = TranslationManifest(
      engine: try f.string("engine"), glossaryFingerprint: try f.string("glossary"),
      lexiconFingerprint: try f.string("lexicon"), rulesFingerprint: try f.string("rules"),
      normalization: try f.string("normalization"), formats: formats)
    manifest.version = try f.string("version")
    manifest.reviewedFingerprint = try f.optionalString("reviewed")
    for (i, d) in try f.objects("documents").enumerated() {
      let e = JSONFields(object: d, path: path, line: 1, context: "documents[\(i)]")
      var counts = BilingualDocument.Counts()
      counts.segments = try e.count("segments")
      counts.translated = try e.count("translated")
      counts.glossaryMatches = try e.count("glossary")
      counts.unknownWords = try e.count("unknown")
      manifest.documents.append(
        Entry(
          path: try e.string("path"), sha256: try e.string("sha256"),
          output: try e.string("output"), counts: counts))
    }
    for (i, d) in try f.objects("failed").enumerated() {
      let e = JSONFields(object: d, path: path, line: 1, context: "failed[\(i)]")
      manifest.failed.append((try e.string("path"), try e.string("error")))
    }
    return manifest
  }
}
