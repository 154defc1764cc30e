extension BilingualFormat {
  /// The files of `document` in `formats`, as (suffix, bytes), with `X.jsonl` last: it is
  /// written last, so an up-to-date `X.jsonl` means the other files are up to date too.
  public static func files(_ document: BilingualDocument, formats: [BilingualFormat]) -> [(
    suffix: String, bytes: [UInt8]
  )] {
    var out: [(suffix: String, bytes: [UInt8])] = []
    for format in allCases where formats.contains(format) && format != .jsonl {
      switch format {
      case .jsonl: break
      case .tmx: out.append((".tmx", Array(TMXWriter.text(document).utf8)))
      case .xliff: out.append((".xlf", Array(XLIFFWriter.text(document).utf8)))
      case .md: out.append((".md", Array(BilingualMarkdownWriter.text(document).utf8)))
      case .txt:
        let (id, en) = ParallelTextWriter.texts(document)
        out.append((".id.txt", Array(id.utf8)))
        out.append((".en.txt", Array(en.utf8)))
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
    files: { BilingualFormat.files($0, formats: $1) },
    document: { try? BilingualJSONLReader.read(path: $0) })
}
