# partner-contracts — every target installs what it needs into .venv first (Python 3.11 + the registries).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CLIENTS := $(wildcard generated/*-client/pyproject.toml)
API    ?=
ARGS   ?=
UPSTREAM ?=
# pytest-xdist workers for `make test` / `make test-fast`: 4 on this 2-core machine class. The suite waits more
# than it computes (servers on loopback, subprocesses, timeouts under test), so 4 workers overlap the waits:
# measured on a fresh clone, 1,505 tests in 101 s with 4 against 134 s with one per core.
JOBS   ?= 4
PYTEST_PARALLEL := -n $(JOBS) --dist worksteal
# Python writes its compiled bytecode (__pycache__/, ignored by git and by the client drift check) even where
# the environment sets PYTHONDONTWRITEBYTECODE: the suite and `make check` start about a hundred Python
# processes (xdist workers, CLI runs, mock servers), and each would otherwise compile the package, the tests
# and pytest's assertion rewrite of them from source. Measured: a collection of the suite takes 10 s without
# and 4.8 s with it, and every xdist worker collects.
unexport PYTHONDONTWRITEBYTECODE

.PHONY: help install mutation lint check test test-fast stress validate bundle generate mock fuzz coverage bench bench-cpu clean proxy bench-client diff docs redis-server test-redis dist

help:
	@echo "make lint      ruff check + mypy --strict on partner_contracts and tests; ruff format --check on FORMATTED"
	@echo "make check     validate specs, regenerate clients (drift check), coverage, fuzz every API; summary"
	@echo "make test      the pytest suite, in parallel (JOBS=4), then its wall time and slowest tests"
	@echo "make test-redis  the mock's behaviour suite with its state in Redis (--state redis://…)"
	@echo "make test-fast the suite without the slow tests (marker 'slow'): the edit loop, under 30 s"
	@echo "make stress    load test (200 connections, 30 s: 0 errors), the hostile-load run, the fault-injection self-test"
	@echo "make validate | generate | coverage | fuzz | mock   one stage (API=<key> to limit, ARGS=... to pass)"
	@echo "make proxy     API=<key> UPSTREAM=<url>: validating proxy on :4020 (ARGS=--record evidence ...)"
	@echo "make bench     mock vs Prism 5 vs bare Starlette (needs wrk and npm; ARGS=--quick / --no-prism / --help)"
	@echo "make bench-cpu CPU per request of the mock and the bare endpoint, in process (ARGS=--profile, --cold-starts 3)"
	@echo "make bench-client  1,000 GETs via the Palm and Pancake clients vs raw httpx (ratio), import times"
	@echo "make mutation  mutation testing (cosmic-ray) of the modules users depend on: score per module, survivors"
	@echo "make diff      contract changelog since BASE (default: merge base with main); fails on an unbumped break"
	@echo "make docs      offline reference docs (Swagger UI) in build/docs/"
	@echo "make dist      wheels + sdists of the generated clients in build/dist/ (out of tree), twine check --strict"
	@echo "make clean     remove .venv and build/"

# A .venv copied from another checkout runs (and writes) there, through its scripts' paths and the editable
# install: rebuild it when the folder it was created for is not this one.
VENV_FOR := $(shell sed -n 's/^VIRTUAL_ENV=["'"'"']\{0,1\}\([^"'"'"']*\).*/\1/p' $(VENV)/bin/activate 2>/dev/null | head -1)
ifneq ($(VENV_FOR),)
ifneq ($(realpath $(VENV_FOR)),$(realpath $(VENV)))
$(info .venv was created for $(VENV_FOR), not for $(CURDIR): removing it, the next target rebuilds it)
$(shell rm -rf $(VENV))
endif
endif

$(STAMP): pyproject.toml $(CLIENTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@for client in $(dir $(CLIENTS)); do \
	  $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps -e $$client || exit 1; \
	done
	@# Compile once what every process of `make test` imports: the package, the tests, and pytest's assertion
	@# rewrite of its plugins (schemathesis, hypothesis, anyio, xdist: 375 modules). Otherwise each xdist worker
	@# does it on the first run: measured, the first test started at 18.6 s on a fresh clone, 11.2 s after.
	@$(BIN)/python -m pytest --collect-only -q -p no:cacheprovider >/dev/null 2>&1 || true
	@touch $(STAMP)

install: $(STAMP)

# py-spy for `scripts/bench.py --profile` (the `bench` extra), on top of the usual install.
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	@touch $(BENCH_STAMP)

check: $(STAMP)
	$(BIN)/partner-contracts check $(API) $(ARGS)

# `ruff format` would rewrite 91 of the 116 files (about 7,000 lines, the code's dense line-length-110
# style), so the format check covers a documented subset: the files already in ruff's format, and every new
# module (add it here when you write one). ruff check and mypy --strict (pyproject [tool.mypy]) cover all.
FORMATTED := partner_contracts/__init__.py partner_contracts/*/__init__.py partner_contracts/mock/behaviour/__init__.py \
  partner_contracts/spec/auth.py partner_contracts/spec/config.py partner_contracts/spec/deref.py partner_contracts/spec/ledger.py tests/test_coverage.py tests/test_fuzz_hooks.py tests/test_generate.py \
  tests/test_progress.py tests/test_selftest.py tests/test_sources.py tests/sandbox/__init__.py \
  tests/sandbox/test_conformance.py tests/mock/test_redis_lock.py tests/clients/__init__.py \
  tests/clients/test_client_runtime_template.py benchmarks/cpu.py
lint: $(STAMP)
	$(BIN)/ruff check partner_contracts tests
	$(BIN)/ruff format --check $(FORMATTED)
	$(BIN)/mypy partner_contracts tests

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

# The mock's and the bare endpoint's CPU per request in process (benchmarks/cpu.py): what a busy machine
# disturbs least; --profile adds a cProfile of the mock, --cold-starts N the start's wall and CPU time.
bench-cpu: $(STAMP)
	$(BIN)/python benchmarks/cpu.py $(ARGS)

bench-client: $(STAMP)
	$(BIN)/python scripts/bench_client.py $(ARGS)

# Mutation testing (cosmic-ray, the `mutation` extra): a score per module and the surviving mutants.
MUTATION_STAMP := $(VENV)/.mutation-installed
$(MUTATION_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,mutation]'
	@touch $(MUTATION_STAMP)

mutation: $(STAMP) $(MUTATION_STAMP) redis-server
	$(BIN)/python scripts/mutation.py $(ARGS)

BASE ?=
diff: $(STAMP)
	$(BIN)/partner-contracts diff $(API) $(if $(BASE),--base $(BASE)) $(ARGS)

dist: $(STAMP)
	$(BIN)/python -m partner_contracts.clients.dist $(API) $(ARGS)

docs: $(STAMP)
	$(BIN)/partner-contracts docs $(API) $(ARGS)

clean:
	rm -rf $(VENV) build
