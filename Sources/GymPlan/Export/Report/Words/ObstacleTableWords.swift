/// The table of municipalities with obstacles.
protocol ObstacleTableWords: LanguageWords {
    func obstacleTableHeading(_ rows: Int) -> String
    /// The column headings, in the table's order.
    var obstacleColumns: [String] { get }
    func obstacleExplanation(maxDistanceM: Int) -> String
    var noObstacles: String { get }
    var unknownProvince: String { get }
    var noLessons: String { get }
}

extension EnglishWords: ObstacleTableWords {
    func obstacleTableHeading(_ rows: Int) -> String { "Municipalities with obstacles (\(n(rows)))" }
    var obstacleColumns: [String] {
        ["Municipality", "Province", "Schools", "Obstacles", "Schools without a gym within reach",
         "Lessons a week not placed", "Hall hours a week short", "Lessons by qualified teachers"]
    }
    func obstacleExplanation(maxDistanceM: Int) -> String {
        "A distance obstacle: a school has no gym offering any lesson slot within \(n(maxDistanceM)) m. A capacity obstacle: "
            + "the gyms within reach have too few lesson slots for all classes; the shortage belongs to the schools that share "
            + "those gyms, not to one of them. Municipalities without gym data on record are not judged and not listed. "
            + "Click a heading to sort."
    }
    var noObstacles: String { "No municipality has a distance or capacity obstacle." }
    var unknownProvince: String { "unknown" }
    var noLessons: String { "no lessons" }
}

extension DutchWords: ObstacleTableWords {
    func obstacleTableHeading(_ rows: Int) -> String { "Gemeenten met knelpunten (\(n(rows)))" }
    var obstacleColumns: [String] {
        ["Gemeente", "Provincie", "Scholen", "Knelpunten", "Scholen zonder gymzaal binnen bereik",
         "Lessen per week niet geplaatst", "Zaaluren per week tekort", "Lessen door bevoegde leerkrachten"]
    }
    func obstacleExplanation(maxDistanceM: Int) -> String {
        "Een afstandsknelpunt: een school heeft binnen \(n(maxDistanceM)) m geen gymzaal met een vrij lesuur. Een capaciteitsknelpunt: "
            + "de gymzalen binnen bereik hebben te weinig lesuren voor alle klassen; het tekort hoort bij de scholen die deze "
            + "zalen delen, niet bij één van hen. Gemeenten zonder gymzaalgegevens worden niet beoordeeld en staan hier niet. "
            + "Klik op een kop om te sorteren."
    }
    var noObstacles: String { "Geen enkele gemeente heeft een afstands- of capaciteitsknelpunt." }
    var unknownProvince: String { "onbekend" }
    var noLessons: String { "geen lessen" }
}
