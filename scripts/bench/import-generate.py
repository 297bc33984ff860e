#!/usr/bin/env python3
"""Writes the national-scale data set for the import benchmark (data contract, section 2): the
real DUO schools and CBS municipalities with generated gyms, distances, classes, lessons, teachers
and grants (about 6,200 schools, 4,800 gyms, 60,000 distances, 55,000 classes, 90,000 lessons,
30,000 teachers and 8,500 grants for one school year). A thin wrapper around tools/gymplan_generate,
deterministic (fixed seed).

usage: import-generate.py FOLDER [SCHOOL_YEAR ...]   (default school year 2021-2022)
"""
import os
import subprocess
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    years = sys.argv[2:] or ["2021-2022"]
    generator = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "gymplan_generate")
    command = [sys.executable, generator, "--seed", "20191001", "--scale", "national"]
    for year in years:
        command += ["--school-year", year]
    sys.exit(subprocess.call(command + [folder]))


if __name__ == "__main__":
    main()
