# Relais — every command a developer or CI needs. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DEMO_DB := .demo/demo.relais
DEMO_PASSWORD := relais-demo

.PHONY: help venv run demo test lint format bench translations gallery bundle clean

help:
	@echo "make run    - set up .venv and open Relais on a demo database (user admin, password $(DEMO_PASSWORD))"
	@echo "make test   - set up .venv and run lint, types, layering and the whole test suite headless"
	@echo "make bench  - benchmarks; writes bench-results.json"
	@echo "make lint   - ruff, ruff format --check, mypy, import-linter"
	@echo "make translations - refresh resources/translations/*.ts and compile .qm"
	@echo "make gallery - pictures of every paper Relais prints, in docs/gallery/"
	@echo "make bundle - build the Linux one-folder bundle in dist/relais/ and test it (--self-test)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

venv: $(STAMP)

$(DEMO_DB): | $(STAMP)
	mkdir -p $(dir $(DEMO_DB))
	RELAIS_PASSPHRASE=$(DEMO_PASSWORD) $(BIN)/python main.py demo --db $(DEMO_DB) --patients 5000 --seed 1

demo: $(DEMO_DB)

run: $(STAMP) $(DEMO_DB)
	$(BIN)/python main.py --check-display
	@echo "Sign in as 'admin' with the password '$(DEMO_PASSWORD)'."
	$(BIN)/python main.py --db $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# One worker per core (pytest-xdist): halves the suite on two cores.  The database-facing
# tests run on the encrypted file and on a throw-away PostgreSQL cluster started here on a
# loopback port and removed afterwards (tests/helpers/pg_cluster.py; skipped without
# PostgreSQL unless RELAIS_REQUIRE_POSTGRES=1, as in CI).
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.helpers.pg_cluster -- \
		$(BIN)/python -m pytest -q -n auto

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.helpers.pg_cluster -- $(BIN)/python -m bench

# Every document written by the application's own code, rasterised by QtPdf: no poppler needed.
gallery: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_gallery.py

# English is the source language: relais_en.ts holds only the plural forms.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(shell find ui -name '*.py' | sort) -source-language en -target-language fr -no-obsolete -ts resources/translations/relais_fr.ts
	$(BIN)/pyside6-lupdate $(shell find ui -name '*.py' | sort) -source-language en -target-language en -pluralonly -no-obsolete -ts resources/translations/relais_en.ts
	$(BIN)/pyside6-lrelease resources/translations/relais_fr.ts resources/translations/relais_en.ts

# The Linux one-folder bundle, built with the same spec as the Windows and macOS installers
# (installer/RELEASE.md), then started headless by tests/installer/test_bundle.py.
BUNDLE_STAMP := $(VENV)/.bundle-$(shell cksum pyproject.toml | cut -d' ' -f1)

$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	rm -f $(VENV)/.bundle-*
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installer/relais.spec
	du -sh dist/relais
	RELAIS_BUNDLE_JUST_BUILT=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider tests/installer

clean:
	rm -rf $(VENV) .demo .pytest_cache .mypy_cache .ruff_cache bench-results.json
