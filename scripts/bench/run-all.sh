#!/usr/bin/env bash
# `make bench`: every benchmark at national scale on one generated data set, with the figures the
# issues ask for. Each part runs against a private throwaway cluster.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d /tmp/gymplan-bench.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

swift build -c release --product gymplan >&2
swift build -c release --product gymplan-bench >&2
export GYMPLAN="$root/.build/release/gymplan" GYMPLAN_BENCH="$root/.build/release/gymplan-bench"

data="$work/national"
python3 tools/gymplan_generate --seed 20191001 --scale national "$data" >&2

section() { printf '\n## %s\n\n' "$1"; }
{
    printf 'gymplan benchmarks, %s, %s, %s cores, %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(uname -m)" "$(nproc)" \
        "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    section "Embedded cluster (issue 2)";            scripts/bench/embedded-bench.sh "$GYMPLAN"
    section "Import vs psql \\copy (issue 3)";       scripts/bench/import-bench.sh "$data"
    section "Flags, national (issue 4)";             scripts/bench/flags-bench.sh "$data"
    section "Capacity, national (issue 5)";          scripts/bench/capacity-bench.sh "$data"
    section "Investment plan, national and one municipality (issue 15)"; scripts/bench/invest-bench.sh "$data"
    section "Every command, national: best time and peak memory (export per format: issue 7; all: issue 8)"
    scripts/bench/commands-bench.sh "$data"
    section "Weekly gym roster, national, and side by side with FET (issue 14)"
    scripts/bench/roster-bench.sh "$data"
    section "Investment plan, national and per municipality, beside PySAL spopt (issue 15)"
    scripts/bench/invest-bench.sh "$data"
    section "Network simplex vs LEMON (issue 5)"
    if [[ -f /usr/include/lemon/network_simplex.h ]] || { [[ $(id -u) == 0 ]] && apt-get install -y -qq liblemon-dev >/dev/null; }; then
        scripts/bench/mcf-compare.sh "$data"
    else
        echo "skipped: LEMON not installed (apt-get install -y liblemon-dev)"
    fi
} 2>&1 | tee "$root/bench-latest.txt"
