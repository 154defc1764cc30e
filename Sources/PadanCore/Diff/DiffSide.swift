internal import Foundation

/// One side of a diff: a bilingual file or a folder of them, in the working tree or in a
/// git revision (read with `git show`).
///
/// Only names are listed when a side is opened; each document is read when it is
/// compared, so memory holds one document at a time.
public struct DiffSide: Sendable {
  /// The path as given, relative to the current folder for a revision.
  public let path: String
  /// The git revision, or nil for the working tree.
  public let revision: String?
  /// Whether `path` is a folder.
  public let isFolder: Bool
  /// The documents: name (the relative path without its format suffix) and file (the
  /// path to read), sorted by name in byte order; one per name, the richest format.
  public let documents: [(name: String, file: String)]

  /// The name shown for `path` (by default `path` itself).
  public let displayPath: String

  /// `Output`, or `HEAD:Output` for a revision.
  public var label: String { revision.map { "\($0):\(displayPath)" } ?? displayPath }

  /// Lists the bilingual files at `path`, in the working tree or in `revision`.
  ///
  /// - Parameters:
  ///   - displayPath: the name to show for `path` in reports (for a temporary folder).
  /// - Throws: `Diagnostic` for a path that does not exist, a folder without bilingual
  ///   files, a revision git does not know, or git failing.
  public init(path: String, revision: String? = nil, displayPath: String? = nil)
    throws(Diagnostic)
  {
    self.path = path
    self.revision = revision
    self.displayPath = displayPath ?? path
    let files: [String]
    let folder: Bool
    if let revision {
      (files, folder) = try Self.listRevision(revision, path: path)
    } else {
      (files, folder) = try Self.listWorkingTree(path)
    }
    isFolder = folder
    if !folder {
      documents = [(Self.name(of: (path as NSString).lastPathComponent), path)]
      return
    }
    var best: [String: (file: String, rank: Int)] = [:]
    // The run's project translation memory repeats the documents; it is not one of them.
    for relative in files where relative != TMXWriter.projectFileName {
      guard let k = BilingualFile.suffixes.firstIndex(where: { relative.hasSuffix($0) }) else {
        continue
      }
      let name = String(relative.dropLast(BilingualFile.suffixes[k].count))
      if let b = best[name], b.rank <= k { continue }
      best[name] = (relative, k)
    }
    guard !best.isEmpty else {
      let label = revision.map { "\($0):\(path)" } ?? path
      let suffixes = BilingualFile.suffixes.joined(separator: ", ")
      throw Diagnostic(.error, at: nil, "\(label): no bilingual files (\(suffixes)) in this folder")
    }
    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
    documents = best.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
      ($0, base + "/" + best[$0]!.file)
    }
  }

  /// A file's name without its format suffix (`x.jsonl` → `x`).
  static func name(of file: String) -> String {
    for suffix in BilingualFile.suffixes where file.hasSuffix(suffix) {
      return String(file.dropLast(suffix.count))
    }
    return file
  }

  /// Reads one of `documents`' files.
  ///
  /// - Throws: `Diagnostic` at `FILE:LINE:COLUMN` (`REV:FILE` for a revision).
  public func read(_ file: String) throws(Diagnostic) -> BilingualFile {
    guard let revision else {
      let label =
        displayPath != path && file.hasPrefix(path)
        ? displayPath + file.dropFirst(path.count) : file
      return try BilingualFile.read(path: file, label: label)
    }
    let temporary = NSTemporaryDirectory() + "padan-diff-\(getpid())-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: temporary) }
    let run = try Self.git(["show", "\(revision):./\(file)"], stdoutPath: temporary)
    guard run.status == 0 else {
      throw Diagnostic(.error, at: nil, "git show \(revision):\(file) failed: \(run.stderr)")
    }
    return try BilingualFile.read(path: temporary, label: "\(revision):\(file)")
  }

  // MARK: Listing

  static func listWorkingTree(_ path: String) throws(Diagnostic) -> ([String], Bool) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Diagnostic(.error, at: nil, "\(path): no such file or directory")
    }
    guard isDirectory.boolValue else { return ([path], false) }
    guard let walker = FileManager.default.enumerator(atPath: path) else {
      throw Diagnostic(.error, at: nil, "\(path): cannot read folder")
    }
    var files: [String] = []
    while let next = walker.nextObject() as? String {
      if (next as NSString).lastPathComponent.hasPrefix(".") {
        walker.skipDescendants()
        continue
      }
      files.append(next)
    }
    return (files, true)
  }

  static func listRevision(_ revision: String, path: String) throws(Diagnostic) -> ([String], Bool)
  {
    let inside = try git(["rev-parse", "--is-inside-work-tree"])
    guard inside.status == 0 else {
      throw Diagnostic(
        .error, at: nil,
        "--against \(revision): \(FileManager.default.currentDirectoryPath) is not in a git "
          + "repository (run padan diff inside one, or compare two folders: padan diff OLD NEW)")
    }
    let check = try git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"])
    guard check.status == 0 else {
      throw Diagnostic(.error, at: nil, "\(revision): not a git revision")
    }
    let list = try git(["ls-tree", "-r", "--name-only", "-z", revision, "--", path])
    guard list.status == 0 else {
      throw Diagnostic(.error, at: nil, "git ls-tree \(revision) \(path) failed: \(list.stderr)")
    }
    let names = list.stdout.split(separator: "\0").map(String.init)
    guard !names.isEmpty else {
      throw Diagnostic(.error, at: nil, "\(path): not found in \(revision)")
    }
    var prefix = path
    while prefix.hasPrefix("./") { prefix.removeFirst(2) }
    while prefix.hasSuffix("/") { prefix.removeLast() }
    if names == [prefix] { return (names, false) }
    if prefix.isEmpty || prefix == "." { return (names, true) }
    return (
      names.map { $0.hasPrefix(prefix + "/") ? String($0.dropFirst(prefix.count + 1)) : $0 },
      true
    )
  }

  struct GitRun {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs git in the current folder; its output goes to `stdoutPath` when given.
  static func git(_ arguments: [String], stdoutPath: String? = nil) throws(Diagnostic) -> GitRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    let err = Pipe()
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    var out: Pipe? = nil
    var file: FileHandle? = nil
    if let stdoutPath {
      _ = FileManager.default.createFile(atPath: stdoutPath, contents: nil)
      file = FileHandle(forWritingAtPath: stdoutPath)
      process.standardOutput = file
    } else {
      out = Pipe()
      process.standardOutput = out
    }
    do {
      try process.run()
    } catch {
      throw Diagnostic(.error, at: nil, "cannot run git (\(error.localizedDescription))")
    }
    let outData = out?.fileHandleForReading.readDataToEndOfFile() ?? Data()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try? file?.close()
    let stderr = String(decoding: errData, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return GitRun(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: stderr)
  }
}

extension BilingualDiffer {
  /// Compares two sides document by document: both files, or both folders with their
  /// documents matched by name. Each document's diff goes to `body` as soon as it is made
  /// and is then dropped.
  ///
  /// - Returns: the summary, and the problems met (unreadable or malformed files,
  ///   mismatched documents); a document with a problem is left out of the summary.
  /// - Throws: `Diagnostic` when a file is compared with a folder.
  public func diff(old: DiffSide, new: DiffSide, _ body: (DocumentDiff) -> Void)
    throws(Diagnostic) -> (summary: DiffSummary, problems: [Diagnostic])
  {
    guard old.isFolder == new.isFolder else {
      throw Diagnostic(
        .error, at: nil,
        "cannot compare a \(old.isFolder ? "folder" : "file") (\(old.label)) with a "
          + "\(new.isFolder ? "folder" : "file") (\(new.label))")
    }
    var summary = DiffSummary()
    var problems: [Diagnostic] = []
    func compare(_ name: String, _ a: String?, _ b: String?) {
      do throws(Diagnostic) {
        let x = try a.map { (file) throws(Diagnostic) in try old.read(file) }
        let y = try b.map { (file) throws(Diagnostic) in try new.read(file) }
        let d = try diff(name: name, old: x, new: y)
        summary.add(d)
        body(d)
      } catch {
        problems.append(error)
      }
    }
    if !old.isFolder {
      compare(new.documents[0].name, old.documents[0].file, new.documents[0].file)
      return (summary, problems)
    }
    var i = 0
    var j = 0
    let a = old.documents
    let b = new.documents
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i].name.utf8.lexicographicallyPrecedes(b[j].name.utf8)) {
        compare(a[i].name, a[i].file, nil)
        i += 1
      } else if i == a.count || a[i].name != b[j].name {
        compare(b[j].name, nil, b[j].file)
        j += 1
      } else {
        compare(a[i].name, a[i].file, b[j].file)
        i += 1
        j += 1
      }
    }
    return (summary, problems)
  }
}
