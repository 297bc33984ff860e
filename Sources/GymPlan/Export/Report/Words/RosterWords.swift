/// The section of `export --with-roster`: the municipalities whose classes the weekly roster gives
/// fewer lessons than the law asks for.
protocol RosterWords: LanguageWords {
    func rosterHeading(_ rows: Int) -> String
    /// The column headings, in the table's order; the fifth is the upper bound the introduction names.
    var rosterColumns: [String] { get }
    func rosterIntroduction(minLessons: Int, walkMPerMin: Double, teacherMPerMin: Double) -> String
    func rosterNational(scheduled: Int, required: Int, upperBound: Int) -> String
    var rosterNone: String { get }
}

extension LanguageWords {
    /// A speed in metres a minute, whole, in the language's conventions.
    func metresAMinute(_ value: Double) -> String { language.decimal(value, fractionDigits: 0) }
}

extension EnglishWords: RosterWords {
    func rosterHeading(_ rows: Int) -> String { "Municipalities that cannot fit the law into their halls' hours (\(n(rows)))" }
    var rosterColumns: [String] {
        ["Municipality", "Classes in groups 3-8", "Lessons the law asks for", "Lessons in the roster",
         "At most, each class alone", "Lessons short", "Classes short of lessons"]
    }
    func rosterIntroduction(minLessons: Int, walkMPerMin: Double, teacherMPerMin: Double) -> String {
        "A weekly roster made with every hall's real hours, every school's hours and the walk between them: "
            + "each class at most \(n(minLessons)) lessons on different weekdays, in a gym within reach, a specialist "
            + "PE teacher in one place at a time (walking \(metresAMinute(walkMPerMin)) m a minute, "
            + "cycling \(metresAMinute(teacherMPerMin)) m a minute between gyms). These municipalities' "
            + "classes get fewer lessons than the law asks for. \"\(rosterColumns[4])\" counts for each class the "
            + "lessons it could have with the halls to itself: \(n(minLessons)), or fewer where fewer weekdays have a slot it "
            + "can walk to. Click a heading to sort."
    }
    func rosterNational(scheduled: Int, required: Int, upperBound: Int) -> String {
        "In all, the roster gives \(n(scheduled)) of the \(n(required)) lessons the law asks for; no roster can give more than \(n(upperBound))."
    }
    var rosterNone: String { "The roster gives every class the lessons the law asks for." }
}

extension DutchWords: RosterWords {
    func rosterHeading(_ rows: Int) -> String { "Gemeenten die de wet niet in de uren van hun zalen passen (\(n(rows)))" }
    var rosterColumns: [String] {
        ["Gemeente", "Klassen in groep 3-8", "Lessen die de wet vraagt", "Lessen in het rooster",
         "Hoogstens, elke klas alleen", "Lessen tekort", "Klassen met te weinig lessen"]
    }
    func rosterIntroduction(minLessons: Int, walkMPerMin: Double, teacherMPerMin: Double) -> String {
        "Een weekrooster gemaakt met de echte uren van elke zaal, de schooltijden van elke school en de looptijd ertussen: "
            + "elke klas hoogstens \(n(minLessons)) lessen op verschillende weekdagen, in een gymzaal binnen bereik, een vakleerkracht "
            + "bewegingsonderwijs op één plaats tegelijk (lopend \(metresAMinute(walkMPerMin)) m per minuut, "
            + "fietsend \(metresAMinute(teacherMPerMin)) m per minuut tussen zalen). De klassen van deze gemeenten "
            + "krijgen minder lessen dan de wet vraagt. \"\(rosterColumns[4])\" telt voor elke klas de lessen die ze "
            + "zou krijgen met de zalen voor zich alleen: \(n(minLessons)), of minder waar minder weekdagen een lesuur binnen "
            + "loopafstand hebben. Klik op een kop om te sorteren."
    }
    func rosterNational(scheduled: Int, required: Int, upperBound: Int) -> String {
        "In totaal geeft het rooster \(n(scheduled)) van de \(n(required)) lessen die de wet vraagt; geen rooster kan er meer geven dan \(n(upperBound))."
    }
    var rosterNone: String { "Het rooster geeft elke klas de lessen die de wet vraagt." }
}
