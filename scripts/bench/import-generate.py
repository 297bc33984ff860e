#!/usr/bin/env python3
"""Writes a national-scale data set of the eight contract files (data contract, section 2) for the
import benchmark: about 6,000 schools, 5,000 gyms, 60,000 distances, 55,000 classes, 90,000
lessons, 30,000 teachers and 8,000 grants. Deterministic (fixed seed).

usage: import-generate.py FOLDER [SCALE]   (SCALE multiplies every count; default 1)
"""
import csv
import os
import random
import string
import sys


def main():
    folder = sys.argv[1]
    scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    rng = random.Random(20191001)
    os.makedirs(folder, exist_ok=True)

    def writer(name, header):
        handle = open(os.path.join(folder, name), "w", newline="", encoding="utf-8")
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(header)
        return handle, out

    municipalities = [f"GM{n:04d}" for n in range(1, 351)]
    handle, out = writer("municipalities.csv", ["code", "name", "province"])
    for code in municipalities:
        out.writerow([code, f"Gemeente {code[2:]}", rng.choice(["Drenthe", "Utrecht", "Zeeland", "Limburg"])])
    handle.close()

    def point():
        return f"{rng.uniform(50.8, 53.5):.6f}", f"{rng.uniform(3.4, 7.2):.6f}"

    school_count = int(6000 * scale)
    schools = set()
    while len(schools) < school_count:
        schools.add(f"{rng.randint(0, 99):02d}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{rng.randint(0, 9):02d}")
    schools = sorted(schools)
    handle, out = writer("schools.csv", ["school_id", "name", "municipality_code", "board_id", "postcode", "latitude", "longitude"])
    for school in schools:
        lat, lon = point()
        postcode = f"{rng.randint(1000, 9999)}{rng.choice('ABCDEFGH')}{rng.choice('KLMNPRST')}"
        out.writerow([school, f"Basisschool {school}", rng.choice(municipalities), rng.randint(10000, 99999), postcode, lat, lon])
    handle.close()

    gyms = [f"GYM-{n:05d}" for n in range(1, int(5000 * scale) + 1)]
    handle, out = writer("gyms.csv", ["gym_id", "name", "municipality_code", "latitude", "longitude", "halls", "hours_per_week"])
    for gym in gyms:
        lat, lon = point()
        out.writerow([gym, f"Gymzaal {gym[4:]}", rng.choice(municipalities), lat, lon, rng.randint(1, 3), f"{rng.uniform(10, 45):.1f}"])
    handle.close()

    handle, out = writer("distances.csv", ["school_id", "gym_id", "distance_m", "travel_minutes"])
    for school in schools:
        for gym in rng.sample(gyms, 10):
            metres = rng.randint(50, 3000)
            out.writerow([school, gym, metres, f"{metres / 80:.1f}"])
    handle.close()

    teachers = [f"T{n:06d}" for n in range(1, int(30000 * scale) + 1)]
    handle, out = writer("teachers.csv", ["teacher_id", "qualification", "qualified_on", "school_id"])
    for teacher in teachers:
        qualification = rng.choice(["broad_pre2005", "broad_course", "course_enrolled", "specialist", "none"])
        qualified_on = f"{rng.randint(1990, 2019)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if qualification != "none" else ""
        out.writerow([teacher, qualification, qualified_on, rng.choice(schools)])
    handle.close()

    classes = []
    handle, out = writer("classes.csv", ["school_year", "school_id", "class_id", "grades", "pupils"])
    per_school = max(1, round(55000 * scale / len(schools)))
    grade_sets = ["1/2", "3", "4", "5", "6", "7", "8", "3/4", "5/6", "7/8"]
    target = int(55000 * scale)
    for school in schools:
        for index in range(per_school + (1 if rng.random() < 0.17 else 0)):
            if len(classes) >= target:
                break
            class_id = f"groep {index + 1}"
            classes.append((school, class_id))
            out.writerow(["2019-2020", school, class_id, grade_sets[index % len(grade_sets)], rng.randint(12, 32)])
    handle.close()

    handle, out = writer("lessons.csv", ["school_year", "school_id", "class_id", "weekday", "start", "minutes", "gym_id", "teacher_id"])
    lessons = 0
    target = int(90000 * scale)
    for school, class_id in classes:
        count = 2 if rng.random() < 0.64 else 1
        for weekday in rng.sample(range(1, 6), count):
            if lessons >= target:
                break
            start = f"{rng.randint(8, 14):02d}:{rng.choice(['00', '15', '30', '45'])}"
            gym = rng.choice(gyms) if rng.random() < 0.95 else ""
            teacher = rng.choice(teachers) if rng.random() < 0.9 else ""
            out.writerow(["2019-2020", school, class_id, weekday, start, rng.choice([45, 45, 60, 90]), gym, teacher])
            lessons += 1
    handle.close()

    handle, out = writer("grants.csv", ["grant_id", "teacher_id", "applied_on", "status", "decided_on", "completed_on", "amount_eur"])
    for n, teacher in enumerate(rng.sample(teachers, int(8000 * scale)), start=1):
        status = rng.choice(["applied", "awarded", "rejected", "withdrawn", "completed"])
        year = rng.choice([2015, 2016, 2017, 2019, 2020])
        applied = f"{year}-03-{rng.randint(1, 28):02d}"
        decided = f"{year}-06-{rng.randint(1, 28):02d}" if status != "applied" else ""
        completed = f"{year + 1}-07-{rng.randint(1, 28):02d}" if status == "completed" else ""
        out.writerow([f"G{n:06d}", teacher, applied, status, decided, completed, "3500.00" if status in ("awarded", "completed") else ""])
    handle.close()


if __name__ == "__main__":
    main()
