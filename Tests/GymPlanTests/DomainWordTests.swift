import Foundation
import TestSupport
import Testing
@testable import GymPlan

/// The domain's words as types: the raw values are the files', the database's and the export's words.
@Suite struct DomainWordTests {
    @Test func qualificationsByNameOrLetter() {
        #expect(Qualification(fileValue: "a") == .broadPre2005)
        #expect(Qualification(fileValue: "B") == .broadCourse)
        #expect(Qualification(fileValue: "c") == .courseEnrolled)
        #expect(Qualification(fileValue: "d") == .specialist)
        #expect(Qualification(fileValue: "Broad_Course") == .broadCourse)
        #expect(Qualification(fileValue: "NONE") == .unqualified)
        #expect(Qualification(fileValue: "e") == nil)
        #expect(Qualification(fileValue: "ab") == nil)
        #expect(Qualification(fileValue: "") == nil)
        #expect(Qualification(rawValue: "a") == nil, "letters are the files' only")
    }

    @Test func grantStatusesInAnyCase() {
        #expect(GrantStatus(fileValue: "COMPLETED") == .completed)
        #expect(GrantStatus(fileValue: "granted") == nil)
        #expect(GrantStatus.allCases.sorted() == GrantStatus.allCases)
    }

    @Test func obstaclesSortAsTheExportDoes() {
        #expect([Obstacle.distance, .capacity].sorted() == [.capacity, .distance])
        #expect(Obstacle.words([.capacity, .distance]) == "capacity distance")
        #expect(Obstacle.words([]) == "")
        let both = MunicipalityCapacity(
            code: "GM0001", demandLessons: 4, supplyLessons: 0, unmetLessons: 4, schoolsWithDistanceObstacle: 1,
            capacityObstacle: true, distanceObstacle: true, shortageHallHours: 1)
        #expect(both.obstacles == [.capacity, .distance])
        var distanceOnly = both
        distanceOnly.capacityObstacle = false
        #expect(distanceOnly.obstacles == [.distance])
    }

    @Test func grantCountsByStatus() {
        var counts = GrantStatusCounts(applied: 1, awarded: 2, rejected: 3, withdrawn: 4, completed: 5)
        #expect(GrantStatus.allCases.map { counts[$0] } == [1, 2, 3, 4, 5])
        counts[.withdrawn] += 10
        #expect(counts.withdrawn == 14 && counts.total == 25)
    }

    @Test func rawValuesAreTheSchemasWords() throws {
        let schema = try String(contentsOf: Repository.root.appendingPathComponent("SQL/0001_schema.sql"), encoding: .utf8)
        func quotedList(_ names: [String]) -> String { names.map { "'\($0)'" }.joined(separator: ", ") }
        #expect(schema.contains("(\(quotedList(Qualification.allCases.map(\.rawValue))))"))
        #expect(schema.contains("status IN (\(quotedList(GrantStatus.allCases.map(\.rawValue))))"))
        #expect(schema.contains("location_source IN (\(quotedList(LocationSource.allCases.map(\.rawValue))))"))
        let export = try String(contentsOf: Repository.exportSchema, encoding: .utf8)
        let obstacles = Obstacle.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        #expect(export.contains(#""obstacles": { "type": "array", "items": { "enum": [\#(obstacles)] } }"#))
    }
}
