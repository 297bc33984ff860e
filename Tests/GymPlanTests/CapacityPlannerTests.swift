import MinCostFlow
import Testing
@testable import GymPlan

/// The planner on hand-made instances: the lexicographic optimum (most slots placed, then least distance).
@Suite struct CapacityPlannerTests {
    @Test func theNetworkHasSupplyPlacementGymAndUnplacedArcs() {
        let instance = CapacityTestInstances.make(
            schools: [("10AA00", 2), ("10BB00", 0)], gyms: [("G1", 3), ("G0", 0)], pairs: [(0, 0, 100), (0, 1, 50), (1, 0, 10)])
        let built = CapacityNetwork(instance, separateDays: false)
        #expect(built.network.nodeCount == 2 + 2 + 1)
        #expect(built.network.supplies == [4, 0, 0, 0, -4])
        // Only the school with demand to the gym with slots; one gym arc; one unplaced arc.
        #expect(built.placements.map(\.arc).count == 1)
        #expect(built.network.arcs.count == 3)
        #expect(built.network.arcs[1] == FlowArc(source: 2, target: 4, capacity: 3, cost: 0))
        #expect(built.unplacedArcs[0] == 2 && built.unplacedArcs[1] == nil)
        #expect(built.unplacedCost == 5 * 100 + 1)
    }

    @Test func whenCapacityIsShortTheMostSlotsArePlacedThenTheLeastDistance() throws {
        // A needs 4 slots and reaches only G (3 slots); B needs 2 and reaches G (near) and H (far).
        let instance = CapacityTestInstances.make(
            schools: [("10AA00", 2), ("10BB00", 1)], gyms: [("G", 3), ("H", 10)], pairs: [(0, 0, 100), (1, 0, 50), (1, 1, 900)])
        let plan = try CapacityTestInstances.solve(instance)
        #expect(plan.placedLessons == 5 && plan.unmetLessons == 1)
        #expect(plan.totalCost == 3 * 100 + 2 * 900)
        #expect(plan.schools[0].unmetLessons == 1 && plan.schools[0].capacityObstacle && !plan.schools[0].distanceObstacle)
        #expect(plan.schools[1].assignments == [GymAssignment(gymId: "H", lessons: 2, distanceM: 900)])
        #expect(!plan.schools[1].capacityObstacle)
        #expect(plan.competingGroups == [CompetingGroup(
            schoolIds: ["10AA00"], gymIds: ["G"], municipalityCodes: ["GM0001", "GM0002"], demandLessons: 4, supplyLessons: 3,
            unmetLessons: 1, extraSlots: 1, extraHallHours: 0.75)])
        #expect(plan.networkCost == plan.totalCost + Int64(plan.unmetLessons) * CapacityNetwork(instance, separateDays: false).unplacedCost)
    }

    @Test func placingMoreWinsOverAShorterTotalDistance() throws {
        // The cheapest flow alone would send A to the near gym and leave B unplaced.
        let instance = CapacityTestInstances.make(
            schools: [("10AA00", 1), ("10BB00", 1)], gyms: [("G1", 2), ("G2", 2)], pairs: [(0, 0, 10), (0, 1, 1000), (1, 0, 50)])
        let plan = try CapacityTestInstances.solve(instance)
        #expect(plan.unmetLessons == 0)
        #expect(plan.totalCost == 2 * 1000 + 2 * 50)
        #expect(plan.competingGroups.isEmpty)
    }

    @Test func tiesGiveTheSameTotals() throws {
        let instance = CapacityTestInstances.make(
            schools: [("10AA00", 1), ("10BB00", 1)], gyms: [("G1", 2), ("G2", 1)], pairs: [(0, 0, 300), (0, 1, 300), (1, 0, 300), (1, 1, 300)])
        let plan = try CapacityTestInstances.solve(instance)
        #expect(plan.placedLessons == 3 && plan.unmetLessons == 1 && plan.totalCost == 900)
        #expect(plan.schools.filter(\.capacityObstacle).count == 1)
        #expect(plan.competingGroups.count == 1 && plan.competingGroups[0].gymIds == ["G1", "G2"])
        #expect(plan.competingGroups[0].schoolIds == ["10AA00", "10BB00"])
    }

    @Test func aSchoolWithoutAGymOfferingSlotsHasADistanceObstacleNotACapacityObstacle() throws {
        let instance = CapacityTestInstances.make(
            schools: [("10AA00", 1), ("10BB00", 0)], gyms: [("G0", 0)], pairs: [(0, 0, 10), (1, 0, 10)])
        let plan = try CapacityTestInstances.solve(instance)
        #expect(plan.schools.map(\.distanceObstacle) == [true, true])
        #expect(plan.schools.map(\.capacityObstacle) == [false, false])
        #expect(plan.schools[0].unmetLessons == 2)
        #expect(plan.municipalities.map(\.code) == ["GM0001", "GM0002"])
        #expect(plan.municipalities[0].schoolsWithDistanceObstacle == 2 && plan.municipalities[0].distanceObstacle)
        #expect(plan.municipalities[0].shortageHallHours == 0)
    }

    @Test func theDIMACSTextIsTheSolvedInstance() throws {
        let instance = CapacityTestInstances.make(
            schools: [("10AA00", 2), ("10BB00", 1)], gyms: [("G", 3), ("H", 10)], pairs: [(0, 0, 100), (1, 0, 50), (1, 1, 900)])
        let plan = try CapacityTestInstances.solve(instance, separateDays: true)
        let network = try DIMACS.readMinCostFlow(plan.dimacsText())
        #expect(try NetworkSimplex().solve(network).solution?.cost == plan.networkCost)
        #expect(try SuccessiveShortestPath().solve(network).solution?.cost == plan.networkCost)
    }
}
