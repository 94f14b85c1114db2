"""The store's side of clustering: a claim repeated in other articles scores higher when it
is read (records, claims.jsonl, the review CSV and its import), without changing what is
stored. No embedding model needed: the clustering is written directly."""

from __future__ import annotations

import csv

import pytest

from pipeline.normalize.checkworthiness import checkworthiness
from pipeline.records import Article, Speaker
from pipeline.store.clusters import replace_clusters
from pipeline.store.db import Store
from pipeline.store.review import import_reviews, write_review_csv
from tests.views.test_export import build_store, make_record

MINISTER = Speaker(name="Anna Kowal", role="Defence Minister", mention="Anna Kowal")


def _article(n: int, text: str) -> Article:
    return Article(article_id=f"a_{n}", source=f"news/{n}.txt", text=text)


ONE = _article(1, "Anna Kowal said the army bought 80 tanks.\nThe depot holds 300 shells.\n")
TWO = _article(2, "Anna Kowal said the army bought 80 tanks in May.\nThe depot was rebuilt.\n")
THREE = _article(3, "The army bought 80 tanks, Anna Kowal said.\n")


def _record(article: Article, sentence: str, figure: str | None = None):
    record = make_record(
        article,
        sentence,
        sentence,
        ["attributed", "quantitative"] if figure else ["attributed"],
        speaker=MINISTER,
        cue="said",
        figures=((figure, 80.0, "tank"),) if figure else (),
    )
    record.checkworthiness = checkworthiness(record)
    return record


@pytest.fixture
def store(tmp_path):
    records = {
        "tanks1": _record(ONE, "Anna Kowal said the army bought 80 tanks.", "80 tanks"),
        "depot": _record(ONE, "The depot holds 300 shells."),
        "tanks2": _record(TWO, "Anna Kowal said the army bought 80 tanks in May.", "80 tanks"),
        "rebuilt": _record(TWO, "The depot was rebuilt."),
        "tanks3": _record(THREE, "The army bought 80 tanks, Anna Kowal said.", "80 tanks"),
    }
    by_article: dict[str, list] = {}
    for r in records.values():
        by_article.setdefault(r.article_id, []).append(r)
    articles = {a.article_id: a for a in (ONE, TWO, THREE)}
    st = build_store(tmp_path / "claims.db", [(articles[k], v) for k, v in by_article.items()])
    st.ids = {k: r.claim_id for k, r in records.items()}  # test's own handle
    yield st
    st.close()


def _features(store: Store) -> dict[str, dict[str, float]]:
    names = {v: k for k, v in store.ids.items()}
    return {names[r.claim_id]: r.checkworthiness.features for r in store.records()}


def _stored(store: Store) -> list[str]:
    return [row[0] for row in store.conn.execute("SELECT record FROM claims ORDER BY claim_id")]


@pytest.mark.parametrize(
    "clusters, repeated",
    [
        ({}, {}),  # no clustering yet
        # the same claim in three articles: two others each
        (
            {"tanks1": "k1", "tanks2": "k1", "tanks3": "k1"},
            {"tanks1": 0.1, "tanks2": 0.1, "tanks3": 0.1},
        ),
        ({"tanks1": "k1", "tanks2": "k1", "tanks3": "k2"}, {"tanks1": 0.05, "tanks2": 0.05}),
        # two claims of one article in one cluster: not repeated across articles
        ({"tanks1": "k1", "depot": "k1"}, {}),
        ({"depot": "k3", "rebuilt": "k3"}, {"depot": 0.05, "rebuilt": 0.05}),
    ],
)
def test_a_claim_repeated_in_other_articles_gets_the_repeated_feature(store, clusters, repeated):
    before = _stored(store)
    replace_clusters(store, {store.ids[k]: c for k, c in clusters.items()})
    features = _features(store)
    assert {k: f["repeated"] for k, f in features.items() if "repeated" in f} == repeated
    for record in store.records():
        expected = sum(record.checkworthiness.features.values())
        assert record.checkworthiness.score == round(min(1.0, expected), 2)
    assert _stored(store) == before  # what is stored does not change
    for key in store.ids.values():  # `get_claim` (what import compares with) agrees
        got = store.get_claim(key).record.checkworthiness
        assert got == next(r.checkworthiness for r in store.records() if r.claim_id == key)


def test_a_new_clustering_counts_at_once_and_a_current_claim_only(store):
    replace_clusters(store, {store.ids[k]: "k1" for k in ("tanks1", "tanks2", "tanks3")})
    assert _features(store)["tanks1"]["repeated"] == 0.1
    replace_clusters(store, {store.ids[k]: "k1" for k in ("tanks1", "tanks2")})
    assert _features(store)["tanks1"]["repeated"] == 0.05
    store.conn.execute("UPDATE claims SET current = 0 WHERE claim_id = ?", (store.ids["tanks2"],))
    assert "repeated" not in _features(store)["tanks1"]  # the other appearance went stale


def test_the_review_csv_is_ordered_with_repetition_and_imports_without_warnings(store, tmp_path):
    path = tmp_path / "claims.csv"
    write_review_csv(store.claims(), path)
    order = [r["claim_id"] for r in csv.DictReader(path.open(encoding="utf-8"))]
    # equal scores keep the store's order: tanks1 before tanks2 before tanks3
    assert order[:3] == [store.ids[k] for k in ("tanks1", "tanks2", "tanks3")]
    replace_clusters(store, {store.ids[k]: "k1" for k in ("tanks2", "tanks3")})
    write_review_csv(store.claims(), path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["claim_id"] for r in rows][:3] == [
        store.ids[k] for k in ("tanks2", "tanks3", "tanks1")
    ]
    scores = [float(r["checkworthiness"]) for r in rows]
    assert scores == sorted(scores, reverse=True)
    result = import_reviews(store, path)
    assert result.applied and result.warnings == []
