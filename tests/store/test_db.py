"""The claims database: migration from older schemas, refusal of unusable files, stale
marking and revival of reviewed claims across runs, and the runs table.

Most tests feed the store hand-made articles and records (no spaCy), so they run in
milliseconds; the interrupted-run test goes through the real runner.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
from pathlib import Path

import pytest

from pipeline.records import Article, ClaimRecord, Quantity, Speaker
from pipeline.store.db import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Review,
    Store,
    StoreError,
)
from tests.conftest import CORPUS

# -- hand-made articles and claims (shared with test_review.py) -------------------------


def make_article(text: str, source: str = "a.txt") -> Article:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Article(article_id=f"a_{digest}", source=source, text=text, title=text[:20])


def make_record(
    article: Article, sentence: str, speaker: str | None = None, role: str | None = None
) -> ClaimRecord:
    """A quantitative (and, with `speaker`, attributed) claim on `sentence` of `article`."""
    start = article.text.index(sentence)
    key = f"{article.article_id}|{start}|{speaker or ''}"
    return ClaimRecord(
        claim_id="c_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16],
        article_id=article.article_id,
        source=article.source,
        title=article.title,
        sentence=sentence,
        char_start=start,
        char_end=start + len(sentence),
        claim_text=sentence,
        types=["attributed", "quantitative"] if speaker else ["quantitative"],
        speaker=Speaker(name=speaker, role=role) if speaker else None,
        quantities=[Quantity(text="12", value=12, char_start=start, char_end=start + 2)],
        confidence=0.7,
    )


def run(store: Store, inputs: dict[str, tuple[Article, list[ClaimRecord]]]) -> dict[str, int]:
    """One complete run over `inputs` (path -> article and its records); its stats."""
    run_id = store.begin_run("test-version", "in", {"workers": 1})
    for path, (article, records) in inputs.items():
        store.see_source(path, path, article.article_id, run_id)
        store.save_article(article, records, "fp", run_id)
    stats = store.complete_run(run_id)
    store.end_run(run_id, "complete", {"articles": len(inputs)}, [])
    return stats


ONE = "12 tanks left the plant, the director said. 30 more follow in May."
ONE_EDITED = "12 tanks left the plant, the director said. 31 more follow in June."
TWO = "Output rose 12 percent, the ministry said."


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "claims.db") as s:
        yield s


@pytest.fixture
def one():
    article = make_article(ONE)
    first = make_record(article, "12 tanks left the plant, the director said.", "the director")
    second = make_record(article, "30 more follow in May.")
    return article, [first, second]


def _accept(store: Store, claim_id: str, note: str = "") -> None:
    store.apply_reviews([(claim_id, Review("accepted", "ana", note))], origin="test")


# -- schema versions ----------------------------------------------------------------------


def _version_1_database(path: Path, record: ClaimRecord, article: Article) -> None:
    """A database as the previous release left it: schema 1 and its rows."""
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO runs (run_id, started_at, finished_at, status, pipeline_version, "
        "input_dir, config, counts, errors) VALUES (1, '2025-01-01T00:00:00Z', "
        "'2025-01-01T00:01:00Z', 'complete', 'old', 'corpus', '{}', '{\"articles\": 1}', '[]')"
    )
    conn.execute(
        "INSERT INTO articles (article_id, text, title, fingerprint, run_id, n_claims, "
        "last_sources) VALUES (?, ?, ?, 'old-fp', 1, 1, ?)",
        (article.article_id, article.text, article.title, json.dumps([article.source])),
    )
    conn.execute(
        "INSERT INTO sources (source, file, article_id, last_run) VALUES (?, ?, ?, 1)",
        (article.source, article.source, article.article_id),
    )
    conn.execute(
        "INSERT INTO claims (claim_id, article_id, seq, record, current, first_run, last_run) "
        "VALUES (?, ?, 0, ?, 1, 1, 1)",
        (record.claim_id, article.article_id, record.model_dump_json()),
    )
    conn.execute(
        "INSERT INTO reviews (claim_id, status, reviewer, note, corrections, updated_at) "
        "VALUES (?, 'corrected', 'old hand', 'checked twice', ?, '2025-01-02T00:00:00Z')",
        (record.claim_id, json.dumps({"speaker": "Jane Roe"})),
    )
    conn.commit()
    conn.close()


def test_version_1_database_is_migrated_with_its_rows_intact(tmp_path, one):
    article, (record, _second) = one
    path = tmp_path / "old.db"
    _version_1_database(path, record, article)

    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert {"files", "review_log"} <= tables
        # the old rows, as they were
        [old_run] = store.runs()
        assert (old_run["status"], old_run["counts"]) == ("complete", {"articles": 1})
        stored = store.get_claim(record.claim_id)
        assert stored is not None and stored.current
        assert stored.record == record
        assert stored.review == Review(
            "corrected", "old hand", "checked twice", {"speaker": "Jane Roe"}
        )
        assert store.article(article.article_id).text == ONE
        assert [c.record.claim_id for c in store.claims()] == [record.claim_id]
        # the new tables work
        store.record_file("a.txt", 10, 20, "fp", 1)
        assert store.file_unchanged("a.txt", 10, 20, "fp")
        assert not store.file_unchanged("a.txt", 10, 21, "fp")
        counts = store.apply_reviews([(record.claim_id, Review("accepted", "ana"))], "test")
        assert counts == {"changed": 1, "unchanged": 0}
        log = store.conn.execute("SELECT claim_id, status, reviewer FROM review_log").fetchall()
        assert log == [(record.claim_id, "accepted", "ana")]
    # opening again is a no-op
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.get_claim(record.claim_id).review.status == "accepted"


def test_newer_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer than this tool"):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("things",)]
    conn.close()


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "claims.db"
    path.write_text("claim_id,review_status\nc_1,accepted\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a usable claims database"):
        Store(path)


# -- stale marking and revival --------------------------------------------------------------


def test_review_is_kept_when_the_claim_id_is_unchanged(store, one):
    article, records = one
    run(store, {"a.txt": (article, records)})
    _accept(store, records[0].claim_id, "fine")
    stats = run(store, {"a.txt": (article, records)})
    assert stats == {"newly_stale": 0, "revived": 0, "dropped": 0, "carried": 0}
    kept = store.get_claim(records[0].claim_id)
    assert kept.current
    assert kept.review == Review("accepted", "ana", "fine")


def test_changed_article_text_makes_its_reviewed_claims_stale(store, one):
    article, records = one
    run(store, {"a.txt": (article, records)})
    _accept(store, records[0].claim_id)
    edited = make_article(ONE_EDITED)
    new_records = [make_record(edited, "31 more follow in June.")]
    stats = run(store, {"a.txt": (edited, new_records)})

    assert stats["newly_stale"] == 1
    stale = store.get_claim(records[0].claim_id)
    assert not stale.current
    assert stale.review.stale
    assert stale.review.stale_reason == "article text changed (a.txt)"
    assert stale.review.status == "accepted"  # the decision is kept
    # the unreviewed claim of the old text is gone; the new text's claim is current
    assert store.get_claim(records[1].claim_id) is None
    assert store.get_claim(new_records[0].claim_id).current
    assert [c.review.stale for c in store.claims()] == [False, True]
    assert [c.record.claim_id for c in store.claims(include_stale=False)] == [
        new_records[0].claim_id
    ]


def test_removed_article_makes_its_reviewed_claims_stale(store, one):
    article, records = one
    other = make_article(TWO, "b.txt")
    other_records = [make_record(other, TWO, "the ministry")]
    run(store, {"a.txt": (article, records), "b.txt": (other, other_records)})
    _accept(store, records[1].claim_id)
    run(store, {"b.txt": (other, other_records)})

    stale = store.get_claim(records[1].claim_id)
    assert stale.review.stale_reason == "article no longer in the input (a.txt)"
    assert store.get_claim(records[0].claim_id) is None
    assert store.article(article.article_id) is not None  # kept for its reviewed claim
    summary = store.review_summary()
    assert summary["total"]["stale"] == 1
    assert summary["articles"]["a.txt"]["stale"] == 1
    assert summary["articles"]["b.txt"]["unreviewed"] == 1


def test_claim_no_longer_extracted_goes_stale_and_comes_back(store, one):
    article, records = one
    run(store, {"a.txt": (article, records)})
    _accept(store, records[1].claim_id, "seen")
    run(store, {"a.txt": (article, records[:1])})  # the extractor stopped finding it

    stale = store.get_claim(records[1].claim_id)
    assert stale.review.stale_reason == "no longer extracted from its article"
    assert store.review_summary()["total"]["stale"] == 1

    stats = run(store, {"a.txt": (article, records)})  # and found it again
    assert stats["revived"] == 1
    back = store.get_claim(records[1].claim_id)
    assert back.current and not back.review.stale and back.review.stale_reason == ""
    assert back.review == Review("accepted", "ana", "seen")


def test_unreviewed_claims_that_are_no_longer_current_are_dropped(store, one):
    article, records = one
    run(store, {"a.txt": (article, records)})
    stats = run(store, {"a.txt": (article, records[:1])})
    assert stats == {"newly_stale": 0, "revived": 0, "dropped": 1, "carried": 0}
    assert store.claim_ids() == {records[0].claim_id}
    assert store.review_summary()["total"]["stale"] == 0


def test_renamed_article_keeps_reviews_and_reports_its_new_path(store, one):
    article, records = one
    run(store, {"a.txt": (article, records)})
    _accept(store, records[0].claim_id)
    run(store, {"renamed.txt": (article, records)})
    stored = store.get_claim(records[0].claim_id)
    assert not stored.review.stale
    # get_claim and claims() agree on where the claim lives now
    assert stored.record.source == "renamed.txt"
    listed = {c.record.claim_id: c.record.source for c in store.claims()}
    assert listed[records[0].claim_id] == "renamed.txt"


# -- reviews follow their claims: edited, returning and shared articles (issue 12) -----------

DIRECTOR = "12 tanks left the plant, the director said."
# the same claim sentence after an edit elsewhere: a new paragraph first, a later figure changed
ONE_REWRITTEN = "Updated on Friday.\n" + ONE_EDITED


def _edited(article_text: str, source: str = "a.txt") -> tuple[Article, list[ClaimRecord]]:
    edited = make_article(article_text, source)
    sentences = [DIRECTOR, "31 more follow in June."]
    return edited, [
        make_record(edited, DIRECTOR, "the director"),
        make_record(edited, sentences[1]),
    ]


def test_edited_article_keeps_reviews_of_its_unchanged_claims(store, one):
    article, records = one
    run(store, {"a.txt": (article, records)})
    _accept(store, records[0].claim_id, "director checked")
    _accept(store, records[1].claim_id, "may checked")
    edited, new_records = _edited(ONE_REWRITTEN)
    assert new_records[0].claim_id != records[0].claim_id  # offsets moved: a new id
    stats = run(store, {"a.txt": (edited, new_records)})

    assert (stats["carried"], stats["newly_stale"]) == (1, 1)
    kept = store.get_claim(new_records[0].claim_id)
    assert kept.current and kept.review == Review("accepted", "ana", "director checked")
    # the changed claim alone goes stale, its decision kept
    changed = store.get_claim(records[1].claim_id)
    assert changed.review.stale and changed.review.note == "may checked"
    assert changed.review.stale_reason == "article text changed (a.txt)"
    assert store.get_claim(records[0].claim_id) is None  # its review moved; no stale twin
    assert store.get_claim(new_records[1].claim_id).review.status == "unreviewed"
    log = store.conn.execute(
        "SELECT claim_id, status, note, origin FROM review_log ORDER BY id"
    ).fetchall()
    assert log[-1][:3] == (new_records[0].claim_id, "accepted", "director checked")
    assert f"carried over from {records[0].claim_id}" in log[-1][3]


def test_review_follows_the_claim_through_edits_and_back(store, one):
    article, records = one
    run(store, {"a.txt": (article, records)})
    _accept(store, records[0].claim_id, "ok")
    edited, new_records = _edited(ONE_REWRITTEN)
    run(store, {"a.txt": (edited, new_records)})
    run(store, {"a.txt": (article, records)})  # the edit is undone
    back = store.get_claim(records[0].claim_id)
    assert back.current and back.review == Review("accepted", "ana", "ok")
    assert store.review_summary()["total"] == {
        "unreviewed": 1, "accepted": 1, "rejected": 0, "corrected": 0, "stale": 0
    }  # fmt: skip


def test_a_claim_with_other_content_does_not_take_the_review(store, one):
    """Same sentence, but another speaker: not the reviewed claim."""
    article, records = one
    run(store, {"a.txt": (article, records)})
    _accept(store, records[0].claim_id)
    edited = make_article(ONE_REWRITTEN)
    other = [make_record(edited, DIRECTOR, "the plant manager")]
    stats = run(store, {"a.txt": (edited, other)})
    assert (stats["carried"], stats["newly_stale"]) == (0, 1)
    assert store.get_claim(other[0].claim_id).review.status == "unreviewed"
    assert store.get_claim(records[0].claim_id).review.stale


def test_the_same_sentence_in_another_article_does_not_take_the_review(store, one):
    article, records = one
    other = make_article(DIRECTOR + " Nothing else.", "b.txt")
    other_records = [make_record(other, DIRECTOR, "the director")]
    run(store, {"a.txt": (article, records), "b.txt": (other, other_records)})
    assert other_records[0].claim_id != records[0].claim_id
    _accept(store, records[0].claim_id, "a only")
    edited, new_records = _edited(ONE_REWRITTEN)
    run(store, {"a.txt": (edited, new_records), "b.txt": (other, other_records)})
    assert store.get_claim(new_records[0].claim_id).review.note == "a only"
    assert store.get_claim(other_records[0].claim_id).review.status == "unreviewed"
    run(store, {"b.txt": (other, other_records)})  # a.txt removed: its review goes stale
    assert store.get_claim(new_records[0].claim_id).review.stale
    assert store.get_claim(other_records[0].claim_id).review.status == "unreviewed"


def test_an_article_that_left_the_input_is_extracted_again_when_it_returns(store, one):
    article, records = one
    other = make_article(TWO, "b.txt")
    other_records = [make_record(other, TWO, "the ministry")]
    both = {"a.txt": (article, records), "b.txt": (other, other_records)}
    run(store, both)
    _accept(store, records[0].claim_id, "kept")
    assert store.article_is_current(article.article_id, "fp")
    run(store, {"b.txt": (other, other_records)})  # a.txt moved out (or a run on a subfolder)
    assert not store.article_is_current(article.article_id, "fp")  # comes back: extract again
    assert store.article_is_current(other.article_id, "fp")
    stats = run(store, both)
    assert stats["revived"] == 1
    assert [c.record.claim_id for c in store.claims(include_stale=True)] == [
        records[0].claim_id, records[1].claim_id, other_records[0].claim_id
    ]  # fmt: skip
    assert store.get_claim(records[0].claim_id).review == Review("accepted", "ana", "kept")


def test_meta_values_are_kept(store):
    assert store.get_meta("k") is None
    store.set_meta("k", "1")
    store.set_meta("k", "2")
    assert store.get_meta("k") == "2"


def test_apply_reviews_is_all_or_nothing(store, one):
    article, records = one
    run(store, {"a.txt": (article, records)})
    updates = [
        (records[0].claim_id, Review("accepted", "ana")),
        (records[1].claim_id, Review("approved", "ana")),
    ]
    with pytest.raises(StoreError, match="unknown review status"):
        store.apply_reviews(updates)
    assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM review_log").fetchone()[0] == 0


def test_apply_reviews_logs_changes_only(store, one):
    article, records = one
    run(store, {"a.txt": (article, records)})
    decision = [(records[0].claim_id, Review("rejected", "ana", "no source"))]
    assert store.apply_reviews(decision, "first") == {"changed": 1, "unchanged": 0}
    assert store.apply_reviews(decision, "again") == {"changed": 0, "unchanged": 1}
    unreviewed = [(records[1].claim_id, Review())]
    assert store.apply_reviews(unreviewed, "noop") == {"changed": 0, "unchanged": 1}
    log = store.conn.execute("SELECT claim_id, status, note, origin FROM review_log").fetchall()
    assert log == [(records[0].claim_id, "rejected", "no source", "first")]


# -- runs -------------------------------------------------------------------------------------


def test_runs_table_records_status_and_counts(store, one):
    article, records = one
    run_id = store.begin_run("v1", "corpus", {"force": False})
    [row] = store.runs()
    assert (row["run_id"], row["status"], row["finished_at"], row["counts"]) == (
        run_id,
        "running",
        None,
        None,
    )
    assert row["config"] == {"force": False}
    store.end_run(run_id, "interrupted", {"articles": 0}, [{"file": "x.txt", "error": "E101"}])
    run(store, {"a.txt": (article, records)})
    first, second = store.runs()
    assert (first["status"], first["counts"]) == ("interrupted", {"articles": 0})
    assert first["errors"] == [{"file": "x.txt", "error": "E101"}]
    assert first["finished_at"] is not None
    assert (second["status"], second["counts"]) == ("complete", {"articles": 1})
    assert second["run_id"] > first["run_id"]


def test_runner_records_an_interrupted_run_then_a_complete_one(tmp_path):
    """SIGINT after the first file: the run is recorded as interrupted with what it saved;
    the next run completes and skips what was already done."""
    from pipeline.run.runner import run_extract

    src = tmp_path / "in"
    shutil.copytree(CORPUS, src)
    out = tmp_path / "out"

    def interrupt(_summary) -> None:
        os.kill(os.getpid(), signal.SIGINT)

    first = run_extract(src, out, batch_size=1, on_progress=interrupt)
    assert first.interrupted == "SIGINT"
    assert not (out / "claims.csv").exists()
    second = run_extract(src, out)
    assert second.interrupted is None

    with Store(out / "claims.db") as store:
        interrupted, complete = store.runs()
        n_claims = store.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    assert interrupted["status"] == "interrupted"
    assert interrupted["counts"]["articles"] == first.articles >= 1
    assert interrupted["counts"]["claims"] == first.claims
    assert complete["status"] == "complete"
    assert complete["counts"]["skipped"] == first.articles
    assert complete["counts"]["articles"] == 2 - first.articles
    assert complete["counts"]["total_claims"] == n_claims == first.claims + second.claims
