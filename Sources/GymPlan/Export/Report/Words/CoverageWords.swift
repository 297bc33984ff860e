/// The data-coverage section: what is missing is named, not judged.
protocol CoverageWords: LanguageWords {
    var coverageHeading: String { get }
    func coverageIntro(year: String) -> String
    func noGyms(_ missing: Int, of total: Int, schools: Int) -> String
    func noClasses(_ missing: Int, of total: Int, schools: Int) -> String
    func noLessons(_ missing: Int, of total: Int) -> String
}

extension EnglishWords: CoverageWords {
    var coverageHeading: String { "Data on record" }
    func coverageIntro(year: String) -> String { "Some data are missing for \(year). What is missing is named here, not judged:" }
    func noGyms(_ missing: Int, of total: Int, schools: Int) -> String {
        "No gyms on record in \(n(missing)) of \(count(total, "municipality", "municipalities")) (\(count(schools, "school", "schools"))): "
            + "distance and capacity cannot be judged there. They are grey on the map and are not counted under any obstacle."
    }
    func noClasses(_ missing: Int, of total: Int, schools: Int) -> String {
        "No classes on record for the year in \(n(missing)) of \(count(total, "municipality", "municipalities")) "
            + "(\(count(schools, "school", "schools")) in all): the goals cannot be judged there."
    }
    func noLessons(_ missing: Int, of total: Int) -> String {
        "No PE lessons on record in \(n(missing)) of \(count(total, "municipality", "municipalities")): "
            + "their classes miss the lessons goal on the timetable as recorded."
    }
}

extension DutchWords: CoverageWords {
    var coverageHeading: String { "Welke gegevens er zijn" }
    func coverageIntro(year: String) -> String { "Voor \(year) ontbreken gegevens. Wat ontbreekt wordt hier genoemd, niet beoordeeld:" }
    func noGyms(_ missing: Int, of total: Int, schools: Int) -> String {
        "Geen gymzalen bekend in \(n(missing)) van de \(count(total, "gemeente", "gemeenten")) (\(count(schools, "school", "scholen"))): "
            + "afstand en capaciteit zijn daar niet te beoordelen. Zij zijn grijs op de kaart en tellen bij geen enkel knelpunt mee."
    }
    func noClasses(_ missing: Int, of total: Int, schools: Int) -> String {
        "Geen klassen bekend voor het schooljaar in \(n(missing)) van de \(count(total, "gemeente", "gemeenten")) "
            + "(\(count(schools, "school", "scholen")) in totaal): de doelen zijn daar niet te beoordelen."
    }
    func noLessons(_ missing: Int, of total: Int) -> String {
        "Geen gymlessen bekend in \(n(missing)) van de \(count(total, "gemeente", "gemeenten")): "
            + "hun klassen halen het lessendoel niet volgens het rooster zoals het is ingevoerd."
    }
}
