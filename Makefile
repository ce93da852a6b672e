# The README's commands. Everything installs into .venv; nothing else is needed first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve train publish lint clean eval

# ENGINE=properdocs or ENGINE=zensical builds with that engine (its extra is installed first)
ENGINE ?= mkdocs

site: $(VENV)/.installed
	@[ "$(ENGINE)" = mkdocs ] || $(BIN)/pip install -q -e '.[$(ENGINE)]'
	$(BIN)/briefings build --engine $(ENGINE)

serve: $(VENV)/.installed
	@[ "$(ENGINE)" = mkdocs ] || $(BIN)/pip install -q -e '.[$(ENGINE)]'
	$(BIN)/briefings serve --engine $(ENGINE)

test: $(VENV)/.test-installed
	@command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || \
		($(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null)
	$(BIN)/ruff check briefings tests bench
	$(BIN)/python -m pytest -q tests

publish: $(VENV)/.installed
	$(BIN)/briefings publish --remote $(or $(REMOTE),origin)

# Rebuild the NER model and word lists, then measure it where it never trained:
# make train NER=folder/of/anercorp-and-wojood CORPUS=folder/of/saudinewsnet-zips
train: $(VENV)/.installed
	@test -n "$(NER)" && test -n "$(CORPUS)" || (echo "usage: make train NER=DIR CORPUS=DIR (README: Data and licences)" >&2; exit 2)
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python -m briefings.training.train_ner --ner $(NER) --corpus $(CORPUS)
	$(BIN)/python bench/ner.py $(NER)

# Quality on the dev gold, tune and check splits side by side:
# make eval GOLD=path/to/data/gold (its articles/ folder holds the texts)
TUNE  ?= 000_f63168924004b052,dev01-dev27
CHECK ?= dev28-dev43
eval: $(VENV)/.installed
	@test -n "$(GOLD)" || (echo "usage: make eval GOLD=path/to/data/gold" >&2; exit 2)
	$(BIN)/briefings eval --gold $(GOLD) seeds $(GOLD)/articles --split tune=$(TUNE) --split check=$(CHECK)

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf site .briefings-cache .cache build docs/index.md docs/briefings docs/archive docs/actors docs/timeline \
		docs/figures docs/outlets docs/months docs/assets/fonts docs/assets/search
