/// The charts: the goals per province and the grant uptake in euros against the budget.
protocol ChartWords: LanguageWords {
    var provinceHeading: String { get }
    var provinceIntro: String { get }
    func goal(_ goal: Goal) -> String
    func shareOf(_ share: String, met: Int, of total: Int) -> String
    var noData: String { get }
    var unknownProvinceName: String { get }
    var grantsHeading: String { get }
    var grantsIntro: String { get }
    var noGrants: String { get }
    func grantStatus(_ status: GrantStatus) -> String
    var grantedLegend: String { get }
    var requestedLegend: String { get }
    var budgetLegend: String { get }
    /// The line under a school year's bar.
    func grantLine(granted: Double, requested: Double, applications: Int) -> String
    /// The budget a school year is held against: that of the calendar year it ends in.
    func budget(_ amount: Double?, calendarYear: Int) -> String
    var axisTitle: String { get }
    /// An amount on the axis: compact for millions.
    func axisAmount(_ amount: Double) -> String
}

extension EnglishWords: ChartWords {
    var provinceHeading: String { "Goals per province" }
    var provinceIntro: String { "Share of the schools with classes in groups 3-8 on record that meet each goal." }
    func goal(_ goal: Goal) -> String {
        switch goal {
        case .lessons: "two PE lessons a week"
        case .qualified: "every lesson by a qualified teacher"
        }
    }
    func shareOf(_ share: String, met: Int, of total: Int) -> String { "\(share) (\(n(met)) of \(n(total)))" }
    var noData: String { "no data" }
    var unknownProvinceName: String { "Unknown province" }
    var grantsHeading: String { "Grant uptake over the years" }
    var grantsIntro: String {
        "The PE grant (lerarenbeurs / subsidie bewegingsonderwijs) per school year (1 August to 31 July, by the date of application): "
            + "the amounts granted and requested in euros, against the budget of the calendar year in which the school year ends, "
            + "when its applications are made in spring (2015-2017: about €3.15 million a year; 2019 and 2020: €3 million a year)."
    }
    var noGrants: String { "No grant applications on record." }
    func grantStatus(_ status: GrantStatus) -> String {
        switch status {
        case .applied: "applied"
        case .awarded: "awarded"
        case .rejected: "rejected"
        case .withdrawn: "withdrawn"
        case .completed: "completed"
        }
    }
    var grantedLegend: String { "granted (awarded or completed)" }
    var requestedLegend: String { "requested, not granted" }
    var budgetLegend: String { "budget of the year" }
    func grantLine(granted: Double, requested: Double, applications: Int) -> String {
        "\(language.euros(granted)) granted of \(language.euros(requested)) requested; \(count(applications, "application", "applications"))"
    }
    func budget(_ amount: Double?, calendarYear: Int) -> String {
        amount.map { "budget \(language.euros($0)) (\(calendarYear))" } ?? "no budget in \(calendarYear)"
    }
    var axisTitle: String { "euros per school year" }
    func axisAmount(_ amount: Double) -> String {
        amount >= 1_000_000 ? "€" + language.decimal(amount / 1_000_000, fractionDigits: amount.truncatingRemainder(dividingBy: 1_000_000) == 0 ? 0 : 1) + "m"
            : language.euros(amount)
    }
}

extension DutchWords: ChartWords {
    var provinceHeading: String { "Doelen per provincie" }
    var provinceIntro: String { "Aandeel van de scholen met klassen in groep 3-8 in de gegevens dat elk doel haalt." }
    func goal(_ goal: Goal) -> String {
        switch goal {
        case .lessons: "twee gymlessen per week"
        case .qualified: "elke les door een bevoegde leerkracht"
        }
    }
    func shareOf(_ share: String, met: Int, of total: Int) -> String { "\(share) (\(n(met)) van \(n(total)))" }
    var noData: String { "geen gegevens" }
    var unknownProvinceName: String { "Provincie onbekend" }
    var grantsHeading: String { "Gebruik van de lerarenbeurs door de jaren" }
    var grantsIntro: String {
        "De lerarenbeurs / subsidie bewegingsonderwijs per schooljaar (1 augustus tot en met 31 juli, naar de datum van aanvraag): "
            + "de toegekende en aangevraagde bedragen in euro, tegen het budget van het kalenderjaar waarin het schooljaar eindigt, "
            + "als de aanvragen in het voorjaar worden gedaan (2015-2017: ongeveer € 3,15 miljoen per jaar; 2019 en 2020: € 3 miljoen per jaar)."
    }
    var noGrants: String { "Geen aanvragen bekend." }
    func grantStatus(_ status: GrantStatus) -> String {
        switch status {
        case .applied: "aangevraagd"
        case .awarded: "toegekend"
        case .rejected: "afgewezen"
        case .withdrawn: "ingetrokken"
        case .completed: "afgerond"
        }
    }
    var grantedLegend: String { "toegekend (toegekend of afgerond)" }
    var requestedLegend: String { "aangevraagd, niet toegekend" }
    var budgetLegend: String { "budget van het jaar" }
    func grantLine(granted: Double, requested: Double, applications: Int) -> String {
        "\(language.euros(granted)) toegekend van \(language.euros(requested)) aangevraagd; \(count(applications, "aanvraag", "aanvragen"))"
    }
    func budget(_ amount: Double?, calendarYear: Int) -> String {
        amount.map { "budget \(language.euros($0)) (\(calendarYear))" } ?? "geen budget in \(calendarYear)"
    }
    var axisTitle: String { "euro per schooljaar" }
    func axisAmount(_ amount: Double) -> String {
        amount >= 1_000_000 ? "€ " + language.decimal(amount / 1_000_000, fractionDigits: amount.truncatingRemainder(dividingBy: 1_000_000) == 0 ? 0 : 1) + " mln"
            : language.euros(amount)
    }
}
