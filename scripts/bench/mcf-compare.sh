#!/usr/bin/env bash
# Compares gymplan's network simplex with LEMON's on the national capacity-planning instances.
#
# Compiles scripts/bench/lemon_mcf.cpp (needs Debian's liblemon-dev), imports the national data set
# (tools/gymplan_generate, the one generator) into a throwaway cluster, writes three instances of
# the planner's own network with `gymplan capacity --dimacs-out` (3 km, 5 km, 5 km by weekday),
# solves each with both (best of 3 runs in one process) and prints a table. The target is gymplan's
# solve time at most 1.5 x LEMON's, with the same optimal cost. Exits 1 when a cost differs.
#
# usage: scripts/bench/mcf-compare.sh [DATA_FOLDER]
#   DATA_FOLDER: the eight contract files; generated with import-generate.py when not given.
#   GYMPLAN, GYMPLAN_BENCH: the binaries (default: a release build in .build/release).
#   REPEAT: solves of each instance, fastest taken (default 3). SCHOOL_YEAR: default the latest with classes.
#   KEEP_DIR: also keep the instances in this folder.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
repeat="${REPEAT:-3}"

if [[ ! -f /usr/include/lemon/network_simplex.h ]]; then
    echo "mcf-compare: LEMON headers not found; install them with: apt-get install -y liblemon-dev" >&2
    exit 69
fi

source "$root/scripts/bench/throwaway-cluster.sh"
bench_setup mcf-compare "${1:-}"
start_throwaway_cluster

echo "compiling lemon_mcf.cpp" >&2
g++ -O2 -std=c++17 -o "$work/lemon_mcf" "$root/scripts/bench/lemon_mcf.cpp"

psql_db postgres -c "CREATE DATABASE bench"
export DATABASE_URL="postgresql://gymplan@/bench?host=$cluster/run"
"$gymplan" import "$data" >/dev/null 2>&1
year=${SCHOOL_YEAR:-$(psql_db bench -At -c "SELECT max(school_year) FROM class")}

# name|gymplan capacity options
instances=(
    "national-3km|--max-distance-m 3000"
    "national-5km|--max-distance-m 5000"
    "national-5km-days|--max-distance-m 5000 --separate-days"
)

# The value after "c solve time: " or the counts on "c nodes N arcs A" in a log.
solve_time() { sed -n 's/^c solve time: \([0-9.]*\) s$/\1/p' "$1"; }
count() { sed -n "s/^c nodes \([0-9]*\) arcs \([0-9]*\)$/\\$2/p" "$1"; }

rows=()
all_equal=yes
for instance in "${instances[@]}"; do
    name="${instance%%|*}"
    options="${instance#*|}"
    file="$work/$name.min"
    echo "writing $name (school year $year)" >&2
    # shellcheck disable=SC2086
    "$gymplan" capacity --school-year "$year" --format json --dimacs-out "$file" $options >/dev/null
    if [[ -n "${KEEP_DIR:-}" ]]; then mkdir -p "$KEEP_DIR" && cp "$file" "$KEEP_DIR/"; fi

    echo "solving $name with LEMON" >&2
    lemon_cost="$("$work/lemon_mcf" "$file" "$repeat" 2>"$work/$name.lemon.log")" || true
    echo "solving $name with gymplan" >&2
    gymplan_cost="$("$bench" mcf "$file" --repeat "$repeat" 2>"$work/$name.gymplan.log")" || true

    lemon_seconds="$(solve_time "$work/$name.lemon.log")"
    gymplan_seconds="$(solve_time "$work/$name.gymplan.log")"
    ratio="$(awk -v g="$gymplan_seconds" -v l="$lemon_seconds" 'BEGIN { if (l > 0) printf "%.2f", g / l; else print "n/a" }')"
    if [[ -n "$lemon_cost" && "$lemon_cost" == "$gymplan_cost" ]]; then
        equal=yes
    else
        equal=no
        all_equal=no
        echo "$name: LEMON '$lemon_cost', gymplan '$gymplan_cost'" >&2
    fi
    rows+=("$name|$(count "$work/$name.gymplan.log" 1)|$(count "$work/$name.gymplan.log" 2)|$lemon_seconds|$gymplan_seconds|$ratio|$equal")
done

format="%-18s %7s %8s %10s %10s %6s %12s\n"
printf "$format" instance nodes arcs "LEMON s" "gymplan s" ratio "costs equal"
for row in "${rows[@]}"; do
    IFS='|' read -r name nodes arcs lemon gymplan ratio equal <<<"$row"
    printf "$format" "$name" "$nodes" "$arcs" "$lemon" "$gymplan" "$ratio" "$equal"
done

[[ "$all_equal" == yes ]]
