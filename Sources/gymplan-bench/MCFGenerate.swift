import ArgumentParser
import Foundation
import MinCostFlow

extension GymPlanBench {
    /// Writes a synthetic national capacity-planning instance as a DIMACS min-cost flow file.
    struct MCFGenerate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mcf-generate",
            abstract: "Write a synthetic national capacity-planning instance as a DIMACS min-cost flow file.",
            discussion: """
                Schools (2 slots per class, 6 to 9 classes) and gyms (1 to 3 halls of 20 to 40 hours) at random \
                points of a 300 x 200 km box, clustered in towns; arcs from schools to the gyms within the \
                radius at their distance in metres, from gyms to one sink up to their slots, and an overflow arc \
                per school for the slots no gym takes.
                """
        )

        @Option(help: "The number of schools.")
        var schools = 6300

        @Option(help: "The number of gyms.")
        var gyms = 5000

        @Option(name: .customLong("radius-m"), help: "The farthest school-to-gym distance, in metres.")
        var radius = 5000

        @Flag(help: "Expand each school and gym into 5 day nodes (a class's lessons on different days).")
        var days = false

        @Option(help: "The seed of the random choices.")
        var seed: UInt64 = 1

        @Argument(help: "The DIMACS file to write.")
        var outfile: String

        func validate() throws {
            guard schools >= 0, gyms >= 0 else { throw ValidationError("--schools and --gyms must not be negative") }
            guard radius >= 0 else { throw ValidationError("--radius-m must not be negative") }
        }

        func run() throws {
            let nation = SyntheticNation(schools: schools, gyms: gyms, seed: seed)
            let radius = Double(radius)
            let network = days ? PlannerNetwork.dayExpanded(nation, radius: radius) : PlannerNetwork.plain(nation, radius: radius)
            let comments = [
                "gymplan-bench mcf-generate --schools \(schools) --gyms \(gyms) --radius-m \(self.radius)\(days ? " --days" : "") --seed \(seed)",
                "synthetic capacity-planning instance: \(network.nodeCount) nodes, \(network.arcCount) arcs",
            ]
            let text = DIMACS.minCostFlowText(network, comments: comments)
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: outfile))
            } catch {
                StandardError.write("Error: cannot write \(outfile): \(error.localizedDescription)")
                throw ExitCode(73)
            }
            StandardError.write("c wrote \(outfile): \(network.nodeCount) nodes, \(network.arcCount) arcs")
        }
    }
}
