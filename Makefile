# partner-contracts — every target installs what it needs into .venv first (Python 3.11 + the registries).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CLIENTS := $(wildcard generated/*-client/setup.py)
API    ?=
ARGS   ?=
UPSTREAM ?=
# pytest-xdist workers for `make test` / `make test-fast` (auto: one per core)
JOBS   ?= auto
PYTEST_PARALLEL := -n $(JOBS) --dist worksteal

.PHONY: help install check test test-fast stress validate bundle generate mock fuzz coverage bench clean proxy bench-client diff docs redis-server test-redis

help:
	@echo "make check     validate specs, regenerate clients (drift check), coverage, fuzz every API; summary"
	@echo "make test      the pytest suite, in parallel (JOBS=auto), then its wall time and slowest tests"
	@echo "make test-redis  the mock's behaviour suite with its state in Redis (--state redis://…)"
	@echo "make test-fast the suite without the slow tests (marker 'slow'): the edit loop, under 30 s"
	@echo "make stress    load test (200 connections, 30 s: 0 errors), the hostile-load run, the fault-injection self-test"
	@echo "make validate | generate | coverage | fuzz | mock   one stage (API=<key> to limit, ARGS=... to pass)"
	@echo "make proxy     API=<key> UPSTREAM=<url>: validating proxy on :4020 (ARGS=--record evidence ...)"
	@echo "make bench     mock vs Prism 5 vs bare Starlette (needs wrk and npm; ARGS=--quick / --no-prism / --help)"
	@echo "make bench-client  1,000 GETs via the Palm and Pancake clients vs raw httpx (ratio), import times"
	@echo "make diff      contract changelog since BASE (default: merge base with main); fails on an unbumped break"
	@echo "make docs      offline reference docs (Swagger UI) in build/docs/"
	@echo "make clean     remove .venv and build/"

$(STAMP): pyproject.toml $(CLIENTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@for client in $(dir $(CLIENTS)); do \
	  $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps -e $$client || exit 1; \
	done
	@touch $(STAMP)

install: $(STAMP)

# py-spy for `scripts/bench.py --profile` (the `bench` extra), on top of the usual install.
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	@touch $(BENCH_STAMP)

check: $(STAMP)
	$(BIN)/partner-contracts check $(API) $(ARGS)

test: $(STAMP) redis-server
	@$(BIN)/python -c 'from partner_contracts.docs import vendor; vendor()' \
	  || echo "note: the docs renderer could not be vendored (npm?): the browser test will be skipped"
	@$(BIN)/python -c 'import sys; from partner_contracts.lint.redocly import install; sys.exit(bool(install()))' \
	  || echo "note: Redocly CLI could not be installed (npm?): its lint test will be skipped"
	$(BIN)/pytest $(PYTEST_PARALLEL) --durations=15 --durations-min=1 $(ARGS)

test-fast: $(STAMP)
	$(BIN)/pytest $(PYTEST_PARALLEL) -m "not slow" --durations=5 --durations-min=1 $(ARGS)

# The behaviour suite again, the mock's state in Redis (a redis-server the tests start): what .ci/run runs.
test-redis: $(STAMP) redis-server
	PARTNER_TEST_STATE=redis $(BIN)/pytest $(PYTEST_PARALLEL) tests/mock -q $(ARGS)

# The Redis-store tests start their own redis-server (loopback, free port); installed here when missing.
redis-server:
	@command -v redis-server >/dev/null || { echo "installing redis-server (apt)"; \
	  apt-get install -y -q redis-server >/dev/null 2>&1 || { apt-get update -q >/dev/null && \
	  apt-get install -y -q redis-server >/dev/null; } || \
	  echo "note: redis-server could not be installed: the Redis-store tests will be skipped"; }

stress: $(STAMP)
	$(BIN)/partner-contracts stress
	$(BIN)/partner-contracts stress --hostile
	$(BIN)/partner-contracts selftest

validate: $(STAMP)
	$(BIN)/partner-contracts validate $(API)

bundle: $(STAMP)
	$(BIN)/partner-contracts bundle $(API)

generate: $(STAMP)
	$(BIN)/partner-contracts generate $(API)

coverage: $(STAMP)
	$(BIN)/partner-contracts coverage $(API)

fuzz: $(STAMP)
	$(BIN)/partner-contracts fuzz $(API) $(ARGS)

mock: $(STAMP)
	$(BIN)/partner-contracts mock $(API) $(ARGS)

proxy: $(STAMP)
	@test -n "$(API)" -a -n "$(UPSTREAM)" || { echo "usage: make proxy API=<key> UPSTREAM=<url> [ARGS=--record evidence]"; exit 2; }
	$(BIN)/partner-contracts proxy $(API) --upstream $(UPSTREAM) $(ARGS)

bench: $(STAMP) $(BENCH_STAMP)
	@command -v wrk >/dev/null || echo "note: wrk not found (apt-get install wrk): using the Python load generator"
	$(BIN)/python scripts/bench.py $(ARGS)

bench-client: $(STAMP)
	$(BIN)/python scripts/bench_client.py $(ARGS)

BASE ?=
diff: $(STAMP)
	$(BIN)/partner-contracts diff $(API) $(if $(BASE),--base $(BASE)) $(ARGS)

docs: $(STAMP)
	$(BIN)/partner-contracts docs $(API) $(ARGS)

clean:
	rm -rf $(VENV) build
