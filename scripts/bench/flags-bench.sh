#!/usr/bin/env bash
# Goals benchmark (issue 4): `gymplan flags` for one school year at national scale, end to end
# through the command line (process start, connect, schema check, both SQL queries, reasons,
# output), against a national data set in a private throwaway cluster. Target: under 1 second.
#
# usage: scripts/bench/flags-bench.sh [DATA_FOLDER]
#   DATA_FOLDER: the eight contract files; generated with import-generate.py when not given
#                (about 6,000 schools, 55,000 classes, 90,000 lessons, 30,000 teachers).
#   GYMPLAN: the gymplan binary (default: a release build in .build/release).
#   RUNS: timed runs of each format, best and median reported (default 5).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-5}
source "$root/scripts/bench/throwaway-cluster.sh"
bench_setup flags "${1:-}"
start_throwaway_cluster

now() { date +%s.%N; }

psql_db postgres -c "CREATE DATABASE bench"
export DATABASE_URL="postgresql://gymplan@/bench?host=$cluster/run"
"$gymplan" db migrate 2>/dev/null
"$gymplan" import "$data" 2> "$work/import.log" || { cat "$work/import.log" >&2; exit 1; }
year=$(psql_db bench -At -c "SELECT min(school_year) FROM class")
counts=$(psql_db bench -At -F ' ' -c "SELECT (SELECT count(*) FROM school), (SELECT count(*) FROM class WHERE school_year = '$year'), (SELECT count(*) FROM lesson WHERE school_year = '$year')")

# One timed run: prints the elapsed seconds; the output goes to $work/out.
timed() {
    local start
    start=$(now)
    "$gymplan" flags --school-year "$year" "$@" > "$work/out"
    echo "$(now) - $start" | bc
}

cold=$(timed --format json)
psql_db bench -c "ANALYZE"
report() {
    local label=$1; shift
    local times=()
    for _ in $(seq "$runs"); do times+=("$(timed "$@")"); done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    printf '%-28s best %.3f s, median %.3f s  (%s lines of output)\n' "$label" \
        "$(echo "$sorted" | head -1)" "$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")" "$(wc -l < "$work/out")"
}

read -r schools classes lessons <<< "$counts"
printf 'data set (%s):          %s schools, %s classes, %s lessons\n' "$year" "$schools" "$classes" "$lessons"
printf '%-28s %.3f s\n' "flags --format json, cold:" "$cold"
report "flags --format json:" --format json
report "flags --format table:" --format table
report "flags --format csv:" --format csv
report "flags --goal qualified:" --goal qualified --format json
# Privacy: no teacher id anywhere in the output.
psql_db bench -At -c "SELECT teacher_id FROM teacher" > "$work/teacher-ids"
for format in json table csv; do
    timed --format "$format" >/dev/null
    if grep -qwFf "$work/teacher-ids" "$work/out"; then echo "a teacher id in the $format output" >&2; exit 1; fi
done
echo "no teacher id in any output"
echo "target: under 1 s end to end"
