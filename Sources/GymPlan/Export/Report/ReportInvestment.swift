/// The report's section "What it takes" (`export --with-plan`): the investment plan of section 7
/// beside the same plan without buses. National totals side by side, two maps of where the new
/// halls would go, and per municipality the changes with their yearly cost, in the words of the
/// report's language (`InvestmentWords`); its style is in `Assets/report.css`.
struct ReportInvestment {
    let export: MinistryExport
    let investment: ExportInvestment
    let outlines: MunicipalityOutlines?
    let projection: MapProjection
    let words: any ReportWords
    /// The names of the schools, gyms and municipalities, by id and code, for the changes' descriptions.
    private let schoolNames: [String: String], gymNames: [String: String], municipalityNames: [String: String]

    init(
        export: MinistryExport, investment: ExportInvestment, outlines: MunicipalityOutlines?, projection: MapProjection,
        words: any ReportWords
    ) {
        self.export = export
        self.investment = investment
        self.outlines = outlines
        self.projection = projection
        self.words = words
        schoolNames = Dictionary(export.schools.map { ($0.schoolId, $0.name) }, uniquingKeysWith: { first, _ in first })
        gymNames = Dictionary(export.gyms.map { ($0.gymId, $0.name) }, uniquingKeysWith: { first, _ in first })
        municipalityNames = Dictionary(export.municipalities.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    func section() -> HTML {
        let plans = [investment.plan, investment.planWithoutBuses]
        let anyChange = plans.contains { !$0.municipalities.allSatisfy(\.changes.isEmpty) }
        let body: HTML = anyChange
            ? totals() + maps() + municipalities()
            : "<p id=\"investment-none\">\(words.planNoChange)</p>" + totals()
        return """
            <section aria-labelledby="investment-heading" id="investment">
            <h2 id="investment-heading">\(words.planHeading)</h2>
            <p>\(words.planIntroduction)</p>
            \(body)
            <p class="meta" id="investment-assumptions">\(words.assumptions(investment.plan.parameters))</p>
            </section>
            """
    }

    // MARK: National totals

    private func totals() -> HTML {
        let plans = [investment.plan, investment.planWithoutBuses]
        let lines = PlanTotal.allCases.map { row -> HTML in
            "<tr><th scope=\"row\">\(words.planTotal(row))</th>" + plans.map { "<td>\(total(row, $0))</td>" as HTML }.joined() + "</tr>"
        }.joined()
        return """
            <h3>\(words.planTotalsHeading)</h3>
            <div class="scroll"><table id="investment-totals">
            <thead><tr><th></th><th scope="col">\(words.withBuses)</th><th scope="col">\(words.withoutBuses)</th></tr></thead>
            <tbody>\(lines)</tbody></table></div>
            <p>\(words.teachers(investment.plan.summary))</p>
            """
    }

    /// One plan's figure in the row of the totals.
    private func total(_ row: PlanTotal, _ plan: InvestmentDocument) -> String {
        let summary = plan.summary
        return switch row {
        case .unmetBefore: words.n(summary.unmetLessonsBefore)
        case .unmetAfter: words.n(summary.unmetLessonsAfter)
        case .newHalls: words.n(Self.newHalls(plan))
        case .buses: words.n(Self.busChanges(plan))
        case .busLessons: words.n(summary.busLessons)
        case .extraHallHours: words.hours(Double(summary.extraLessons * plan.parameters.lessonMinutes) / 60)
        case .yearlyCost: words.euros(summary.costEurPerYear)
        case .oneOffCost: words.euros(summary.oneOffEur)
        case .courseCost: words.euros(summary.qualificationCostEur)
        case .proven: words.proven(summary)
        }
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
            + map(investment.plan, id: "investment-map", title: words.withBuses)
            + map(investment.planWithoutBuses, id: "investment-map-without-buses", title: words.withoutBuses)
            + "</div>"
    }

    private func map(_ document: InvestmentDocument, id: String, title: String) -> HTML {
        let changed = Set(document.municipalities.filter { !$0.changes.isEmpty }.map(\.code))
        var svg: HTML = "<svg id=\"\(id)\" viewBox=\"0 0 \(Int(projection.width)) \(Int(projection.height))\" role=\"img\" "
            + "aria-labelledby=\"\(id)-title\"><title id=\"\(id)-title\">\(words.planMapTitle(title))</title>"
            + "<rect width=\"100%\" height=\"100%\" class=\"sea\"/>"
        if let outlines {
            svg += "<g class=\"outlines\">"
            for code in outlines.drawn(listed: Set(export.municipalities.map(\.code))) {
                let kind = changed.contains(code) ? " class=\"changed\"" : ""
                svg += "<path\(raw: kind) data-code=\"\(code)\" d=\"\(outlines.paths[code] ?? "")\"/>"
            }
            svg += "</g>"
        }
        let gyms = Self.newGyms(document)
        for gym in gyms {
            let point = projection.point(latitude: gym.latitude, longitude: gym.longitude)
            svg += "<circle class=\"new-gym\" data-site=\"\(gym.siteId)\" cx=\"\(Self.coordinate(point.x))\" cy=\"\(Self.coordinate(point.y))\" "
                + "r=\"\(Self.radius(halls: gym.halls))\"><title>\(words.newGymTip(gym, municipality: name(gym.municipalityCode)))</title></circle>"
        }
        svg += "</svg>"
        let caption = words.planMapCaption(halls: Self.newHalls(document), sites: gyms.count, municipalities: changed.count)
        return "<figure><figcaption><strong>\(title)</strong>: \(caption)</figcaption>\(svg)</figure>"
    }

    /// A new gym's dot: larger with more halls (up to four), large enough to see on a phone.
    private static func radius(halls: Int) -> String {
        (3.5 + 1.5 * Double(min(max(halls, 1), 4))).formatted(fractionDigits: 1)
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
        // At phone width the rows are cards, each figure under its column's heading (`data-label`).
        func label(_ column: PlanColumn) -> String { words.planColumn(column) }
        let rows = codes.map { code -> HTML in
            let entry = plan[code], other = without[code]
            let unmet = entry?.unmetLessonsBefore ?? 0, cost = entry?.costEurPerYear ?? 0, otherCost = other?.costEurPerYear ?? 0
            return "<tr data-code=\"\(code)\"><td>\(name(code)) (\(code))</td>"
                + "<td data-value=\"\(unmet)\" data-label=\"\(label(.unmetBefore))\">\(words.n(unmet))</td>"
                + "<td data-label=\"\(label(.changes))\">\(list(entry?.changes ?? []))</td>"
                + "<td class=\"cost\" data-value=\"\(cost)\" data-label=\"\(label(.yearlyCost))\">\(words.euros(cost))</td>"
                + "<td data-label=\"\(label(.changesWithoutBuses))\">\(list(other?.changes ?? []))</td>"
                + "<td class=\"cost-without-buses\" data-value=\"\(otherCost)\" data-label=\"\(label(.yearlyCostWithoutBuses))\">"
                + "\(words.euros(otherCost))</td></tr>"
        }.joined()
        let head = PlanColumn.allCases.map { "<th scope=\"col\">\(words.planColumn($0))</th>" as HTML }.joined()
        return """
            <h3>\(words.planMunicipalitiesHeading)</h3>
            <div class="scroll"><table id="investment-municipalities">
            <thead><tr>\(head)</tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    /// A municipality's changes as a list, or the word for none.
    private func list(_ changes: [InvestmentChange]) -> HTML {
        changes.isEmpty ? "\(words.noChanges)" : "<ul>" + changes.map { "<li>\(describe($0))</li>" as HTML }.joined() + "</ul>"
    }

    private func describe(_ change: InvestmentChange) -> String {
        switch change {
        case .bus(let bus): words.bus(bus, school: schoolNames[bus.schoolId] ?? bus.schoolId, gym: gymNames[bus.gymId])
        case .longerHours(let longer): words.longerHours(longer, gym: gymNames[longer.gymId])
        case .newGym(let gym): words.newGym(gym)
        }
    }

    private func name(_ code: String) -> String {
        municipalityNames[code] ?? code
    }
}
