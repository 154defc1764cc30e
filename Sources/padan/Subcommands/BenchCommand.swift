import ArgumentParser
import Foundation
import PadanBench
import PadanCore

struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Benchmarks; build with -c release before measuring.",
    subcommands: [
      BenchSegmentCommand.self, BenchGlossaryCommand.self, BenchMorphologyCommand.self,
      BenchTranslateCommand.self, BenchDiffCommand.self, BenchLongSegmentCommand.self,
    ]
  )
}

struct BenchSegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Read+normalise+segment throughput against raw ICU sentence iteration, in one run.",
    discussion: """
      Builds a corpus of article-sized files from real Indonesian text (by default Seeds/ \
      and the bundled pages of other outlets, Tests/Data/seg/outlets-gold.jsonl; add more \
      with --source), then \
      measures (a) the whole read, normalise, classify and segment path, (b) raw ICU \
      sentence iteration over the same bytes and (c) the segment --jsonl stream path over \
      the same texts as {"id","text"} lines, alternating, best of --repeat. Prints MB/s of \
      each, the ratios, and the peak memory.
      """
  )

  @Option(name: .long, help: "Corpus size in MB (10^6 bytes).")
  var sizeMb: Int = 50

  @Option(
    name: .long,
    help: "Source texts: folders of .txt files or .jsonl files with a \"text\" key (repeatable).")
  var source: [String] = []

  @Option(name: .long, help: "Repetitions of each measurement; the best is reported.")
  var `repeat`: Int = 3

  @OptionGroup var options: SegmentationOptions

  func run() throws {
    var sources = source
    if sources.isEmpty { sources = ["Seeds", "Tests/Data/seg/outlets-gold.jsonl"] }
    let directory = NSTemporaryDirectory() + "padan-bench-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    do {
      let texts = try SegmentBenchmark.sourceTexts(from: sources)
      let files = try SegmentBenchmark.writeCorpus(
        from: texts, bytes: sizeMb * 1_000_000, into: directory)
      let rules = try options.loadRules()
      let normalization = options.normalization
      let bench = try SegmentBenchmark(
        makeSegmenter: { try DocumentSegmenter(rules: rules, options: normalization) },
        repetitions: max(1, `repeat`))
      let r = try bench.run(files: files)
      print("sources:           \(sources.joined(separator: ", ")) (\(texts.count) texts)")
      print(
        "corpus:            \(r.corpusBytes) bytes, \(r.corpusCharacters) characters, \(r.documents) files"
      )
      print("segments:          \(r.segments) (raw ICU boundaries: \(r.icuBoundaries))")
      print(
        String(
          format: "full path:         %8.1f MB/s  (%.3f s; %.0f chars/s; %.0f docs/s)",
          r.fullPathMBps,
          r.fullPathSeconds, r.charactersPerSecond, r.documentsPerSecond))
      print(
        String(format: "raw ICU iteration: %8.1f MB/s  (%.3f s)", r.rawICUMBps, r.rawICUSeconds))
      print(
        String(
          format: "  stages:          read %.3f s, +normalise %.3f s, +layout and segment %.3f s",
          r.readSeconds,
          r.normalizeSeconds - r.readSeconds, r.fullPathSeconds - r.normalizeSeconds))
      print(String(format: "ratio full/raw:    %8.2f", r.ratio))
      print(
        String(
          format: "--jsonl stream:    %8.1f MB/s  (%.3f s; %d bytes of JSON lines in, %d out)",
          r.streamMBps, r.streamSeconds, r.streamInputBytes, r.streamOutputBytes))
      print(String(format: "ratio stream/full: %8.2f", r.streamRatio))
      print(
        String(
          format:
            "peak memory:       %8.1f MB after the full path, %.1f MB at the end (corpus loaded for raw ICU)",
          Double(r.peakMemoryAfterFullPath) / 1e6, Double(r.peakMemory) / 1e6))
    } catch let d as Diagnostic {
      DiagnosticPrinter.print(d)
      throw ExitCode(1)
    }
  }
}

struct BenchGlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract: "Glossary matching speed: the comparison rule against the Indonesian-aware matcher.",
    discussion: """
      Builds the comparison-rule matcher from the source column of GLOSSARY (a TSV with a \
      header) and matches CORPUS: whole lower-cased words, leftmost-longest, non-overlapping. \
      Prints build time, MB/s, matches, the sha256 of the "start<TAB>end" lines (UTF-8 byte \
      offsets) and the peak memory; then the same for the Indonesian-aware \
      matcher (terms as case-insensitive entries), with its speed as a share of the \
      comparison rule's and a sha256 of its matches. The repetitions of the two matchers \
      alternate, and the best of each is reported.
      """
  )

  @Option(name: .long, help: "Glossary TSV (source<TAB>target, with a header), e.g. from gen.py.")
  var glossary: String

  @Option(name: .long, help: "Corpus text file.")
  var corpus: String

  @Option(name: .long, help: "Write the spans (start, end, matched text, term index) to this file.")
  var spansOut: String?

  @Option(name: .long, help: "Repetitions of the match; the best is reported.")
  var `repeat`: Int = 5

  @Flag(
    name: .long,
    help: "Give the Indonesian-aware matcher terms with a capital letter as case-sensitive names.")
  var awareNames = false

  func run() throws {
    do {
      let terms = try GlossaryBenchmark.loadTerms(glossary)
      let text = try InputCollector.read(corpus).bytes
      let r = try GlossaryBenchmark.run(
        terms: terms, corpus: text, repetitions: `repeat`, spansOut: spansOut,
        awareNames: awareNames)
      print("glossary:       \(glossary) (\(r.terms) terms, \(r.skippedTerms) skipped)")
      print("corpus:         \(corpus) (\(r.corpusBytes) bytes)")
      print(String(format: "build:          %.3f s", r.buildSeconds))
      print(
        String(format: "match:          %.3f s, %.1f MB/s", r.matchSeconds, r.megabytesPerSecond))
      print("matches:        \(r.matches)")
      print("spans sha256:   \(r.spansSHA256)")
      print(
        String(
          format:
            "memory:         %.1f MB matcher, %.1f MB peak RSS (%.1f MB with the aware matcher)",
          Double(r.matcherBytes) / 1e6, Double(r.comparisonPeakMemory) / 1e6,
          Double(r.peakMemory) / 1e6))
      print(
        String(
          format:
            "Indonesian-aware: build %.3f s, match %.3f s, %.1f MB/s (%.0f%% of the comparison rule), %d matches",
          r.awareBuildSeconds, r.awareMatchSeconds, r.awareMegabytesPerSecond,
          100 * r.awareMegabytesPerSecond / r.megabytesPerSecond, r.awareMatches))
      print("aware sha256:   \(r.awareSHA256)")
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
  }
}

struct BenchMorphologyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "morphology",
    abstract: "Morphological analysis throughput: words per second.",
    discussion: """
      Analyses every word of the given texts (by default Seeds/), every single-word lemma of \
      the lexicon, and every such lemma with -nya (mostly unknown forms), with the lexicon's \
      lemmas as the known words; best of --repeat.
      """
  )

  @Option(name: .long, help: "Lexicon folder (default: lexicon/ in the glossary folder).")
  var lexicon: String?

  @Option(name: .long, help: "Texts: folders of .txt files or .jsonl files (repeatable).")
  var source: [String] = []

  @Option(name: .long, help: "Analyse the word list this many times per repetition.")
  var copies: Int = 20

  @Option(name: .long, help: "Repetitions; the best is reported.")
  var `repeat`: Int = 3

  func run() throws {
    let folder = try DataLocator.current.folder(lexicon, sub: "lexicon")
    do {
      let (loaded, _) = try Lexicon.load(directory: folder)
      let lemmas = Set(loaded.entries.map { $0.lemma.lowercased() })
      let morphology = IndonesianMorphology { lemmas.contains($0) }
      var sets: [(String, [String])] = []
      let texts = try SegmentBenchmark.sourceTexts(from: source.isEmpty ? ["Seeds"] : source)
      sets.append(("text words", texts.flatMap { MorphologyBenchmark.words(in: $0) }))
      let single = lemmas.sorted().filter { !$0.contains(" ") }
      sets.append(("lexicon lemmas", single))
      // Mostly unknown forms, the engine's real workload: every lemma with -nya.
      sets.append(("lemmas + -nya", single.map { $0 + "nya" }))
      for (name, words) in sets {
        let repeated = Array(repeatElement(words, count: max(1, copies)).joined())
        let r = MorphologyBenchmark.run(
          words: repeated, morphology: morphology, repetitions: `repeat`)
        print(
          String(
            format: "%-15@ %8d words (%d distinct), %5.1f%% analysed, %.2f analyses/word: "
              + "%.3f s, %.0f words/s",
            name as NSString, r.words, r.distinctWords,
            100 * Double(r.analysedWords) / Double(r.words),
            Double(r.analyses) / Double(r.words), r.seconds, r.wordsPerSecond))
      }
    } catch {
      DiagnosticPrinter.print(error)
      throw ExitCode(1)
    }
  }
}
