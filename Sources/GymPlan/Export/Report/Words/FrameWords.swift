/// The page's title, heading, the line under it and the summary cards.
protocol FrameWords: LanguageWords {
    func pageTitle(year: String) -> String
    func heading(year: String) -> String
    func meta(generatedAt: String, minLessons: Int, minMinutes: Int, maxDistanceM: Int, referenceDate: String?) -> String
    var summaryHeading: String { get }
    func schoolsCard(_ schools: Int) -> String
    func meetBothCard(withData: Int) -> String
    func lessonsCard(withData: Int) -> String
    func qualifiedCard(withData: Int) -> String
    func withoutDataCard(_ schools: Int) -> String
    func distanceCard(_ municipalities: Int) -> String
    func capacityCard(_ municipalities: Int) -> String
    func scopeNote(covered: Int, onMap: Int) -> String
}

extension EnglishWords: FrameWords {
    func pageTitle(year: String) -> String { "PE in primary schools, school year \(year)" }
    func heading(year: String) -> String { "Physical education in primary schools, \(year)" }
    func meta(generatedAt: String, minLessons: Int, minMinutes: Int, maxDistanceM: Int, referenceDate: String?) -> String {
        "Made by gymplan on \(language.timestamp(generatedAt)). Lessons are judged against at least \(count(minLessons, "lesson", "lessons")) "
            + "and \(count(minMinutes, "minute", "minutes")) a week; a gym counts when it is at most \(n(maxDistanceM)) m away; "
            + "qualifications on \(referenceDate.map(date) ?? "the reference date")."
    }
    var summaryHeading: String { "In short" }
    func schoolsCard(_ schools: Int) -> String { noun(schools, "school", "schools") }
    func meetBothCard(withData: Int) -> String { "of \(n(withData)) schools with data meet both goals" }
    func lessonsCard(withData: Int) -> String { "of \(n(withData)) schools with data give two PE lessons a week" }
    func qualifiedCard(withData: Int) -> String { "of \(n(withData)) schools have every PE lesson taught by a qualified teacher" }
    func withoutDataCard(_ schools: Int) -> String {
        noun(schools, "school without classes in groups 3-8 on record", "schools without classes in groups 3-8 on record")
    }
    func distanceCard(_ municipalities: Int) -> String {
        noun(municipalities, "municipality where a school has no gym within reach", "municipalities where a school has no gym within reach")
    }
    func capacityCard(_ municipalities: Int) -> String {
        noun(municipalities, "municipality where gyms are too full", "municipalities where gyms are too full")
    }
    func scopeNote(covered: Int, onMap: Int) -> String {
        "These figures cover the schools on record in \(count(covered, "municipality", "municipalities")) of the \(n(onMap)) on the map; "
            + "the others have no schools on record and are not judged (drawn without colour on the map)."
    }
}

extension DutchWords: FrameWords {
    func pageTitle(year: String) -> String { "Bewegingsonderwijs in het basisonderwijs, schooljaar \(year)" }
    func heading(year: String) -> String { "Bewegingsonderwijs in het basisonderwijs, \(year)" }
    func meta(generatedAt: String, minLessons: Int, minMinutes: Int, maxDistanceM: Int, referenceDate: String?) -> String {
        "Gemaakt door gymplan op \(language.timestamp(generatedAt)). De lessen worden getoetst aan ten minste \(count(minLessons, "les", "lessen")) "
            + "en \(count(minMinutes, "minuut", "minuten")) per week; een gymzaal telt mee als die hoogstens \(n(maxDistanceM)) m weg is; "
            + "bevoegdheden op \(referenceDate.map(date) ?? "de peildatum")."
    }
    var summaryHeading: String { "In het kort" }
    func schoolsCard(_ schools: Int) -> String { noun(schools, "school", "scholen") }
    func meetBothCard(withData: Int) -> String { "van de \(n(withData)) scholen met gegevens halen beide doelen" }
    func lessonsCard(withData: Int) -> String { "van de \(n(withData)) scholen met gegevens geven twee gymlessen per week" }
    func qualifiedCard(withData: Int) -> String { "van de \(n(withData)) scholen krijgen elke gymles van een bevoegde leerkracht" }
    func withoutDataCard(_ schools: Int) -> String {
        noun(schools, "school zonder klassen in groep 3-8 in de gegevens", "scholen zonder klassen in groep 3-8 in de gegevens")
    }
    func distanceCard(_ municipalities: Int) -> String {
        noun(municipalities, "gemeente waar een school geen gymzaal binnen bereik heeft", "gemeenten waar een school geen gymzaal binnen bereik heeft")
    }
    func capacityCard(_ municipalities: Int) -> String {
        noun(municipalities, "gemeente waar de gymzalen te vol zijn", "gemeenten waar de gymzalen te vol zijn")
    }
    func scopeNote(covered: Int, onMap: Int) -> String {
        "Deze cijfers gaan over de scholen in \(count(covered, "gemeente", "gemeenten")) van de \(n(onMap)) op de kaart; "
            + "van de andere zijn geen scholen bekend en zij worden niet beoordeeld (zonder kleur op de kaart)."
    }
}
