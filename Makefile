# Everything a new machine needs, from Python 3.12+ and this file.
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test lint check messages clean

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

# After changing interface text: refresh the catalogues, translate the new
# entries in locale/*/LC_MESSAGES/django.po, then run this again to compile
# them. Needs GNU gettext; the compiled .mo files are committed, so running
# the portal never does.
messages: $(VENV)/.test-deps
	$(BIN)/python manage.py makemessages -l zh_Hans -l ru --no-location \
		--ignore '.venv/*' --ignore 'tests/*'
	$(BIN)/python manage.py compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
