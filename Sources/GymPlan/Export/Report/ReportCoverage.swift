/// The report's first section when data are missing: what is on record and what is not, so that
/// a gap in the data is never read as an obstacle.
struct ReportCoverage {
    let export: MinistryExport

    /// The section, or nothing when every municipality has gym data and every school has classes.
    func section() -> HTML {
        let judged = ReportJudgement(export: export)
        let total = export.municipalities.count
        let withoutClasses = export.summary.data.municipalitiesWithoutClasses
        let withoutLessons = export.summary.data.municipalitiesWithoutLessons
        let schoolsWithoutGymData = export.schools.count { judged.noGymData.contains($0.municipalityCode) }
        var lines: [HTML] = []
        if !judged.noGymData.isEmpty {
            lines.append("<li data-gap=\"gyms\">No gyms on record in \(judged.noGymData.count) of \(Plural.count(total, "municipality", "municipalities")) "
                + "(\(Plural.count(schoolsWithoutGymData, "school", "schools"))): distance and capacity cannot be judged there. "
                + "They are grey on the map and are not counted under any obstacle.</li>")
        }
        if withoutClasses > 0 {
            lines.append("<li data-gap=\"classes\">No classes on record for the year in \(withoutClasses) of "
                + "\(Plural.count(total, "municipality", "municipalities")) "
                + "(\(Plural.count(export.summary.schoolsWithoutData, "school", "schools")) in all): the goals cannot be judged there.</li>")
        }
        if withoutLessons > withoutClasses {
            lines.append("<li data-gap=\"lessons\">No PE lessons on record in \(withoutLessons) of "
                + "\(Plural.count(total, "municipality", "municipalities")): their classes miss the lessons goal on the timetable as recorded.</li>")
        }
        guard !lines.isEmpty else { return .empty }
        return """
            <section id="coverage" class="coverage" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">Data on record</h2>
            <p>Some data are missing for \(export.schoolYear). What is missing is named here, not judged:</p>
            <ul>\(lines.joined())</ul>
            </section>
            """
    }
}
