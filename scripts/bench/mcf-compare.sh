#!/usr/bin/env bash
# Compares gymplan's network simplex with LEMON's on synthetic national capacity-planning instances.
#
# Compiles scripts/bench/lemon_mcf.cpp (needs Debian's liblemon-dev), builds gymplan-bench in release
# mode, generates three instances with `gymplan-bench mcf-generate` (3 km, 5 km, 5 km day-expanded),
# solves each with both (best of 3 runs in one process) and prints a table. The target is gymplan's
# solve time at most 1.5 x LEMON's, with the same optimal cost. Exits 1 when a cost differs.
#
# Usage: scripts/bench/mcf-compare.sh
# Environment: SEED (default 1), REPEAT (default 3), PACKAGE_PATH (default: this repository),
#              KEEP_DIR (keep the instances and binaries in this folder instead of a temporary one).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package_path="${PACKAGE_PATH:-$(cd "$here/../.." && pwd)}"
seed="${SEED:-1}"
repeat="${REPEAT:-3}"

if [[ ! -f /usr/include/lemon/network_simplex.h ]]; then
    echo "mcf-compare: LEMON headers not found; install them with: apt-get install -y liblemon-dev" >&2
    exit 69
fi

if [[ -n "${KEEP_DIR:-}" ]]; then
    work="$KEEP_DIR"
    mkdir -p "$work"
else
    work="$(mktemp -d "${TMPDIR:-/tmp}/mcf-compare.XXXXXX")"
    trap 'rm -rf "$work"' EXIT
fi

echo "compiling lemon_mcf.cpp" >&2
g++ -O2 -std=c++17 -o "$work/lemon_mcf" "$here/lemon_mcf.cpp"

echo "building gymplan-bench (release)" >&2
swift build -c release --product gymplan-bench --package-path "$package_path" >&2
bench="$(swift build -c release --show-bin-path --package-path "$package_path")/gymplan-bench"

# name|generator options
instances=(
    "national-3km|--radius-m 3000"
    "national-5km|--radius-m 5000"
    "national-5km-days|--radius-m 5000 --days"
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
    echo "generating $name" >&2
    # shellcheck disable=SC2086
    "$bench" mcf-generate $options --seed "$seed" "$file"

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
