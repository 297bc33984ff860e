import Testing
@testable import GymPlan

/// `--what-if` texts and their effect on an instance.
@Suite struct CapacityWhatIfTests {
    @Test func theFiveFormsParse() throws {
        #expect(try WhatIfChange(parsing: "add-halls:AMS-01:2") == .addHalls(gymId: "AMS-01", halls: 2))
        #expect(try WhatIfChange(parsing: "add-halls:a:b:-1") == .addHalls(gymId: "a:b", halls: -1))
        #expect(try WhatIfChange(parsing: "hours:G1:12.5") == .hours(gymId: "G1", hours: 12.5))
        #expect(try WhatIfChange(parsing: "new-gym:Nieuw:52.1:5.2:2:30:363")
            == .newGym(name: "Nieuw", latitude: 52.1, longitude: 5.2, halls: 2, hours: 30, municipalityCode: "GM0363"))
        #expect(try WhatIfChange(parsing: "max-distance:750") == .maxDistance(750))
        #expect(try WhatIfChange(parsing: "max-distance:750").description == "max-distance:750")
        #expect(try WhatIfChange(parsing: "bus:10aa00:G:7") == .bus(schoolId: "10AA00", gymId: "G:7"))
        #expect(try WhatIfChange(parsing: "bus:10AA00:G:7").description == "bus:10AA00:G:7")
        // A name may hold `:` (a site named after a school): the last five fields are the numbers.
        #expect(try WhatIfChange(parsing: "new-gym:School: Noord:52.1:5.2:1:27.75:GM0001")
            == .newGym(name: "School: Noord", latitude: 52.1, longitude: 5.2, halls: 1, hours: 27.75, municipalityCode: "GM0001"))
    }

    @Test func badFormsAreRejectedWithTheExpectedForm() {
        for text in ["add-halls:G1", "add-halls::2", "hours:G1:61", "new-gym:X:40:5:1:1:GM0001", "new-gym:X:52:5:1:1:Amsterdam",
                     "max-distance:-1", "remove:G1", "", "bus:10AA00", "bus::G1", "bus:10AA00:", "new-gym::52:5:1:1:GM0001"] {
            #expect(throws: WhatIfParseError.self, "\(text)") { try WhatIfChange(parsing: text) }
        }
    }

    @Test func addedHallsAndHoursChangeSlots() throws {
        var instance = CapacityTestInstances.make(schools: [("10AA00", 2)], gyms: [("G", 3)], pairs: [(0, 0, 100)])
        #expect(try CapacityTestInstances.solve(instance).unmetLessons == 1)
        instance.gyms[0].halls += 1
        #expect(instance.slots(of: 0) == 6)
        #expect(try CapacityTestInstances.solve(instance).unmetLessons == 0)
        instance.gyms[0].hundredthHours = 0
        #expect(try CapacityTestInstances.solve(instance).schools[0].distanceObstacle)
    }

    @Test func aBusPairIsWithinReachAndStaysWhenPairsAreNormalised() throws {
        var instance = CapacityTestInstances.make(schools: [("10AA00", 1)], gyms: [("G", 2), ("H", 2)], pairs: [(0, 0, 100)])
        instance.gyms[0].hundredthHours = 0
        #expect(try CapacityTestInstances.solve(instance).schools[0].distanceObstacle)
        instance.addBusPair(school: 0, gym: 1, distanceM: 4000)
        instance.addGym(.init(id: "new:N", municipalityCode: "GM0003", halls: 1, hundredthHours: 0), distances: [])
        let plan = try CapacityTestInstances.solve(instance)
        #expect(plan.unmetLessons == 0 && !plan.schools[0].distanceObstacle)
        #expect(plan.schools[0].assignments.map(\.distanceM) == [4000])
    }

    @Test func aNewGymBringsItsPairsAndNearestDistance() throws {
        var instance = CapacityTestInstances.make(schools: [("10AA00", 1), ("10BB00", 1)], gyms: [("G", 2)], pairs: [(0, 0, 100)])
        instance.addGym(.init(id: "new:N", municipalityCode: "GM0003", halls: 1, hundredthHours: 300), distances: [("10BB00", 400), ("99XX99", 1)])
        let plan = try CapacityTestInstances.solve(instance)
        #expect(plan.unmetLessons == 0 && plan.schools[1].nearestGymM == 400 && plan.schools[1].nearestGymEstimated)
        #expect(plan.municipalities.first { $0.code == "GM0003" }?.supplyLessons == 4)
    }
}
