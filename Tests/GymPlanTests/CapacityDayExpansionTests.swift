import MinCostFlow
import Testing
@testable import GymPlan

/// `--separate-days`: a class has at most one lesson a day; each gym's slots are split over five days.
@Suite struct CapacityDayExpansionTests {
    @Test func schoolDayArcsCarryTheClassesAndGymSlotsAreSplitOverFiveDays() {
        let instance = CapacityTestInstances.make(schools: [("10AA00", 3)], gyms: [("G", 7)], pairs: [(0, 0, 100)])
        let built = CapacityNetwork(instance, separateDays: true)
        // school, 5 gym-days, 5 school-days, sink
        #expect(built.network.nodeCount == 1 + 5 + 5 + 1)
        let schoolDays = built.network.arcs.filter { $0.source == 0 && $0.target != 11 }
        #expect(schoolDays.map(\.capacity) == [3, 3, 3, 3, 3])
        let gymDays = built.network.arcs.filter { $0.target == 11 && $0.source != 0 }
        #expect(gymDays.map(\.capacity) == [2, 2, 1, 1, 1])
        #expect(built.placements.count == 5 && built.placements.allSatisfy { $0.school == 0 && $0.gym == 0 })
        #expect(Set(built.nodeOwners.compactMap { $0 }) == [.school(0), .gym(0)])
    }

    @Test func aClassCannotHaveMoreLessonsThanDays() throws {
        let instance = CapacityTestInstances.make(schools: [("10AA00", 1)], gyms: [("G", 10)], pairs: [(0, 0, 100)], lessonsPerClass: 6)
        let plain = try CapacityTestInstances.solve(instance)
        let days = try CapacityTestInstances.solve(instance, separateDays: true)
        #expect(plain.unmetLessons == 0)
        #expect(days.unmetLessons == 1 && days.placedLessons == 5 && days.totalCost == 500)
        #expect(days.schools[0].assignments == [GymAssignment(gymId: "G", lessons: 5, distanceM: 100)])
    }

    @Test func aGymsDailySlotsLimitTheDay() throws {
        // Two schools of 1 class each share a gym of 5 slots (1 a day): 4 of their 4 lessons fit.
        let instance = CapacityTestInstances.make(
            schools: [("10AA00", 1), ("10BB00", 1)], gyms: [("G", 5)], pairs: [(0, 0, 100), (1, 0, 200)])
        let days = try CapacityTestInstances.solve(instance, separateDays: true)
        #expect(days.unmetLessons == 0 && days.totalCost == 600)
    }
}
