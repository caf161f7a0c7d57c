# RM Desk: `make run` launches the app with demo data beside a local demo server,
# `make test` runs every check.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO   ?= .demo-profile
DEMO_SERVER   ?= .demo-server
DEMO_PORT     ?= 8765
DEMO_USER     ?= rm01
DEMO_PASSWORD ?= rmdesk-demo-password
DEMO_URL      := http://127.0.0.1:$(DEMO_PORT)
SERVER_CMD    := $(BIN)/rmdesk-server
SERVER_ARGS   := --dir $(DEMO_SERVER) --port $(DEMO_PORT) --password $(DEMO_PASSWORD)
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
STAMP  := $(VENV)/.installed
# A machine without an OS keyring (headless, CI) keeps the demo profile's key and the
# demo sign-in's token in a plaintext file beside it: demo data only; a real profile
# always uses the OS keyring.
NO_KEYRING = $(shell $(BIN)/python -c 'import keyring, keyring.backends.fail as f; print(1 if isinstance(keyring.get_keyring(), f.Keyring) else "")' 2>/dev/null)
DEMO_ENV   = $(if $(NO_KEYRING),RMDESK_KEYRING_FILE=$(CURDIR)/.demo-keys.json PYTHON_KEYRING_BACKEND=app.security.file_keyring.FileKeyring)

.PHONY: run server server-stop test lint typecheck unit install translations lupdate selftest bench package clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

## Update the .ts files from the sources (developers; then translate what is new).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui app -name '*.py' | sort) server/sync/problems.py -source-language en -no-obsolete \
		-ts resources/translations/rmdesk_zh_CN.ts resources/translations/rmdesk_en.ts
	$(BIN)/python packaging/ts_tool.py fill-en
	$(BIN)/python packaging/ts_tool.py unfinished

## The client on the demo profile beside a local demo server (dev mode, SQLite in
## $(DEMO_SERVER)/, demo accounts): reused if it runs already, else started and
## stopped again when the window closes. `make server` / `make server-stop` alone.
run: install translations
	$(DEMO_ENV) $(BIN)/rmdesk --data-dir $(DEMO) demo --customers 2000 --if-empty
	@$(if $(DEMO_ENV),export $(DEMO_ENV);) state=$$($(SERVER_CMD) demo-up $(SERVER_ARGS)) || exit 1; \
	if [ "$$state" = started ]; then trap '$(SERVER_CMD) demo-down $(SERVER_ARGS) >/dev/null' EXIT INT TERM; fi; \
	$(BIN)/rmdesk --data-dir $(DEMO) login --remember-only --server $(DEMO_URL) --user $(DEMO_USER) >/dev/null; \
	echo "Sign in on the Sync page (Ctrl+6) as $(DEMO_USER), password $(DEMO_PASSWORD)"; \
	$(BIN)/rmdesk --data-dir $(DEMO)

server: install
	@$(SERVER_CMD) demo-up $(SERVER_ARGS) >/dev/null

server-stop: install
	@$(SERVER_CMD) demo-down $(SERVER_ARGS) >/dev/null

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

unit: install translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck unit

selftest: install translations
	$(DEMO_ENV) QT_QPA_PLATFORM=offscreen $(BIN)/rmdesk --data-dir $(DEMO) --self-test

bench: install translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/customers.py
	$(BIN)/python benchmarks/scoring.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/packet.py

## One-folder program in dist/RMDesk (PyInstaller), then its frozen self-test and smoke commands.
package: install translations
	$(BIN)/python -m pip install --quiet -e '.[packaging]'
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) $(QM) build dist *.egg-info
