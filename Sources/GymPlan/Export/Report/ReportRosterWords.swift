/// Every word the report's roster section shows, in one place so that it can be translated as a
/// whole (the rest of the report is English for now).
struct ReportRosterWords {
    let heading = "Municipalities that cannot fit the law into their halls' hours"
    let municipality = "Municipality"
    let classes = "Classes in groups 3-8"
    let required = "Lessons the law asks for"
    let scheduled = "Lessons in the roster"
    let upperBound = "At most, each class alone"
    let short = "Lessons short"
    let classesShort = "Classes short of lessons"

    func introduction(minLessons: Int, walkMPerMin: Double, teacherMPerMin: Double) -> String {
        "A weekly roster made with every hall's real hours, every school's hours and the walk between them: "
            + "each class at most \(minLessons) lessons on different weekdays, in a gym within reach, a specialist "
            + "PE teacher in one place at a time (walking \(walkMPerMin.formatted(fractionDigits: 0)) m a minute, "
            + "cycling \(teacherMPerMin.formatted(fractionDigits: 0)) m a minute between gyms). These municipalities' "
            + "classes get fewer lessons than the law asks for. \"\(upperBound)\" counts for each class the "
            + "lessons it could have with the halls to itself: \(minLessons), or fewer where fewer weekdays have a slot it "
            + "can walk to. Click a heading to sort."
    }

    func national(scheduled: Int, required: Int, upperBound: Int) -> String {
        "In all, the roster gives \(scheduled) of the \(required) lessons the law asks for; no roster can give more than \(upperBound)."
    }

    let none = "The roster gives every class the lessons the law asks for."
}
