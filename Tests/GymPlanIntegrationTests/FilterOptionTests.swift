import Foundation
import TestSupport
import Testing

/// Filters that match nothing are an error (exit 65), names are taken when only one matches, and a
/// what-if may not take a gym above 10 halls.
@Suite struct FilterOptionTests {
    @Test func aMunicipalityOrSchoolThatIsNotOnRecordIsExit65() throws {
        let database = try TestDatabase.sample("filter-none")
        for (arguments, message) in [
            (["flags", "--school-year", "2021-2022", "--municipality", "GM9999"], "gymplan: no municipality GM9999\n"),
            (["capacity", "--school-year", "2021-2022", "--municipality", "9999"], "gymplan: no municipality GM9999\n"),
            (["flags", "--school-year", "2021-2022", "--municipality", "Atlantis"], "gymplan: no municipality named 'Atlantis'\n"),
            (["flags", "--school-year", "2021-2022", "--school", "99XX99"], "gymplan: no school 99XX99\n"),
        ] {
            let result = try GymPlanCLI.run(arguments, database: database)
            #expect(result.status == 65, "\(arguments): \(result.standardError)")
            #expect(result.standardError == message, "\(arguments)")
            #expect(result.standardOutput.isEmpty)
        }
        try database.drop()
    }

    @Test func aUniqueMunicipalityNameIsTakenAndAnAmbiguousOneListsTheCandidates() throws {
        let database = try TestDatabase.sample("filter-name")
        let byCode = try GymPlanCLI.run(["flags", "--school-year", "2021-2022", "--municipality", "GM0603", "--format", "csv"], database: database)
        for name in ["Rijswijk", "rijswijk", "RIJSW"] {
            let byName = try GymPlanCLI.run(["flags", "--school-year", "2021-2022", "--municipality", name, "--format", "csv"], database: database)
            #expect(byName.status == 0, "\(name): \(byName.standardError)")
            #expect(byName.standardOutput == byCode.standardOutput, "\(name)")
        }
        let capacity = try GymPlanCLI.run(
            ["capacity", "--school-year", "2021-2022", "--municipality", "texel", "--format", "csv"], database: database)
        #expect(capacity.status == 0, "\(capacity.standardError)")
        #expect(capacity.standardOutput.contains("GM0448"))
        #expect(!capacity.standardOutput.contains("GM0603"))
        // "e" is in Wageningen, Texel and Westerwolde.
        let ambiguous = try GymPlanCLI.run(["flags", "--school-year", "2021-2022", "--municipality", "e"], database: database)
        #expect(ambiguous.status == 65)
        #expect(ambiguous.standardError.contains("'e' names more than one municipality: GM0289 Wageningen, GM0448 Texel"), "\(ambiguous.standardError)")
        try database.drop()
    }

    @Test func addHallsMayNotGoAboveTenHalls() throws {
        let database = try TestDatabase.sample("filter-halls")
        // GM0289-G001 has 2 halls in the sample.
        let ten = try GymPlanCLI.run(
            ["capacity", "--school-year", "2021-2022", "--what-if", "add-halls:GM0289-G001:8", "--format", "json"], database: database)
        #expect(ten.status == 0, "\(ten.standardError)")
        let eleven = try GymPlanCLI.run(
            ["capacity", "--school-year", "2021-2022", "--what-if", "add-halls:GM0289-G001:9"], database: database)
        #expect(eleven.status == 65, "\(eleven.standardError)")
        #expect(eleven.standardError.contains("gym GM0289-G001 has 2 halls and may have at most 10"), "\(eleven.standardError)")
        #expect(eleven.standardError.contains("add at most 8"))
        let twice = try GymPlanCLI.run(
            ["capacity", "--school-year", "2021-2022", "--what-if", "add-halls:GM0289-G001:5", "--what-if", "add-halls:GM0289-G001:5"],
            database: database)
        #expect(twice.status == 65, "\(twice.standardError)")
        try database.drop()
    }
}
