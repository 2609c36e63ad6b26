# The two commands: `make run` and `make test`. Everything else supports them.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
export DJANGO_SETTINGS_MODULE ?= lms.settings.dev

.PHONY: help install system-packages issuer-key run serve migrate demo test test-sqlite test-postgres lint format bench clean

help:
	@echo "make run    - install, migrate, load the demo and start the site + task worker"
	@echo "make test   - install test dependencies and run the whole suite"
	@echo "make lint   - ruff check, ruff format --check, makemigrations --check, check --deploy"
	@echo "make bench  - run the benchmarks in bench/"

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip setuptools wheel

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

install: system-packages $(VENV)/.installed

# Debian packages the project needs at run time (fonts for certificate PDFs); prints what to
# install instead where it cannot (not root, no apt-get).
system-packages:
	@bash scripts/system-packages.sh fonts

migrate: install
	$(BIN)/python manage.py migrate --noinput

# The Ed25519 key that signs certificates: created once for development in var/ (git-ignored);
# production sets CERTIFICATE_ISSUER_KEY or CERTIFICATE_ISSUER_KEY_PATH instead.
issuer-key: install
	@[ -n "$${CERTIFICATE_ISSUER_KEY:-}" ] || [ -f var/issuer-key.pem ] || \
		$(BIN)/python manage.py certificate_issuer_key

demo: migrate issuer-key
	$(BIN)/python manage.py load_demo

run: demo
	@bash scripts/run.sh "$(HOST)" "$(PORT)"

# The suite: SQLite by default; DATABASE_URL=postgres://... runs it on PostgreSQL.
test: install
	@bash scripts/test.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=lms.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=lms.settings.production ALLOWED_HOSTS=example.org \
		SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		CERTIFICATE_ISSUER_KEY="$$($(BIN)/python -c 'import base64, secrets; print(base64.b64encode(secrets.token_bytes(32)).decode())')" \
		$(BIN)/python manage.py check --deploy --fail-level WARNING

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) *.egg-info collected-static
