# gymplan: the two commands of the README, and the rest.
#   make demo   imports the bundled sample data into the embedded database, plans, exports
#   make test   runs every test against throwaway PostgreSQL clusters
#   make sample regenerates data/sample (tools/gymplan_generate) and has gymplan check it
SHELL := /bin/bash
SWIFT ?= swift
YEAR ?= 2021-2022
OUT ?= out
GYMPLAN := .build/release/gymplan
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: demo test build release install deps bench sample clean

deps:
	@scripts/ensure-system-packages.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product gymplan

# The release binary to $(DESTDIR)$(PREFIX)/bin/gymplan (PREFIX=/usr/local unless given).
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$(GYMPLAN)" "$(DESTDIR)$(PREFIX)/bin/gymplan"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/gymplan" >&2

test:
	@scripts/ensure-system-packages.sh --test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: release
	@scripts/demo.sh "$(GYMPLAN)" "$(YEAR)" "$(OUT)"

sample: build
	python3 tools/gymplan_generate --seed 1 --scale small --school-year 2020-2021 --school-year 2021-2022 \
		--verify --gymplan .build/debug/gymplan data/sample

bench:
	@scripts/ensure-system-packages.sh --bench
	@scripts/bench/run-all.sh

clean:
	rm -rf .build "$(OUT)"
