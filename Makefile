# Medborgerskab Haderslev: everything a fresh clone needs, in two commands.
#   make run   set up (virtualenv, install, assets, migrate, seed, dev admin) and serve on 127.0.0.1:$(PORT)
#   make test  set up and run the test suite
#   make serve production settings under gunicorn on 127.0.0.1:$(PORT) (needs SECRET_KEY)
#   make bench load-test the production setup on PostgreSQL + Redis (docs/performance.md)
#   make bench-chrome what the site chrome cache saves per rendered page (docs/performance.md)
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

.PHONY: run test test-browser bench-lighthouse install assets migrate seed admin lint format check \
	clean compilemessages messages bench-search serve bench bench-chrome cluster cluster-stop \
	test-cluster bench-cluster

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall when the dependency pins change.
$(STAMP): pyproject.toml requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

# UI strings: the .po catalogues (Danish msgids) are the source; the .mo files are built here
# (git-ignored), so every `make run` / `make test` uses the current translations. Besides the
# project's own, locale/packages/<group>/ holds the project's translations of Wagtail's,
# wagtail-localize's and the two-factor screens' messages (django and djangojs).
PO_FILES := $(wildcard locale/*/LC_MESSAGES/*.po locale/packages/*/*/LC_MESSAGES/*.po)
MO_FILES := $(PO_FILES:.po=.mo)
LANGUAGES := da en de sv nb fi

%.mo: %.po
	msgfmt --check -o $@ $<

compilemessages: $(MO_FILES)

# Front-end assets: DKFDS (npm `dkfds`, pinned in package-lock.json) compiled and copied into
# static/dist/ (git-ignored) by assets/build.mjs. Nothing is loaded from a CDN at run time.
$(NODE_STAMP): package.json package-lock.json
	$(NPM) ci --ignore-scripts --no-audit --no-fund
	touch $(NODE_STAMP)

$(ASSETS_STAMP): $(NODE_STAMP) $(ASSET_SOURCES)
	node assets/build.mjs
	touch $(ASSETS_STAMP)

assets: $(ASSETS_STAMP)

install: $(STAMP) $(ASSETS_STAMP) $(MO_FILES)

# Re-extract the UI strings of every template and Python module into the catalogues; Danish is
# the source language, so its catalogue translates each new msgid to itself (msgen).
messages: install
	$(MANAGE) makemessages $(addprefix -l ,$(LANGUAGES)) --ignore=.venv --ignore=tests \
		--ignore=staticfiles --ignore=media --ignore=node_modules --ignore=.test-media \
		--ignore=static/dist --ignore=tools --ignore=assets --ignore=locale
	msgen -o locale/da/LC_MESSAGES/django.po locale/da/LC_MESSAGES/django.po

migrate: install
	$(MANAGE) migrate --noinput

seed: migrate
	$(MANAGE) seed_content

admin: migrate
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(MANAGE) ensure_dev_admin

# The outbox worker runs beside the development server and prints every e-mail the site sends
# (confirmations, notifications) in this terminal; it stops with the server. The default site's
# address is the one served, so absolute URLs (sitemap, hreflang, API) work locally; both sites are
# served by the one development server: the municipal site on 127.0.0.1 and Frivilligbørsen on
# frivilligboers.localhost (browsers resolve *.localhost to this machine).
run: seed admin
	SITE_HOSTNAME=127.0.0.1:$(PORT) $(MANAGE) configure_sites
	@$(MANAGE) meeting_place_sites --port $(PORT)
	@echo "E-mails are printed here by the outbox worker (manage.py outbox)."
	$(MANAGE) outbox --loop 5 & OUTBOX=$$!; trap 'kill $$OUTBOX 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver 127.0.0.1:$(PORT)

# Two workers: the machines have two cores. `make test PYTEST_ARGS="-n 0 -k seed"` for one.
PYTEST_ARGS ?= -n 2

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# Playwright + axe-core in Debian's Chromium (apt-get install chromium chromium-driver): every
# page type in Danish and English at 375 and 1280 px, one seeded test database and one browser
# for the session. Screenshots of every page type land in screenshots/ (git-ignored).
# Options with BROWSER_PYTEST_ARGS, e.g. BROWSER_PYTEST_ARGS="-k homepage".
BROWSER_PYTEST_ARGS ?= -q
test-browser: install
	$(BIN)/pytest -m browser tests/browser -n 0 -p no:logging $(BROWSER_PYTEST_ARGS)

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

# Search latency with 10,000 pages on PostgreSQL (BENCH_SEARCH_DATABASE_URL, default
# postgres://postgres@127.0.0.1:5432/medborgerskab_bench_search); see scripts/bench-search.sh.
bench-search: install
	scripts/bench-search.sh

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .test-media $(MO_FILES) node_modules static/dist screenshots \
		tools/lighthouse/node_modules tools/lighthouse/reports

# Production settings under gunicorn (site/gunicorn.conf.py) on 127.0.0.1:$(PORT), static files
# through whitenoise, migrations applied, on DATABASE_URL (SQLite by default for a quick look).
# It binds the loopback address only, for a TLS-terminating proxy in front: that proxy redirects
# to HTTPS, so Django's own redirect is off unless SECURE_SSL_REDIRECT=true is set.
SERVE_ENV = DJANGO_SETTINGS_MODULE=haderslev_site.settings.production \
	ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-false}" PORT=$(PORT)

serve: install
	@if [ -z "$$SECRET_KEY" ]; then \
		echo "make serve: SECRET_KEY is not set. The production settings need a long random secret:" >&2; \
		echo "  export SECRET_KEY=\"\$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')\"" >&2; \
		exit 1; \
	fi
	$(SERVE_ENV) $(MANAGE) migrate --noinput
	$(SERVE_ENV) $(MANAGE) configure_sites
	$(SERVE_ENV) $(MANAGE) collectstatic --noinput -v0
	@echo "Serving production settings on http://localhost:$(PORT)/ (admin: /admin/)"
	$(SERVE_ENV) exec $(BIN)/gunicorn -c site/gunicorn.conf.py haderslev_site.wsgi

# The scaled-out deployment on this machine (scripts/cluster.py, docs/deployment.md): a PostgreSQL
# streaming replica, two gunicorn nodes with production settings (ports 8001 and 8002), nginx
# (TLS) on $(PORT).
cluster: install
	PORT=$(PORT) $(BIN)/python scripts/cluster.py start

cluster-stop:
	$(BIN)/python scripts/cluster.py stop

# The pages of make bench through nginx with one and two nodes, cold and warm (docs/performance.md).
bench-cluster: install
	PORT=$(PORT) $(BIN)/python scripts/bench_cluster.py

# The cluster tests (tests/site/test_cluster.py) against the running cluster.
test-cluster: install
	$(BIN)/pytest -m cluster -n 0 -p no:logging tests/site/test_cluster.py

# Load test on PostgreSQL + Redis with wrk (installed from Debian if missing); see scripts/bench.py.
bench: install
	$(BIN)/python scripts/bench.py

# Queries and ms per rendered page with the site chrome cache off, on, and on without each of the
# private Wagtail attributes it sets (scripts/bench_chrome.py): SQLite by default,
# BENCH_CHROME_ARGS=--postgres for PostgreSQL + Redis.
BENCH_CHROME_ARGS ?=
bench-chrome: install
	$(BIN)/python scripts/bench_chrome.py $(BENCH_CHROME_ARGS)
