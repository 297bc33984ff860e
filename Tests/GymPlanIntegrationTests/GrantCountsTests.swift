import GymPlan
import PostgresClient
import Testing

/// The export's `grants` block: per municipality and status, grants applied for in the school year.
@Suite struct GrantCountsTests {
    @Test func countsPerStatusAndMunicipalityFollowTheSchoolYearBoundary() throws {
        let (database, connection) = try GrantTestData.load()
        // 31 July 2019 (G5, rejected) belongs to 2018-2019; 1 August 2019 (G6, applied) to 2019-2020.
        #expect(try GrantStatistics.countsByMunicipality(connection, year: SchoolYear(firstYear: 2018)) == [
            "GM0001": GrantStatusCounts(applied: 0, awarded: 2, rejected: 1, withdrawn: 1, completed: 0),
        ])
        // G8's teacher has no main school: counted in no municipality.
        #expect(try GrantStatistics.countsByMunicipality(connection, year: SchoolYear(firstYear: 2019)) == [
            "GM0001": GrantStatusCounts(applied: 1),
            "GM0002": GrantStatusCounts(completed: 1),
        ])
        #expect(try GrantStatistics.countsByMunicipality(connection, year: SchoolYear(firstYear: 2017)) == [
            "GM0002": GrantStatusCounts(completed: 1),
        ])
        #expect(try GrantStatistics.countsByMunicipality(connection, year: SchoolYear(firstYear: 2020)).isEmpty)
        try database.drop()
    }

    @Test func aGrantFollowsItsTeachersMainSchool() throws {
        let (database, connection) = try GrantTestData.load()
        try connection.query("UPDATE teacher SET school_id = '03CC00' WHERE teacher_id = 'T-N1'")
        let counts = try GrantStatistics.countsByMunicipality(connection, year: SchoolYear(firstYear: 2019))
        #expect(counts["GM0001"] == nil)
        #expect(counts["GM0002"] == GrantStatusCounts(applied: 1, completed: 1))
        try database.drop()
    }
}
