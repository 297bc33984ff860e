"""Opening hours (contract section 6): the windows of gyms (gym_hours.csv) and schools
(school_hours.csv), and the rules of the timetable check that the generated lessons are fitted to."""
import math

from gymplan_generate.common import haversine, rng_for

# The defaults of section 6, for a gym or school without rows: weekday -> [(from, to)] in minutes.
DEFAULT_GYM = {d: [(510, 735)] if d == 3 else [(510, 735), (780, 915)] for d in range(1, 6)}
DEFAULT_SCHOOL = {d: [(510, 750)] if d == 3 else [(510, 915)] for d in range(1, 6)}
WALK_M_PER_MIN = 60
TEACHER_M_PER_MIN = 250
DETOUR = 1.3


def clock(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def week(days, windows, wednesday=None):
    """The same windows on `days`, and `wednesday`'s (if given) on weekday 3."""
    out = {d: list(windows) for d in days}
    if wednesday:
        out[3] = list(wednesday)
    return out


class Hours:
    """Windows per gym and school, and the hall, teacher and class bookings of the timetables (a part
    of `Generator`)."""

    # -- windows -------------------------------------------------------------------------------
    def school_hours(self, schools):
        """About 60% of schools say their hours: most a continuous day (continurooster, 08:30-14:15,
        Wednesday morning only), some five equal days, some a lunch break at home, and a few let
        pupils go straight to the gym in the morning or home from it. The others keep the defaults."""
        self.school_week = {}
        for s in schools:
            r = rng_for(self.seed, "school-hours", s["id"])
            x = r.random()
            if x < 0.34:
                w = week((1, 2, 4, 5), [(510, 855)], [(510, 750)])
            elif x < 0.46:
                w = week(range(1, 6), [(510, 840)])
            elif x < 0.54:
                w = week((1, 2, 4, 5), [(510, 720), (795, 915)], [(510, 735)])
            elif x < 0.60:
                w = week((1, 2, 4, 5), [(495, 930)], [(495, 765)])
            else:
                w = None
            self.school_week[s["id"]] = self.record("school_hours", s["id"], w) or DEFAULT_SCHOOL

    def gym_hours(self):
        """About half the gyms say their hours: halls shared with a secondary school in some hours
        (two weekdays with a block taken), gyms open all day for schools with a continuous day, and
        gyms open through the lunch hour. The others keep the defaults."""
        self.gym_week = {}
        for g in self.gyms:
            r = rng_for(self.seed, "gym-hours", g["id"])
            x = r.random()
            if x < 0.28:
                w = {d: list(v) for d, v in DEFAULT_GYM.items()}
                for day in sorted(r.sample([1, 2, 4, 5], 2)):
                    # the secondary school has the hall from 10:00 to the lunch break, or all afternoon
                    w[day] = [(510, 600), (780, 915)] if r.random() < 0.5 else [(510, 735)]
            elif x < 0.42:
                w = week((1, 2, 4, 5), [(510, 870)], [(510, 750)])
            elif x < 0.50:
                w = week((1, 2, 4, 5), [(495, 930)], [(495, 765)])
            else:
                w = None
            self.gym_week[g["id"]] = self.record("gym_hours", g["id"], w) or DEFAULT_GYM

    def record(self, file, owner, windows):
        """Writes the rows of `windows` (None: the defaults, no rows) and returns them."""
        for day in sorted(windows or {}):
            for a, b in windows[day]:
                self.rows[file].append([owner, day, clock(a), clock(b)])
        return windows

    # -- bookings ------------------------------------------------------------------------------
    def start_bookings(self):
        """Empty halls and teachers, for one school year's timetable."""
        self.hall_busy = {}      # (gym, day) -> [(start, end)]
        self.teacher_busy = {}   # (teacher, day) -> [(start, end, gym)]

    def walking_minutes(self, school_id, gym_id):
        """As gymplan computes it: travel_minutes rounded up where distances.csv has the pair, else
        the distance at 60 m a minute."""
        measured = self.travel.get((school_id, gym_id))
        if measured is not None:
            return math.ceil(measured)
        route = next((d for d, g in self.near_gyms[school_id] if g == gym_id), None)
        return None if route is None else math.ceil(route / WALK_M_PER_MIN)

    def teacher_travel(self, a, b):
        if a == b:
            return 0
        key = (a, b) if a < b else (b, a)
        if key not in self.travel_cache:
            ga, gb = self.gym_by_id[a], self.gym_by_id[b]
            metres = math.floor(haversine(ga["lat"], ga["lon"], gb["lat"], gb["lon"]) * DETOUR + 0.5)
            self.travel_cache[key] = math.ceil(metres / TEACHER_M_PER_MIN)
        return self.travel_cache[key]

    def fits(self, school_id, day, start, minutes, gym, teacher):
        """Whether a lesson breaks none of the check's rules with what is booked already (same_day
        is the caller's: a class's lessons are on different days)."""
        end = start + minutes
        if gym:
            if not any(a <= start and end <= b for a, b in self.gym_week[gym].get(day, ())):
                return False
            walk = self.walking_minutes(school_id, gym)
            if walk is not None and not any(a <= start - walk and end + walk <= b
                                            for a, b in self.school_week[school_id].get(day, ())):
                return False
            booked = self.hall_busy.get((gym, day), ())
            moments = [start] + [s for s, _ in booked if start < s < end]
            halls = self.gym_by_id[gym]["halls"]
            if any(sum(1 for s, e in booked if s <= m < e) >= halls for m in moments):
                return False
        if teacher:
            for s, e, other in self.teacher_busy.get((teacher, day), ()):
                if s < end and start < e:
                    return False
                if gym and other and other != gym:
                    travel = self.teacher_travel(other, gym)
                    if (s < start and start - e < travel) or (start < s and s - end < travel):
                        return False
        return True

    def book(self, day, start, minutes, gym, teacher):
        if gym:
            self.hall_busy.setdefault((gym, day), []).append((start, start + minutes))
        if teacher:
            self.teacher_busy.setdefault((teacher, day), []).append((start, start + minutes, gym))

    def candidate_starts(self, r, school_id, day, minutes, gym):
        """Starts to try on `day`: the gym's lesson periods first (every `minutes` from a window's
        start), then every quarter of an hour in its windows; without a gym, the school's day."""
        windows = self.gym_week[gym].get(day, ()) if gym else self.school_week[school_id].get(day, ())
        periods = [a + k * minutes for a, b in windows for k in range((b - a) // minutes)]
        quarters = [t for a, b in windows for t in range(a, b - minutes + 1, 15) if t not in periods]
        r.shuffle(periods)
        r.shuffle(quarters)
        return periods + quarters
