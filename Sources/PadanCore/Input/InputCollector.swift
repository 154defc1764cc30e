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
    var files: [String] = []
    var problems: [Diagnostic] = []
    let fm = FileManager.default
    for path in paths {
      if path == "-" {
        files.append(path)
        continue
      }
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(Diagnostic(.error, at: nil, "\(path): no such file or directory"))
        continue
      }
      if !isDirectory.boolValue {
        files.append(path)
        continue
      }
      guard let enumerator = fm.enumerator(atPath: path) else {
        problems.append(Diagnostic(.error, at: nil, "\(path): cannot list directory"))
        continue
      }
      var found: [String] = []
      while let relative = enumerator.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") {
          enumerator.skipDescendants()
          continue
        }
        if extensions.contains((name as NSString).pathExtension.lowercased()) {
          found.append((path as NSString).appendingPathComponent(relative))
        }
      }
      files.append(contentsOf: found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
    return (files, problems)
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
      throw Diagnostic(.error, at: nil, "\(path): no such file or directory")
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
