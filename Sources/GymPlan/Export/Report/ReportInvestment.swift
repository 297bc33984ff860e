/// The report's section "What it takes" (`export --with-plan`): the investment plan of section 7
/// beside the same plan without buses. National totals side by side, two maps of where the new
/// halls would go, and per municipality the changes with their yearly cost. Every word shown is in
/// `InvestmentWords` below, for translation.
struct ReportInvestment {
    let export: MinistryExport
    let investment: ExportInvestment
    let outlines: MunicipalityOutlines?
    let projection: MapProjection

    private typealias Words = InvestmentWords

    func section() -> HTML {
        let plans = [investment.plan, investment.planWithoutBuses]
        let anyChange = plans.contains { !$0.municipalities.allSatisfy(\.changes.isEmpty) }
        let body: HTML = anyChange
            ? totals() + maps() + municipalities()
            : "<p id=\"investment-none\">\(Words.noChange)</p>" + totals()
        return """
            <section aria-labelledby="investment-heading" id="investment">
            <style>\(raw: Self.css)</style>
            <h2 id="investment-heading">\(Words.heading)</h2>
            <p>\(Words.introduction)</p>
            \(body)
            <p class="meta" id="investment-assumptions">\(Words.assumptions(investment.plan.parameters))</p>
            </section>
            """
    }

    private static let css = ".investment-maps{display:flex;flex-wrap:wrap;gap:1rem}"
        + ".investment-maps figure{flex:1 1 300px;max-width:540px}.investment-maps svg{width:100%;height:auto;border:1px solid #ccc}"
        + ".investment-maps .sea{fill:#eef4f8}.investment-maps path{fill:#f7f7f4;stroke:#c8c8c8;stroke-width:.25}"
        + ".investment-maps path.changed{fill:#c6dbef;stroke:#777;stroke-width:.35}"
        + ".investment-maps circle.new-gym{fill:#D55E00;stroke:#000;stroke-width:.6}"
        + "#investment-municipalities ul{margin:0;padding-left:1rem}#investment-totals td:not(:first-child){text-align:right}"

    // MARK: National totals

    private func totals() -> HTML {
        let rows: [(String, (InvestmentDocument) -> String)] = [
            (Words.unmetBefore, { Words.count($0.summary.unmetLessonsBefore) }),
            (Words.unmetAfter, { Words.count($0.summary.unmetLessonsAfter) }),
            (Words.newHalls, { Words.count(Self.newHalls($0)) }),
            (Words.buses, { Words.count(Self.busChanges($0)) }),
            (Words.busLessons, { Words.count($0.summary.busLessons) }),
            (Words.extraHallHours, { Words.hours(Double($0.summary.extraLessons * $0.parameters.lessonMinutes) / 60) }),
            (Words.yearlyCost, { Words.euros($0.summary.costEurPerYear) }),
            (Words.oneOffCost, { Words.euros($0.summary.oneOffEur) }),
            (Words.courseCost, { Words.euros($0.summary.qualificationCostEur) }),
            (Words.provenLabel, { Words.proven($0.summary) }),
        ]
        let plans = [investment.plan, investment.planWithoutBuses]
        let lines = rows.map { label, value -> HTML in
            "<tr><th scope=\"row\">\(label)</th>" + plans.map { "<td>\(value($0))</td>" as HTML }.joined() + "</tr>"
        }.joined()
        return """
            <h3>\(Words.totalsHeading)</h3>
            <div class="scroll"><table id="investment-totals">
            <thead><tr><th></th><th scope="col">\(Words.withBuses)</th><th scope="col">\(Words.withoutBuses)</th></tr></thead>
            <tbody>\(lines)</tbody></table></div>
            <p>\(Words.teachers(investment.plan.summary))</p>
            """
    }

    private static func newGyms(_ document: InvestmentDocument) -> [InvestmentNewGym] {
        document.municipalities.flatMap(\.changes).compactMap { if case .newGym(let gym) = $0 { gym } else { nil } }
    }

    private static func newHalls(_ document: InvestmentDocument) -> Int {
        newGyms(document).reduce(0) { $0 + $1.halls }
    }

    private static func busChanges(_ document: InvestmentDocument) -> Int {
        document.municipalities.flatMap(\.changes).count { if case .bus = $0 { true } else { false } }
    }

    // MARK: Maps

    private func maps() -> HTML {
        "<div class=\"investment-maps\">"
            + map(investment.plan, id: "investment-map", title: Words.withBuses)
            + map(investment.planWithoutBuses, id: "investment-map-without-buses", title: Words.withoutBuses)
            + "</div>"
    }

    private func map(_ document: InvestmentDocument, id: String, title: String) -> HTML {
        let changed = Set(document.municipalities.filter { !$0.changes.isEmpty }.map(\.code))
        var svg: HTML = "<svg id=\"\(id)\" viewBox=\"0 0 \(Int(projection.width)) \(Int(projection.height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title\"><title id=\"\(id)-title\">\(Words.mapTitle(title))</title>"
            + "<rect width=\"100%\" height=\"100%\" class=\"sea\"/>"
        if let outlines {
            svg += "<g class=\"outlines\">"
            for code in outlines.paths.keys.sorted() {
                let kind = changed.contains(code) ? " class=\"changed\"" : ""
                svg += "<path\(raw: kind) data-code=\"\(code)\" d=\"\(outlines.paths[code] ?? "")\"/>"
            }
            svg += "</g>"
        }
        let gyms = Self.newGyms(document)
        for gym in gyms {
            let point = projection.point(latitude: gym.latitude, longitude: gym.longitude)
            svg += "<circle class=\"new-gym\" data-site=\"\(gym.siteId)\" cx=\"\(Self.coordinate(point.x))\" cy=\"\(Self.coordinate(point.y))\" "
                + "r=\"\(2 + gym.halls)\"><title>\(Words.newGymTip(gym, municipality: name(gym.municipalityCode)))</title></circle>"
        }
        svg += "</svg>"
        let caption = Words.mapCaption(halls: Self.newHalls(document), sites: gyms.count, municipalities: changed.count)
        return "<figure><figcaption><strong>\(title)</strong>: \(caption)</figcaption>\(svg)</figure>"
    }

    private static func coordinate(_ value: Double) -> String {
        value.formatted(fractionDigits: 1)
    }

    // MARK: Per municipality

    private func municipalities() -> HTML {
        let without = Dictionary(investment.planWithoutBuses.municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let codes = Set((investment.plan.municipalities + investment.planWithoutBuses.municipalities)
            .filter { !$0.changes.isEmpty || $0.unmetLessonsBefore > 0 }.map(\.code)).sorted()
        let plan = Dictionary(investment.plan.municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = codes.map { code -> HTML in
            let entry = plan[code], other = without[code]
            let changes = (entry?.changes ?? []).map { "<li>\(describe($0))</li>" as HTML }.joined()
            let otherChanges = (other?.changes ?? []).map { "<li>\(describe($0))</li>" as HTML }.joined()
            return "<tr data-code=\"\(code)\"><td>\(name(code)) (\(code))</td>"
                + "<td data-value=\"\(entry?.unmetLessonsBefore ?? 0)\">\(Words.count(entry?.unmetLessonsBefore ?? 0))</td>"
                + "<td>" + (changes == .empty ? "\(Words.none)" : "<ul>\(changes)</ul>") + "</td>"
                + "<td class=\"cost\" data-value=\"\(entry?.costEurPerYear ?? 0)\">\(Words.euros(entry?.costEurPerYear ?? 0))</td>"
                + "<td>" + (otherChanges == .empty ? "\(Words.none)" : "<ul>\(otherChanges)</ul>") + "</td>"
                + "<td class=\"cost-without-buses\" data-value=\"\(other?.costEurPerYear ?? 0)\">\(Words.euros(other?.costEurPerYear ?? 0))</td></tr>"
        }.joined()
        return """
            <h3>\(Words.municipalitiesHeading)</h3>
            <div class="scroll"><table id="investment-municipalities">
            <thead><tr><th scope="col">\(Words.municipality)</th><th scope="col">\(Words.unmetBefore)</th>\
            <th scope="col">\(Words.changes)</th><th scope="col">\(Words.yearlyCost)</th>\
            <th scope="col">\(Words.changesWithoutBuses)</th><th scope="col">\(Words.yearlyCostWithoutBuses)</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    private func describe(_ change: InvestmentChange) -> String {
        switch change {
        case .bus(let bus): Words.bus(bus, school: schoolNames[bus.schoolId] ?? bus.schoolId)
        case .longerHours(let longer): Words.longerHours(longer)
        case .newGym(let gym): Words.newGym(gym)
        }
    }

    private var schoolNames: [String: String] {
        Dictionary(export.schools.map { ($0.schoolId, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    private func name(_ code: String) -> String {
        export.municipalities.first { $0.code == code }?.name ?? code
    }
}

/// Every visible string of the section "What it takes", English; translate here.
enum InvestmentWords {
    static let heading = "What it takes"
    static let introduction = "The cheapest changes that give every lesson a place: first the fewest unmet lessons any set of "
        + "changes can reach, then the least yearly cost, over longer hours in existing halls, buses to gyms farther away and new "
        + "halls. Beside it the same plan without buses: what building instead of bussing would take."
    static let noChange = "No change is needed: the planner places every lesson in the gyms there are."
    static let totalsHeading = "The country"
    static let withBuses = "With buses"
    static let withoutBuses = "Without buses (build instead)"
    static let unmetBefore = "Lessons a week without a place now"
    static let unmetAfter = "Lessons a week without a place after the changes"
    static let newHalls = "New halls"
    static let buses = "Buses (a school's classes to one gym)"
    static let busLessons = "Lessons a week by bus"
    static let extraHallHours = "Extra hall hours a week in existing gyms"
    static let yearlyCost = "EUR a year"
    static let oneOffCost = "EUR one-off (building)"
    static let courseCost = "Leergang for the teachers without the qualification (EUR, one-off)"
    static let municipalitiesHeading = "Per municipality"
    static let municipality = "Municipality"
    static let changes = "Changes"
    static let changesWithoutBuses = "Changes without buses"
    static let yearlyCostWithoutBuses = "EUR a year without buses"
    static let none = "none"

    static func count(_ number: Int) -> String { Language.en.number(number) }

    static func euros(_ amount: Double) -> String { "EUR " + Language.en.number(Int(amount.rounded())) }

    static func hours(_ hours: Double) -> String { hours.formatted(fractionDigits: 2) }

    static func proven(_ summary: InvestmentDocument.Summary) -> String {
        "\(summary.componentsProvenOptimal) of \(summary.components) groups of schools and gyms proven cheapest"
            + (summary.provenOptimal ? "" : " (lower bound \(euros(summary.costLowerBoundEurPerYear)) a year)")
    }

    static let provenLabel = "Proven cheapest"

    static func teachers(_ summary: InvestmentDocument.Summary) -> String {
        "The qualified-teacher goal: \(count(summary.unqualifiedLessons)) lessons a week are taught without a qualified teacher, "
            + "\(count(summary.lessonsWithoutTeacher)) of them without any teacher on record; "
            + "\(count(summary.teachersWithoutQualification)) teachers lack the qualification, and the leergang for all of them "
            + "costs \(euros(summary.qualificationCostEur))."
    }

    static func assumptions(_ parameters: InvestmentDocument.Parameters) -> String {
        "A hall hour costs EUR \(parameters.hourCostEur.formatted(fractionDigits: 2)), a school year has \(parameters.schoolWeeks) weeks, a new hall "
            + "costs \(euros(parameters.newGymCostEur)) written off over \(parameters.depreciationYears) years, and existing "
            + "halls open at most \(hours(parameters.maxHoursPerWeek)) hours a week. The bus cost, \(euros(parameters.busCostEur)) "
            + "a year for one class's weekly lesson up to \(count(parameters.busMaxDistanceM)) m, is an assumption: set your own "
            + "with --bus-cost-eur."
    }

    static func mapTitle(_ plan: String) -> String { "Map of where new halls would go: \(plan)" }

    static func mapCaption(halls: Int, sites: Int, municipalities: Int) -> String {
        "\(Language.en.count(halls, "new hall", "new halls")) at \(Language.en.count(sites, "site", "sites")); "
            + "\(Language.en.count(municipalities, "municipality", "municipalities")) with changes shaded."
    }

    static func newGymTip(_ gym: InvestmentNewGym, municipality: String) -> String {
        "\(gym.name), \(municipality): " + newGym(gym)
    }

    static func bus(_ bus: InvestmentBus, school: String) -> String {
        "\(Language.en.count(bus.lessons, "lesson", "lessons")) a week of \(school) (\(bus.schoolId)) by bus to gym \(bus.gymId), "
            + "\(count(bus.distanceM)) m: \(euros(bus.costEurPerYear)) a year"
    }

    static func longerHours(_ change: InvestmentLongerHours) -> String {
        "gym \(change.gymId) open longer, \(Language.en.count(change.extraLessons, "lesson", "lessons")) a week more "
            + "(\(hours(change.hoursPerWeek)) hours a hall): \(euros(change.costEurPerYear)) a year"
    }

    static func newGym(_ gym: InvestmentNewGym) -> String {
        "new gym at \(gym.name) (site \(gym.siteId)), \(Language.en.count(gym.halls, "hall", "halls")), "
            + "\(Language.en.count(gym.lessons, "lesson", "lessons")) a week, \(euros(gym.costEur)) to build: "
            + "\(euros(gym.costEurPerYear)) a year"
    }
}
