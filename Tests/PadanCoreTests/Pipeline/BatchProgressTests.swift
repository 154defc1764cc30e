import Testing

@testable import PadanCore

@Suite struct BatchProgressTests {
  @Test func countsItemsAndBytesAndAlwaysShowsTheLastItem() {
    let progress = BatchProgress(total: 3)
    // The first item is shown (nothing was shown before) and the last always is; those
    // between only when a tenth of a second has passed.
    let first = progress.advance(bytes: 100)
    _ = progress.advance(bytes: 50)
    let last = progress.advance(bytes: 850)
    #expect(first?.done == 1)
    #expect(first?.bytes == 100)
    #expect(last?.done == 3)
    #expect(last?.total == 3)
    #expect(last?.bytes == 1000)
    if let last {
      #expect(last.seconds > 0)
      #expect(last.itemsPerSecond == 3 / last.seconds)
      #expect(last.megabytesPerSecond == 1000 / 1e6 / last.seconds)
    }
  }
}
