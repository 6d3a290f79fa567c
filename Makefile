# munikg: `make` sets everything up and builds the bundled corpus into output/;
# `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: build test setup system-deps evaluate benchmark benchmark-sparql serve train-ner lexicon diagram clean

build: $(STAMP)
	$(PY) -m kg build

test: $(STAMP) system-deps
	$(PY) -m pytest

# rapper (Debian's raptor2-utils) is the independent parser the export tests use.
system-deps:
	@command -v rapper >/dev/null 2>&1 || { \
	  echo "installing raptor2-utils (rapper) with apt-get"; \
	  apt-get update -qq && apt-get install -y -qq raptor2-utils >/dev/null \
	  || { echo "could not install raptor2-utils: run as root, or install it yourself"; exit 1; }; }

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

benchmark-sparql: build
	$(PY) scripts/benchmark_sparql.py

serve: build
	$(PY) -m kg serve

train-ner: $(STAMP)
	$(PY) scripts/train_ner.py

lexicon: $(STAMP)
	$(PY) scripts/build_lexicon.py data/gazettes

diagram: $(STAMP)
	$(PY) scripts/ontology_diagram.py

clean:
	rm -rf $(VENV) output/store output/*.ttl output/*.nt output/*.jsonld output/*.graphml \
	  output/*.csv output/*.jsonl output/*.json output/*.md
