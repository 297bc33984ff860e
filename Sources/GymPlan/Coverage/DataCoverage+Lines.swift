extension DataCoverage {
    /// One line for standard error per kind of data missing for the school year, in plain words:
    /// `no gyms on record in 352 of 352 municipalities: distance and capacity cannot be judged there`.
    /// `obstacles` false leaves out the gym line, for commands that judge only the goals.
    public func missingDataLines(obstacles: Bool = true) -> [String] {
        var lines: [String] = []
        let withoutGyms = municipalitiesWithoutGymData.count
        if obstacles && withoutGyms > 0 {
            let total = municipalities.count
            lines.append("no gyms on record in \(withoutGyms) of \(total) \(total == 1 ? "municipality" : "municipalities"): "
                + "distance and capacity cannot be judged there")
        }
        if !classYears.contains(schoolYear) {
            lines.append("no classes on record for \(schoolYear): " + Self.yearsOnRecord(classYears))
        }
        if !lessonYears.contains(schoolYear) {
            lines.append("no lessons on record for \(schoolYear): " + Self.yearsOnRecord(lessonYears))
        }
        if teachers == 0 {
            lines.append("no teachers on record: no lesson can count as given by a qualified teacher")
        }
        return lines
    }

    private static func yearsOnRecord(_ years: [SchoolYear]) -> String {
        switch years.count {
        case 0: "none are on record for any year"
        case 1: "the year on record is \(years[0])"
        default: "the years on record are " + years.map(\.description).joined(separator: ", ")
        }
    }
}
