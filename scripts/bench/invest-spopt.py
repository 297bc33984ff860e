#!/usr/bin/env python3
"""The investment plan of one municipality's data (a folder cut by invest-subset.py) as PySAL spopt
can express it, solved with PuLP's CBC, for the side-by-side in invest-bench.sh.

spopt has no fixed-charge facility location, so the plan is a capacitated p-median
(spopt.locate.PMedian.from_cost_matrix with facility capacities and predefined facilities) whose
"distance" is the yearly cost of placing one lesson, solved for p = the fixed facilities + k new
sites, k = 0, 1, ..., with k x the site's yearly depreciation added; the cheapest is the plan.
One demand row per lesson (spopt assigns a row to one facility whole), so a school's lessons may
be split as in gymplan. Facilities: per existing gym its present slots (0 EUR a lesson within
reach, the bus cost beyond reach within bus range) and its longer hours up to the hall maximum
(a slot's yearly cost a lesson, plus the bus); per candidate site (the municipality's schools) a
one-hall gym; and "unmet", which takes any lesson at a prohibitive cost, so that the fewest unmet
lessons come first as in gymplan. Differences: gymplan adds longer hours as k slots for every hall
of a gym (spopt: per lesson), and reads slots from the opening windows (here hours x 60 / 45).

usage: invest-spopt.py SUBSET_FOLDER EXPORT_JSON  (EXPORT_JSON: gymplan export of that data, for
the schools' demand). Prints: lessons, facilities, unmet lessons, EUR a year, seconds."""
import csv
import json
import math
import os
import sys
import time

import numpy
import pulp
from spopt.locate import PMedian

LESSON_MINUTES, MAX_DISTANCE, BUS_DISTANCE, DETOUR = 45, 1000, 5000, 1.3
SLOT = 31.56 * LESSON_MINUTES / 60 * 40
BUS, NEW_GYM_YEAR, MAX_SLOTS = 2400.0, 2_800_000 / 40, math.floor(27.75 * 60 / LESSON_MINUTES)
UNMET, NEVER = 10_000_000.0, 1e9


def table(folder, name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def metres(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371008.8 * math.asin(math.sqrt(h)) * DETOUR


def main():
    folder, export = sys.argv[1:3]
    document = json.load(open(export))
    schools = [s for s in document["schools"] if s["demand_lessons"] > 0 and s["latitude"] is not None]
    gyms = table(folder, "gyms.csv")
    measured = {(r["school_id"], r["gym_id"]): int(r["distance_m"]) for r in table(folder, "distances.csv")}
    place = {s["school_id"]: (s["latitude"], s["longitude"]) for s in schools}

    def distance(school, gym):
        return measured.get((school, gym["gym_id"]), metres(place[school], (float(gym["latitude"]), float(gym["longitude"]))))

    columns, capacities = [], []  # columns: cost of one lesson of each school
    for gym in gyms:
        halls = int(gym["halls"] or 1)
        slots = halls * math.floor(min(float(gym["hours_per_week"] or 27.75), 27.75) * 60 / LESSON_MINUTES)
        far = {s["school_id"]: distance(s["school_id"], gym) for s in schools}
        reach = {k: (0.0 if d <= MAX_DISTANCE else BUS if d <= BUS_DISTANCE else NEVER) for k, d in far.items()}
        if all(v >= NEVER for v in reach.values()):
            continue
        if slots > 0:
            columns.append(reach)
            capacities.append(slots)
        extra = halls * MAX_SLOTS - slots
        if extra > 0:
            columns.append({k: v + SLOT if v < NEVER else NEVER for k, v in reach.items()})
            capacities.append(extra)
    demand = sum(s["demand_lessons"] for s in schools)
    columns.append({s["school_id"]: UNMET for s in schools})
    capacities.append(demand)
    fixed = len(columns)
    for site in schools:  # candidate sites: the schools, one hall each
        columns.append({s["school_id"]: (SLOT if (s is site or metres(place[s["school_id"]], place[site["school_id"]]) <= MAX_DISTANCE)
                                         else NEVER) for s in schools})
        capacities.append(MAX_SLOTS)
    rows = [s["school_id"] for s in schools for _ in range(s["demand_lessons"])]
    matrix = numpy.array([[column[row] for column in columns] for row in rows])
    started = time.time()
    best = None
    for k in range(0, len(columns) - fixed + 1):
        model = PMedian.from_cost_matrix(matrix, numpy.ones(len(rows)), p_facilities=fixed + k,
                                         predefined_facilities_arr=numpy.array([i < fixed for i in range(len(columns))]),
                                         facility_capacities=numpy.array(capacities, dtype=float))
        model = model.solve(pulp.PULP_CBC_CMD(msg=False))
        placed = model.problem.objective.value()
        unmet = len(model.fac2cli[fixed - 1])
        cost = placed - unmet * UNMET + k * NEW_GYM_YEAR
        if best is not None and (unmet, cost) >= (best[0], best[1]):
            break  # one more site no longer helps: the cost is convex enough in k for this stop
        best = (unmet, cost, k)
    seconds = time.time() - started
    print(f"{len(rows)} lessons, {len(columns)} facilities, unmet {best[0]}, new sites {best[2]}, "
          f"EUR {best[1]:.2f} a year, {seconds:.2f} s")


if __name__ == "__main__":
    main()
