# gymplan: the two commands of the README, and the rest.
#   make demo   imports the bundled sample data into the embedded database, plans, exports
#   make test   runs every test against throwaway PostgreSQL clusters
SHELL := /bin/bash
SWIFT ?= swift
YEAR ?= 2021-2022
OUT ?= out
GYMPLAN := .build/release/gymplan

.PHONY: demo test build release deps bench clean

deps:
	@scripts/ensure-system-packages.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product gymplan

test:
	@scripts/ensure-system-packages.sh --test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: release
	@scripts/demo.sh "$(GYMPLAN)" "$(YEAR)" "$(OUT)"

bench:
	@scripts/ensure-system-packages.sh --bench
	@scripts/bench/run-all.sh

clean:
	rm -rf .build "$(OUT)"
