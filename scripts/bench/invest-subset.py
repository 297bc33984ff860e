#!/usr/bin/env python3
"""Cuts one municipality out of a folder of contract files (section 2), for the invest benchmark:
its schools with their classes, lessons and teachers, the gyms of the municipality, the gyms its
lessons use and those within bus reach by measured distance, and those gyms' distances to the
schools kept. usage: invest-subset.py SOURCE_FOLDER GMxxxx TARGET_FOLDER"""
import csv
import os
import sys


def rows(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None, []
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


def write(folder, name, header, kept):
    with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)


def main():
    source, code, target = sys.argv[1:4]
    os.makedirs(target, exist_ok=True)
    header, schools = rows(source, "schools.csv")
    schools = [row for row in schools if row["municipality_code"] == code]
    school_ids = {row["school_id"] for row in schools}
    write(target, "schools.csv", header, schools)
    distance_header, distances = rows(source, "distances.csv")
    lesson_header, lessons = rows(source, "lessons.csv")
    lessons = [row for row in lessons if row["school_id"] in school_ids]
    gym_header, gyms = rows(source, "gyms.csv")
    gym_ids = {row["gym_id"] for row in gyms if row["municipality_code"] == code}
    gym_ids |= {row["gym_id"] for row in lessons if row["gym_id"]}
    gym_ids |= {row["gym_id"] for row in distances if row["school_id"] in school_ids and int(row["distance_m"]) <= 5000}
    gyms = [row for row in gyms if row["gym_id"] in gym_ids]
    write(target, "gyms.csv", gym_header, gyms)
    write(target, "distances.csv", distance_header,
          [row for row in distances if row["school_id"] in school_ids and row["gym_id"] in gym_ids])
    write(target, "lessons.csv", lesson_header, lessons)
    header, classes = rows(source, "classes.csv")
    write(target, "classes.csv", header, [row for row in classes if row["school_id"] in school_ids])
    header, teachers = rows(source, "teachers.csv")
    teacher_ids = {row["teacher_id"] for row in lessons if row["teacher_id"]}
    teachers = [row for row in teachers if row["school_id"] in school_ids or row["teacher_id"] in teacher_ids]
    teacher_ids = {row["teacher_id"] for row in teachers}
    write(target, "teachers.csv", header, teachers)
    header, grants = rows(source, "grants.csv")
    if header:
        write(target, "grants.csv", header, [row for row in grants if row["teacher_id"] in teacher_ids])
    codes = {code} | {row["municipality_code"] for row in gyms}
    header, municipalities = rows(source, "municipalities.csv")
    write(target, "municipalities.csv", header, [row for row in municipalities if row["code"] in codes])


if __name__ == "__main__":
    main()
