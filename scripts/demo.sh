#!/usr/bin/env bash
# The main job end to end on the embedded database: import the bundled sample data, flag the
# schools that miss a goal, find capacity and distance obstacles, make the weekly gym roster and check
# the timetable in use, price the changes that would remove the shortages (the investment plan),
# follow the grant, and write the ministry export as JSON, CSV and an HTML report (also with the
# roster's figures per municipality), the roster as JSON and an HTML page, and the investment plan
# as JSON.
set -euo pipefail
gymplan=${1:-.build/release/gymplan}
year=${2:-2021-2022}
out=${3:-out}
mkdir -p "$out"

step() { printf '\n== %s\n' "$*" >&2; }

step "gymplan db start"
"$gymplan" db start
step "gymplan import data/sample"
"$gymplan" import data/sample
step "gymplan db status"
"$gymplan" db status
step "gymplan flags --school-year $year"
"$gymplan" flags --school-year "$year"
step "gymplan trend"
"$gymplan" trend
step "gymplan capacity --school-year $year"
"$gymplan" capacity --school-year "$year"
step "gymplan roster --school-year $year"
"$gymplan" roster --school-year "$year"
"$gymplan" roster --school-year "$year" --format json --output "$out/roster-$year.json"
"$gymplan" roster --school-year "$year" --format html --output "$out/roster-$year.html"
step "gymplan roster --check --school-year $year (the imported timetable against the roster rules)"
"$gymplan" roster --check --school-year "$year"
step "gymplan invest --school-year $year (the cheapest changes that remove the unmet lessons)"
"$gymplan" invest --school-year "$year"
"$gymplan" invest --school-year "$year" --format json --output "$out/invest-$year.json"
step "gymplan grants"
"$gymplan" grants
step "gymplan export (JSON, CSV, HTML)"
"$gymplan" export --school-year "$year" --output "$out/export-$year.json"
"$gymplan" export --school-year "$year" --format csv --output "$out/csv-$year"
"$gymplan" export --school-year "$year" --format csv --locale nl --output "$out/csv-nl-$year"
"$gymplan" export --school-year "$year" --format html --output "$out/report-$year.html"
step "gymplan export --with-roster (the roster's lessons per municipality in the export and the report)"
"$gymplan" export --school-year "$year" --with-roster --output "$out/export-roster-$year.json"
"$gymplan" export --school-year "$year" --with-roster --format html --output "$out/report-roster-$year.html"
step "gymplan export --with-plan (the investment plan, and the same plan without buses)"
"$gymplan" export --school-year "$year" --with-plan --output "$out/export-plan-$year.json"
"$gymplan" export --school-year "$year" --with-plan --format html --output "$out/report-plan-$year.html"

printf '\nThe ministry export, the roster and the investment plan of the sample data:\n'
for path in "$out/export-$year.json" "$out/csv-$year" "$out/csv-nl-$year" "$out/report-$year.html" \
            "$out/export-roster-$year.json" "$out/report-roster-$year.html" \
            "$out/export-plan-$year.json" "$out/report-plan-$year.html" "$out/roster-$year.json" \
            "$out/roster-$year.html" "$out/invest-$year.json"; do
  printf '  %s\n' "$(realpath "$path")"
done
