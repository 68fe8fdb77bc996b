# newsdesk — the same targets for people and CI.
#   make run    set up everything and serve the demo site on http://127.0.0.1:8000
#   make test   lint + the whole test suite

SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
# Use the machine's Python; never download one.
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON ?= $(PYTHON)

# uv from PATH if there is one, else a private copy bootstrapped with pip.
UV := $(shell command -v uv 2>/dev/null || echo .tools/uv/bin/uv)
RUN := $(UV) run --locked --no-sync
NEWSDESK := $(RUN) newsdesk

.PHONY: run install test test-postgres e2e lint format clean help audit

help:
	@echo "make run | test | e2e | lint | format | clean"

.tools/uv/bin/uv:
	$(PYTHON) -m venv .tools/uv
	.tools/uv/bin/pip install --quiet "uv==$(UV_VERSION)"

install: $(if $(findstring .tools,$(UV)),.tools/uv/bin/uv)
	$(UV) sync --locked --quiet

# One process does it all: Django and Wagtail take seconds to import.
run: install
	$(NEWSDESK) start

lint: install
	$(RUN) ruff check src
	$(RUN) ruff format --check src
	$(RUN) djhtml --check $$(git ls-files 'src/*.html')
	$(RUN) mypy
	$(NEWSDESK) makemigrations --check --dry-run

format: install
	$(RUN) ruff check --fix src
	$(RUN) ruff format src
	$(RUN) djhtml $$(git ls-files 'src/*.html')

test: lint
	$(RUN) pytest -m "not browser"

# The suite again on PostgreSQL: set DATABASE_URL=postgres://… (CI starts a
# local server with .ci/postgres.sh).
test-postgres: install
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "Set DATABASE_URL=postgres://user:password@host:port/name" >&2; exit 2;; esac
	$(RUN) pytest -m "not browser"

# Real-browser tests; need Debian's chromium (/usr/bin/chromium) and axe-core
# from npm (locked in package-lock.json).
node_modules/axe-core/axe.min.js: package-lock.json
	npm ci --no-audit --no-fund --silent

e2e: install node_modules/axe-core/axe.min.js
	$(RUN) pytest -m browser

clean:
	rm -rf .venv .tools .pytest_cache .mypy_cache .ruff_cache

# Speed and memory, measured and printed, never asserted.
.PHONY: bench bench-monitor bench-wordpress
bench: bench-monitor bench-wordpress

# The WordPress import on a generated 100,000-post export.
bench-wordpress: install
	$(RUN) python -m newsdesk.wordpress.bench

# The monitor, on a fresh database in a temporary folder.
bench-monitor: install
	@tmp=$$(mktemp -d) && export NEWSDESK_VAR_DIR=$$tmp NEWSDESK_LOG_LEVEL=ERROR \
	&& $(NEWSDESK) migrate --verbosity=0 && $(NEWSDESK) bench_monitor; \
	status=$$?; rm -rf $$tmp; exit $$status

# Security: ruff's bandit rules (S) on the code, then pip-audit on the locked
# dependencies against PyPI's advisory data (needs PyPI's JSON API; --strict
# fails when a package could not be checked, rather than passing silently).
audit: install
	$(RUN) ruff check --select S src
	@reqs=$$(mktemp) && $(UV) export --frozen --format requirements-txt --no-hashes \
	  --no-emit-project --quiet > $$reqs \
	&& $(RUN) pip-audit --strict --no-deps --disable-pip --progress-spinner off \
	  --requirement $$reqs; status=$$?; rm -f $$reqs; exit $$status
