internal import ICUWrapper

/// Options of the reading and normalisation stages.
public struct NormalizationOptions: Sendable, Hashable {
  /// The Unicode normalisation form of the text.
  public enum Form: String, Sendable, Hashable {
    case nfc
    case nfkc
  }

  /// `.nfc` (the default) or `.nfkc`.
  public var form: Form
  /// Replace ill-formed UTF-8 with U+FFFD (and warn) instead of rejecting the file.
  public var lossy: Bool

  public init(form: Form = .nfc, lossy: Bool = false) {
    self.form = form
    self.lossy = lossy
  }
}

/// The normalised text of a source file and its map back to the original bytes.
public struct NormalizedText: Sendable {
  /// Normalised UTF-8: cleaned, NFC or NFKC, single spaces, trimmed lines, LF line ends.
  public var bytes: [UInt8]
  public var sourceMap: SourceMap
  /// Warnings (replaced bytes in lossy mode).
  public var warnings: [Diagnostic]
}

/// Reads and normalises text: strict UTF-8, cleaning, then ICU normalisation.
public struct Normalizer: Sendable {
  public var options: NormalizationOptions

  public init(options: NormalizationOptions = NormalizationOptions()) { self.options = options }

  /// Normalises the bytes of `source`.
  ///
  /// An empty file is a valid, empty text.
  ///
  /// - Throws: `Diagnostic` (`FILE:LINE:COLUMN: error: invalid UTF-8 byte 0xNN`) for
  ///   ill-formed UTF-8 unless `lossy`, or when ICU fails.
  /// - Complexity: O(n).
  public func normalize(_ source: SourceFile) throws(Diagnostic) -> NormalizedText {
    let cleaned: TextCleaner.Output
    do {
      cleaned = try source.bytes.withUnsafeBufferPointer {
        (buffer) throws(TextCleaner.InvalidByte) in
        try TextCleaner.clean(buffer, lossy: options.lossy)
      }
    } catch {
      throw Diagnostic(
        .error, at: source.location(ofByte: error.offset),
        "invalid UTF-8 byte 0x\(UTF8Bytes.hex(error.byte))"
      )
    }
    var map = SourceMap(layers: [cleaned.changes])
    var bytes = cleaned.bytes
    do {
      var alreadyNormal = options.form == .nfc && cleaned.isKnownNFC
      if !alreadyNormal {
        alreadyNormal = try bytes.withUnsafeBufferPointer { (b) throws(ICUError) in
          try UnicodeNormalizer.isNormalized(b, form: options.form == .nfc ? .nfc : .nfkc)
        }
      }
      if !alreadyNormal {
        let (normal, changes) = try bytes.withUnsafeBufferPointer { (b) throws(ICUError) in
          try UnicodeNormalizer.normalize(b, form: options.form == .nfc ? .nfc : .nfkc)
        }
        bytes = normal
        map.append(
          layer: changes.map {
            SourceMap.Change(
              source: ByteRange(start: $0.sourceStart, end: $0.sourceStart + $0.sourceLength),
              destination: ByteRange(
                start: $0.destinationStart, end: $0.destinationStart + $0.destinationLength))
          })
      }
    } catch {
      throw Diagnostic(
        .error, at: SourceLocation(path: source.path, line: 1, column: 1),
        "normalisation failed: \(error)")
    }
    var warnings: [Diagnostic] = []
    if let first = cleaned.replaced.first {
      let more = cleaned.replaced.count > 1 ? " (and \(cleaned.replaced.count - 1) more)" : ""
      warnings.append(
        Diagnostic(
          .warning, at: source.location(ofByte: first.offset),
          "invalid UTF-8 byte 0x\(UTF8Bytes.hex(first.byte)) replaced with U+FFFD\(more)"))
    }
    return NormalizedText(bytes: bytes, sourceMap: map, warnings: warnings)
  }
}
