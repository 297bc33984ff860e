import ArgumentParser
import Foundation
import GymPlan

/// `gymplan capacity`: the optimal assignment of required lessons to gyms, and the capacity and distance obstacles.
struct CapacityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: "Assign every in-scope class's required lessons to gyms within the distance limit; show obstacles.",
        discussion: """
            The plan places the most lesson slots possible, then with the least total distance, over the whole country. \
            --what-if changes (repeatable, applied together as one scenario): add-halls:GYM_ID:N, hours:GYM_ID:H, \
            new-gym:NAME:LAT:LON:HALLS:HOURS:MUNICIPALITY, bus:SCHOOL_ID:GYM_ID (the pair counts as within reach, \
            at its distance), max-distance:M; the output shows the difference with the base case.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rules: RuleOptions

    @Option(help: "The school year, YYYY-YYYY.") var schoolYear: SchoolYear
    @Option(help: "Show only this municipality (code GM0363 or its name); the plan stays national.") var municipality: String?
    @Flag(help: "Keep a class's lessons on different weekdays (each gym's slots split over five days).") var separateDays = false
    @Option(name: .customLong("what-if"), help: "A change to plan with (repeatable).") var whatIf: [String] = []
    @Option(help: "Output format: table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var table: TableOptions
    @Option(help: "Also write the flow instance to this file in the DIMACS min-cost flow format.") var dimacsOut: String?
    @Flag(help: "Print read and solve times on standard error.") var timings = false

    func validate() throws {
        for text in whatIf {
            do { _ = try WhatIfChange(parsing: text) } catch { throw ValidationError(error.description) }
        }
    }

    func run() throws {
        let options = CapacityOptions(separateDays: separateDays, whatIf: try whatIf.map { try WhatIfChange(parsing: $0) })
        let (plan, output) = try database.read { connection -> (CapacityPlan, String) in
            let code = try municipality.map { try FilterLookup.municipalityCode($0, on: connection) }
            let coverage = try DataCoverage.read(connection, year: schoolYear, parameters: rules.parameters)
            StandardError.notes(coverage.missingDataLines())
            if options.whatIf.isEmpty {
                let plan = try CapacityPlanner.plan(connection, year: schoolYear, parameters: rules.parameters, options: options)
                return (plan, try CapacityReport.render(code.map { plan.restricted(toMunicipality: $0) } ?? plan, format: format,
                                                     width: table.width, withoutGymData: coverage.municipalitiesWithoutGymData))
            }
            let comparison = try CapacityPlanner.compare(connection, year: schoolYear, parameters: rules.parameters, options: options)
            let output = try CapacityReport.render(code.map { comparison.restricted(toMunicipality: $0) } ?? comparison, format: format, width: table.width)
            return (comparison.scenario, output)
        }
        if let dimacsOut {
            try OutputFiles.write(Data(plan.dimacsText().utf8), to: dimacsOut)
        }
        if timings {
            StandardError.note("read \(plan.timings.read.formatted(fractionDigits: 3)) s, solve \(plan.timings.solve.formatted(fractionDigits: 3)) s")
        }
        try StandardOutput.write(output)
    }
}
