internal import Foundation

#if canImport(Glibc)
  internal import Glibc
#endif

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

  /// Writes several files as one step: every temporary file first, then the renames in the
  /// order given. A destination that is a folder, or a temporary file that cannot be
  /// written, stops everything before any file is replaced, and the temporary files are
  /// removed; so a failure leaves no partial output behind.
  ///
  /// - Throws: `Diagnostic` naming the file that could not be written.
  public static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws(Diagnostic) {
    let manager = FileManager.default
    for (path, _) in files {
      var isDirectory: ObjCBool = false
      if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        throw Diagnostic(.error, at: nil, "\(path): cannot replace a folder with a file")
      }
    }
    var temporaries: [String] = []
    func removeTemporaries(from index: Int) {
      for t in temporaries[index...] { try? manager.removeItem(atPath: t) }
    }
    for (path, bytes) in files {
      let url = URL(fileURLWithPath: path)
      let temporary = url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
      guard writeFile(bytes, to: temporary) else {
        let reason = String(cString: strerror(errno))
        try? manager.removeItem(atPath: temporary)
        removeTemporaries(from: 0)
        throw Diagnostic(
          .error, at: nil, "\(path): cannot write a temporary file beside it (\(reason))")
      }
      temporaries.append(temporary)
      if let permissions = try? manager.attributesOfItem(atPath: path)[.posixPermissions] {
        try? manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
      }
    }
    for (i, (path, _)) in files.enumerated() where rename(temporaries[i], path) != 0 {
      let reason = String(cString: strerror(errno))
      removeTemporaries(from: i)
      throw Diagnostic(.error, at: nil, "\(path): cannot replace the file (\(reason))")
    }
  }

  /// Creates `path` (which must not exist) and writes `bytes` to it with plain system
  /// calls: the caller renames it into place, so no second temporary file is needed.
  ///
  /// - Returns: false with `errno` set when it fails.
  static func writeFile(_ bytes: [UInt8], to path: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return false }
    var written = 0
    let ok = bytes.withUnsafeBytes { buffer -> Bool in
      while written < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += n
      }
      return true
    }
    let saved = errno
    close(fd)
    errno = saved
    return ok
  }
}
