extension BilingualFormat {
  /// The files of `document` in `formats`, as (suffix, bytes), with `X.jsonl` last: it is
  /// written last, so an up-to-date `X.jsonl` means the other files are up to date too.
  ///
  /// - Parameters:
  ///   - original: the input's bytes, for the TMX units of segments written differently
  ///     in the input (`TMXWriter`).
  public static func files(
    _ document: BilingualDocument, formats: [BilingualFormat], original: [UInt8]? = nil
  ) -> [(suffix: String, bytes: [UInt8])] {
    var out: [(suffix: String, bytes: [UInt8])] = []
    for format in allCases where formats.contains(format) && format != .jsonl {
      switch format {
      case .jsonl: break
      case .tmx: out.append((".tmx", Array(TMXWriter.text(document, original: original).utf8)))
      case .xliff: out.append((".xlf", Array(XLIFFWriter.text(document).utf8)))
      case .xliff12: out.append((".xliff", Array(XLIFF12Writer.text(document).utf8)))
      case .md: out.append((".md", Array(BilingualMarkdownWriter.text(document).utf8)))
      case .txt:
        let (id, en) = ParallelTextWriter.texts(document)
        out.append((".id.txt", Array(id.utf8)))
        out.append((".en.txt", Array(en.utf8)))
      case .csv: out.append((".csv", BilingualCSVWriter.bytes(document)))
      }
    }
    if formats.contains(.jsonl) {
      out.append((".jsonl", BilingualJSONLWriter.bytes(document)))
    }
    return out
  }
}

extension BatchOutputs {
  /// The writers of `Formats/` for every `BilingualFormat`, and `X.jsonl`'s reader.
  public static let bilingualFiles = BatchOutputs(
    files: { BilingualFormat.files($0, formats: $1, original: $2) },
    document: { try? BilingualJSONLReader.read(path: $0) },
    project: { bases, formats in
      guard formats.contains(.tmx), formats.contains(.jsonl) else { return .success([]) }
      var documents: [BilingualDocument] = []
      for base in bases {
        do throws(Diagnostic) {
          documents.append(try BilingualJSONLReader.read(path: base + ".jsonl"))
        } catch {
          return .failure(error)
        }
      }
      return .success([
        (TMXWriter.projectFileName, Array(TMXWriter.projectText(documents).utf8))
      ])
    })
}
