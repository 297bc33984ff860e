/// One way to place a school's lessons: at an existing gym within reach (free), at an existing gym by
/// bus, or at a candidate site.
struct InvestmentOption: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case reach
        case bus
        case site
    }

    var kind: Kind
    var school: Int
    /// A gym index for `.reach` and `.bus`, a site index for `.site`.
    var target: Int
    var distanceM: Int
}

/// A connected component of the school-gym-site graph (pairs within reach, bus pairs and site pairs),
/// with the options between its members: the unit the plan is solved in.
struct InvestmentComponent: Sendable {
    var schools: [Int]
    var gyms: [Int]
    var sites: [Int]
    var options: [InvestmentOption]
}

extension InvestmentInstance {
    /// The options that can carry a lesson: from schools with demand to gyms with halls (slots now or
    /// after longer hours) and to sites offering slots.
    func options() -> [InvestmentOption] {
        let usableGym = capacity.gyms.indices.map { capacity.slots(of: $0) > 0 || maxExtraSlotsPerHall(ofGym: $0) > 0 }
        var options: [InvestmentOption] = []
        for pair in capacity.pairs where capacity.demand(of: pair.school) > 0 && usableGym[pair.gym] && pair.distanceM <= capacity.maxDistanceM {
            options.append(InvestmentOption(kind: .reach, school: pair.school, target: pair.gym, distanceM: pair.distanceM))
        }
        for pair in busPairs where capacity.demand(of: pair.school) > 0 && usableGym[pair.gym] {
            options.append(InvestmentOption(kind: .bus, school: pair.school, target: pair.gym, distanceM: pair.distanceM))
        }
        for pair in sitePairs where capacity.demand(of: pair.school) > 0 && sites[pair.site].slots(lessonMinutes: lessonMinutes) > 0 {
            options.append(InvestmentOption(kind: .site, school: pair.school, target: pair.site, distanceM: pair.distanceM))
        }
        return options
    }

    /// The components that hold a school with demand, each with its members sorted by index
    /// (a breadth-first search over the options).
    func components() -> [InvestmentComponent] {
        let schoolCount = capacity.schools.count
        let gymCount = capacity.gyms.count
        let options = options()
        func node(of option: InvestmentOption) -> Int {
            option.kind == .site ? schoolCount + gymCount + option.target : schoolCount + option.target
        }
        var neighbours = [[Int]](repeating: [], count: schoolCount + gymCount + sites.count)
        for option in options {
            neighbours[option.school].append(node(of: option))
            neighbours[node(of: option)].append(option.school)
        }
        var componentOf = [Int?](repeating: nil, count: neighbours.count)
        var components: [InvestmentComponent] = []
        for school in 0..<schoolCount where capacity.demand(of: school) > 0 && componentOf[school] == nil {
            var members = [school]
            componentOf[school] = components.count
            var next = 0
            while next < members.count {
                for other in neighbours[members[next]] where componentOf[other] == nil {
                    componentOf[other] = components.count
                    members.append(other)
                }
                next += 1
            }
            members.sort()
            components.append(InvestmentComponent(
                schools: members.filter { $0 < schoolCount && capacity.demand(of: $0) > 0 },
                gyms: members.filter { $0 >= schoolCount && $0 < schoolCount + gymCount }.map { $0 - schoolCount },
                sites: members.filter { $0 >= schoolCount + gymCount }.map { $0 - schoolCount - gymCount },
                options: []))
        }
        for option in options {
            components[componentOf[option.school]!].options.append(option)
        }
        return components
    }
}
