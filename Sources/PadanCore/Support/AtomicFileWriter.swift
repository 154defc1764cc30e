internal import Foundation

/// Replaces a file's contents all at once: readers see the old file or the new one, never
/// a partial write.
public enum AtomicFileWriter {
  /// Writes `bytes` to a temporary file in the same folder as `path` (a hidden name that
  /// does not end in `.tsv`), copies the permissions of the file it replaces, then renames
  /// it over `path`. On failure the temporary file is removed.
  ///
  /// - Throws: `Diagnostic` naming `path` when the file cannot be written.
  public static func write(_ bytes: [UInt8], to path: String) throws(Diagnostic) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
    let manager = FileManager.default
    guard manager.createFile(atPath: temporary, contents: Data(bytes)) else {
      throw Diagnostic(.error, at: nil, "\(path): cannot write a temporary file beside it")
    }
    if let permissions = try? manager.attributesOfItem(atPath: path)[.posixPermissions] {
      try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
    }
    if rename(temporary, path) != 0 {
      let reason = String(cString: strerror(errno))
      try? manager.removeItem(atPath: temporary)
      throw Diagnostic(.error, at: nil, "\(path): cannot replace the file (\(reason))")
    }
  }
}
