/// The table of every school, searchable and sortable.
protocol SchoolTableWords: LanguageWords {
    func schoolTableHeading(_ schools: Int) -> String
    var schoolTableIntro: String { get }
    var filterLabel: String { get }
    /// The column headings, in the table's order.
    var schoolColumns: [String] { get }
    func goalCell(_ meets: Bool?) -> String
    var unknownDistance: String { get }
    /// The live count beside the filter when every matching school is shown; the page's script
    /// fills in `{shown}` and `{total}`.
    var allShownTemplate: String { get }
    /// The count when only the first schools are shown, nothing typed: `{shown}`, `{total}`.
    var firstShownTemplate: String { get }
    /// The count when only the first matching schools are shown: `{shown}`, `{matches}`, `{total}`.
    var someShownTemplate: String { get }
    /// The button under the table that shows more: `{more}`.
    var moreTemplate: String { get }
}

extension EnglishWords: SchoolTableWords {
    func schoolTableHeading(_ schools: Int) -> String { "Every school (\(n(schools)))" }
    var schoolTableIntro: String {
        "Type in the box to find schools by name, number, municipality or reason; click a heading to sort (again to reverse)."
    }
    var filterLabel: String { "Find a school" }
    var schoolColumns: [String] {
        ["School", "Number", "Municipality", "Two lessons", "Qualified teacher", "Nearest gym (m)", "Lessons a week not placed", "Reasons"]
    }
    func goalCell(_ meets: Bool?) -> String { meets.map { $0 ? "yes" : "no" } ?? "no data" }
    var unknownDistance: String { "unknown" }
    var allShownTemplate: String { "{shown} of {total} schools shown" }
    var firstShownTemplate: String { "the first {shown} of {total} schools shown" }
    var someShownTemplate: String { "the first {shown} of {matches} matching schools shown ({total} in all)" }
    var moreTemplate: String { "Show {more} more" }
}

extension DutchWords: SchoolTableWords {
    func schoolTableHeading(_ schools: Int) -> String { "Alle scholen (\(n(schools)))" }
    var schoolTableIntro: String {
        "Typ in het vak om scholen te vinden op naam, nummer, gemeente of reden; klik op een kop om te sorteren (nog eens: omgekeerd)."
    }
    var filterLabel: String { "Zoek een school" }
    var schoolColumns: [String] {
        ["School", "Vestiging", "Gemeente", "Twee lessen", "Bevoegde leerkracht", "Dichtstbijzijnde gymzaal (m)", "Lessen per week niet geplaatst", "Redenen"]
    }
    func goalCell(_ meets: Bool?) -> String { meets.map { $0 ? "ja" : "nee" } ?? "geen gegevens" }
    var unknownDistance: String { "onbekend" }
    var allShownTemplate: String { "{shown} van de {total} scholen getoond" }
    var firstShownTemplate: String { "de eerste {shown} van de {total} scholen getoond" }
    var someShownTemplate: String { "de eerste {shown} van {matches} gevonden scholen getoond ({total} in totaal)" }
    var moreTemplate: String { "Toon er {more} meer" }
}
