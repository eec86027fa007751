# partner-contracts — every target installs what it needs into .venv first (Python 3.11 + the registries).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CLIENTS := $(wildcard generated/*-client/setup.py)
API    ?=
ARGS   ?=

.PHONY: help install check test validate bundle generate mock fuzz coverage clean

help:
	@echo "make check     validate specs, regenerate clients (drift check), coverage, fuzz every API; summary"
	@echo "make test      the pytest suite"
	@echo "make validate | generate | coverage | fuzz | mock   one stage (API=<key> to limit, ARGS=... to pass)"
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

check: $(STAMP)
	$(BIN)/partner-contracts check $(API) $(ARGS)

test: $(STAMP)
	$(BIN)/pytest $(ARGS)

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

clean:
	rm -rf $(VENV) build
