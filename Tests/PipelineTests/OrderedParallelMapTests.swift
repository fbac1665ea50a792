import Pipeline
import Synchronization
import Testing

@Suite struct OrderedParallelMapTests {
    @Test(arguments: [1, 2, 3, 8, 64])
    func resultsComeBackInTheOrderOfTheInputsWhateverTheJobs(jobs: Int) throws {
        let inputs = Array(0..<500)
        // Uneven work: every seventh input takes much longer, so workers finish out of order.
        let results = OrderedParallelMap.map(inputs, jobs: try #require(JobCount(jobs))) { number -> Int in
            var total = 0
            for step in 0..<(number % 7 == 0 ? 20_000 : 10) { total &+= step }
            return number * 2 + (total == -1 ? 1 : 0)
        }
        #expect(results == inputs.map { $0 * 2 })
    }

    @Test func noInputsGiveNoResults() {
        #expect(OrderedParallelMap.map([Int](), jobs: .perCore) { $0 }.isEmpty)
    }

    @Test func everyInputIsTransformedExactlyOnce() throws {
        let counter = Counter()
        _ = OrderedParallelMap.map(Array(0..<1000), jobs: try #require(JobCount(4))) { counter.add($0) }
        #expect(counter.values.sorted() == Array(0..<1000))
    }

    /// Every index below the count is run once, whatever the jobs; none when the count is 0.
    @Test(arguments: [1, 2, 3, 64])
    func everyIndexIsRunExactlyOnce(jobs: Int) throws {
        let counter = Counter()
        OrderedParallelMap.forEach(indicesBelow: 1000, jobs: try #require(JobCount(jobs))) { counter.add($0) }
        #expect(counter.values.sorted() == Array(0..<1000))
        OrderedParallelMap.forEach(indicesBelow: 0, jobs: try #require(JobCount(jobs))) { counter.add($0) }
        #expect(counter.values.count == 1000)
    }

    /// Results that own memory (arrays, strings) come back whole from several workers.
    @Test func resultsThatOwnMemoryComeBackWhole() throws {
        let results = OrderedParallelMap.map(Array(0..<2000), jobs: try #require(JobCount(4))) { number in
            (String(repeating: "x", count: number % 50), Array(0..<(number % 9)))
        }
        #expect(results.map(\.0) == (0..<2000).map { String(repeating: "x", count: $0 % 50) })
        #expect(results.map(\.1) == (0..<2000).map { Array(0..<($0 % 9)) })
    }

    @Test(arguments: [0, -1, 1025])
    func aJobCountOutsideTheRangeIsRefused(_ value: Int) {
        #expect(JobCount(value) == nil)
    }

    @Test func theJobCountRangeIsOneTo1024() {
        #expect(JobCount(1)?.value == 1)
        #expect(JobCount(1024)?.value == 1024)
        #expect(JobCount.range.contains(JobCount.perCore.value))
    }
}

/// The values seen, from any thread.
private final class Counter: Sendable {
    private let seen = Mutex<[Int]>([])

    func add(_ value: Int) { seen.withLock { $0.append(value) } }

    var values: [Int] { seen.withLock { $0 } }
}
