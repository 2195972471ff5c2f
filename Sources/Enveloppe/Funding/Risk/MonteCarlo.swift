import Dispatch

/// Runs of a risk simulation, drawn and computed in fixed chunks: chunk c draws its runs from its
/// own generator (``RiskRandom``, stream c of the seed), so the result is the same whatever the
/// number of threads and whichever thread takes which chunk, and the first runs of a longer
/// simulation are those of a shorter one.
enum MonteCarlo {
    /// Runs per chunk.
    static let chunkSize = 250

    /// The outcomes of `runs` runs of `engine` with the inputs drawn from `seed`, in run order.
    ///
    /// - Parameter workers: threads to use: 1 runs the chunks in order on this thread; `nil` lets the
    ///   system choose (one per core).
    static func simulate(_ engine: TreasuryRun, inputs: [RiskInput], posts: Int, runs: Int, seed: UInt64, workers: Int?) throws
        -> [TreasuryRun.Outcome]
    {
        let samplers = inputs.map { DistributionSampler($0.distribution) }
        let chunks = (runs + chunkSize - 1) / chunkSize
        let slots = Slots(count: chunks)
        defer { slots.deallocate() }
        let work = { @Sendable (chunk: Int) in
            var random = RiskRandom(seed: seed, stream: UInt64(chunk))
            let range = (chunk * chunkSize)..<min(runs, (chunk + 1) * chunkSize)
            slots.store(Result { try range.map { _ in try engine.run(draw(samplers, inputs: inputs, posts: posts, &random)) } }, at: chunk)
        }
        switch workers {
        case 1?: (0..<chunks).forEach(work)
        case let count?: DispatchQueue.concurrentPerform(iterations: count) { w in stride(from: w, to: chunks, by: count).forEach(work) }
        case nil: DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        }
        var outcomes: [TreasuryRun.Outcome] = []
        outcomes.reserveCapacity(runs)
        for chunk in 0..<chunks { outcomes += try slots.result(at: chunk).get() }
        return outcomes
    }

    /// One run's values: each input drawn in the block's order, a vacancy once for each post.
    static func draw(_ samplers: [DistributionSampler], inputs: [RiskInput], posts: Int, _ random: inout RiskRandom) -> RiskDraw {
        var draw = RiskDraw(values: [], vacancies: [])
        for (sampler, input) in zip(samplers, inputs) {
            if input.kind == .staffVacancy {
                draw.vacancies = (0..<posts).map { _ in sampler.draw(&random) }
                draw.values.append(nil)
            } else {
                draw.values.append(sampler.draw(&random))
            }
        }
        return draw
    }

    /// One result per chunk, each written once by the thread that computed it: the chunks write to
    /// distinct slots, and the slots are read only after every chunk is done.
    final class Slots: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Result<[TreasuryRun.Outcome], any Error>?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        func store(_ result: Result<[TreasuryRun.Outcome], any Error>, at index: Int) { slots[index] = result }
        func result(at index: Int) -> Result<[TreasuryRun.Outcome], any Error> { slots[index]! }

        func deallocate() {
            _ = slots.deinitialize()
            slots.deallocate()
        }
    }
}
