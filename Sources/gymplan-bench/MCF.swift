import ArgumentParser
import Foundation
import MinCostFlow

extension GymPlanBench {
    /// Solves a DIMACS min-cost flow file with the network simplex and reports the times.
    struct MCF: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mcf",
            abstract: "Solve a DIMACS min-cost flow file with the network simplex.",
            discussion: """
                Prints 's COST' on standard output (or 'c infeasible' / 'c unbounded', exit status 1), and the \
                size, read time and solve time as 'c' lines on standard error.
                """
        )

        @Argument(help: "The DIMACS min-cost flow file ('p min').")
        var file: String

        @Flag(help: "Also solve with the successive-shortest-path oracle (slow: for small files) and compare.")
        var oracle = false

        @Flag(help: "Print an 'f SOURCE TARGET FLOW' line for each arc with flow.")
        var flows = false

        @Flag(help: "Keep the file's arc order instead of LEMON's interleaved order.")
        var noMixing = false

        @Option(help: "Solve this many times and report the fastest.")
        var `repeat` = 1

        func validate() throws {
            guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
        }

        func run() throws {
            let clock = ContinuousClock()
            let readStart = clock.now
            guard let data = FileManager.default.contents(atPath: file) else {
                StandardError.write("Error: cannot read \(file)")
                throw ExitCode(66)
            }
            let network: FlowNetwork
            do {
                network = try DIMACS.readMinCostFlow(bytes: [UInt8](data))
            } catch {
                StandardError.write("Error: \(file) \(error)")
                throw ExitCode(65)
            }
            let readTime = clock.now - readStart
            StandardError.write("c nodes \(network.nodeCount) arcs \(network.arcCount)")
            StandardError.write("c read time: \(readTime.secondsText) s")

            let solver = NetworkSimplex(mixesArcs: !noMixing)
            var fastest: Duration?
            var outcome = FlowOutcome.infeasible
            var statistics = NetworkSimplex.Statistics()
            for _ in 0..<`repeat` {
                statistics = NetworkSimplex.Statistics()
                let start = clock.now
                outcome = try solver.solve(network, statistics: &statistics)
                let time = clock.now - start
                fastest = min(fastest ?? time, time)
            }
            StandardError.write("c solve time: \(fastest!.secondsText) s")
            StandardError.write("c pivots \(statistics.pivots)")

            if oracle {
                let start = clock.now
                let expected = try SuccessiveShortestPath().solve(network)
                StandardError.write("c oracle time: \((clock.now - start).secondsText) s")
                guard Self.sameOptimum(outcome, expected) else {
                    StandardError.write("Error: the oracle found \(Self.summary(expected)), the simplex \(Self.summary(outcome))")
                    throw ExitCode(70)
                }
                StandardError.write("c oracle agrees")
            }

            guard let solution = outcome.solution else {
                print("c \(Self.summary(outcome))")
                throw ExitCode.failure
            }
            print(DIMACS.solutionText(solution, of: network, includingFlows: flows), terminator: "")
        }

        static func sameOptimum(_ first: FlowOutcome, _ second: FlowOutcome) -> Bool {
            switch (first, second) {
            case (.optimal(let a), .optimal(let b)): a.cost == b.cost
            default: first == second
            }
        }

        static func summary(_ outcome: FlowOutcome) -> String {
            switch outcome {
            case .optimal(let solution): "cost \(solution.cost)"
            case .infeasible: "infeasible"
            case .unbounded: "unbounded"
            }
        }
    }
}
