/// Every slot of every gym (section 6, Definitions): each window cut into consecutive lessons from its
/// start, a shorter remainder dropped. Slots are numbered gym by gym, day by day, in time order, so a
/// gym's slots on one day are a contiguous range of numbers.
struct RosterSlotGrid: Sendable {
    /// Gym, weekday (1..5) and start of each slot.
    private(set) var gym: [Int32] = []
    private(set) var weekday: [Int8] = []
    private(set) var start: [Int16] = []
    /// The slots of gym g on weekday d are `dayRanges[g * 5 + d - 1]`.
    private(set) var dayRanges: [Range<Int>] = []
    let lessonMinutes: Int

    init(gyms: [RosterGym], lessonMinutes: Int) {
        self.lessonMinutes = lessonMinutes
        for (index, gym) in gyms.enumerated() {
            for day in WeeklyWindows.weekdays {
                let first = start.count
                for window in gym.windows.windows(on: day) {
                    var slotStart = window.from
                    while slotStart + lessonMinutes <= window.to {
                        self.gym.append(Int32(index))
                        weekday.append(Int8(day))
                        start.append(Int16(slotStart))
                        slotStart += lessonMinutes
                    }
                }
                dayRanges.append(first..<start.count)
            }
        }
    }

    var count: Int { start.count }

    func slots(gym: Int, weekday: Int) -> Range<Int> { dayRanges[gym * 5 + weekday - 1] }

    func end(_ slot: Int) -> Int { Int(start[slot]) + lessonMinutes }

    /// The slots of `gym` on `weekday` that a class walking `walk` minutes each way can take within
    /// `window` of its school (R4): start - walk >= window.from and end + walk <= window.to, a run.
    func usable(gym: Int, weekday: Int, window: TimeWindow, walk: Int) -> Range<Int> {
        let range = slots(gym: gym, weekday: weekday)
        let earliest = window.from + walk
        let latest = window.to - walk - lessonMinutes
        var low = range.lowerBound
        while low < range.upperBound && Int(start[low]) < earliest { low += 1 }
        var high = low
        while high < range.upperBound && Int(start[high]) <= latest { high += 1 }
        return low..<high
    }
}
