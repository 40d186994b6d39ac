# Everything a new machine needs, from Python 3.12+ and this file.
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test lint check messages bench clean check-install

# Creates the virtualenv with the first working Python 3.12+ (PATH, then
# pyenv's versions folder; `make PYTHON=/path/to/python3.12` overrides).
$(BIN)/python:
	@py="$(PYTHON)"; \
	if [ -z "$$py" ]; then py=$$(scripts/find-python) || exit 1; fi; \
	echo "Creating $(VENV) with $$py"; \
	"$$py" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-deps: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.run-deps
	DEBUG=$${DEBUG:-on} $(BIN)/python manage.py migrate --no-input
	DEBUG=$${DEBUG:-on} $(BIN)/python manage.py seed
	DEBUG=$${DEBUG:-on} $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.test-deps
	$(BIN)/pytest

lint: $(VENV)/.test-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run

check: lint test

# Builds the wheel, installs it into a fresh virtualenv and serves a page from
# another folder: an installed copy needs nothing of the source folder.
check-install: $(BIN)/python
	PYTHON=$$(readlink -f $(BIN)/python) scripts/check-install

# After changing interface text: refresh the catalogues, translate the new
# entries in academy/locale/*/LC_MESSAGES/django.po, then run this again to compile
# them. Needs GNU gettext; the compiled .mo files are committed, so running
# the portal never does.
messages: $(VENV)/.test-deps
	$(BIN)/python manage.py makemessages -l zh_Hans -l ru --no-location \
		--ignore '.venv/*' --ignore 'tests/*' --ignore 'node_modules/*' --ignore 'scripts/*'
	$(BIN)/python manage.py compilemessages --ignore '.venv/*' --ignore 'node_modules/*'

# Load test under gunicorn on PostgreSQL (127.0.0.1:5432) with Redis
# (127.0.0.1:6379); wrk comes from Debian's packages.
$(VENV)/.production-deps: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,production]'
	touch $@

bench: $(VENV)/.production-deps
	@command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
	PYTHONPATH=$(CURDIR) STATIC_ROOT=$(CURDIR)/staticfiles $(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

# Real-browser tests (tests/browser): Playwright drives Debian's Chromium
# (/usr/bin/chromium; .ci/run installs it), axe-core checks accessibility and
# the Nu HTML Checker (Java) the markup. Screenshots land in screenshots/.
.PHONY: test-browser

$(VENV)/.browser-deps: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,browser]'
	touch $@

# npm ci writes node_modules/.package-lock.json: missing or older than
# package-lock.json means node_modules needs installing again.
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# BROWSER_TESTS narrows the run: `make test-browser BROWSER_TESTS=tests/browser/test_journeys.py`.
BROWSER_TESTS ?= tests/browser

test-browser: $(VENV)/.browser-deps node_modules/.package-lock.json
	$(BIN)/pytest -m browser $(BROWSER_TESTS) -p no:cacheprovider
