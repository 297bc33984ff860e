import Foundation
@testable import GymPlan
import PostgresClient
import Testing
import TestSupport

/// The capacity planner against the database: obstacles, municipalities, what-if, the command line.
@Suite struct CapacityPlanTests {
    @Test func capacityObstacleMunicipalitiesAndTheCompetingGroup() throws {
        let fixture = try CapacityFixture()
        let plan = try fixture.plan()
        // 10AA00 needs 4 (two in-scope classes) and reaches only G1 (2 slots); 10BB00 needs 2 and takes G3's 1 slot.
        #expect(plan.demandLessons == 6 && plan.placedLessons == 3 && plan.unmetLessons == 3)
        let a = plan.schools[0], b = plan.schools[1]
        #expect(a.demandLessons == 4 && a.unmetLessons == 2 && a.capacityObstacle && !a.distanceObstacle)
        #expect(a.assignments.map(\.gymId) == ["G1"] && b.assignments.map(\.gymId) == ["G3"])
        #expect(b.unmetLessons == 1 && b.capacityObstacle)
        let aG1 = CapacityFixture.estimate((52.0, 5.0), (52.0, 5.004))
        let bG3 = CapacityFixture.estimate((52.0, 5.01), (52.0, 5.012))
        #expect(plan.totalCost == Int64(2 * aG1 + bG3))
        #expect(plan.municipalities.map(\.code) == ["GM0001", "GM0002", "GM0003"])
        #expect(plan.municipalities[0] == MunicipalityCapacity(
            code: "GM0001", demandLessons: 6, supplyLessons: 2, unmetLessons: 3, schoolsWithDistanceObstacle: 0,
            capacityObstacle: true, distanceObstacle: false, shortageHallHours: 2.25))
        // G0's 0 slots do not count: GM0003 supplies G3's 1.
        #expect(plan.municipalities[2].supplyLessons == 1 && plan.municipalities[2].obstacles.isEmpty)
        #expect(plan.competingGroups == [CompetingGroup(
            schoolIds: ["10AA00", "10BB00"], gymIds: ["G1", "G3"], municipalityCodes: ["GM0001", "GM0003"],
            demandLessons: 6, supplyLessons: 3, unmetLessons: 3, extraSlots: 3, extraHallHours: 2.25)])
    }

    @Test func planningInsideACallersTransactionLeavesItAndTheSessionAsTheyWere() throws {
        let fixture = try CapacityFixture()
        let before = try fixture.connection.query("SELECT current_setting('jit')").scalar(String.self)
        let unmet = try fixture.connection.transaction {
            let plan = try fixture.plan()
            try fixture.connection.query("SELECT 1 FROM school FOR UPDATE")
            return plan.unmetLessons
        }
        #expect(unmet == 3)
        #expect(try fixture.connection.query("SELECT current_setting('jit')").scalar(String.self) == before)
    }

    @Test func whatIfMoreHallsRemovesTheObstacle() throws {
        let fixture = try CapacityFixture()
        let comparison = try CapacityPlanner.compare(
            fixture.connection, year: CapacityFixture.year, parameters: .init(),
            options: CapacityOptions(whatIf: [.addHalls(gymId: "G1", halls: 2)]))
        #expect(comparison.base.unmetLessons == 3 && comparison.scenario.unmetLessons == 0)
        #expect(comparison.municipalities.map(\.code) == ["GM0001"])
        #expect(comparison.municipalities[0].base.obstacles == [.capacity] && comparison.municipalities[0].scenario.obstacles.isEmpty)
        #expect(comparison.municipalities[0].scenario.supplyLessons == 6)
        // A new gym near 10EE00 removes GM0002's distance obstacle; a 0 m limit makes every school's.
        let newGym = try fixture.plan(CapacityOptions(whatIf: [
            .newGym(name: "Zuid", latitude: 51.0, longitude: 4.001, halls: 1, hours: 3, municipalityCode: "GM0002")]))
        #expect(newGym.municipalities[1].distanceObstacle == false)
        #expect(try fixture.plan(CapacityOptions(whatIf: [.maxDistance(0)])).schools.filter(\.distanceObstacle).count == 4)
        #expect(throws: CapacityPlanError.unknownGym("nope")) { try fixture.plan(CapacityOptions(whatIf: [.hours(gymId: "nope", hours: 1)])) }
    }

    @Test func theCommandPrintsJSONAndWritesTheDIMACSInstanceItSolved() throws {
        let fixture = try CapacityFixture()
        let dimacs = fixture.folder.path + "/plan.dimacs"
        for extra in [[], ["--separate-days"]] {
            let result = try GymPlanCLI.run(
                ["capacity", "--school-year", "2019-2020", "--format", "json", "--dimacs-out", dimacs] + extra, database: fixture.database)
            #expect(result.status == 0, "\(result.standardError)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            #expect(json["unmet_lessons"] as? Int == 3)
            #expect((json["schools"] as? [[String: Any]])?.first?["nearest_gym_m"] as? Int == CapacityFixture.estimate((52.0, 5.0), (52.0, 5.004)))
            let bench = GymPlanCLI.executable.deletingLastPathComponent().appendingPathComponent("gymplan-bench")
            try #require(FileManager.default.isExecutableFile(atPath: bench.path), "build gymplan-bench too")
            let process = Process()
            process.executableURL = bench
            process.arguments = ["mcf", dimacs]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let solved = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(solved == "s \(json["network_cost"] as? Int ?? -1)\n")
        }
    }

    @Test func theCommandComparesWhatIfScenariosAndRejectsBadOnes() throws {
        let fixture = try CapacityFixture()
        let result = try GymPlanCLI.run(
            ["capacity", "--school-year", "2019-2020", "--format", "csv", "--what-if", "add-halls:G1:2"], database: fixture.database)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("GM0001,2,6,3,0,0,0,capacity,\r\n"))
        let bad = try GymPlanCLI.run(["capacity", "--school-year", "2019-2020", "--what-if", "add-halls:G1"], database: fixture.database)
        #expect(bad.status == 64 && bad.standardError.contains("add-halls:GYM_ID:N"))
        let table = try GymPlanCLI.run(["capacity", "--school-year", "2019-2020", "--municipality", "GM0003"], database: fixture.database)
        #expect(table.status == 0 && table.standardOutput.contains("GM0003") && !table.standardOutput.contains("GM0002"))
    }
}
