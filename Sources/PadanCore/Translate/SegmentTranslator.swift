/// Something that turns the Indonesian text of one segment into English.
///
/// Implementations may keep caches, so one instance is used by one thread at a time.
public protocol SegmentTranslator {
  /// The English for `text`, a segment of the given layout kind (titles get headline case).
  mutating func translate(_ text: String, kind: Segment.Kind) -> SegmentTranslation
}
