import MixedIntegerProgramming

/// The mixed-integer program of one component (data contract, section 7): lessons on each option,
/// k extra slots per hall at each gym (integer), each site built or not (binary); place all but
/// `unmetLessons` lessons and minimise the yearly cost in euros. Lessons at existing gyms within reach
/// in their current slots cost nothing.
struct InvestmentModel {
    var model = MixedIntegerModel()
    /// Column of each of the component's options.
    var optionColumns: [Int] = []
    /// Column of k at each of the component's gyms; nil where no longer hours are possible.
    var extraColumns: [Int?] = []
    /// Column of "built" at each of the component's sites.
    var siteColumns: [Int] = []

    init(_ component: InvestmentComponent, instance: InvestmentInstance, unmetLessons: Int) {
        let parameters = instance.parameters
        let slotCost = parameters.slotYearlyCost(lessonMinutes: instance.lessonMinutes)
        let gyms = instance.capacity.gyms
        let demand = component.schools.map { instance.capacity.demand(of: $0) }
        let siteSlots = component.sites.map { instance.sites[$0].slots(lessonMinutes: instance.lessonMinutes) }
        for gym in component.gyms {
            let most = instance.maxExtraSlotsPerHall(ofGym: gym)
            extraColumns.append(most > 0
                ? model.addColumn(upper: Double(most), objective: slotCost * Double(gyms[gym].halls), isInteger: true) : nil)
        }
        for site in component.sites {
            let yearly = instance.sites[site].costEur / Double(max(1, parameters.depreciationYears))
            siteColumns.append(model.addColumn(upper: 1, objective: yearly, isInteger: true))
        }
        let schoolAt = Dictionary(uniqueKeysWithValues: component.schools.enumerated().map { ($1, $0) })
        let gymAt = Dictionary(uniqueKeysWithValues: component.gyms.enumerated().map { ($1, $0) })
        let siteAt = Dictionary(uniqueKeysWithValues: component.sites.enumerated().map { ($1, $0) })
        var bySchool = [[(column: Int, coefficient: Double)]](repeating: [], count: demand.count)
        var byGym = [[(column: Int, coefficient: Double)]](repeating: [], count: component.gyms.count)
        var bySite = [[(column: Int, coefficient: Double)]](repeating: [], count: component.sites.count)
        for option in component.options {
            let school = schoolAt[option.school]!
            let cost: Double
            var upper = Double(demand[school])
            switch option.kind {
            case .reach: cost = 0
            case .bus: cost = parameters.busCostEur
            case .site:
                cost = slotCost
                upper = min(upper, Double(siteSlots[siteAt[option.target]!]))
            }
            let column = model.addColumn(upper: upper, objective: cost)
            optionColumns.append(column)
            bySchool[school].append((column, 1))
            if option.kind == .site {
                let site = siteAt[option.target]!
                bySite[site].append((column, 1))
                // The strong form of facility location: no lesson at a site that is not built.
                model.addRow([(column, 1), (siteColumns[site], -upper)], upper: 0)
            } else {
                byGym[gymAt[option.target]!].append((column, 1))
            }
        }
        for (school, terms) in bySchool.enumerated() where !terms.isEmpty {
            model.addRow(terms, upper: Double(demand[school]))
        }
        for (index, gym) in component.gyms.enumerated() where !byGym[index].isEmpty {
            let extra = extraColumns[index].map { [($0, -Double(gyms[gym].halls))] } ?? []
            model.addRow(byGym[index] + extra, upper: Double(instance.capacity.slots(of: gym)))
        }
        for (index, terms) in bySite.enumerated() where !terms.isEmpty {
            model.addRow(terms + [(siteColumns[index], -Double(siteSlots[index]))], upper: 0)
        }
        let placed = demand.reduce(0, +) - unmetLessons
        model.addRow(optionColumns.map { ($0, 1) }, lower: Double(placed))
    }

    /// The solution that places `lessons` (one number per option), with the fewest extra slots per hall
    /// and sites that hold them: a start for the search.
    func values(placing lessons: [Int], component: InvestmentComponent, instance: InvestmentInstance) -> [Double] {
        var values = [Double](repeating: 0, count: model.columns.count)
        let gymAt = Dictionary(uniqueKeysWithValues: component.gyms.enumerated().map { ($1, $0) })
        let siteAt = Dictionary(uniqueKeysWithValues: component.sites.enumerated().map { ($1, $0) })
        var used = [Int](repeating: 0, count: component.gyms.count)
        for (index, option) in component.options.enumerated() {
            values[optionColumns[index]] = Double(lessons[index])
            guard lessons[index] > 0 else { continue }
            if option.kind == .site { values[siteColumns[siteAt[option.target]!]] = 1 } else { used[gymAt[option.target]!] += lessons[index] }
        }
        for (index, gym) in component.gyms.enumerated() {
            let over = used[index] - instance.capacity.slots(of: gym)
            let halls = instance.capacity.gyms[gym].halls
            if over > 0, let column = extraColumns[index] { values[column] = Double((over + halls - 1) / halls) }
        }
        return values
    }

    /// The k of each gym and whether each site is built, read from a solution's values.
    func decisions(_ values: [Double]) -> (extraSlotsPerHall: [Int], built: [Bool]) {
        (extraColumns.map { $0.map { Int(values[$0].rounded()) } ?? 0 }, siteColumns.map { values[$0] > 0.5 })
    }
}
