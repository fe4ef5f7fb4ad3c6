# Two commands on a fresh clone:  make demo   and   make test
SHELL := /bin/bash
.DEFAULT_GOAL := help

# uv from PATH, else a private copy installed from PyPI into .tools/ (no root, no curl).
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
DEMO_RESULTS ?= results/demo
DEMO_TASKS ?= --task flask-unconstrained --task flask-clean_architecture-postgres-sqlalchemy \
              --task fastapi-clean_architecture-sqlite-sqlalchemy --task express-clean_architecture-sqlite-sequelize
# Beside the gold solutions, a mutant sweep with a known decay curve: a run of level L gets one
# injected defect with probability 0.1 + 0.6 L / 8 (see `decaybench mutants`); five of the nine
# levels keep it near two minutes.
DEMO_MUTANTS ?= --agent mutant -c profile=decay --seed 1 --framework flask --framework express \
                --level 0 --level 1 --level 3 --level 5 --level 8 --runs 2 --name mutants-decay

.PHONY: help setup demo test test-fast lint bench clean

help:
	@echo "make demo   set everything up, run the reference agent and a mutant decay sweep on a small selection, print the report"
	@echo "make test   lint, types, layering, then the whole test suite (what CI runs)"
	@echo "make test-fast  lint and the tests that need no install, server or network (< 1 minute)"
	@echo "make bench  the benchmark scripts (gold validation of all tasks, timings, verifier accuracy)"

$(CURDIR)/.tools/bin/uv:
	python3 -m venv $(CURDIR)/.tools && $(CURDIR)/.tools/bin/pip install --quiet uv

setup: $(UV)
	@bash scripts/setup.sh "$(UV)"

demo: setup
	$(UV) run decaybench doctor
	$(UV) run decaybench run --agent reference $(DEMO_TASKS) --runs 1 --results $(DEMO_RESULTS)
	$(UV) run decaybench run $(DEMO_MUTANTS) --results $(DEMO_RESULTS)
	$(UV) run decaybench report --results $(DEMO_RESULTS)

# ruff (lint and format), mypy, and the package layering (import-linter: imports never point up).
lint: setup
	$(UV) run ruff check src tests benchmarks scripts
	$(UV) run ruff format --check src tests benchmarks scripts
	$(UV) run mypy
	$(UV) run lint-imports

test: lint
	$(UV) run pytest

# Hermetic: temporary caches, nothing installed, nothing fetched.
test-fast: lint
	@cache=$$(mktemp -d) && DECAYBENCH_CACHE_DIR=$$cache UV_OFFLINE=1 npm_config_offline=true \
	  $(UV) run pytest -m "not slow" -q -p no:cacheprovider; status=$$?; rm -rf $$cache; exit $$status

bench: setup
	@for script in benchmarks/*.py; do echo "== $$script"; $(UV) run python $$script || exit 1; done

clean:
	rm -rf .tools .venv results .pytest_cache
