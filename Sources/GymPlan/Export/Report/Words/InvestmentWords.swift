/// The rows of the national totals of the section "What it takes", in the table's order.
enum PlanTotal: CaseIterable, Sendable {
    case unmetBefore, unmetAfter, newHalls, buses, busLessons, extraHallHours, yearlyCost, oneOffCost, courseCost, proven
}

/// The columns of the section's table per municipality, in the table's order.
enum PlanColumn: CaseIterable, Sendable {
    case municipality, unmetBefore, changes, yearlyCost, changesWithoutBuses, yearlyCostWithoutBuses
}

/// The section "What it takes" (`export --with-plan`): the investment plan of section 7 beside the
/// same plan without buses.
protocol InvestmentWords: LanguageWords {
    var planHeading: String { get }
    var planIntroduction: String { get }
    var planNoChange: String { get }
    var planTotalsHeading: String { get }
    var planMunicipalitiesHeading: String { get }
    var withBuses: String { get }
    var withoutBuses: String { get }
    /// What a municipality without changes shows in a column of changes.
    var noChanges: String { get }
    /// A gym known by its id alone: `gym G2`.
    func unnamedGym(_ id: String) -> String
    func planTotal(_ row: PlanTotal) -> String
    func planColumn(_ column: PlanColumn) -> String
    func proven(_ summary: InvestmentDocument.Summary) -> String
    func teachers(_ summary: InvestmentDocument.Summary) -> String
    func assumptions(_ parameters: InvestmentDocument.Parameters) -> String
    func planMapTitle(_ plan: String) -> String
    func planMapCaption(halls: Int, sites: Int, municipalities: Int) -> String
    /// `gym`: the gym's name, when the export has it.
    func bus(_ bus: InvestmentBus, school: String, gym: String?) -> String
    func longerHours(_ change: InvestmentLongerHours, gym: String?) -> String
    func newGym(_ gym: InvestmentNewGym) -> String
}

extension LanguageWords {
    /// Whole euros in the language's conventions: `€4,800`, `€ 4.800`.
    func euros(_ amount: Double) -> String { language.euros(amount) }

    /// Euros and cents: `€31.56`, `€ 31,56`.
    func eurosAndCents(_ amount: Double) -> String {
        (language == .nl ? "€ " : "€") + language.decimal(amount, fractionDigits: 2)
    }

    /// Hours with two decimals: `4.50`, `4,50`.
    func hours(_ value: Double) -> String { language.decimal(value, fractionDigits: 2) }
}

extension InvestmentWords {
    /// A gym by its name and id, `Zaal Twee (G2)`, or by its id alone when it has no name.
    func gym(_ name: String?, _ id: String) -> String {
        name.map { "\($0) (\(id))" } ?? unnamedGym(id)
    }

    /// A new gym's tooltip on the map: where it is, and the change.
    func newGymTip(_ gym: InvestmentNewGym, municipality: String) -> String {
        "\(gym.name), \(municipality): " + newGym(gym)
    }
}

extension EnglishWords: InvestmentWords {
    var planHeading: String { "What it takes" }
    var planIntroduction: String {
        "The cheapest changes that give every lesson a place: first the fewest unmet lessons any set of changes can reach, "
            + "then the least yearly cost, over longer hours in existing halls, buses to gyms farther away and new halls. "
            + "Beside it the same plan without buses: what building instead of bussing would take. Longer hours and a new hall "
            + "belong to the municipality of the gym or site, a bus to that of its school."
    }
    var planNoChange: String { "No change is needed: the planner places every lesson in the gyms there are." }
    var planTotalsHeading: String { "The country" }
    var planMunicipalitiesHeading: String { "Per municipality" }
    var withBuses: String { "With buses" }
    var withoutBuses: String { "Without buses (build instead)" }
    var noChanges: String { "none" }
    func unnamedGym(_ id: String) -> String { "gym \(id)" }

    func planTotal(_ row: PlanTotal) -> String {
        switch row {
        case .unmetBefore: "Lessons a week without a place now"
        case .unmetAfter: "Lessons a week without a place after the changes"
        case .newHalls: "New halls"
        case .buses: "Buses (a school's classes to one gym)"
        case .busLessons: "Lessons a week by bus"
        case .extraHallHours: "Extra hall hours a week in existing gyms"
        case .yearlyCost: "Cost a year"
        case .oneOffCost: "One-off cost (building)"
        case .courseCost: "Leergang for the teachers without the qualification (one-off)"
        case .proven: "Proven cheapest"
        }
    }

    func planColumn(_ column: PlanColumn) -> String {
        switch column {
        case .municipality: "Municipality"
        case .unmetBefore: "Lessons a week without a place now"
        case .changes: "Changes"
        case .yearlyCost: "Cost a year"
        case .changesWithoutBuses: "Changes without buses"
        case .yearlyCostWithoutBuses: "Cost a year without buses"
        }
    }

    func proven(_ summary: InvestmentDocument.Summary) -> String {
        let groups = summary.components, proven = summary.componentsProvenOptimal
        let verdict = switch (groups, proven) {
        case (0, _): "nothing to solve"
        case (1, 1): "proven cheapest (the only group of schools and gyms)"
        case (_, groups): "all \(n(groups)) groups of schools and gyms proven cheapest"
        default: "\(n(proven)) of \(count(groups, "group", "groups")) of schools and gyms proven cheapest"
        }
        return verdict + (summary.provenOptimal ? "" : " (lower bound \(euros(summary.costLowerBoundEurPerYear)) a year)")
    }

    func teachers(_ summary: InvestmentDocument.Summary) -> String {
        let lessons = summary.unqualifiedLessons, teachers = summary.teachersWithoutQualification
        return "The qualified-teacher goal: \(count(lessons, "lesson", "lessons")) a week \(lessons == 1 ? "is" : "are") taught "
            + "without a qualified teacher, \(n(summary.lessonsWithoutTeacher)) of them without any teacher on record; "
            + "\(count(teachers, "teacher lacks", "teachers lack")) the qualification, and the leergang for "
            + "\(teachers == 1 ? "that teacher" : "all of them") costs \(euros(summary.qualificationCostEur))."
    }

    func assumptions(_ parameters: InvestmentDocument.Parameters) -> String {
        "A hall hour costs \(eurosAndCents(parameters.hourCostEur)), a school year has \(n(parameters.schoolWeeks)) weeks, a new hall "
            + "costs \(euros(parameters.newGymCostEur)) written off over \(n(parameters.depreciationYears)) years, and existing "
            + "halls open at most \(hours(parameters.maxHoursPerWeek)) hours a week. The bus cost, \(euros(parameters.busCostEur)) "
            + "a year for one class's weekly lesson up to \(n(parameters.busMaxDistanceM)) m, is an assumption: set your own "
            + "with --bus-cost-eur."
    }

    func planMapTitle(_ plan: String) -> String { "Map of where new halls would go: \(plan)" }

    func planMapCaption(halls: Int, sites: Int, municipalities: Int) -> String {
        "\(count(halls, "new hall", "new halls")) at \(count(sites, "site", "sites")); "
            + "\(count(municipalities, "municipality", "municipalities")) with changes shaded."
    }

    func bus(_ bus: InvestmentBus, school: String, gym: String?) -> String {
        "\(count(bus.lessons, "lesson", "lessons")) a week of \(school) (\(bus.schoolId)) by bus to \(self.gym(gym, bus.gymId)), "
            + "\(n(bus.distanceM)) m: \(euros(bus.costEurPerYear)) a year"
    }

    func longerHours(_ change: InvestmentLongerHours, gym: String?) -> String {
        "\(self.gym(gym, change.gymId)) open longer, \(count(change.extraLessons, "lesson", "lessons")) a week more "
            + "(\(hours(change.hoursPerWeek)) hours a hall): \(euros(change.costEurPerYear)) a year"
    }

    func newGym(_ gym: InvestmentNewGym) -> String {
        "new gym at \(gym.name) (site \(gym.siteId)), \(count(gym.halls, "hall", "halls")), "
            + "\(count(gym.lessons, "lesson", "lessons")) a week, \(euros(gym.costEur)) to build: "
            + "\(euros(gym.costEurPerYear)) a year"
    }
}

extension DutchWords: InvestmentWords {
    var planHeading: String { "Wat het kost" }
    var planIntroduction: String {
        "De goedkoopste maatregelen waarmee elke les een plaats krijgt: eerst zo weinig mogelijk lessen zonder plaats, "
            + "dan de laagste kosten per jaar, met ruimere openingstijden van bestaande zalen, busvervoer naar gymzalen verder weg "
            + "en nieuwe zalen. Daarnaast hetzelfde plan zonder busvervoer: wat bouwen in plaats van busvervoer zou vergen. "
            + "Ruimere openingstijden en een nieuwe zaal horen bij de gemeente van de gymzaal of locatie, busvervoer bij die van de school."
    }
    var planNoChange: String { "Er zijn geen maatregelen nodig: de planner plaatst elke les in de bestaande gymzalen." }
    var planTotalsHeading: String { "Landelijk" }
    var planMunicipalitiesHeading: String { "Per gemeente" }
    var withBuses: String { "Met busvervoer" }
    var withoutBuses: String { "Zonder busvervoer (bouwen)" }
    var noChanges: String { "geen" }
    func unnamedGym(_ id: String) -> String { "gymzaal \(id)" }

    func planTotal(_ row: PlanTotal) -> String {
        switch row {
        case .unmetBefore: "Lessen per week nu zonder plaats"
        case .unmetAfter: "Lessen per week zonder plaats na de maatregelen"
        case .newHalls: "Nieuwe zalen"
        case .buses: "Busverbindingen (de klassen van een school naar één gymzaal)"
        case .busLessons: "Lessen per week met busvervoer"
        case .extraHallHours: "Extra zaaluren per week in bestaande gymzalen"
        case .yearlyCost: "Kosten per jaar"
        case .oneOffCost: "Eenmalige kosten (bouw)"
        case .courseCost: "Leergang voor de leerkrachten zonder bevoegdheid (eenmalig)"
        case .proven: "Bewezen goedkoopst"
        }
    }

    func planColumn(_ column: PlanColumn) -> String {
        switch column {
        case .municipality: "Gemeente"
        case .unmetBefore: "Lessen per week nu zonder plaats"
        case .changes: "Maatregelen"
        case .yearlyCost: "Kosten per jaar"
        case .changesWithoutBuses: "Maatregelen zonder busvervoer"
        case .yearlyCostWithoutBuses: "Kosten per jaar zonder busvervoer"
        }
    }

    func proven(_ summary: InvestmentDocument.Summary) -> String {
        let groups = summary.components, proven = summary.componentsProvenOptimal
        let verdict = switch (groups, proven) {
        case (0, _): "niets op te lossen"
        case (1, 1): "bewezen goedkoopst (de enige groep scholen en gymzalen)"
        case (_, groups): "alle \(n(groups)) groepen scholen en gymzalen bewezen goedkoopst"
        default: "\(n(proven)) van de \(count(groups, "groep", "groepen")) scholen en gymzalen bewezen goedkoopst"
        }
        return verdict + (summary.provenOptimal ? "" : " (ondergrens \(euros(summary.costLowerBoundEurPerYear)) per jaar)")
    }

    func teachers(_ summary: InvestmentDocument.Summary) -> String {
        let lessons = summary.unqualifiedLessons, teachers = summary.teachersWithoutQualification
        return "Het doel van bevoegde leerkrachten: \(count(lessons, "les", "lessen")) per week \(lessons == 1 ? "wordt" : "worden") "
            + "gegeven zonder bevoegde leerkracht, waarvan \(n(summary.lessonsWithoutTeacher)) zonder bekende leerkracht; "
            + "\(count(teachers, "leerkracht mist", "leerkrachten missen")) de bevoegdheid, en de leergang voor "
            + "\(teachers == 1 ? "die leerkracht" : "hen allen") kost eenmalig \(euros(summary.qualificationCostEur))."
    }

    func assumptions(_ parameters: InvestmentDocument.Parameters) -> String {
        "Een zaaluur kost \(eurosAndCents(parameters.hourCostEur)), een schooljaar telt \(n(parameters.schoolWeeks)) weken, een nieuwe "
            + "zaal kost \(euros(parameters.newGymCostEur)), af te schrijven in \(n(parameters.depreciationYears)) jaar, en bestaande "
            + "zalen zijn hoogstens \(hours(parameters.maxHoursPerWeek)) uur per week open. De kosten van busvervoer, "
            + "\(euros(parameters.busCostEur)) per jaar voor de wekelijkse les van één klas tot \(n(parameters.busMaxDistanceM)) m, "
            + "zijn een aanname: geef met --bus-cost-eur uw eigen bedrag op."
    }

    func planMapTitle(_ plan: String) -> String { "Kaart van de plaatsen waar nieuwe zalen zouden komen: \(plan)" }

    func planMapCaption(halls: Int, sites: Int, municipalities: Int) -> String {
        "\(count(halls, "nieuwe zaal", "nieuwe zalen")) op \(count(sites, "locatie", "locaties")); "
            + "ingekleurd: \(count(municipalities, "gemeente", "gemeenten")) met maatregelen."
    }

    func bus(_ bus: InvestmentBus, school: String, gym: String?) -> String {
        "\(count(bus.lessons, "les", "lessen")) per week van \(school) (\(bus.schoolId)) met de bus naar \(self.gym(gym, bus.gymId)), "
            + "\(n(bus.distanceM)) m: \(euros(bus.costEurPerYear)) per jaar"
    }

    func longerHours(_ change: InvestmentLongerHours, gym: String?) -> String {
        "\(self.gym(gym, change.gymId)) langer open, \(count(change.extraLessons, "les", "lessen")) per week meer "
            + "(\(hours(change.hoursPerWeek)) uur per zaal): \(euros(change.costEurPerYear)) per jaar"
    }

    func newGym(_ gym: InvestmentNewGym) -> String {
        "nieuwe gymzaal bij \(gym.name) (locatie \(gym.siteId)), \(count(gym.halls, "zaal", "zalen")), "
            + "\(count(gym.lessons, "les", "lessen")) per week, bouwkosten \(euros(gym.costEur)): "
            + "\(euros(gym.costEurPerYear)) per jaar"
    }
}
