extension MinistryExport {
    /// Adds the weekly roster's figures (`export --with-roster`): per municipality those that
    /// `roster --municipality` gives (zero for a municipality without in-scope classes), and the
    /// national ones with the roster's speeds.
    public mutating func addRoster(_ roster: Roster, input: RosterInput) {
        let figures = RosterDocument.Summary.byMunicipality(input: input, roster: roster)
        for index in municipalities.indices {
            municipalities[index].roster = figures[municipalities[index].code] ?? .empty
        }
        self.roster = RosterOverview(
            walkMPerMin: input.speeds.walkMetresPerMinute, teacherMPerMin: input.speeds.teacherMetresPerMinute,
            summary: RosterDocument.Summary(roster.summary),
            municipalitiesShort: municipalities.filter { ($0.roster?.lessonsShort ?? 0) > 0 }.count)
    }
}
