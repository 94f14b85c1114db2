# Two commands a newcomer needs: `make extract` and `make test`. Each sets up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= corpus
OUT ?= outputs
GOLD ?= ../shared/gold

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup extract test test-fast eval eval-dev lint lock newsquant clean

setup: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

extract: setup
	$(BIN)/claims extract $(CORPUS) --out $(OUT)

test: setup
	$(BIN)/pytest -q

test-fast: setup
	$(BIN)/pytest -q -m "not slow"

eval: setup
	$(BIN)/claims extract ../shared/corpus --out $(OUT)/seed --quiet
	$(BIN)/claims eval --gold $(GOLD) --pred $(OUT)/seed/claims.jsonl

eval-dev: setup
	$(BIN)/claims extract tests/data/dev --out $(OUT)/dev --quiet
	$(BIN)/claims eval --gold tests/data/dev/gold --pred $(OUT)/dev/claims.jsonl

newsquant: setup
	$(BIN)/claims newsquant ../shared/benchmarks/newsquant/NewsQuant.json

lint: setup
	$(BIN)/ruff check pipeline tests

# Re-pin: compile requirements.lock (with hashes) from requirements.in.
lock:
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	    --no-emit-find-links -q -o requirements.lock requirements.in

clean:
	rm -rf $(VENV) $(OUT)/*.jsonl $(OUT)/*.csv
