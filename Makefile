# newsdesk — the same targets for people and CI.
#   make run    set up everything and serve the demo site on http://127.0.0.1:8000
#   make test   lint + the whole test suite (unit tests, then the browser tests)

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

# Python outside the product: the benchmarks and the lint tools.
CODE := src benchmarks tools

# lint-imports: imports flow one way (the contracts in pyproject.toml);
# check_private_api: no private name of Django, Wagtail, gunicorn, … is used.
lint: install
	$(RUN) ruff check $(CODE)
	$(RUN) ruff format --check $(CODE)
	$(RUN) djhtml --check $$(git ls-files 'src/*.html')
	$(RUN) mypy
	$(RUN) lint-imports --no-logo
	$(RUN) python tools/check_private_api.py
	$(NEWSDESK) makemigrations --check --dry-run

format: install
	$(RUN) ruff check --fix $(CODE)
	$(RUN) ruff format $(CODE)
	$(RUN) djhtml $$(git ls-files 'src/*.html')

test: lint
	$(RUN) pytest -m "not browser"
	$(MAKE) --no-print-directory e2e

# The suite again on PostgreSQL: set DATABASE_URL=postgres://… (CI starts a
# local server with .ci/postgres.sh).
test-postgres: install
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "Set DATABASE_URL=postgres://user:password@host:port/name" >&2; exit 2;; esac
	$(RUN) pytest -m "not browser"

# Real-browser tests; need Debian's chromium (/usr/bin/chromium), and axe-core
# and the Big List of Naughty Strings from npm (locked in package-lock.json).
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --silent

# One pytest process per module: a browser's late requests (its own
# /favicon.ico, say) can reach the live server after a test's flush and leave
# rows the next module's serialized rollback trips on (to fix: see the note).
e2e: install node_modules/.package-lock.json
	@status=0; for module in $$($(RUN) pytest -m browser --collect-only -q | grep '::' | cut -d: -f1 | sort -u); do \
	  $(RUN) pytest -m browser "$$module" || status=1; done; exit $$status

clean:
	rm -rf .venv .tools .pytest_cache .mypy_cache .ruff_cache

# Speed and memory, measured and printed, never asserted.
.PHONY: bench bench-monitor bench-wordpress bench-export bench-newsletter bench-site
# Everything issue #7 measures, in one run: the monitor, the WordPress import,
# the newsletter, then the export and the site on ONE generated archive of
# BENCH_EXPORT_SIZE clippings; all JSON lines, then a summary of the targets
# with the peers' figures from the same run (benchmarks/summary.py).
# The benchmarks live in benchmarks/, outside the product (not in the wheel).
bench: install
	@log=$$(mktemp) && archive=$$(mktemp -d) \
	&& { $(MAKE) --no-print-directory bench-monitor bench-wordpress bench-newsletter \
	&& $(MAKE) --no-print-directory bench-export BENCH_ARCHIVE=$$archive \
	&& $(MAKE) --no-print-directory bench-site \
	  BENCH_SITE_ARGS="--var-dir $$archive --size $(BENCH_EXPORT_SIZE) --no-summary $(BENCH_SITE_ARGS)"; \
	} 2>&1 | tee $$log; status=$${PIPESTATUS[0]}; \
	$(RUN) python -m benchmarks.summary $$log; \
	rm -rf $$archive $$log; exit $$status

# The WordPress import on a generated 100,000-post export.
bench-wordpress: install
	$(RUN) python -m benchmarks.wordpress

# The monitor, on a fresh database in a temporary folder.
bench-monitor: install
	@tmp=$$(mktemp -d) && export NEWSDESK_VAR_DIR=$$tmp NEWSDESK_LOG_LEVEL=ERROR \
	&& $(NEWSDESK) migrate --verbosity=0 && $(RUN) python -m benchmarks.monitor; \
	status=$$?; rm -rf $$tmp; exit $$status

# The static export, full and incremental after one new clipping, on a
# generated archive of BENCH_EXPORT_SIZE clippings in a temporary folder;
# beside Hugo building as many pages when ../shared/peers/hugo-bench.sh exists.
BENCH_EXPORT_SIZE ?= 10000
# BENCH_ARCHIVE=DIR builds the archive there and keeps it (`make bench`).
bench-export: install
	@tmp=$(if $(BENCH_ARCHIVE),$(BENCH_ARCHIVE),$$(mktemp -d)) \
	&& export NEWSDESK_VAR_DIR=$$tmp NEWSDESK_LOG_LEVEL=ERROR \
	&& $(NEWSDESK) migrate --verbosity=0 \
	&& $(NEWSDESK) demo --size $(BENCH_EXPORT_SIZE) >/dev/null \
	&& $(RUN) python -m benchmarks.export; \
	status=$$?; $(if $(BENCH_ARCHIVE),,rm -rf $$tmp;) exit $$status

# The newsletter: 10,000 subscribers, a local SMTP server, a fresh database.
bench-newsletter: install
	@tmp=$$(mktemp -d) && export NEWSDESK_VAR_DIR=$$tmp NEWSDESK_LOG_LEVEL=ERROR \
	&& $(NEWSDESK) migrate --verbosity=0 && $(RUN) python -m benchmarks.newsletter; \
	status=$$?; rm -rf $$tmp; exit $$status

# The public site under wrk (Debian's package, installed if missing): five
# pages cached and uncached, a 60 s load, peak memory, and the WordPress peer
# from ../shared/peers/ when present (NEWSDESK_BENCH_SKIP_WORDPRESS=1 skips it).
bench-site: install
	@command -v wrk >/dev/null || (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
	$(RUN) python -m benchmarks.site $(BENCH_SITE_ARGS)

# Security: ruff's bandit rules (S) on the code, then pip-audit on the locked
# dependencies against PyPI's advisory data (needs PyPI's JSON API; --strict
# fails when a package could not be checked, rather than passing silently).
audit: install
	$(RUN) ruff check --select S src
	@reqs=$$(mktemp) && $(UV) export --frozen --format requirements-txt --no-hashes \
	  --no-emit-project --quiet > $$reqs \
	&& $(RUN) pip-audit --strict --no-deps --disable-pip --progress-spinner off \
	  --requirement $$reqs; status=$$?; rm -f $$reqs; exit $$status
