/// A piece of one normalised line with its layout role, before sentence splitting.
struct LayoutBlock: Hashable, Sendable {
  /// Byte range into the normalised text, trimmed of spaces.
  var range: ByteRange
  var kind: Segment.Kind
  /// 0-based line index in the normalised text.
  var line: Int
  /// 0-based paragraph index (blocks of consecutive non-blank lines).
  var paragraph: Int

  /// Whether the sentence segmenter splits this block further: body text only. Titles,
  /// bylines, datelines, captions (with their credits) and boilerplate lines stay whole.
  var isSplittable: Bool { kind == .body }
}
