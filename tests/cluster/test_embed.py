"""Embeddings offline and cached, and the clustering and matching steps end to end.

These need the embedding extra (`make setup-embed`; `make test` installs it).
"""

from __future__ import annotations

import csv
import json
import shutil
import socket

import numpy as np
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.cluster.embed import Embedder, default_model_dir, embed_cached
from pipeline.cluster.steps import run_cluster
from pipeline.run.runner import run_extract
from pipeline.store.clusters import cluster_ids, count_vectors
from pipeline.store.db import Store
from tests.conftest import ROOT

pytestmark = pytest.mark.embed


def _md(title: str, date: str, outlet: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: {date}\noutlet: {outlet}\n---\n\n{body}\n"


ARTICLES = {
    "rutte-original.md": _md(
        "NATO chief warns on shells",
        "2025-03-04",
        "Harbour Times",
        "NATO Secretary General Mark Rutte said on Tuesday that Russia produces three times "
        "more ammunition in three months than NATO does in a year. Rutte also said that allies "
        "must spend 5 percent of their GDP on defence by 2035.",
    ),
    "rereport-drift.md": _md(
        "Alliance lags on ammunition",
        "2025-03-10",
        "Valley Ledger",
        "Russia produces four times more ammunition in three months than NATO does in a year, "
        "NATO Secretary General Mark Rutte said.",
    ),
    "rereport-paraphrase.md": _md(
        "Shell gap widens",
        "2025-03-06",
        "Northern Post",
        "Mark Rutte warned that Russia makes threefold more ammunition in a quarter than the "
        "alliance does in a year.",
    ),
    "tanks.md": _md(
        "Berlin orders tanks",
        "2025-02-01",
        "Harbour Times",
        "Defence Minister Boris Pistorius said Germany will buy 105 Leopard 2 tanks by 2030.",
    ),
}


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_loads_offline_from_the_package_and_from_a_folder(embedder, tmp_path, no_network):
    assert default_model_dir().is_dir()
    assert embedder.dimension == 384
    folder = tmp_path / "my-model"
    shutil.copytree(default_model_dir(), folder)
    other = Embedder(folder, threads=1, device="cpu")
    texts = ["Russia produces three times more ammunition than NATO."]
    a, b = embedder.encode(texts), other.encode(texts)
    assert np.allclose(a, b, atol=1e-5)
    assert abs(float(np.linalg.norm(a[0])) - 1.0) < 1e-5
    assert other.key.startswith("my-model:") and other.key != embedder.key


def test_a_folder_without_a_model_is_refused(tmp_path):
    from pipeline.cluster.embed import EmbeddingUnavailable

    with pytest.raises(EmbeddingUnavailable, match="not a sentence-transformers model"):
        Embedder(tmp_path, threads=1)


def test_paraphrases_are_closer_than_other_claims(embedder):
    v = embedder.encode(
        [
            "Russia produces three times more ammunition in three months than NATO in a year",
            "Russia makes threefold more shells in a quarter than the alliance in a year",
            "Germany will buy 105 Leopard 2 tanks by 2030",
        ]
    )
    assert float(v[0] @ v[1]) > float(v[0] @ v[2]) + 0.3


def test_the_cache_embeds_only_new_texts(embedder, tmp_path, monkeypatch):
    calls: list[int] = []
    encode = embedder.encode
    monkeypatch.setattr(embedder, "encode", lambda texts: calls.append(len(texts)) or encode(texts))
    with Store(tmp_path / "claims.db") as store:
        texts = ["alpha claim", "beta claim", "alpha claim"]
        first, n1 = embed_cached(embedder, store, texts)
        again, n2 = embed_cached(embedder, store, texts)
        more, n3 = embed_cached(embedder, store, [*texts, "gamma claim"])
        assert (n1, n2, n3) == (2, 0, 1)
        assert calls == [2, 1]
        assert np.array_equal(first, again) and np.array_equal(first, more[:3])
        assert count_vectors(store, embedder.key) == 3


def test_a_re_run_whose_vectors_are_cached_never_loads_the_model(tmp_path):
    """The weights are read at the first text to encode, not when the embedder is made:
    an unchanged re-run finds every vector in the store and loads nothing."""
    folder = tmp_path / "my-model"
    shutil.copytree(default_model_dir(), folder)
    texts = ["alpha claim", "beta claim"]
    with Store(tmp_path / "claims.db") as store:
        first = Embedder(folder, threads=1, device="cpu")
        assert first._model is None
        vectors, encoded = embed_cached(first, store, texts)
        assert encoded == 2 and first._model is not None
        again = Embedder(folder, threads=1, device="cpu")
        cached, encoded = embed_cached(again, store, texts)
        assert encoded == 0 and again._model is None
        assert np.array_equal(vectors, cached)


def _clustered(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_extract(corpus, out)
    with Store(out / "claims.db") as store:
        summary = run_cluster(store, out, embedder)
    return out, summary


def test_a_drifted_re_report_joins_the_cluster_and_a_different_claim_does_not(embedder, tmp_path):
    out, summary = _clustered(tmp_path, embedder)
    items = [json.loads(line) for line in (out / "clusters.jsonl").read_text().splitlines()]
    by_source = {}
    for item in items:
        for a in item["appearances"]:
            by_source.setdefault(a["source"], []).append((item, a))
    ammo = by_source["rereport-drift.md"][0][0]
    assert {a["source"] for a in ammo["appearances"]} == {
        "rutte-original.md",
        "rereport-drift.md",
        "rereport-paraphrase.md",
    }
    assert ammo["figures_disagree"] is True
    assert len(ammo["figure_variants"]) >= 2
    assert ammo["first_appearance"]["source"] == "rutte-original.md"  # 2025-03-04
    assert ammo["speakers"][0] == "Mark Rutte"
    # Rutte's other claim in the same article is not in it
    spending = [it for it, a in by_source["rutte-original.md"] if "5 percent" in a["claim_text"]]
    assert spending and spending[0]["cluster_id"] != ammo["cluster_id"]
    assert spending[0]["size"] == 1
    # every record carries its cluster id, the same as the cluster table
    records = [json.loads(line) for line in (out / "claims.jsonl").read_text().splitlines()]
    with Store(out / "claims.db") as store:
        assert {r["claim_id"]: r["cluster_id"] for r in records} == cluster_ids(store)
    assert summary.claims == len(records) and summary.repeated >= 1
    # repeated in two other articles: the check-worthiness says so, in the JSONL and the CSV
    ammo_ids = {a["claim_id"] for a in ammo["appearances"]}
    assert ammo_ids and all(
        r["checkworthiness"]["features"]["repeated"] == 0.1
        for r in records
        if r["claim_id"] in ammo_ids
    )
    assert all(
        "repeated" not in r["checkworthiness"]["features"]
        for r in records
        if r["cluster_id"] == spending[0]["cluster_id"]
    )
    review = list(csv.DictReader((out / "claims.csv").open(encoding="utf-8")))
    by_id = {r["claim_id"]: r for r in records}
    assert [float(r["checkworthiness"]) for r in review] == [
        by_id[r["claim_id"]]["checkworthiness"]["score"] for r in review
    ]
    scores = [float(r["checkworthiness"]) for r in review]
    assert scores == sorted(scores, reverse=True)
    assert summary.outputs["review"] == out / "claims.csv" and not summary.note
    # the CSV view has one row per cluster
    rows = list(csv.DictReader((out / "clusters.csv").open(encoding="utf-8")))
    assert [r["cluster_id"] for r in rows] == [it["cluster_id"] for it in items]


def test_a_re_run_embeds_nothing_and_writes_the_same_bytes(embedder, tmp_path):
    out, first = _clustered(tmp_path, embedder)
    names = ("clusters.jsonl", "clusters.csv", "claims.jsonl", "claims.csv")
    before = {n: (out / n).read_bytes() for n in names}
    with Store(out / "claims.db") as store:
        again = run_cluster(store, out, embedder)
    assert first.embedded > 0 and again.embedded == 0
    assert {n: (out / n).read_bytes() for n in before} == before


def test_cli_match_against_known_checks(embedder, tmp_path, monkeypatch):
    out, _ = _clustered(tmp_path, embedder)
    checks = tmp_path / "checks.jsonl"
    checks.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "claim": "Russia produces three times more ammunition in three months "
                        "than NATO does in a year.",
                        "verdict": "Mostly true",
                        "url": "https://checks.example/ammo",
                        "date": "2025-03-08",
                    }
                ),
                json.dumps({"claim": "Germany has no tanks left.", "verdict": "False"}),
                "{not json",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("pipeline.cluster.embed.shared_embedder", lambda *a, **k: embedder)
    result = CliRunner().invoke(
        main, ["match", "--against", str(checks), "--db", str(out / "claims.db")]
    )
    assert result.exit_code == 3, result.output  # the bad line is reported, the rest matched
    assert "checks.jsonl:3: not JSON" in result.output
    lines = [json.loads(line) for line in (out / "matches.jsonl").read_text().splitlines()]
    matched = {m["claim_id"]: m for m in lines}
    ammo = [m for m in lines if "ammunition" in m["claim_text"]]
    assert len(ammo) == 3
    for m in lines:
        scores = [x["score"] for x in m["matches"]]
        assert scores == sorted(scores, reverse=True)
        assert all(x["verdict"] != "False" for x in m["matches"])  # the tank check fits none
    rows = list(csv.DictReader((out / "claims.csv").open(encoding="utf-8")))
    for row in rows:
        assert bool(row["known_checks"]) == (row["claim_id"] in matched)
    assert "Mostly true" in next(r["known_checks"] for r in rows if r["claim_id"] in matched)
    # the column is read-only but not compared on import: the file imports as it is
    imported = CliRunner().invoke(
        main, ["review", "import", str(out / "claims.csv"), "--db", str(out / "claims.db")]
    )
    assert imported.exit_code == 0, imported.output


def test_an_interrupted_clustering_keeps_the_outputs_and_exits_130(embedder, tmp_path, monkeypatch):
    out, _ = _clustered(tmp_path, embedder)
    before = {n: (out / n).read_bytes() for n in ("clusters.jsonl", "claims.jsonl")}

    def stop(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.cluster.embed.shared_embedder", lambda *a, **k: embedder)
    monkeypatch.setattr("pipeline.cluster.steps.cluster_records", stop)
    result = CliRunner().invoke(main, ["cluster", "--db", str(out / "claims.db")])
    assert result.exit_code == 130, result.output
    assert "interrupted while clustering" in result.output
    assert {n: (out / n).read_bytes() for n in before} == before


def test_claimreview_lists_every_appearance_of_a_clustered_claim(embedder, tmp_path):
    from pipeline.views.export import export

    out, _ = _clustered(tmp_path, embedder)
    path = tmp_path / "claims.claimreview.json"
    with Store(out / "claims.db") as store:
        export(store, "claimreview", path)
    items = json.loads(path.read_text())
    ammo = [i for i in items if "ammunition" in i["text"]]
    assert len(ammo) == 3
    for item in ammo:  # each lists its own article first, then the others by date
        apps = item["appearance"]
        assert isinstance(apps, list) and len(apps) == 3
        assert [a["datePublished"] for a in apps[1:]] == sorted(
            a["datePublished"] for a in apps[1:]
        )
        assert {a["publisher"]["name"] for a in apps} == {
            "Harbour Times",
            "Valley Ledger",
            "Northern Post",
        }
    tanks = next(i for i in items if "Leopard" in i["text"])
    assert tanks["appearance"]["@type"] == "NewsArticle"  # a single appearance stays an object


def test_the_report_shows_a_claims_other_appearances(embedder, tmp_path):
    from pipeline.views.report import render_report

    out, _ = _clustered(tmp_path, embedder)
    with Store(out / "claims.db") as store:
        page = render_report(store)
        ids = {r.claim_id: r for r in store.records()}
    ammo = [c for c, r in ids.items() if "ammunition" in r.claim_text]
    assert page.count("<dt>other appearances</dt>") == len(ammo) == 3
    for claim_id in ammo:  # each links to the other two
        assert page.count(f'href="#claim-{claim_id}"') == 2


def test_an_empty_store_gives_empty_outputs(embedder, tmp_path):
    with Store(tmp_path / "claims.db") as store:
        summary = run_cluster(store, tmp_path, embedder)
    assert (summary.claims, summary.clusters, summary.embedded) == (0, 0, 0)
    assert (tmp_path / "clusters.jsonl").read_text() == ""
    assert (tmp_path / "clusters.csv").read_text().startswith("cluster_id,size,")


PAIRS = ROOT / "tests" / "data" / "pairs" / "pairs.tsv"


@pytest.fixture(scope="module")
def pair_scores(embedder):
    from pipeline.measure.pairs import load_pairs, score_pairs

    return score_pairs(load_pairs(PAIRS), embedder)


def test_the_labelled_pairs_are_balanced_and_split():
    from pipeline.measure.pairs import KINDS_OTHER, KINDS_SAME, load_pairs

    pairs = load_pairs(PAIRS)
    assert len(pairs) >= 80
    kinds = {p.kind for p in pairs}
    assert kinds == set(KINDS_SAME) | set(KINDS_OTHER)
    for p in pairs:
        assert p.same == (p.kind in KINDS_SAME)
    for kind in kinds:
        splits = [p.split for p in pairs if p.kind == kind]
        assert abs(splits.count("dev") - splits.count("test")) <= 1


def test_the_configured_weights_are_the_ones_chosen_on_dev(pair_scores):
    from pipeline.cluster.similarity import weights
    from pipeline.measure.pairs import fit_weights

    fitted, _info = fit_weights(pair_scores)
    w = weights()
    assert {k: getattr(w, k) for k in fitted} == pytest.approx(fitted, abs=0.006)


def test_pairing_on_the_test_split(pair_scores):
    from pipeline.measure.pairs import evaluate_pairs

    result = evaluate_pairs(pair_scores)
    test = result["combined"]["test"]
    assert test["f1"] >= 0.9, result["combined"]
    assert test["precision"] >= 0.85 and test["recall"] >= 0.9
    # the test split never chose anything: its threshold is the dev one
    assert result["combined"]["threshold"] == pytest.approx(result["weights_threshold"], abs=0.006)


def test_clustering_keeps_an_edited_review_csv_aside(embedder, tmp_path):
    out, _ = _clustered(tmp_path, embedder)
    edited = (
        (out / "claims.csv").read_text(encoding="utf-8").replace(",unreviewed,", ",accepted,", 1)
    )
    (out / "claims.csv").write_text(edited, encoding="utf-8")
    with Store(out / "claims.db") as store:
        summary = run_cluster(store, out, embedder)
    assert (out / "claims.csv").read_text(encoding="utf-8") == edited  # the edits are kept
    assert summary.outputs["review"] == out / "claims.new.csv" and "was edited" in summary.note
