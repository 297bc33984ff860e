/// The report's first section when data are missing: what is on record and what is not, so that
/// a gap in the data is never read as an obstacle.
struct ReportCoverage {
    let export: MinistryExport
    let words: any ReportWords

    /// The section, or nothing when every municipality has gym data and every school has classes.
    func section() -> HTML {
        let judged = ReportJudgement(export: export)
        let total = export.municipalities.count
        let withoutClasses = export.summary.data.municipalitiesWithoutClasses
        let withoutLessons = export.summary.data.municipalitiesWithoutLessons
        let schoolsWithoutGymData = export.schools.count { judged.noGymData.contains($0.municipalityCode) }
        var lines: [HTML] = []
        if !judged.noGymData.isEmpty {
            lines.append("<li data-gap=\"gyms\">\(words.noGyms(judged.noGymData.count, of: total, schools: schoolsWithoutGymData))</li>")
        }
        if withoutClasses > 0 {
            lines.append("<li data-gap=\"classes\">\(words.noClasses(withoutClasses, of: total, schools: export.summary.schoolsWithoutData))</li>")
        }
        if withoutLessons > withoutClasses {
            lines.append("<li data-gap=\"lessons\">\(words.noLessons(withoutLessons, of: total))</li>")
        }
        guard !lines.isEmpty else { return .empty }
        return """
            <section id="coverage" class="coverage" aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">\(words.coverageHeading)</h2>
            <p>\(words.coverageIntro(year: export.schoolYear))</p>
            <ul>\(lines.joined())</ul>
            </section>
            """
    }
}
