internal import Foundation

#if canImport(Glibc)
  internal import Glibc
#endif

/// An exclusive lock on an output folder for the length of one `padan translate` run, so
/// that two runs never interleave their documents in one folder (the second stops with an
/// error before it writes anything).
///
/// The lock is `flock` on `OUT/.padan.lock`: the system drops it when the process ends,
/// even by SIGKILL, so a killed run never leaves the folder locked. The file is removed
/// when the lock is released; a run that opened it just before checks, once it holds the
/// lock, that the file it locked is still the one at that path.
public final class OutputFolderLock {
  public static let fileName = ".padan.lock"

  private var descriptor: Int32
  private let path: String

  /// Takes the lock on `directory`, which must exist.
  ///
  /// - Throws: `Diagnostic` when another run holds it or the lock file cannot be made.
  public init(directory: String) throws(Diagnostic) {
    path = (directory as NSString).appendingPathComponent(Self.fileName)
    while true {
      let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
      guard fd >= 0 else {
        throw Diagnostic(
          .error, at: nil,
          "\(directory): cannot create the lock file \(Self.fileName) (\(String(cString: strerror(errno))))"
        )
      }
      if flock(fd, LOCK_EX | LOCK_NB) != 0 {
        close(fd)
        throw Diagnostic(
          .error, at: nil,
          "\(directory): another padan run is writing to this output folder; wait for it to "
            + "finish or choose another --out")
      }
      var held = stat()
      var current = stat()
      if fstat(fd, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino,
        held.st_dev == current.st_dev
      {
        descriptor = fd
        return
      }
      // The holder before us removed the file after we opened it: lock the new one.
      close(fd)
    }
  }

  /// Removes the lock file and releases the lock (also done when the object goes away).
  public func release() {
    guard descriptor >= 0 else { return }
    unlink(path)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}
