#!/usr/bin/env bash
# Makes sure the Debian packages gymplan needs are installed: the PostgreSQL 15 server with PostGIS
# (for the embedded database and the tests), libpq's headers and pkg-config (for the build).
# As root it installs what is missing; otherwise it prints the exact apt-get line and fails.
# With --test it also installs what only the tests use: Chromium, which renders the HTML report;
# with --bench what the benchmarks use: GNU time (peak memory), bc and Python 3 (the generator).
set -euo pipefail

packages=(postgresql-15 postgresql-15-postgis-3 libpq-dev coinor-libcbc-dev pkg-config)
if [[ "${1:-}" == "--test" ]]; then packages+=(chromium); fi
if [[ "${1:-}" == "--bench" ]]; then packages+=(time bc python3); fi
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]})); then
  line="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "gymplan needs these Debian packages: ${missing[*]}" >&2
    echo "Install them as root with:" >&2
    echo "  $line" >&2
    exit 1
  fi
  echo "installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian starts a system cluster on install; gymplan does not use it (it runs its own, socket only).
if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "swift is at /opt/swift/usr/bin: add it to PATH" >&2
  else
    echo "gymplan needs the Swift 6 toolchain (swift.org) on PATH" >&2
  fi
  exit 1
fi
