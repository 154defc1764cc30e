internal import Foundation

/// Expands command-line paths into the list of input files, in a deterministic order.
public enum InputCollector {
  /// The display path used for standard input.
  public static let stdinPath = "<stdin>"

  /// Files named by `paths`: files as given, folders walked recursively in sorted order
  /// (only `extensions`, hidden entries skipped), `-` for standard input.
  ///
  /// - Returns: the files found and a diagnostic for every path that does not exist.
  public static func files(
    for paths: [String], extensions: Set<String> = ["txt"]
  ) -> (files: [String], problems: [Diagnostic]) {
    let (entries, problems) = self.entries(for: paths, extensions: extensions)
    return (entries.map(\.path), problems)
  }

  /// One input file and its name relative to the path that named it: the path inside a
  /// walked folder (`sub/x.txt`), or the file name for a file given directly.
  public struct Entry: Sendable, Hashable {
    public var path: String
    public var relativePath: String
  }

  /// Like `files(for:extensions:)`, with each file's name relative to its argument.
  public static func entries(
    for paths: [String], extensions: Set<String> = ["txt"]
  ) -> (entries: [Entry], problems: [Diagnostic]) {
    var files: [Entry] = []
    var problems: [Diagnostic] = []
    let fm = FileManager.default
    for path in paths {
      if path == "-" {
        files.append(Entry(path: path, relativePath: path))
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(Diagnostic(.error, at: nil, "\(path): \(missingReason(path))"))
        continue
      }
      if !isDirectory.boolValue {
        files.append(Entry(path: path, relativePath: (path as NSString).lastPathComponent))
        continue
      }
      guard let enumerator = fm.enumerator(atPath: path) else {
        problems.append(Diagnostic(.error, at: nil, "\(path): cannot list directory"))
        continue
      }
      var found: [Entry] = []
      while let relative = enumerator.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") {
          enumerator.skipDescendants()
          continue
        }
        if name.unicodeScalars.contains("\u{FFFD}") {
          let full = (path as NSString).appendingPathComponent(relative)
          if !fm.fileExists(atPath: full) {
            problems.append(Diagnostic(.error, at: nil, "\(full): \(missingReason(full))"))
            continue
          }
        }
        if extensions.contains((name as NSString).pathExtension.lowercased()) {
          found.append(
            Entry(
              path: (path as NSString).appendingPathComponent(relative), relativePath: relative))
        }
      }
      files.append(
        contentsOf: found.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
    }
    return (files, problems)
  }

  /// Why `path` cannot be found: a name that came with bytes that are not UTF-8 (shown
  /// as U+FFFD, so the system cannot find it under that name) or a missing file.
  static func missingReason(_ path: String) -> String {
    path.unicodeScalars.contains("\u{FFFD}")
      ? "the file name is not valid UTF-8 (shown with U+FFFD); rename it to UTF-8"
      : "no such file or directory"
  }

  /// Reads one input (`-` is standard input).
  ///
  /// - Throws: `Diagnostic` naming the file when it cannot be read.
  public static func read(_ path: String) throws(Diagnostic) -> SourceFile {
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return SourceFile(path: stdinPath, bytes: [UInt8](data))
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Diagnostic(.error, at: nil, "\(path): \(missingReason(path))")
    }
    guard !isDirectory.boolValue else {
      throw Diagnostic(.error, at: nil, "\(path): is a directory")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(.error, at: nil, "\(path): cannot read file (permission denied?)")
    }
    return SourceFile(path: path, bytes: [UInt8](data))
  }
}
