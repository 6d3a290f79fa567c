# munikg: `make` sets everything up and builds the bundled corpus into output/;
# `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: build test setup evaluate benchmark lexicon clean

build: $(STAMP)
	$(PY) -m kg build

test: $(STAMP)
	$(PY) -m pytest

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

evaluate: build
	$(PY) -m kg evaluate --gold tests/gold

benchmark: $(STAMP)
	$(PY) scripts/benchmark.py --mb 20

lexicon: $(STAMP)
	$(PY) scripts/build_lexicon.py data/gazettes

clean:
	rm -rf $(VENV) output/*.ttl output/*.jsonl output/*.json output/*.md
