# Two commands matter (see README): `make run` and `make test`. Both create .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bundle bundle-smoke clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/fieldbook

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -n 2 -q

bench: $(STAMP)
	$(VENV)/bin/python bench/bench_core.py
	$(VENV)/bin/python bench/bench_sync.py

# #7: the self-contained folder in dist/fieldbook/ (see packaging/README.md); not part of `test`.
bundle: $(STAMP)
	$(VENV)/bin/python packaging/build.py

bundle-smoke: bundle
	$(VENV)/bin/python packaging/smoke.py

# #7: re-extract the interface strings into resources/translations/*.ts and compile the .qm files.
translations: $(STAMP)
	$(VENV)/bin/python resources/translations/update.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
