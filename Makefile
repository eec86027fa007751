# partner-contracts — every target installs what it needs into .venv first (Python 3.11 + the registries).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CLIENTS := $(wildcard generated/*-client/setup.py)
API    ?=
ARGS   ?=

.PHONY: help install check test stress validate bundle generate mock fuzz coverage bench clean redis-server test-redis

help:
	@echo "make check     validate specs, regenerate clients (drift check), coverage, fuzz every API; summary"
	@echo "make test      the pytest suite"
	@echo "make test-redis  the mock's behaviour suite with its state in Redis (--state redis://…)"
	@echo "make stress    load test (200 connections, 30 s: 0 errors) and the fault-injection self-test score"
	@echo "make validate | generate | coverage | fuzz | mock   one stage (API=<key> to limit, ARGS=... to pass)"
	@echo "make bench     mock vs Prism 5 vs bare Starlette (needs wrk and npm; ARGS=--quick / --no-prism / --help)"
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
	$(BIN)/pytest $(ARGS)

# The behaviour suite again, the mock's state in Redis (a redis-server the tests start): what .ci/run runs.
test-redis: $(STAMP) redis-server
	PARTNER_TEST_STATE=redis $(BIN)/pytest tests/mock -q $(ARGS)

# The Redis-store tests start their own redis-server (loopback, free port); installed here when missing.
redis-server:
	@command -v redis-server >/dev/null || { echo "installing redis-server (apt)"; \
	  apt-get install -y -q redis-server >/dev/null 2>&1 || { apt-get update -q >/dev/null && \
	  apt-get install -y -q redis-server >/dev/null; } || \
	  echo "note: redis-server could not be installed: the Redis-store tests will be skipped"; }

stress: $(STAMP)
	$(BIN)/partner-contracts stress
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

bench: $(STAMP) $(BENCH_STAMP)
	@command -v wrk >/dev/null || echo "note: wrk not found (apt-get install wrk): using the Python load generator"
	$(BIN)/python scripts/bench.py $(ARGS)

clean:
	rm -rf $(VENV) build
