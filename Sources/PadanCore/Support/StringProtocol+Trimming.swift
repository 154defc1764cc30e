extension StringProtocol {
  /// The text without the given characters at either end.
  func trimmingCharacters(_ set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
