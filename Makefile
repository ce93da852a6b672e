# The README's commands. Everything installs into .venv; nothing else is needed first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve train publish lint clean

site: $(VENV)/.installed
	$(BIN)/briefings build

serve: $(VENV)/.installed
	$(BIN)/mkdocs serve --dirty

test: $(VENV)/.test-installed
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || \
		($(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null)
	$(BIN)/ruff check briefings tests bench
	$(BIN)/python -m pytest -q tests

publish: $(VENV)/.installed
	$(BIN)/briefings publish --remote $(or $(REMOTE),origin)

train: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python -m briefings.training.train_ner --shared ../shared
	$(BIN)/python bench/ner.py --shared ../shared

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf site .briefings-cache docs/index.md docs/briefings docs/archive docs/assets/fonts
