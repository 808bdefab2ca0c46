# One door to every task. `make run` and `make test` are the quick start.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

# A Python >= 3.12: PATH first, then pyenv's installed versions (newest first).
# pyenv's bare shims fail unless pyenv selects that version, so every candidate is
# run once to prove it works.
define find_python
for c in python3.13 python3.12 python3 python; do \
  p=$$(command -v $$c 2>/dev/null) || continue; \
  if "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then echo "$$p"; exit 0; fi; \
done; \
root=$$(pyenv root 2>/dev/null || echo "$$HOME/.pyenv"); \
for p in $$(ls -d "$$root"/versions/3.*/bin/python3 2>/dev/null | sort -V -r); do \
  if "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then echo "$$p"; exit 0; fi; \
done; \
exit 1
endef

.PHONY: help run test check lint format migrate demo messages compilemessages bench clean vnu

help:
	@echo "make run    – install, migrate, load the demo content, serve on http://127.0.0.1:8000"
	@echo "make test   – run the whole test suite"
	@echo "make check  – ruff, import layers, Django's system checks and missing migrations"
	@echo "make bench  – the portal under load at scale 1 and 100 (see docs/performance.md)"
	@echo "make messages / compilemessages – update / compile the German translations"
	@echo "make vnu    – install the W3C Nu Html Checker for the HTML validity test (needs Java, npm)"

$(VENV)/.installed: pyproject.toml
	@python=$$($(find_python)) || { \
	  echo "error: INA Portal needs Python 3.12 or newer, and none was found on PATH or in pyenv's versions." >&2; \
	  echo "       Install one (e.g. 'pyenv install 3.12') and run make again." >&2; exit 1; }; \
	echo "Using $$python ($$($$python --version))"; \
	[ -x $(PY) ] || "$$python" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed

migrate: $(VENV)/.installed
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content

run: demo
	@echo
	@echo "  INA Portal: http://127.0.0.1:8000/  (admin: http://127.0.0.1:8000/admin/)"
	@echo "  Create an admin login with:  $(MANAGE) createsuperuser"
	@echo
	DJANGO_DEBUG=1 $(MANAGE) runserver 127.0.0.1:8000

test: $(VENV)/.installed
	$(VENV)/bin/pytest $(PYTEST_ARGS)

check: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	git ls-files -z '*.py' | xargs -0 $(VENV)/bin/django-upgrade --check --target-version 6.1
	$(VENV)/bin/pytest --quiet --no-header -p no:cacheprovider tests/test_layering.py
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: $(VENV)/.installed
	$(MANAGE) makemessages --locale de --no-location --no-obsolete --ignore '.venv/*' --ignore 'staticfiles/*'

compilemessages: $(VENV)/.installed
	$(MANAGE) compilemessages --locale de --ignore '.venv/*'

# gunicorn + wrk at scale 1 and 100, about 7 minutes; PostgreSQL when DATABASE_URL is set.
# BENCH_ARGS passes options on, e.g. BENCH_ARGS="--scales 1,10 --duration 2".
bench: $(VENV)/.installed
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" -ne 0 ]; then echo "error: make bench needs wrk (apt-get install wrk)" >&2; exit 1; fi; \
	  echo "Installing wrk (Debian)"; export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
	$(PY) bench/run.py $(BENCH_ARGS)

# The W3C Nu Html Checker (npm's vnu-jar) for tests/browser/test_html_validity.py, in
# .cache/vnu/; it runs on Debian's Java (default-jre-headless), so the package's script that
# would download a Java runtime is not run.
VNU_VERSION := 26.9.27
VNU_JAR := .cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar

vnu: $(VNU_JAR)

$(VNU_JAR):
	npm install --prefix .cache/vnu --no-audit --no-fund --ignore-scripts vnu-jar@$(VNU_VERSION)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
