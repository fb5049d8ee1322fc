# Safeguarding Learning Hub: `make run` to try it, `make test` to test it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
FRONTEND := static/build/app.css
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run test test-postgres e2e bench bench-jobs bench-peer lint format install frontend migrate seed worker clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

$(FRONTEND): node_modules/.package-lock.json frontend/main.scss frontend/build.mjs
	npm run --silent build

install: $(INSTALLED) ## Create .venv and install the Python dependencies
frontend: $(FRONTEND) ## Build GOV.UK Frontend with the partnership's brand into static/build

migrate: $(INSTALLED)
	$(BIN)/python manage.py migrate --no-input

seed: migrate ## Load the demo content and demo accounts (idempotent)
	$(BIN)/python manage.py seed_demo

run: $(INSTALLED) $(FRONTEND) seed ## Set up everything and serve on http://127.0.0.1:8000 (SQLite)
	@echo "Serving on http://$(HOST):$(PORT)/ - demo accounts are listed in README.md"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(INSTALLED) $(FRONTEND) ## Run the whole test suite (browser tests too when Chromium is installed)
	$(BIN)/pytest

test-postgres: $(INSTALLED) $(FRONTEND) ## Run the suite on PostgreSQL (DATABASE_URL, default local postgres)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(BIN)/pytest --create-db -m "not e2e"

e2e: $(INSTALLED) $(FRONTEND) ## Run only the browser tests (needs Debian's chromium)
	$(BIN)/pytest tests/e2e

SIZE ?= M
PEER_VENV := bench/peer/.venv

$(PEER_VENV)/.installed: bench/peer/requirements.txt
	test -x $(PEER_VENV)/bin/python || $$(readlink -f $(BIN)/python) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/python -m pip install --quiet -r bench/peer/requirements.txt
	touch $@

bench-peer: $(PEER_VENV)/.installed ## Install wagtail-lms, the benchmark's peer, into bench/peer/.venv

bench: $(INSTALLED) $(FRONTEND) $(PEER_VENV)/.installed ## Load test every page type against the ceiling and wagtail-lms (SIZE=S|M|L, default M)
	command -v wrk >/dev/null || apt-get install -y wrk
	$(BIN)/python -m bench.load --size $(SIZE)

bench-jobs: $(INSTALLED) $(FRONTEND) ## Print timings: certificate PDFs, the register at 10,000 holders, imports' peak memory, privacy and assessment pages
	$(BIN)/pytest bench -q -s

lint: $(INSTALLED) ## Check the code with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(INSTALLED) ## Format the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

worker: $(INSTALLED) ## Run the background task worker (database backend, as in production)
	$(BIN)/python manage.py db_worker

clean: ## Remove the virtualenv, node_modules, built assets and the local database
	rm -rf $(VENV) node_modules static/build staticfiles var
