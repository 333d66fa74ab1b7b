# People First: `make run` for a local site, `make test` for the whole suite.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
PG_URL ?= postgres://root@127.0.0.1:5432/people_first
DEV_ENV := DEBUG=true TASK_BACKEND=immediate SECURE_SSL_REDIRECT=false

.PHONY: run serve test lint format bench install keys messages lock clean

$(VENV)/.installed: requirements.lock requirements-dev.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements-dev.lock
	touch $@

install: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

.dev-keys.env: | $(VENV)/.installed
	$(PY) -m people_first.keys .dev-keys.env

keys: .dev-keys.env

# What `manage.py compilemessages` does, without loading the settings (no secrets needed).
messages:
	@for po in locale/*/LC_MESSAGES/django.po; do msgfmt --check -o "$${po%.po}.mo" "$$po" || exit 1; done

run: install keys messages
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py load_initial_content
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

serve: install messages
	PY=$(PY) GUNICORN=$(VENV)/bin/gunicorn scripts/serve

test: install keys messages node_modules/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	DEBUG=true DEV_KEYS_FILE=.dev-keys.env $(VENV)/bin/mypy
	DEBUG=true $(PY) manage.py collectstatic --noinput -v0
	DATABASE_URL=$${DATABASE_URL:-$(PG_URL)} $(VENV)/bin/pytest $(PYTEST_ARGS)

lint:
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install keys messages
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	DATABASE_URL=$${DATABASE_URL:-postgres://root@127.0.0.1:5432/people_first_bench} $(PY) bench/run.py

# Re-pin every dependency after editing pyproject.toml: requirements.lock is what
# production (and the Dockerfile) installs, requirements-dev.lock adds the test tools.
lock:
	rm -rf .lockvenv && python3 -m venv .lockvenv
	.lockvenv/bin/pip install --quiet .
	.lockvenv/bin/pip freeze --exclude-editable | grep -vi '^people.first' > requirements.lock
	.lockvenv/bin/pip install --quiet ".[dev]"
	{ echo "-r requirements.lock"; .lockvenv/bin/pip freeze --exclude-editable \
	  | grep -vi '^people.first' | grep -vxFf requirements.lock; } > requirements-dev.lock
	rm -rf .lockvenv

clean:
	rm -rf $(VENV) node_modules staticfiles
