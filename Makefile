# RM Desk: `make run` launches the app with demo data, `make test` runs every check.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DEMO   ?= .demo-profile
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck unit install translations lupdate selftest bench package clean

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
	$(BIN)/pyside6-lupdate $$(find ui app -name '*.py' | sort) -source-language en -no-obsolete \
		-ts resources/translations/rmdesk_zh_CN.ts resources/translations/rmdesk_en.ts
	$(BIN)/python packaging/ts_tool.py fill-en
	$(BIN)/python packaging/ts_tool.py unfinished

run: install translations
	$(BIN)/rmdesk --data-dir $(DEMO) demo --customers 2000 --if-empty
	$(BIN)/rmdesk --data-dir $(DEMO)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

unit: install translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck unit

selftest: install translations
	QT_QPA_PLATFORM=offscreen $(BIN)/rmdesk --data-dir $(DEMO) --self-test

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
