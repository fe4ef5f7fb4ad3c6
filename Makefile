# Two commands on a fresh clone:  make demo   and   make test
SHELL := /bin/bash
.DEFAULT_GOAL := help

# uv from PATH, else a private copy installed from PyPI into .tools/ (no root, no curl).
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.tools/bin/uv)
DEMO_RESULTS ?= results/demo
DEMO_TASKS ?= --task flask-unconstrained --task flask-clean_architecture-postgres-sqlalchemy \
              --task fastapi-clean_architecture-sqlite-sqlalchemy --task express-clean_architecture-sqlite-sequelize

.PHONY: help setup demo test bench clean

help:
	@echo "make demo   set everything up, run the reference agent on a small selection, print the report"
	@echo "make test   the whole test suite (what CI runs)"
	@echo "make bench  the benchmark scripts (gold validation of all tasks, timings, verifier accuracy)"

$(CURDIR)/.tools/bin/uv:
	python3 -m venv $(CURDIR)/.tools && $(CURDIR)/.tools/bin/pip install --quiet uv

setup: $(UV)
	@bash scripts/setup.sh "$(UV)"

demo: setup
	$(UV) run decaybench doctor
	$(UV) run decaybench run --agent reference $(DEMO_TASKS) --runs 1 --results $(DEMO_RESULTS)
	$(UV) run decaybench report --results $(DEMO_RESULTS)

test: setup
	$(UV) run pytest

bench: setup
	@for script in benchmarks/*.py; do echo "== $$script"; $(UV) run python $$script || exit 1; done

clean:
	rm -rf .tools .venv results .pytest_cache
