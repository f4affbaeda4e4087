# One command to run the service on the seed, one to run the tests (see README.md).
PYTHON ?= python3
VENV   ?= .venv
STORE  ?= data/store
HOST   ?= 127.0.0.1
PORT   ?= 8000
BIN     = $(VENV)/bin

.PHONY: run test lint bench clean install

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/kg

## run: set up, ingest seeds/ into the embedded store and serve on http://$(HOST):$(PORT)
run: $(BIN)/kg
	$(BIN)/kg load-divisions --store $(STORE)
	$(BIN)/kg ingest seeds/ --store $(STORE)
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

## test: set up, lint and run the whole test suite
test: $(BIN)/kg
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(BIN)/kg
	$(BIN)/ruff check .

## bench: side-by-side benchmark (not part of the tests)
bench: $(BIN)/kg
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(STORE)
