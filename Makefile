# Two commands for users: `make run` and `make test`. Everything else here serves those two.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint install browser-deps varnish-deps bench clean audit lock

# Reinstall only when the requirements change, so a second `make run` is quick.
$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py demo_users
	$(PY) manage.py demo_comments
	$(PY) manage.py runserver $(HOST):$(PORT)

# Debian's chromium drives the browser tests (Playwright cannot download its own browser here).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; }

# Debian's varnish with the xkey vmod runs in front of the app in tests/moderation/test_varnish_browser.py.
varnish-deps:
	@{ command -v varnishd >/dev/null 2>&1 || test -x /usr/sbin/varnishd; } && dpkg -s varnish-modules >/dev/null 2>&1 || { \
	  echo "Installing Debian's varnish and varnish-modules for the front-cache tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish varnish-modules) >/dev/null; }

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/bandit -q -r newsroom -ll  # medium severity and above; `# nosec` only with a reason

# Dependencies against the vulnerability advisories (needs network; docs/operations.md).
# The lock file names every dependency at its exact version, so nothing is installed to resolve them.
audit: $(STAMP)
	$(VENV)/bin/pip-audit --strict --require-hashes --disable-pip -r requirements.lock

# requirements.lock: every dependency, direct and indirect, pinned with its hashes.
# Install from it with `pip install --require-hashes -r requirements.lock`.
lock: $(STAMP)
	$(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-header \
	  -o requirements.lock requirements-dev.txt

test: $(STAMP) browser-deps varnish-deps lint
	$(VENV)/bin/pytest

clean:
	rm -rf $(VENV) staticfiles .test-media
