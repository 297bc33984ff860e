#!/usr/bin/env bash
# Investment plan benchmark (issue 15): `gymplan invest` for the whole country, database reads
# included (target: under 30 s with at least 95% of the components proven optimal), with the
# default parameters and without buses; and one municipality's plan on a data set of its own
# (target: under 1 s).
#
# usage: scripts/bench/invest-bench.sh [DATA_FOLDER]
#   DATA_FOLDER: contract files; generated with import-generate.py when not given.
#   GYMPLAN: the binary (default: a release build in .build/release).
#   RUNS: timed runs of each case, best taken (default 3). SCHOOL_YEAR: default the latest with classes.
#   MUNICIPALITIES: the one-municipality cases, CODE=PROFILE (default GM0603=tight GM0363=tight).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-3}
source "$root/scripts/bench/throwaway-cluster.sh"
bench_setup invest "${1:-}"
start_throwaway_cluster
now() { date +%s.%N; }

load() {
    psql -X -q -h "$cluster/run" -U gymplan -d postgres -c "CREATE DATABASE $1"
    DATABASE_URL="postgresql://gymplan@/$1?host=$cluster/run" "$gymplan" import "$2" >/dev/null 2>&1
    psql -X -q -h "$cluster/run" -U gymplan -d "$1" -c "VACUUM ANALYZE"
}

run_case() {
    local label=$1 database=$2; shift 2
    local year best= note=
    year=${SCHOOL_YEAR:-$(psql -X -At -h "$cluster/run" -U gymplan -d "$database" -c "SELECT max(school_year) FROM class")}
    for run in $(seq "$runs"); do
        local start elapsed
        start=$(now)
        DATABASE_URL="postgresql://gymplan@/$database?host=$cluster/run" "$gymplan" invest --school-year "$year" \
            --format json --output "$work/case.json" "$@" 2> "$work/case.err" || { cat "$work/case.err" >&2; exit 1; }
        elapsed=$(echo "$(now) - $start" | bc)
        if [[ -z "$best" ]] || (( $(echo "$elapsed < $best" | bc) )); then best=$elapsed; note=$(grep '^read' "$work/case.err"); fi
    done
    local figures
    figures=$(python3 -c "
import json, sys
s = json.load(open(sys.argv[1]))['summary']
print(f\"unmet {s['unmet_lessons_before']} -> {s['unmet_lessons_after']}, EUR {s['cost_eur_per_year']:,.2f} a year \"
      f\"(bound {s['cost_lower_bound_eur_per_year']:,.2f}), {s['components_proven_optimal']} of {s['components']} components proven \"
      f\"({100 * s['components_proven_optimal'] / max(1, s['components']):.1f}%)\")" "$work/case.json")
    printf '%-34s %.3f s wall (best of %s); %s\n' "$label" "$best" "$runs" "$note"
    printf '  %s\n' "$figures"
}

load national "$data"
echo "data: $(psql -X -At -h "$cluster/run" -U gymplan -d national -c \
    "SELECT (SELECT count(*) FROM school) || ' schools, ' || (SELECT count(*) FROM gym) || ' gyms'")"
run_case "national (target < 30 s, >= 95%)" national
run_case "national, no buses" national --bus-max-distance-m 0

for entry in ${MUNICIPALITIES:-GM0603=tight GM0363=tight}; do
    code=${entry%%=*}
    python3 "$root/tools/gymplan_generate" --seed 20191001 --scale "municipalities:$code" --profile "$entry" "$work/$code" >/dev/null 2>&1
    load "one_${code,,}" "$work/$code"
    run_case "$code alone, $(psql -X -At -h "$cluster/run" -U gymplan -d "one_${code,,}" -c "SELECT count(*) FROM school") schools (target < 1 s)" "one_${code,,}"
done
