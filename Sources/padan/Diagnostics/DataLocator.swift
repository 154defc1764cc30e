import ArgumentParser
import Foundation
import PadanCore

/// Finds Padan's data (the `Glossaries/` folder, with `lexicon/` and `rules/` inside it) from
/// any working folder. The places, in order:
///
/// 1. the folder given on the command line (`--glossaries`, `--rules`, `--lexicon`);
/// 2. `$PADAN_HOME`, a folder holding `Glossaries/`;
/// 3. the project: the current folder when it holds `Glossaries/`, else the nearest parent
///    holding `Glossaries/` and `Package.swift` or a `.padan` file;
/// 4. the installed data next to the executable, `BIN/../share/padan/Glossaries`;
/// 5. the project the executable was built in (`.build/release/padan` run from elsewhere).
///
/// A folder found in the current folder or one of its parents is given relative to the
/// current folder, so that messages name `Glossaries/x.tsv` as before.
struct DataLocator {
  var environment: [String: String]
  var currentDirectory: String
  var executable: String

  static let current = DataLocator(
    environment: ProcessInfo.processInfo.environment,
    currentDirectory: FileManager.default.currentDirectoryPath,
    executable: DataLocator.executablePath())

  /// The folder `sub` (empty for the glossaries themselves, `rules`, `lexicon`) inside the
  /// first place that has it. When none has, prints an error listing every place searched
  /// and the fix, and exits with 1.
  func glossaries(_ sub: String = "") throws -> String {
    do {
      return try search(sub)
    } catch {
      FileHandle.standardError.write(Data("error: \(error.text)\n".utf8))
      throw ExitCode(1)
    }
  }

  struct DataNotFound: Error { var text: String }

  func search(_ sub: String) throws(DataNotFound) -> String {
    var searched: [String] = []
    if let home = environment["PADAN_HOME"], !home.isEmpty {
      let candidate = join(join(home, "Glossaries"), sub)
      if isDirectory(candidate) { return candidate }
      throw DataNotFound(
        text: """
          PADAN_HOME is \(home), but \(candidate) is not a folder. Set PADAN_HOME to the folder \
          that holds Glossaries/ (a clone of the project, or PREFIX/share/padan after \
          Scripts/install.sh), or unset it.
          """)
    }
    searched.append("$PADAN_HOME (not set)")
    if let project = projectRoot(from: currentDirectory, currentFolderCounts: true) {
      let candidate = join(join(relativeToCurrent(project), "Glossaries"), sub)
      if isDirectory(candidate) { return candidate }
      searched.append("\(candidate) (the project in \(project))")
    } else {
      searched.append(
        "\(currentDirectory) and its parents (no Glossaries/ with Package.swift or .padan)")
    }
    let bin = (executable as NSString).deletingLastPathComponent
    let installed = standardized(join(join(join(bin, "../share/padan"), "Glossaries"), sub))
    if isDirectory(installed) { return installed }
    searched.append("\(installed) (installed data next to \(executable))")
    if let built = projectRoot(from: bin, currentFolderCounts: false) {
      let candidate = join(join(built, "Glossaries"), sub)
      if isDirectory(candidate) { return candidate }
      searched.append("\(candidate) (the project \(executable) was built in)")
    }
    let what = sub.isEmpty ? "Glossaries" : "Glossaries/\(sub)"
    let option = sub.isEmpty ? "--glossaries" : "--\(sub)"
    throw DataNotFound(
      text: """
        cannot find Padan's data (\(what)/). Searched:
        \(searched.map { "  - " + $0 }.joined(separator: "\n"))
        Fix: run padan inside the project folder, pass \(option) DIR, set PADAN_HOME to the \
        folder that holds Glossaries/, or install the data with Scripts/install.sh.
        """)
  }

  /// The folder for an option's value: the value itself when given, else `sub` inside the
  /// folder given with `--glossaries` when it is there, else `glossaries(sub)`.
  func folder(_ given: String?, sub: String, glossariesOption: String? = nil) throws -> String {
    if let given { return given }
    if let glossaries = glossariesOption {
      let candidate = join(glossaries, sub)
      if isDirectory(candidate) { return candidate }
    }
    return try glossaries(sub)
  }

  /// The nearest of `start` (when `currentFolderCounts` and it holds `Glossaries/`) and its
  /// parents that holds `Glossaries/` and `Package.swift` or `.padan`.
  func projectRoot(from start: String, currentFolderCounts: Bool) -> String? {
    var folder = standardized(start)
    if currentFolderCounts, isDirectory(join(folder, "Glossaries")) { return folder }
    while true {
      if isDirectory(join(folder, "Glossaries")),
        exists(join(folder, "Package.swift")) || exists(join(folder, ".padan"))
      {
        return folder
      }
      let parent = (folder as NSString).deletingLastPathComponent
      if parent == folder || parent.isEmpty { return nil }
      folder = parent
    }
  }

  /// `folder` as a path from the current folder when it is the current folder or one of
  /// its parents (`.`, `..`, `../..`), else as it is.
  func relativeToCurrent(_ folder: String) -> String {
    var here = standardized(currentDirectory)
    var ups: [String] = []
    while here != folder {
      let parent = (here as NSString).deletingLastPathComponent
      if parent == here || parent.isEmpty { return folder }
      here = parent
      ups.append("..")
    }
    return ups.isEmpty ? "" : ups.joined(separator: "/")
  }

  private func join(_ a: String, _ b: String) -> String {
    if b.isEmpty { return a }
    if a.isEmpty { return b }
    return a.hasSuffix("/") ? a + b : a + "/" + b
  }

  private func standardized(_ path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : join(currentDirectory, path)
    return (absolute as NSString).standardizingPath
  }

  private func isDirectory(_ path: String) -> Bool {
    var directory: ObjCBool = false
    let full = path.isEmpty ? currentDirectory : path
    return FileManager.default.fileExists(atPath: full, isDirectory: &directory)
      && directory.boolValue
  }

  private func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

  /// The running executable, with symbolic links resolved (`/proc/self/exe` on Linux).
  static func executablePath() -> String {
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return exe
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
  }
}
