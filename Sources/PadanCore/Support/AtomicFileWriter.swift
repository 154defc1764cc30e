internal import Foundation

#if canImport(Glibc)
  internal import Glibc
#endif

/// Replaces a file's contents all at once: readers see the old file or the new one, never
/// a partial write.
public enum AtomicFileWriter {
  /// Writes `bytes` to a temporary file in the same folder as `path` (a hidden name that
  /// does not end in `.tsv`), then renames it over `path`. On failure the temporary file is
  /// removed.
  ///
  /// The new file's mode is that of the regular file it replaces, or 0644 (less the umask)
  /// when there is none; a symbolic link at `path` is replaced by the file, and its target's
  /// mode is never copied. With `followingLinks`, a symbolic link is written through
  /// instead: its target is replaced and the link stays (for glossary and lexicon files
  /// kept elsewhere).
  ///
  /// - Throws: `Diagnostic` naming `path` when the file cannot be written.
  public static func write(_ bytes: [UInt8], to path: String, followingLinks: Bool = false)
    throws(Diagnostic)
  {
    var destination = path
    if followingLinks, let resolved = resolvedLink(path) { destination = resolved }
    try writeAll([(destination, bytes)])
  }

  /// The final target of `path` when it is a symbolic link (relative targets resolved
  /// against the link's folder), or `nil` when it is not a link.
  static func resolvedLink(_ path: String) -> String? {
    var current = path
    for _ in 0..<40 {
      guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
      else { return current == path ? nil : current }
      current =
        target.hasPrefix("/")
        ? target
        : ((current as NSString).deletingLastPathComponent as NSString)
          .appendingPathComponent(target)
    }
    return current
  }

  /// The permission bits for a file replacing `path`: those of the regular file there
  /// (not of a link's target), else `nil` (the creation mode 0644 less the umask stands).
  static func permissionsToKeep(_ path: String) -> mode_t? {
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return info.st_mode & 0o7777
  }

  /// Whether `name` is one of this writer's temporary files (`.NAME.UUID.tmp`).
  static func isTemporaryName(_ name: String) -> Bool {
    guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
    let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
    guard let uuid = parts.last, parts.count >= 3 else { return false }
    return UUID(uuidString: String(uuid)) != nil
  }

  /// Removes the temporary files a killed writer left in `directory` and its subfolders.
  /// Only safe while no other writer is working there (under `OutputFolderLock`).
  ///
  /// - Returns: the paths removed.
  @discardableResult
  public static func removeStaleTemporaries(in directory: String) -> [String] {
    var removed: [String] = []
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      guard isTemporaryName(name) else { continue }
      let path = (directory as NSString).appendingPathComponent(relative)
      var info = stat()
      if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, unlink(path) == 0 {
        removed.append(path)
      }
    }
    return removed.sorted()
  }

  /// Writes several files as one step: every temporary file first, then the renames in the
  /// order given. A destination that is a folder, or a temporary file that cannot be
  /// written, stops everything before any file is replaced, and the temporary files are
  /// removed; so a failure leaves no partial output behind.
  ///
  /// - Throws: `Diagnostic` naming the file that could not be written.
  ///
  /// Each file's mode is kept as `write(_:to:)` describes.
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
      if let mode = permissionsToKeep(path) { chmod(temporary, mode) }
    }
    for (i, (path, _)) in files.enumerated() where rename(temporaries[i], path) != 0 {
      let reason = String(cString: strerror(errno))
      removeTemporaries(from: i)
      throw Diagnostic(.error, at: nil, "\(path): cannot replace the file (\(reason))")
    }
  }

  /// Creates `path` (which must not exist) and writes `bytes` to it with plain system
  /// calls: the caller renames it into place, so no second temporary file is needed. The
  /// mode is 0644 less the umask, set explicitly (`O_EXCL | O_NOFOLLOW`: never a file that
  /// someone planted at that name).
  ///
  /// - Returns: false with `errno` set when it fails.
  static func writeFile(_ bytes: [UInt8], to path: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
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
