import Testing
@testable import GymPlan

/// Time windows and slots (section 6, input files and Definitions).
@Suite struct RosterWindowsTests {
    @Test func theDefaultGymHas37SlotsAWeekOf45Minutes() {
        let grid = RosterSlotGrid(gyms: [RosterGym(id: "G", halls: 1, hundredthHoursPerWeek: 3000)], lessonMinutes: 45)
        #expect(grid.count == 37)
        // Monday: five in the morning (08:30 .. 11:30), three in the afternoon (13:00, 13:45, 14:30).
        let monday = grid.slots(gym: 0, weekday: 1).map { ClockTime.text(Int(grid.start[$0])) }
        #expect(monday == ["08:30", "09:15", "10:00", "10:45", "11:30", "13:00", "13:45", "14:30"])
        #expect(grid.slots(gym: 0, weekday: 3).count == 5)
    }

    @Test func aRemainderShorterThanALessonIsNoSlot() throws {
        let windows = try WeeklyWindows(validating: [DayWindow(weekday: 2, from: 9 * 60, to: 10 * 60 + 44)])
        let grid = RosterSlotGrid(gyms: [RosterGym(id: "G", halls: 1, hundredthHoursPerWeek: 3000, windows: windows)], lessonMinutes: 45)
        #expect(grid.count == 2)
        #expect(grid.slots(gym: 0, weekday: 1).isEmpty)
    }

    @Test func theDefaultSchoolDayEndsAt1230OnWednesday() {
        #expect(WeeklyWindows.schoolDefault.windows(on: 3) == [TimeWindow(from: 510, to: 750)])
        #expect(WeeklyWindows.schoolDefault.windows(on: 1) == [TimeWindow(from: 510, to: 915)])
        #expect(WeeklyWindows.gymDefault.windows(on: 5) == [TimeWindow(from: 510, to: 735), TimeWindow(from: 780, to: 915)])
    }

    @Test func windowsThatOverlapTouchOrRunBackwardsAreEachReported() {
        let rows = [
            DayWindow(weekday: 1, from: 600, to: 660), DayWindow(weekday: 1, from: 660, to: 720),
            DayWindow(weekday: 2, from: 600, to: 700), DayWindow(weekday: 2, from: 650, to: 720),
            DayWindow(weekday: 3, from: 700, to: 700), DayWindow(weekday: 6, from: 600, to: 660),
        ]
        #expect(throws: WindowProblems.self) { try WeeklyWindows(validating: rows) }
        do {
            _ = try WeeklyWindows(validating: rows)
        } catch {
            #expect(error.problems == [
                "weekday 3 11:40-11:40: from must be before to",
                "weekday 6 10:00-11:00: the weekday must be 1 (Monday) to 5 (Friday)",
                "weekday 1: 10:00-11:00 and 11:00-12:00 touch; write them as one window",
                "weekday 2: 10:00-11:40 and 10:50-12:00 overlap; write them as one window",
            ])
        }
    }

    @Test func aWalkNarrowsTheUsableSlotsToARun() {
        let grid = RosterSlotGrid(gyms: [RosterGym(id: "G", halls: 1, hundredthHoursPerWeek: 3000)], lessonMinutes: 45)
        let school = WeeklyWindows.schoolDefault
        // Five minutes each way: out from 08:25 is too early, back at 15:20 too late.
        let run = grid.usable(gym: 0, weekday: 1, window: school.windows(on: 1)[0], walk: 5)
        #expect(run.map { ClockTime.text(Int(grid.start[$0])) } == ["09:15", "10:00", "10:45", "11:30", "13:00", "13:45"])
        // No walk: every slot; a class may leave exactly at the window's start and be back at its end.
        #expect(grid.usable(gym: 0, weekday: 1, window: school.windows(on: 1)[0], walk: 0).count == 8)
        // Wednesday: back by 12:30, so 11:30-12:15 with a 16-minute walk is out (15 would just fit).
        let wednesday = grid.usable(gym: 0, weekday: 3, window: school.windows(on: 3)[0], walk: 16)
        #expect(grid.usable(gym: 0, weekday: 3, window: school.windows(on: 3)[0], walk: 15).count == 4)
        #expect(wednesday.map { ClockTime.text(Int(grid.start[$0])) } == ["09:15", "10:00", "10:45"])
    }
}
