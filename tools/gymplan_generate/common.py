"""The contract's files and headers, the generator's constants, and small geometric and date helpers."""
import collections
import datetime
import math
import random

FILES = ["municipalities", "schools", "gyms", "gym_hours", "school_hours", "distances", "classes", "teachers", "lessons",
         "grants"]
HEADERS = {
    "municipalities": ["code", "name", "province"],
    "schools": ["school_id", "name", "municipality_code", "board_id", "postcode", "latitude", "longitude"],
    "gyms": ["gym_id", "name", "municipality_code", "latitude", "longitude", "halls", "hours_per_week"],
    "gym_hours": ["gym_id", "weekday", "from", "to"],
    "school_hours": ["school_id", "weekday", "from", "to"],
    "distances": ["school_id", "gym_id", "distance_m", "travel_minutes"],
    "classes": ["school_year", "school_id", "class_id", "grades", "pupils"],
    "teachers": ["teacher_id", "qualification", "qualified_on", "school_id"],
    "lessons": ["school_year", "school_id", "class_id", "weekday", "start", "minutes", "gym_id", "teacher_id"],
    "grants": ["grant_id", "teacher_id", "applied_on", "status", "decided_on", "completed_on", "amount_eur"],
}
# dataset.csv: what the data set says of itself (where each kind of data came from, synthetic or not).
DATASET_HEADER = ["data", "source", "synthetic", "licence", "as_of", "note"]
# Small scale: the municipalities of the repository's sample (data/sample/README.md).
SMALL = ["GM0289", "GM0448", "GM0603", "GM1950"]
SMALL_PROFILES = {"GM0603": "tight", "GM1950": "thin"}
EARTH_R = 6371008.8
PAIR_RADIUS_M = 3000      # distances.csv holds the pairs within this straight-line distance
COVER_M = 325             # a school further than this (straight line) from a gym gets its own gym
LESSON_MINUTES = 45
MAX_AMOUNT = 3500 * 1.2
GRANT_YEARS = [2015, 2016, 2017, 2019, 2020, 2021, 2022]  # no scheme in 2018 (Stcrt 2018-67819)


def haversine(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_R * math.asin(min(1.0, math.sqrt(a)))


def offset(lat, lon, metres, bearing):
    dlat = metres * math.cos(bearing) / 111195.0
    dlon = metres * math.sin(bearing) / (111195.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


class Grid:
    """Points bucketed in cells of about 3 km for neighbour queries."""
    CELL = 0.03

    def __init__(self):
        self.cells = collections.defaultdict(list)

    def key(self, lat, lon):
        return int(math.floor(lat / self.CELL)), int(math.floor(lon / (self.CELL * 1.6)))

    def add(self, item, lat, lon):
        self.cells[self.key(lat, lon)].append((item, lat, lon))

    def near(self, lat, lon, radius):
        ci, cj = self.key(lat, lon)
        reach = int(radius // 3000) + 1
        out = []
        for i in range(ci - reach, ci + reach + 1):
            for j in range(cj - reach, cj + reach + 1):
                for item, la, lo in self.cells.get((i, j), ()):
                    d = haversine(lat, lon, la, lo)
                    if d <= radius:
                        out.append((d, item))
        out.sort(key=lambda t: (t[0], str(t[1])))
        return out


def rng_for(seed, *parts):
    return random.Random(":".join([str(seed)] + [str(p) for p in parts]))


def iso(year, month, day):
    return f"{year:04d}-{month:02d}-{day:02d}"


def add_days(date, days):
    d = datetime.date.fromisoformat(date) + datetime.timedelta(days=days)
    return d.isoformat()
