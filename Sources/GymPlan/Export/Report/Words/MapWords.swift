/// The national map, its legend, the tooltips of the municipalities and the close-ups.
protocol MapWords: LanguageWords {
    var mapHeading: String { get }
    var mapTitle: String { get }
    var mapIntro: String { get }
    func obstacle(_ obstacle: Obstacle) -> String
    /// "capacity and distance obstacle"
    func obstacles(_ obstacles: [Obstacle]) -> String
    var distanceMark: String { get }
    var capacityMark: String { get }
    var noGymDataMark: String { get }
    var noClassesMark: String { get }
    /// The municipalities on the map without a school in the export, drawn as background.
    var noSchoolsMark: String { get }
    func notOnMap(_ municipalities: Int) -> String
    var noGymDataTooltip: String { get }
    func meetBothTooltip(_ share: String) -> String
    var noClassesTooltip: String { get }
    var closeUpsHeading: String { get }
    var closeUpsIntro: String { get }
    func goalStatus(_ status: ExportGoalStatus) -> String
    func ring(_ ring: ExportObstacleRing) -> String
    var ringPrefix: String { get }
    /// A competing group's shortage, with the group's schools: the shortage is the group's, not one school's.
    func groupShortage(_ lessons: Int, schools: [String]) -> String
    /// The legend of the close-ups' gym squares, each labelled with its number of halls.
    var gymMark: String { get }
    func gymTooltip(_ name: String, halls: Int) -> String
    /// The close-up's gyms and their halls in all.
    func gymsCaption(_ gyms: Int, halls: Int) -> String
}

extension EnglishWords: MapWords {
    var mapHeading: String { "The municipalities" }
    var mapTitle: String { "Map of the municipalities: share of schools meeting both goals" }
    var mapIntro: String { "Each municipality is shaded by the share of its schools with data that meet both goals:" }
    func obstacle(_ obstacle: Obstacle) -> String {
        switch obstacle {
        case .capacity: "capacity"
        case .distance: "distance"
        }
    }
    func obstacles(_ obstacles: [Obstacle]) -> String {
        obstacles.map(obstacle).joined(separator: " and ") + " obstacle"
    }
    var distanceMark: String { "distance obstacle" }
    var capacityMark: String { "capacity obstacle" }
    var noGymDataMark: String { "no gym data, not judged" }
    var noClassesMark: String { "no classes on record" }
    var noSchoolsMark: String { "no schools on record" }
    func notOnMap(_ municipalities: Int) -> String {
        "\(count(municipalities, "municipality", "municipalities")) not on the map (no outline for the code)."
    }
    var noGymDataTooltip: String { "no gym data on record, not judged" }
    func meetBothTooltip(_ share: String) -> String { "\(share) of schools with data meet both goals" }
    var noClassesTooltip: String { "no classes on record" }
    var closeUpsHeading: String { "Close-ups of municipalities with obstacles" }
    var closeUpsIntro: String {
        "Each dot is a school of the municipalities shown: its fill says which goals it meets, a thick ring that it has "
            + "no gym within reach. Each dark square is a gym of the municipality, larger with more halls. Counts are of the "
            + "schools and gyms in these close-ups."
    }
    func goalStatus(_ status: ExportGoalStatus) -> String {
        switch status {
        case .meetsBoth: "Meets both goals"
        case .missesQualified: "Misses only the qualified-teacher goal"
        case .missesLessons: "Misses only the two-lessons goal"
        case .missesBoth: "Misses both goals"
        case .noData: "No classes in groups 3-8 on record"
        }
    }
    func ring(_ ring: ExportObstacleRing) -> String {
        switch ring {
        case .distance: "No gym within reach (distance obstacle)"
        case .noGymData: "No gym data for the municipality: not judged"
        case .none: "No obstacle of its own"
        }
    }
    var ringPrefix: String { "ring" }
    func groupShortage(_ lessons: Int, schools: [String]) -> String {
        "\(count(lessons, "lesson", "lessons")) short among \(schools.joined(separator: ", "))"
    }
    var gymMark: String { "gym, larger with more halls" }
    func gymTooltip(_ name: String, halls: Int) -> String { "\(name): \(count(halls, "hall", "halls"))" }
    func gymsCaption(_ gyms: Int, halls: Int) -> String { "\(count(gyms, "gym", "gyms")) with \(count(halls, "hall", "halls"))" }
}

extension DutchWords: MapWords {
    var mapHeading: String { "De gemeenten" }
    var mapTitle: String { "Kaart van de gemeenten: aandeel scholen dat beide doelen haalt" }
    var mapIntro: String { "Elke gemeente is gekleurd naar het aandeel van haar scholen met gegevens dat beide doelen haalt:" }
    func obstacle(_ obstacle: Obstacle) -> String {
        switch obstacle {
        case .capacity: "capaciteit"
        case .distance: "afstand"
        }
    }
    func obstacles(_ obstacles: [Obstacle]) -> String {
        switch obstacles.count {
        case 0: ""
        case 1: obstacle(obstacles[0]) + "sknelpunt"
        default: obstacles.map(obstacle).joined(separator: "s- en ") + "sknelpunt"
        }
    }
    var distanceMark: String { "afstandsknelpunt" }
    var capacityMark: String { "capaciteitsknelpunt" }
    var noGymDataMark: String { "geen gymzaalgegevens, niet beoordeeld" }
    var noClassesMark: String { "geen klassen bekend" }
    var noSchoolsMark: String { "geen scholen bekend" }
    func notOnMap(_ municipalities: Int) -> String {
        "\(count(municipalities, "gemeente", "gemeenten")) niet op de kaart (geen grens bij de code)."
    }
    var noGymDataTooltip: String { "geen gymzaalgegevens bekend, niet beoordeeld" }
    func meetBothTooltip(_ share: String) -> String { "\(share) van de scholen met gegevens haalt beide doelen" }
    var noClassesTooltip: String { "geen klassen bekend" }
    var closeUpsHeading: String { "Uitvergroting van gemeenten met knelpunten" }
    var closeUpsIntro: String {
        "Elke stip is een school van de getoonde gemeenten: de vulling zegt welke doelen zij haalt, een dikke rand dat er "
            + "geen gymzaal binnen bereik is. Elk donker vierkant is een gymzaal van de gemeente, groter met meer "
            + "zalen. De aantallen gaan over de scholen en gymzalen in deze uitvergrotingen."
    }
    func goalStatus(_ status: ExportGoalStatus) -> String {
        switch status {
        case .meetsBoth: "Haalt beide doelen"
        case .missesQualified: "Mist alleen het doel bevoegde leerkracht"
        case .missesLessons: "Mist alleen het doel twee lessen"
        case .missesBoth: "Mist beide doelen"
        case .noData: "Geen klassen in groep 3-8 bekend"
        }
    }
    func ring(_ ring: ExportObstacleRing) -> String {
        switch ring {
        case .distance: "Geen gymzaal binnen bereik (afstandsknelpunt)"
        case .noGymData: "Geen gymzaalgegevens voor de gemeente: niet beoordeeld"
        case .none: "Geen eigen knelpunt"
        }
    }
    var ringPrefix: String { "rand" }
    func groupShortage(_ lessons: Int, schools: [String]) -> String {
        "\(count(lessons, "les", "lessen")) tekort bij \(schools.joined(separator: ", "))"
    }
    var gymMark: String { "gymzaal, groter met meer zalen" }
    func gymTooltip(_ name: String, halls: Int) -> String { "\(name): \(count(halls, "zaal", "zalen"))" }
    func gymsCaption(_ gyms: Int, halls: Int) -> String { "\(count(gyms, "gymzaal", "gymzalen")) met \(count(halls, "zaal", "zalen"))" }
}
