# ACOPAGRO website. `make help` lists the targets.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000
# Test processes (pytest-xdist): one per core by default; 0 runs the suite in this process.
TEST_WORKERS ?= auto
export DJANGO_SETTINGS_MODULE ?= acopagro_site.settings.dev

.DEFAULT_GOAL := help
.PHONY: help run test screenshots install install-test migrate messages compilemessages demo browser lint check superuser clean serve-prod bench bench-scale

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt $(VENV)/bin/python
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

install: $(VENV)/.installed ## Create .venv and install the runtime requirements

install-test: $(VENV)/.installed-test ## Install the test requirements too

migrate: install ## Apply migrations (SQLite unless DATABASE_URL is set)
	$(PY) manage.py migrate --noinput

compilemessages: install ## Compile locale/*.po (committed .mo files are used when gettext is missing)
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(PY) manage.py compilemessages --ignore=.venv --verbosity 0; \
	else \
		echo "msgfmt (GNU gettext) not found: using the committed .mo files."; \
	fi

messages: install ## Extract template and code strings into the catalog of every language in settings.LANGUAGES
	$(PY) manage.py update_catalogs

demo: migrate ## Load the demo content when the database has no site yet
	$(PY) manage.py load_demo_content --if-empty

run: migrate compilemessages demo ## Install, migrate, load the demo content and serve on 127.0.0.1:$(PORT)
	@echo "Site: http://127.0.0.1:$(PORT)/  Admin: http://127.0.0.1:$(PORT)/admin/"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# A loopback run of the production settings. Development values are used for what is not set.
serve-prod: install ## Production settings + gunicorn on 127.0.0.1:$(PORT) (collectstatic, migrate, demo content)
	@export DJANGO_SETTINGS_MODULE=acopagro_site.settings.production \
		SECRET_KEY="$${SECRET_KEY:-dev-only-serve-prod-key-$$(hostname)-not-for-a-public-server}" \
		ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
		SECURE_SSL_REDIRECT="$${SECURE_SSL_REDIRECT:-false}" \
		SESSION_COOKIE_SECURE="$${SESSION_COOKIE_SECURE:-false}" \
		CSRF_COOKIE_SECURE="$${CSRF_COOKIE_SECURE:-false}" \
		WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}" \
		SITE_URL="$${SITE_URL:-http://127.0.0.1:$(PORT)}" \
		MEDIA_ROOT="$${MEDIA_ROOT:-$(CURDIR)/media}" \
		PORT=$(PORT); \
	$(PY) manage.py collectstatic --noinput --verbosity 0 && \
	$(PY) manage.py migrate --noinput --verbosity 0 && \
	$(PY) manage.py load_demo_content --if-empty && \
	echo "Site: http://127.0.0.1:$(PORT)/  (production settings, gunicorn)" && \
	exec $(VENV)/bin/gunicorn -c gunicorn.conf.py

bench: install ## Benchmark the production server on loopback (PostgreSQL, Redis, wrk); writes docs/performance.md
	$(PY) bench/run.py $(BENCH_ARGS)

bench-scale: install ## Costs that grow with the number of stories, at two sizes (PostgreSQL: DATABASE_URL)
	$(PY) bench/scale.py $(BENCH_SCALE_ARGS)

superuser: migrate ## Create an admin user (asks for a name and password)
	$(PY) manage.py createsuperuser

browser: ## Install Debian's Chromium and gettext for the tests when missing (needs root and apt)
	@./scripts/ensure-test-tools

test: install-test browser ## Run the whole test suite (the committed .mo files are checked, not rebuilt)
	DJANGO_SETTINGS_MODULE=acopagro_site.settings.test $(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

screenshots: install-test browser ## Save screenshots of every page type, language and width in screenshots/
	ACOPAGRO_SCREENSHOTS=1 DJANGO_SETTINGS_MODULE=acopagro_site.settings.test $(PY) -m pytest -n $(TEST_WORKERS) -q tests/browser $(PYTEST_ARGS)

lint: install-test ## ruff (check, format), djhtml (template indentation), import-linter (layers, no cycles)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/djhtml --check -t 4 templates $(wildcard */templates)
	$(VENV)/bin/lint-imports --no-cache

check: install ## Django system checks and missing migrations
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

clean: ## Remove the virtualenv, the SQLite database and generated media
	rm -rf $(VENV) db.sqlite3 media staticfiles
