internal import Foundation

extension BatchTranslator {
  /// What a whole run did.
  public struct Report: Sendable {
    /// One outcome per job, in job order.
    public var outcomes: [Outcome]
    /// The manifest of the run, as written to `OUT/manifest.json`.
    public var manifest: TranslationManifest
    /// Why the manifest could not be written, if it could not.
    public var manifestProblem: Diagnostic?

    public var translated: Int {
      outcomes.count { if case .translated = $0 { true } else { false } }
    }
    public var skipped: Int {
      outcomes.count { if case .skipped = $0 { true } else { false } }
    }
    public var failed: Int {
      outcomes.count { if case .failed = $0 { true } else { false } }
    }
  }

  /// Translates `jobs` on `workers` threads, each with its own aligner, writes every
  /// document's files and then `OUT/manifest.json`.
  ///
  /// The output bytes do not depend on the number of workers.
  ///
  /// - Parameters:
  ///   - rejected: inputs refused before the run (another input has their output name),
  ///     listed in the manifest's `failed`.
  ///   - onOutcome: called as each input is done (on a worker thread, in completion
  ///     order) with the size of the input in bytes, for progress reports; the sizes are
  ///     only looked up when it is given.
  /// - Returns: the outcomes in job order and the manifest. A document that fails is an
  ///   outcome, not an error; so is a manifest that cannot be written.
  /// - Throws: `Diagnostic` when a worker cannot make its aligner.
  public static func run(
    _ jobs: [Job], settings: Settings, workers: Int,
    rejected: [(path: String, Diagnostic)] = [],
    makeAligner: @escaping @Sendable () throws -> BilingualAligner,
    onOutcome: (@Sendable (Outcome, _ inputBytes: Int) -> Void)? = nil
  ) throws(Diagnostic) -> Report {
    var sizes: [String: Int] = [:]
    if onOutcome != nil {
      for job in jobs {
        sizes[job.path] =
          (try? FileManager.default.attributesOfItem(atPath: job.path)[.size] as? Int) ?? 0
      }
    }
    let inputSizes = sizes
    let pool = WorkerPool<BilingualAligner, Job, Outcome>(
      jobs: min(workers, max(1, jobs.count)), makeState: makeAligner
    ) { aligner, job in
      process(job, settings: settings, aligner: aligner)
    }
    let outcomes: [Outcome]
    do {
      outcomes = try pool.map(jobs) { outcome in
        onOutcome?(outcome, inputSizes[outcome.path] ?? 0)
      }
    } catch {
      throw error as? Diagnostic ?? Diagnostic(.error, at: nil, "\(error)")
    }
    pool.shutdown()
    let manifest = manifest(outcomes, rejected: rejected, settings: settings)
    var problem: Diagnostic?
    do {
      try writeManifest(manifest, settings: settings)
    } catch {
      problem = error
    }
    return Report(outcomes: outcomes, manifest: manifest, manifestProblem: problem)
  }
}
