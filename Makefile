# munikg: `make` sets everything up and builds the bundled corpus into output/;
# `make test` sets up and runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: build test setup system-deps evaluate benchmark benchmark-archive benchmark-sparql benchmark-views screenshots serve train-ner train-ner-loio lexicon diagram clean

build: $(STAMP)
	$(PY) -m kg build

test: $(STAMP) system-deps
	$(PY) -m pytest

# Debian packages the tests use: rapper (raptor2-utils), the independent RDF parser the
# export tests check against; Chromium and its driver, which open the HTML views.
system-deps:
	@command -v rapper >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 \
	  && command -v chromedriver >/dev/null 2>&1 || { \
	  echo "installing raptor2-utils, chromium and chromium-driver with apt-get"; \
	  apt-get update -qq && apt-get install -y -qq raptor2-utils chromium chromium-driver >/dev/null \
	  || { echo "could not install them: run as root, or install raptor2-utils, chromium and chromium-driver yourself"; exit 1; }; }

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

# whole builds at the archive's size: 10 and 100 MB, --jobs 1 and 2, one issue added (about 40 min)
benchmark-archive: $(STAMP)
	$(PY) scripts/benchmark_archive.py --mb 100 --small-mb 10

benchmark-sparql: build
	$(PY) scripts/benchmark_sparql.py

benchmark-views: build system-deps
	$(PY) scripts/benchmark_views.py

screenshots: build system-deps
	$(PY) scripts/screenshots.py

serve: build
	$(PY) -m kg serve

train-ner: $(STAMP)
	$(PY) scripts/train_ner.py

train-ner-loio: $(STAMP)
	$(PY) scripts/train_ner.py --loio

lexicon: $(STAMP)
	$(PY) scripts/build_lexicon.py data/gazettes

diagram: $(STAMP)
	$(PY) scripts/ontology_diagram.py

clean:
	rm -rf $(VENV) output/store output/*.ttl output/*.nt output/*.jsonld output/*.graphml \
	  output/*.csv output/*.jsonl output/*.json output/*.md
