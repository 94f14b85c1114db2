"""The benchmark: corpus generator (distinct, deterministic, realistic) and `claims bench`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import bench_command
from pipeline.ingest.files import article_id
from pipeline.measure.bench import BenchError, format_table, measure, run_bench
from pipeline.measure.benchgen import _scale_figures, generate_corpus, load_templates
from tests.conftest import SHARED

N_TEMPLATES = len(load_templates())


def _texts(paths: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    return generate_corpus(tmp_path_factory.mktemp("bench-corpus"), 60, seed=0)


# -- generator ---------------------------------------------------------------------------


def test_articles_are_distinct_from_each_other_and_from_the_templates(corpus):
    texts = _texts(corpus)
    assert len(texts) == 60
    ids = {article_id(t) for t in texts}
    assert len(ids) == 60
    assert not ids & {article_id(t.text) for t in load_templates()}
    normalised = {" ".join(t.split()) for t in texts}
    assert len(normalised) == 60


def test_same_seed_same_files_other_seed_other_texts(tmp_path, corpus):
    again = generate_corpus(tmp_path / "again", 60, seed=0)
    assert [p.name for p in again] == [p.name for p in corpus]
    assert _texts(again) == _texts(corpus)
    other = _texts(generate_corpus(tmp_path / "other", 60, seed=1))
    assert sum(a != b for a, b in zip(other, _texts(corpus), strict=True)) == 60


def test_a_larger_corpus_starts_with_the_smaller_one_and_stale_files_go(tmp_path, corpus):
    small = generate_corpus(tmp_path / "c", 12, seed=0)
    assert _texts(small) == _texts(corpus[:12])
    generate_corpus(tmp_path / "c", 5, seed=0)
    assert len(list((tmp_path / "c").glob("*.txt"))) == 5


def test_every_template_is_used_and_word_counts_stay_close(corpus):
    templates = load_templates()
    by_name = {t.name: t for t in templates}
    used = {p.name.split("-", 1)[1].removesuffix(".txt") for p in corpus}
    assert used == set(by_name)
    for path in corpus:
        template = by_name[path.name.split("-", 1)[1].removesuffix(".txt")]
        words = len(path.read_text(encoding="utf-8").split())
        assert 0.9 * template.words <= words <= 1.1 * template.words, path.name


def test_people_and_figures_change_but_dates_designations_and_lines_stay(corpus):
    templates = {t.name: t for t in load_templates()}
    for path in corpus[:N_TEMPLATES]:
        template = templates[path.name.split("-", 1)[1].removesuffix(".txt")]
        text = path.read_text(encoding="utf-8")
        assert text.count("\n") == template.text.count("\n") + 1  # same paragraphs
        for person in template.persons:
            assert not re.search(rf"\b{re.escape(person.family)}\b", text), person
        if _scale_figures(template.text, 3.0) != template.text:  # it has figures to scale
            numbers = re.compile(r"\b\d[\d,.]*\b|\b[a-z]+(?:-[a-z]+)? (?:weeks|months)\b")
            assert sorted(numbers.findall(text)) != sorted(numbers.findall(template.text))
        # the headline stays first; dates, designations and calibres do not move or scale
        for kept in ("SEOUL, 12 June 2025", "Leopard 2A8", "155mm", "Type 35", "March 3"):
            if kept in template.text:
                assert kept in text, (kept, path.name)
    canada = next(p for p in corpus if "canada" in p.name).read_text(encoding="utf-8")
    assert "Bouchard" not in canada and "2019" in canada
    korea = next(p for p in corpus if "korea" in p.name).read_text(encoding="utf-8")
    assert korea.splitlines()[1] == "SEOUL, 12 June 2025"


def test_figures_scale_in_digits_and_in_words():
    text = (
        "The plant fills about 1,200 shells a month, up 12% since March 4, 2025. "
        "It costs €2.4bn; Type 35 frigates carry 155mm guns; Russia makes three times more; "
        "Twenty-five weeks pass; 40-50 tanks; in 2024 it built one tank."
    )
    scaled = _scale_figures(text, 1.5)
    for expected in (
        "about 1,800 shells",
        "up 18%",
        "March 4, 2025",
        "€3.6bn",
        "Type 35",
        "155mm",
        "three times more",
        "Thirty-eight weeks",
        "60-80 tanks",
        "in 2024",
        "one tank",
    ):
        assert expected in scaled, (expected, scaled)
    assert "4,300" not in _scale_figures("up to 4,300 a year", 0.5)
    assert "rose 70%" in _scale_figures("rose 70% last year", 1.5)  # not 105%


def test_generated_articles_still_make_claims(tmp_path, corpus):
    from pipeline.run.runner import run_extract

    sample = tmp_path / "sample"
    sample.mkdir()
    for path in corpus[:N_TEMPLATES]:
        (sample / path.name).write_bytes(path.read_bytes())
    summary = run_extract(sample, tmp_path / "out")
    assert summary.articles == N_TEMPLATES and not summary.failures
    records = [json.loads(line) for line in (tmp_path / "out" / "claims.jsonl").open()]
    with_claims = {r["source"] for r in records}
    assert len(with_claims) >= N_TEMPLATES - 2
    assert len(records) >= 5 * N_TEMPLATES


# -- measuring --------------------------------------------------------------------------


def test_measure_sums_the_rss_of_the_process_tree():
    child = "x = bytearray(120_000_000); import time; time.sleep(1.0)"
    parent = (
        "import subprocess, sys; "
        f"p = subprocess.Popen([sys.executable, '-c', {child!r}]); "
        "y = bytearray(60_000_000); p.wait(); print('{\"ok\": 1}')"
    )
    run = measure([sys.executable, "-c", parent])
    assert run.peak_rss > 180_000_000
    assert run.seconds >= 1.0
    assert run.reported() == {"ok": 1}


def test_measure_reports_a_failing_command():
    with pytest.raises(BenchError, match="exited with 3"):
        measure([sys.executable, "-c", "import sys; sys.exit(3)"])


def test_bad_worker_lists_are_usage_errors(tmp_path):
    for bad in ("0", "a,b", ","):
        result = CliRunner().invoke(bench_command, ["--workers", bad, "--out", tmp_path / "b"])
        assert result.exit_code == 2, (bad, result.output)


def test_python_dash_m_pipeline_runs_the_cli():
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=True
    )
    assert "extract" in done.stdout and "Usage: claims" in done.stdout


@pytest.mark.slow
def test_a_small_bench_run_writes_every_figure(tmp_path):
    out = tmp_path / "bench.json"
    lines: list[str] = []
    result = run_bench(
        articles=12, large=16, workers=(1, 2), out=out, keep=tmp_path / "work", echo=lines.append
    )
    assert json.loads(out.read_text()) == result
    assert result["machine"]["cpu_count"] >= 1 and result["machine"]["spacy"]
    assert result["corpus"]["small"]["articles"] == 12
    assert result["corpus"]["large"]["articles"] == 16
    assert result["corpus"]["small"]["words"] > 12 * 150
    sp, ex = result["spacy"], result["extract"]
    assert sp["words_per_second"] > 0 and sp["words_per_second_end_to_end"] > 0
    assert sp["pipe_seconds"] > 0 and sp["load_seconds"] > 0
    assert ex["end_to_end"]["words_per_second"] > 0 and ex["end_to_end"]["claims"] > 0
    assert ex["excluding_startup"]["words_per_second"] > ex["end_to_end"]["words_per_second"]
    assert result["ratio"]["value"] > 0 and "excluding" in result["ratio"]["basis"]
    assert set(result["workers"]) == {"1", "2"}
    assert all(w["words_per_second"] > 0 for w in result["workers"].values())
    mem = result["memory"]
    assert mem["small_peak_rss_bytes"] > 50 * 2**20  # the spaCy model alone is larger
    assert mem["large_peak_rss_bytes"] > 50 * 2**20
    assert result["workers"]["2"]["peak_rss_bytes"] > mem["small_peak_rss_bytes"]
    assert result["rerun"]["rerun_seconds"] > 0
    if "warnings" not in result:  # code edited meanwhile: the re-run re-extracts
        assert result["rerun"]["rerun_seconds"] < result["rerun"]["first_seconds"]
    assert [t["name"] for t in result["targets"]] == [
        "extract/spaCy throughput ratio",
        "2 workers vs 1 (speed-up)",
        "peak RSS large vs small (growth)",
        "re-run vs first run (speed-up)",
    ]
    assert all(isinstance(t["pass"], bool) for t in result["targets"])
    table = format_table(result)
    assert table.count("PASS") + table.count("MISS") == 4
    assert (tmp_path / "work" / "corpus-large").is_dir() and lines


POLNEAR = SHARED / "benchmarks" / "polnear" / "articles"


@pytest.mark.slow
def test_a_small_bench_run_on_real_articles(tmp_path):
    """`--corpus`: the same figures on a folder of real news (a few PolNeAR articles,
    copied to a temporary folder at test time), without the generated corpus."""
    if not POLNEAR.is_dir():
        pytest.skip(f"no PolNeAR articles at {POLNEAR}")
    real = tmp_path / "real"
    real.mkdir()
    for path in sorted(POLNEAR.glob("*.txt"))[:4]:
        (real / path.name).write_bytes(path.read_bytes())
    result = run_bench(
        articles=0,
        large=0,
        workers=(1, 2),
        out=tmp_path / "bench.json",
        keep=tmp_path / "work",
        corpus=real,
        repeat=2,
        echo=lambda _line: None,
    )
    assert "ratio" not in result and "memory" not in result  # no generated corpus
    section = result["real"]
    assert section["corpus"]["articles"] == 4 and section["corpus"]["words"] > 4 * 100
    assert section["corpus"]["folder"] == str(real)
    assert section["spacy"]["words_per_second"] > 0
    assert section["extract"]["end_to_end"]["claims"] > 0
    assert section["extract"]["end_to_end"]["peak_rss_bytes"] > 50 * 2**20
    ratio = section["ratio"]
    assert ratio["value"] > 0 and len(ratio["spread"]["rounds"]) == 2
    assert ratio["spread"]["min"] <= ratio["value"] <= ratio["spread"]["max"]
    assert len(ratio["cpu"]["rounds"]) == 2 and ratio["cpu"]["median"] > 0
    assert set(section["workers"]) == {"1", "2"}
    assert len(section["workers"]["2"]["speedup_spread"]["rounds"]) == 2
    assert section["rerun"]["rerun_seconds"] > 0
    assert [t["name"] for t in result["targets"]] == [
        "real news: extract/spaCy ratio",
        "real news: 2 workers vs 1",
        "real news: re-run vs first run",
    ]
    table = format_table(result)
    assert "real corpus: 4 articles" in table and "generated corpus" not in table
    assert table.count("PASS") + table.count("MISS") == 3


def test_bench_needs_a_corpus_when_nothing_is_generated(tmp_path):
    result = CliRunner().invoke(bench_command, ["--articles", "0", "--out", tmp_path / "b"])
    assert result.exit_code == 2 and "--corpus" in result.output
    with pytest.raises(BenchError, match="nothing to measure"):
        run_bench(articles=0, large=0, out=None, corpus=None)


def test_stage_profile_accounts_for_every_stage(tmp_path):
    from pipeline.measure.bench import stage_profile
    from tests.conftest import DEV

    for path in sorted(DEV.glob("*.txt"))[:2]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    report = stage_profile(tmp_path)
    assert report["articles"] == 2 and report["words"] > 200
    ours, bare = report["extract_cpu_seconds"], report["spacy_cpu_seconds"]
    for stage in ("tokenizer", "prefilter plan", "tok2vec", "parser", "ner", "extraction"):
        assert stage in ours, stage
    assert {"tokenizer", "tok2vec", "parser", "attribute_ruler", "lemmatizer", "ner"} <= set(bare)
    assert "prefilter plan" not in bare and "extraction" not in bare
    assert ours["parser"] > 0 and bare["ner"] > 0
    assert abs(sum(ours.values()) - report["extract_total"]) < 0.01
    # the ratio is of the unrounded totals; the totals are reported to 1 ms, which on two
    # short articles moves their ratio by up to this much
    spacy, extract = report["spacy_total"], report["extract_total"]
    rounding = spacy / extract * (0.0005 / spacy + 0.0005 / extract) + 0.0005
    assert abs(report["ratio"] - spacy / extract) <= rounding + 1e-9
    tokens = report["tokens"]  # kept runs plus context: at most a little over the article
    assert 0 < tokens["parsed"] and tokens["article"] > 200
    assert report["parsed_share"] == round(tokens["parsed"] / tokens["article"], 3) > 0
