internal import Foundation

/// `padan translate` on files: each input `X.txt` becomes `OUT/X.jsonl` and the other
/// formats, written atomically, plus `OUT/manifest.json` for the whole run.
///
/// Every document is independent of the others, so the output bytes do not depend on the
/// number of workers. An input whose bytes and settings are unchanged since the last run
/// (per the previous manifest and its `X.jsonl` header) is skipped unless forced.
public enum BatchTranslator {
  /// One input and the base name of its outputs, relative to the output folder.
  public struct Job: Sendable, Hashable {
    public var path: String
    public var output: String

    public init(path: String, output: String) {
      self.path = path
      self.output = output
    }
  }

  /// What a run is made with.
  public struct Settings: Sendable {
    public var outputDirectory: String
    public var formats: [BilingualFormat]
    /// Writes the files and reads back an earlier run's headers.
    public var outputs: BatchOutputs
    public var force: Bool
    /// The manifest of this run before any document is added: its settings decide whether
    /// earlier outputs can be kept.
    public var manifest: TranslationManifest
    /// The manifest of the previous run in the output folder, if any.
    public var previous: TranslationManifest? {
      didSet { previousEntries = Self.index(previous) }
    }
    /// The previous run's entries by input path.
    private(set) var previousEntries: [String: TranslationManifest.Entry]

    static func index(_ manifest: TranslationManifest?) -> [String: TranslationManifest.Entry] {
      var entries: [String: TranslationManifest.Entry] = [:]
      for entry in manifest?.documents ?? [] where entries[entry.path] == nil {
        entries[entry.path] = entry
      }
      return entries
    }

    public init(
      outputDirectory: String, formats: [BilingualFormat], outputs: BatchOutputs, force: Bool,
      manifest: TranslationManifest, previous: TranslationManifest?
    ) {
      self.outputDirectory = outputDirectory
      self.formats = formats
      self.outputs = outputs
      self.force = force
      self.manifest = manifest
      self.previous = previous
      self.previousEntries = Self.index(previous)
    }

    /// `OUT/manifest.json`.
    public var manifestPath: String {
      (outputDirectory as NSString).appendingPathComponent(BatchTranslator.manifestName)
    }
  }

  /// What became of one input.
  public enum Outcome: Sendable {
    case translated(TranslationManifest.Entry, warnings: [Diagnostic])
    /// Unchanged since the previous run; its outputs were left alone.
    case skipped(TranslationManifest.Entry)
    case failed(path: String, Diagnostic)

    /// The input path.
    public var path: String {
      switch self {
      case .translated(let entry, _), .skipped(let entry): entry.path
      case .failed(let path, _): path
      }
    }
  }

  public static let manifestName = "manifest.json"

  /// The jobs for the paths given on the command line: folders walked in sorted order,
  /// `X.txt` (at any depth of a folder, or given directly) giving the base name `X`.
  ///
  /// Files inside `outputDirectory` are never inputs (outputs such as `X.id.txt` would be
  /// read back and translated again on every run); see `inputsInsideOutput`.
  ///
  /// - Returns: the jobs; a problem for every missing path, for standard input, and for a
  ///   path inside the output folder; and the inputs rejected because another input
  ///   already has their base name (they belong in the manifest's `failed`).
  public static func jobs(for paths: [String], outputDirectory: String? = nil) -> (
    jobs: [Job], problems: [Diagnostic], rejected: [(path: String, Diagnostic)]
  ) {
    let (entries, missing) = InputCollector.entries(for: paths)
    var problems = missing
    var rejected: [(path: String, Diagnostic)] = []
    var jobs: [Job] = []
    var taken: [String: String] = [:]
    let outputRoot = outputDirectory.flatMap(canonicalPath)
    func isInsideOutput(_ path: String) -> Bool {
      guard let outputRoot, let real = canonicalPath(path) else { return false }
      return real == outputRoot || real.hasPrefix(outputRoot + "/")
    }
    for entry in entries {
      if entry.path == "-" {
        problems.append(
          Diagnostic(
            .error, at: nil, "-: standard input is not a batch input; use 'padan translate --jsonl'"
          ))
        continue
      }
      if isInsideOutput(entry.path) { continue }
      var name = entry.relativePath
      if name.lowercased().hasSuffix(".txt") { name = String(name.dropLast(4)) }
      if let other = taken[name] {
        rejected.append(
          (
            entry.path,
            Diagnostic(
              .error, at: nil, "\(entry.path): output name '\(name)' is already used by \(other)")
          ))
        continue
      }
      taken[name] = entry.path
      jobs.append(Job(path: entry.path, output: name))
    }
    return (jobs, problems, rejected)
  }

  /// An error for every path given that is the output folder or inside it: such a run
  /// stops before it writes anything.
  public static func inputsInsideOutput(_ paths: [String], outputDirectory: String)
    -> [Diagnostic]
  {
    guard let outputRoot = canonicalPath(outputDirectory) else { return [] }
    return paths.compactMap { path in
      guard path != "-", let real = canonicalPath(path),
        real == outputRoot || real.hasPrefix(outputRoot + "/")
      else { return nil }
      return Diagnostic(
        .error, at: nil,
        "\(path): is the output folder \(outputDirectory) or inside it; inputs and outputs "
          + "must be in different folders")
    }
  }

  /// The absolute path of `path` with symbolic links resolved, or `nil` when it does not
  /// exist.
  static func canonicalPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Creates the output folder if needed and checks that files can be written in it.
  ///
  /// - Throws: `Diagnostic` naming the folder, before anything is written.
  public static func prepareOutputDirectory(_ directory: String) throws(Diagnostic) {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw Diagnostic(.error, at: nil, "\(directory): the output folder is a file")
      }
    } else if let reason = makeDirectories(directory) {
      throw Diagnostic(.error, at: nil, "\(directory): cannot create the output folder (\(reason))")
    }
    let probe = (directory as NSString).appendingPathComponent(".padan-write-test-\(getpid())")
    guard manager.createFile(atPath: probe, contents: Data()) else {
      throw Diagnostic(
        .error, at: nil,
        "\(directory): cannot write in the output folder (\(String(cString: strerror(errno))))")
    }
    try? manager.removeItem(atPath: probe)
  }

  /// The previous run's manifest in `directory`, or nil when there is none or it cannot be
  /// read (then nothing is skipped).
  public static func previousManifest(in directory: String) -> TranslationManifest? {
    let path = (directory as NSString).appendingPathComponent(manifestName)
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try? TranslationManifest.read(path: path)
  }

  /// Translates one input and writes its files, or skips it when it is unchanged.
  ///
  /// Reading, translating or writing problems become `.failed`; nothing is half written.
  public static func process(_ job: Job, settings: Settings, aligner: BilingualAligner) -> Outcome {
    let source: SourceFile
    do {
      source = try InputCollector.read(job.path)
    } catch {
      return .failed(path: job.path, error)
    }
    let sha256 = SHA256.hex(source.bytes)
    if !settings.force,
      let entry = unchangedEntry(job, input: source.bytes, sha256: sha256, settings: settings)
    {
      return .skipped(entry)
    }
    do throws(Diagnostic) {
      let (_, document, warnings) = try aligner.align(source)
      let base = (settings.outputDirectory as NSString).appendingPathComponent(job.output)
      let folder = (base as NSString).deletingLastPathComponent
      if let reason = makeDirectories(folder) {
        throw Diagnostic(.error, at: nil, "\(folder): cannot create folder (\(reason))")
      }
      let files = settings.outputs.files(document, settings.formats, source.bytes).map {
        (path: base + $0.suffix, bytes: $0.bytes)
      }
      try AtomicFileWriter.writeAll(files)
      return .translated(
        TranslationManifest.Entry(
          path: job.path, sha256: sha256, output: job.output, counts: document.counts),
        warnings: warnings)
    } catch {
      return .failed(path: job.path, error)
    }
  }

  /// The previous manifest's entry for `job` when its outputs are still valid: same
  /// settings, same input hash, `X.jsonl` requested, complete and agreeing with the run
  /// (header and every segment), and every other requested file exactly what `X.jsonl`
  /// renders to. A truncated, emptied or edited output is translated again.
  ///
  /// - Parameters:
  ///   - input: the input's bytes, which the TMX's original-text units are rendered from.
  static func unchangedEntry(_ job: Job, input: [UInt8], sha256: String, settings: Settings)
    -> TranslationManifest.Entry?
  {
    guard let previous = settings.previous, previous.hasSameSettings(as: settings.manifest),
      let entry = settings.previousEntries[job.path],
      entry.sha256 == sha256, entry.output == job.output,
      settings.formats.contains(.jsonl)
    else { return nil }
    let base = (settings.outputDirectory as NSString).appendingPathComponent(job.output)
    guard let document = settings.outputs.document(base + ".jsonl") else { return nil }
    let header = document.header
    guard header.sha256 == sha256, header.version == settings.manifest.version,
      header.glossaryFingerprint == settings.manifest.glossaryFingerprint,
      header.lexiconFingerprint == settings.manifest.lexiconFingerprint,
      header.engine == settings.manifest.engine, header.path == job.path,
      document.counts == entry.counts
    else { return nil }
    for file in settings.outputs.files(document, settings.formats, input) {
      guard let data = FileManager.default.contents(atPath: base + file.suffix),
        data.elementsEqual(file.bytes)
      else { return nil }
    }
    return entry
  }

  /// The manifest of a finished run, from the outcomes of its inputs.
  public static func manifest(
    _ outcomes: [Outcome], rejected: [(path: String, Diagnostic)] = [], settings: Settings
  ) -> TranslationManifest {
    var manifest = settings.manifest
    for (path, diagnostic) in rejected { manifest.failed.append((path, diagnostic.description)) }
    for outcome in outcomes {
      switch outcome {
      case .translated(let entry, _), .skipped(let entry): manifest.documents.append(entry)
      case .failed(let path, let diagnostic): manifest.failed.append((path, diagnostic.description))
      }
    }
    return manifest
  }

  /// Writes `OUT/manifest.json` atomically.
  public static func writeManifest(_ manifest: TranslationManifest, settings: Settings)
    throws(Diagnostic)
  {
    try AtomicFileWriter.write(Array(manifest.text.utf8), to: settings.manifestPath)
  }

  /// Creates `path` and its missing parents (like `mkdir -p`).
  ///
  /// - Returns: nil on success, else the system's reason (`Not a directory`).
  static func makeDirectories(_ path: String) -> String? {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      return isDirectory.boolValue ? nil : String(cString: strerror(ENOTDIR))
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != path, let reason = makeDirectories(parent) { return reason }
    if mkdir(path, 0o777) != 0 && errno != EEXIST { return String(cString: strerror(errno)) }
    return nil
  }
}

extension TranslationResources {
  /// SHA-256 over the names and bytes of the `*.tsv` files directly in `directory`, in
  /// byte order of their names (as the glossary and lexicon fingerprints): for the
  /// segmentation rules, which outputs depend on too.
  public static func folderFingerprint(_ directory: String) throws(Diagnostic) -> String {
    fingerprint(try TSVTable.readFolder(directory, kind: "rules"))
  }
}
