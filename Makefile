# Medborgerskab Haderslev: everything a fresh clone needs, in two commands.
#   make run   set up (virtualenv, install, assets, migrate, seed, dev admin) and serve on 127.0.0.1:$(PORT)
#   make test  set up and run the test suite
# Needs Python 3.11, and Node.js 20+ with npm for the front-end assets (DKFDS, built from npm).

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
STAMP := $(VENV)/.installed
NPM ?= npm
# npm writes this file on every install, so it marks node_modules as up to date.
NODE_STAMP := node_modules/.package-lock.json
ASSETS_STAMP := static/dist/.built
ASSET_SOURCES := assets/build.mjs assets/icons.txt $(wildcard assets/scss/*.scss)
LIGHTHOUSE_STAMP := tools/lighthouse/node_modules/.package-lock.json

.PHONY: run test test-browser bench-lighthouse install assets migrate seed admin lint format check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall when the dependency pins change.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

# Front-end assets: DKFDS (npm `dkfds`, pinned in package-lock.json) compiled and copied into
# static/dist/ (git-ignored) by assets/build.mjs. Nothing is loaded from a CDN at run time.
$(NODE_STAMP): package.json package-lock.json
	$(NPM) ci --ignore-scripts --no-audit --no-fund
	touch $(NODE_STAMP)

$(ASSETS_STAMP): $(NODE_STAMP) $(ASSET_SOURCES)
	node assets/build.mjs
	touch $(ASSETS_STAMP)

assets: $(ASSETS_STAMP)

install: $(STAMP) $(ASSETS_STAMP)

migrate: install
	$(MANAGE) migrate --noinput

seed: migrate
	$(MANAGE) seed_content

admin: migrate
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(MANAGE) ensure_dev_admin

run: seed admin
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# Playwright + axe-core in Debian's Chromium (apt-get install chromium chromium-driver).
# Screenshots of every page type land in screenshots/ (git-ignored).
test-browser: install
	$(BIN)/pytest -m browser tests/browser $(PYTEST_ARGS)

$(LIGHTHOUSE_STAMP): tools/lighthouse/package.json tools/lighthouse/package-lock.json
	$(NPM) ci --prefix tools/lighthouse --ignore-scripts --no-audit --no-fund
	touch $(LIGHTHOUSE_STAMP)

# Lighthouse 12.2.3 against the production-settings server (gunicorn, whitenoise, hashed static
# files) on a throwaway seeded database; prints the four category scores per page.
bench-lighthouse: install $(LIGHTHOUSE_STAMP)
	$(BIN)/python tools/lighthouse/bench.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .test-media node_modules static/dist screenshots \
		tools/lighthouse/node_modules tools/lighthouse/reports
