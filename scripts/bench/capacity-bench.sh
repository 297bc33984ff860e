#!/usr/bin/env bash
# Capacity benchmark (issue 5): `gymplan capacity` for the whole country, database reads included
# (target: under 2 s), at the 1 km default limit, a 5 km limit and day-expanded; and the network
# simplex alone on the same instances written with --dimacs-out (`gymplan-bench mcf`).
#
# usage: scripts/bench/capacity-bench.sh [DATA_FOLDER]
#   DATA_FOLDER: contract files; generated with import-generate.py when not given.
#   GYMPLAN, GYMPLAN_BENCH: the binaries (default: a release build in .build/release).
#   RUNS: timed runs of each case, best taken (default 3). SCHOOL_YEAR: default the latest with classes.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-3}
source "$root/scripts/bench/throwaway-cluster.sh"
bench_setup capacity "${1:-}"
start_throwaway_cluster

psql -X -q -h "$cluster/run" -U gymplan -d postgres -c "CREATE DATABASE bench"
export DATABASE_URL="postgresql://gymplan@/bench?host=$cluster/run"
"$gymplan" import "$data" >/dev/null 2>&1
psql -X -q -h "$cluster/run" -U gymplan -d bench -c "VACUUM ANALYZE"
counts=$(psql -X -At -h "$cluster/run" -U gymplan -d bench -c \
    "SELECT (SELECT count(*) FROM school) || ' schools, ' || (SELECT count(*) FROM gym) || ' gyms, ' || (SELECT count(*) FROM distance) || ' measured distances'")
year=${SCHOOL_YEAR:-$(psql -X -At -h "$cluster/run" -U gymplan -d bench -c "SELECT max(school_year) FROM class")}
echo "data: $counts; school year $year"
now() { date +%s.%N; }

run_case() {
    local label=$1; shift
    local best= timing=
    for run in $(seq "$runs"); do
        local start elapsed
        start=$(now)
        "$gymplan" capacity --school-year "$year" --format json --timings --dimacs-out "$work/case.dimacs" "$@" \
            > "$work/case.json" 2> "$work/case.err" || { cat "$work/case.err" >&2; exit 1; }
        elapsed=$(echo "$(now) - $start" | bc)
        if [[ -z "$best" ]] || (( $(echo "$elapsed < $best" | bc) )); then best=$elapsed; timing=$(tail -1 "$work/case.err"); fi
    done
    local cost solved solve_time size
    cost=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['network_cost'], d['unmet_lessons'], d['total_cost'])" "$work/case.json")
    solved=$("$bench" mcf --repeat "$runs" "$work/case.dimacs" 2> "$work/mcf.err")
    solve_time=$(grep 'solve time' "$work/mcf.err" | awk '{print $4}')
    size=$(grep 'c nodes' "$work/mcf.err" | sed 's/^c //')
    read -r network_cost unmet total <<< "$cost"
    printf '%-24s %s\n' "$label" "$size"
    printf '  gymplan capacity:     %.3f s wall (target < 2 s); inside: %s\n' "$best" "$timing"
    printf '  gymplan-bench mcf:    %s s solve, %s (plan network cost %s, unmet %s, lesson-metres %s)\n' \
        "$solve_time" "$solved" "$network_cost" "$unmet" "$total"
    [[ "$solved" == "s $network_cost" ]] || { echo "  MISMATCH: DIMACS optimum differs from the plan" >&2; exit 1; }
}

run_case "1 km (default)"
run_case "5 km" --max-distance-m 5000
run_case "5 km, separate days" --max-distance-m 5000 --separate-days
