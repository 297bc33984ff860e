#!/usr/bin/env bash
# Times the embedded database: the first start (initdb, server start, database, migrations) in a
# fresh folder, and `gymplan db status` on the running cluster (best of 5).
# Usage: scripts/bench/embedded-bench.sh [GYMPLAN_BINARY]
set -euo pipefail
gymplan=${1:-.build/release/gymplan}
[ -x "$gymplan" ] || { echo "build first: swift build -c release --product gymplan" >&2; exit 1; }
home=$(mktemp -d /tmp/gymplan-bench-XXXXXX)
export GYMPLAN_HOME="$home"
trap '"$gymplan" db stop >/dev/null 2>&1 || true; rm -rf "$home"' EXIT

now() { echo $(( $(date +%s%N) / 1000000 )); }  # milliseconds
start=$(now)
"$gymplan" db status >/dev/null
first=$(( $(now) - start ))

best=999999
for _ in 1 2 3 4 5; do
  start=$(now)
  "$gymplan" db status >/dev/null
  t=$(( $(now) - start ))
  (( t < best )) && best=$t
done
printf 'embedded first start (initdb + start + migrate + status): %d ms\n' "$first"
printf 'gymplan db status on a running cluster (best of 5):      %d ms\n' "$best"
