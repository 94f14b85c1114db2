"""The embedded store: one SQLite file holds articles, claims, runs and reviews.

`claims.jsonl` and `claims.csv` are views of it, written after each complete run.
What the store guarantees:

- a claim is keyed by its stable `claim_id`; a review is keyed by the same id, so a
  claim found again by a later run keeps its review;
- a reviewed claim that a complete run no longer finds (its article changed, was
  removed, or the extractor stopped finding it) is marked stale, its review kept;
- when an article's text changes under the same path, a review follows its claim
  to the new text if a claim with the same content (sentence, speaker, cue,
  quantities, comparison, times: everything but offsets and ids) is extracted
  from it (`content_key`); only changed or vanished claims go stale;
- an article that leaves the input is extracted again when it comes back, so its
  claims return (with their reviews) without `--force`;
- each article's records are saved in one transaction, so an interrupted run
  keeps every finished article and the next run picks up from there;
- the schema is versioned (`PRAGMA user_version`) and migrated forward in place.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.normalize.checkworthiness import with_repetition
from pipeline.records import Article, ClaimRecord

DB_NAME = "claims.db"
REVIEW_STATUSES = ("unreviewed", "accepted", "rejected", "corrected")

# Each migration takes the database from version i to i + 1. Never edit a released
# migration: add a new one.
MIGRATIONS: tuple[str, ...] = (
    # 1: articles, their sources (paths), claims, runs, reviews
    """
    CREATE TABLE runs (
        run_id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL,
        pipeline_version TEXT NOT NULL,
        input_dir TEXT,
        config TEXT NOT NULL,
        counts TEXT,
        errors TEXT
    );
    CREATE TABLE articles (
        article_id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        title TEXT,
        published TEXT,
        outlet TEXT,
        url TEXT,
        author TEXT,
        fingerprint TEXT NOT NULL,
        run_id INTEGER NOT NULL,
        n_claims INTEGER NOT NULL,
        last_sources TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE sources (
        source TEXT PRIMARY KEY,
        file TEXT NOT NULL,
        article_id TEXT NOT NULL,
        last_run INTEGER NOT NULL
    );
    CREATE INDEX sources_article ON sources(article_id);
    CREATE INDEX sources_file ON sources(file);
    CREATE TABLE claims (
        claim_id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        record TEXT NOT NULL,
        current INTEGER NOT NULL DEFAULT 1,
        first_run INTEGER NOT NULL,
        last_run INTEGER NOT NULL
    );
    CREATE INDEX claims_article ON claims(article_id, seq);
    CREATE TABLE reviews (
        claim_id TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        reviewer TEXT,
        note TEXT,
        corrections TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL,
        stale INTEGER NOT NULL DEFAULT 0,
        stale_reason TEXT
    );
    """,
    # 2: file stats for incremental runs; an append-only log of review changes
    """
    CREATE TABLE files (
        file TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        run_id INTEGER NOT NULL
    );
    CREATE TABLE review_log (
        id INTEGER PRIMARY KEY,
        claim_id TEXT NOT NULL,
        status TEXT NOT NULL,
        reviewer TEXT,
        note TEXT,
        corrections TEXT NOT NULL,
        at TEXT NOT NULL,
        origin TEXT
    );
    """,
    # 3: small facts about the views, e.g. the hash of the claims.csv last written
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 4: claim embeddings cached by text and model; the last clustering; the last
    # matching against fact-checks (read and written by pipeline/store/clusters.py)
    """
    CREATE TABLE embeddings (
        model TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (model, text_hash)
    );
    CREATE TABLE cluster_members (
        claim_id TEXT PRIMARY KEY,
        cluster_id TEXT NOT NULL
    );
    CREATE TABLE known_checks (
        claim_id TEXT PRIMARY KEY,
        checks TEXT NOT NULL
    );
    """,
    # 5: the members of one cluster, found without a scan (how many articles repeat a
    # claim, for its check-worthiness: `Store.get_claim`)
    """
    CREATE INDEX cluster_members_by_cluster ON cluster_members (cluster_id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


# what a claim's content is, apart from where it sits: ids, paths, article metadata
# and character offsets are left out (the same claim in an edited article moves)
_NOT_CONTENT = frozenset(
    {"claim_id", "article_id", "source", "other_sources", "title", "published", "outlet",
     "url", "char_start", "char_end", "claim_start", "claim_end", "confidence"}
)  # fmt: skip


def content_key(record: str | ClaimRecord) -> str:
    """What a claim says, independent of where it is: equal for the same sentence with
    the same speaker, cue, quantities, comparison and times in an edited article."""
    if isinstance(record, str):
        record = ClaimRecord.model_validate_json(record)

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in _NOT_CONTENT}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return json.dumps(strip(record.model_dump(mode="json")), sort_keys=True, ensure_ascii=False)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class StoreError(Exception):
    pass


@dataclass
class Review:
    """A reviewer's decision on one claim; `corrections` maps a field to its corrected value."""

    status: str = "unreviewed"
    reviewer: str = ""
    note: str = ""
    corrections: dict[str, str] = field(default_factory=dict)
    stale: bool = False
    stale_reason: str = ""


# How many articles the cluster of a claim spans (current claims of the last clustering,
# pipeline/store/clusters.py), for clusters spanning more than one: the `repeated`
# feature of check-worthiness (pipeline/normalize/checkworthiness.py). The spread of each
# cluster is computed once per query, then looked up by cluster id.
_SPREAD = (
    "spread AS MATERIALIZED (SELECT m.cluster_id, COUNT(DISTINCT k.article_id) AS articles "
    "FROM cluster_members m JOIN claims k ON k.claim_id = m.claim_id AND k.current = 1 "
    "GROUP BY m.cluster_id HAVING COUNT(DISTINCT k.article_id) > 1)"
)
_ARTICLES_OF_CLUSTER = (
    "(SELECT s.articles FROM spread s WHERE s.cluster_id = "
    "(SELECT m.cluster_id FROM cluster_members m WHERE m.claim_id = c.claim_id))"
)
# the same for one claim, through the index of migration 5
_ARTICLES_OF_ONE_CLUSTER = (
    "(SELECT COUNT(DISTINCT k.article_id) FROM cluster_members m2 JOIN claims k "
    "ON k.claim_id = m2.claim_id AND k.current = 1 WHERE m2.cluster_id = "
    "(SELECT m.cluster_id FROM cluster_members m WHERE m.claim_id = c.claim_id))"
)

# what `Store.claims` reads: a claim's record, its review, cluster, known checks and the
# articles its cluster spans; stale reviewed claims too when the parameter is 1
_CLAIMS = (
    f"WITH {_SPREAD} "
    "SELECT c.record, c.current, r.status, r.reviewer, r.note, r.corrections, r.stale, "
    "r.stale_reason, c.article_id, "
    "(SELECT m.cluster_id FROM cluster_members m WHERE m.claim_id = c.claim_id), "
    "(SELECT k.checks FROM known_checks k WHERE k.claim_id = c.claim_id), "
    "COALESCE((SELECT MIN(source) FROM sources s WHERE s.article_id = c.article_id), "
    "(SELECT json_extract(last_sources, '$[0]') FROM articles a "
    "WHERE a.article_id = c.article_id), '') AS first_source, "
    f"{_ARTICLES_OF_CLUSTER} "
    "FROM claims c LEFT JOIN reviews r USING (claim_id) "
    "WHERE (c.current = 1 OR (? AND r.stale = 1)) "
    "ORDER BY first_source, c.article_id, c.current DESC, c.seq, c.claim_id"
)


@dataclass
class StoredClaim:
    record: ClaimRecord
    review: Review
    current: bool
    known_checks: str = ""  # the last `claims match`'s fact-checks of it (read-only)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring `conn` from its version to `target`, one migration per transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this tool's ({SCHEMA_VERSION}); "
            "upgrade the tool"
        )
    while version < target:
        script = MIGRATIONS[version]
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {version + 1}; COMMIT;")
        version += 1
    return version


class Store:
    """Open (creating or migrating) the database at `path`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the claims database ({exc})") from exc
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: not a usable claims database ({exc})") from exc
        except StoreError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: {exc}") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------

    def _tx(self):
        return _Transaction(self.conn)

    # -- runs -----------------------------------------------------------------------

    def begin_run(self, pipeline_version: str, input_dir: str, config: dict[str, Any]) -> int:
        cur = self.conn.execute(
            "INSERT INTO runs (started_at, status, pipeline_version, input_dir, config) "
            "VALUES (?, 'running', ?, ?, ?)",
            (_now(), pipeline_version, input_dir, json.dumps(config, sort_keys=True)),
        )
        return int(cur.lastrowid)

    def end_run(
        self, run_id: int, status: str, counts: dict[str, int], errors: list[dict[str, str]]
    ) -> None:
        self.conn.execute(
            "UPDATE runs SET finished_at = ?, status = ?, counts = ?, errors = ? WHERE run_id = ?",
            (_now(), status, json.dumps(counts, sort_keys=True), json.dumps(errors), run_id),
        )

    def runs(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT run_id, started_at, finished_at, status, pipeline_version, input_dir, "
            "config, counts, errors FROM runs ORDER BY run_id"
        ).fetchall()
        keys = ("run_id", "started_at", "finished_at", "status", "pipeline_version",
                "input_dir", "config", "counts", "errors")  # fmt: skip
        out = []
        for row in rows:
            item = dict(zip(keys, row, strict=True))
            for k in ("config", "counts", "errors"):
                item[k] = json.loads(item[k]) if item[k] else None
            out.append(item)
        return out

    # -- incremental runs ----------------------------------------------------------

    def file_unchanged(self, file: str, size: int, mtime_ns: int, fingerprint: str) -> bool:
        """True when `file` was fully processed by this pipeline version with these stats."""
        row = self.conn.execute(
            "SELECT size, mtime_ns, fingerprint FROM files WHERE file = ?", (file,)
        ).fetchone()
        return row is not None and tuple(row) == (size, mtime_ns, fingerprint)

    def touch_file(self, file: str, run_id: int) -> int:
        """Mark every source of an unchanged file as seen in this run; return how many."""
        cur = self.conn.execute("UPDATE sources SET last_run = ? WHERE file = ?", (run_id, file))
        return cur.rowcount

    def record_file(self, file: str, size: int, mtime_ns: int, fingerprint: str, run_id: int):
        """Remember that `file` was fully processed (all its articles saved)."""
        self.conn.execute(
            "INSERT INTO files (file, size, mtime_ns, fingerprint, run_id) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(file) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns, "
            "fingerprint = excluded.fingerprint, run_id = excluded.run_id",
            (file, size, mtime_ns, fingerprint, run_id),
        )

    def forget_file(self, file: str) -> None:
        self.conn.execute("DELETE FROM files WHERE file = ?", (file,))

    def article_is_current(self, article_id: str, fingerprint: str) -> bool:
        """True when this text was already extracted by this pipeline version."""
        row = self.conn.execute(
            "SELECT fingerprint FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row is not None and row[0] == fingerprint

    def see_source(self, source: str, file: str, article_id: str, run_id: int) -> None:
        """Record that `source` (a path, or path#N inside a file) holds `article_id` now."""
        self.conn.execute(
            "INSERT INTO sources (source, file, article_id, last_run) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(source) DO UPDATE SET file = excluded.file, "
            "article_id = excluded.article_id, last_run = excluded.last_run",
            (source, file, article_id, run_id),
        )

    def save_article(
        self, article: Article, records: list[ClaimRecord], fingerprint: str, run_id: int
    ) -> None:
        """Store an article and its records in one transaction; claims it no longer has
        are no longer current (their reviews are marked stale when the run completes)."""
        with self._tx():
            self.conn.execute(
                "INSERT INTO articles (article_id, text, title, published, outlet, url, author, "
                "fingerprint, run_id, n_claims) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET text = excluded.text, "
                "title = excluded.title, published = excluded.published, "
                "outlet = excluded.outlet, url = excluded.url, author = excluded.author, "
                "fingerprint = excluded.fingerprint, run_id = excluded.run_id, "
                "n_claims = excluded.n_claims",
                (article.article_id, article.text, article.title, article.published,
                 article.outlet, article.url, article.author, fingerprint, run_id,
                 len(records)),
            )  # fmt: skip
            self.conn.execute(
                "UPDATE claims SET current = 0 WHERE article_id = ?", (article.article_id,)
            )
            for seq, record in enumerate(records):
                self.conn.execute(
                    "INSERT INTO claims (claim_id, article_id, seq, record, current, first_run, "
                    "last_run) VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT(claim_id) DO UPDATE SET "
                    "article_id = excluded.article_id, seq = excluded.seq, "
                    "record = excluded.record, current = 1, last_run = excluded.last_run",
                    (record.claim_id, article.article_id, seq,
                     record.model_dump_json(), run_id, run_id),
                )  # fmt: skip

    def complete_run(self, run_id: int) -> dict[str, int]:
        """After a complete run: sources not seen are gone, claims of articles without a
        source are no longer current, reviewed claims no longer current become stale
        (with the reason), and unreviewed ones that are no longer current are dropped."""
        with self._tx():
            self.conn.execute("DELETE FROM sources WHERE last_run != ?", (run_id,))
            self.conn.execute(
                "DELETE FROM files WHERE file NOT IN (SELECT DISTINCT file FROM sources)"
            )
            # each live article remembers its paths, to explain later why it went stale
            for article_id, paths in self.conn.execute(
                "SELECT article_id, json_group_array(source) FROM "
                "(SELECT article_id, source FROM sources ORDER BY source) GROUP BY article_id"
            ).fetchall():
                self.conn.execute(
                    "UPDATE articles SET last_sources = ? WHERE article_id = ?",
                    (paths, article_id),
                )
            self.conn.execute(
                "UPDATE claims SET current = 0 WHERE current = 1 AND article_id NOT IN "
                "(SELECT article_id FROM sources)"
            )
            # an article that left the input is extracted again when it comes back (its
            # unreviewed claims are dropped below, so its stored claims are not complete)
            self.conn.execute(
                "UPDATE articles SET fingerprint = '' WHERE article_id NOT IN "
                "(SELECT article_id FROM sources)"
            )
            carried = self._carry_reviews(run_id)
            newly_stale = 0
            rows = self.conn.execute(
                "SELECT r.claim_id, c.article_id FROM reviews r JOIN claims c USING (claim_id) "
                "WHERE c.current = 0 AND r.stale = 0"
            ).fetchall()
            for claim_id, article_id in rows:
                reason = self._stale_reason(article_id)
                self.conn.execute(
                    "UPDATE reviews SET stale = 1, stale_reason = ? WHERE claim_id = ?",
                    (reason, claim_id),
                )
                newly_stale += 1
            revived = self.conn.execute(
                "UPDATE reviews SET stale = 0, stale_reason = NULL WHERE stale = 1 AND claim_id "
                "IN (SELECT claim_id FROM claims WHERE current = 1)"
            ).rowcount
            dropped = self.conn.execute(
                "DELETE FROM claims WHERE current = 0 AND claim_id NOT IN "
                "(SELECT claim_id FROM reviews)"
            ).rowcount
            self.conn.execute(
                "DELETE FROM articles WHERE article_id NOT IN (SELECT article_id FROM sources) "
                "AND article_id NOT IN (SELECT article_id FROM claims)"
            )
        return {
            "newly_stale": newly_stale,
            "revived": revived,
            "dropped": dropped,
            "carried": carried,
        }

    def _carry_reviews(self, run_id: int) -> int:
        """Move each review of a claim no longer current to an unreviewed current claim
        with the same content (`content_key`) in the article now at one of the old
        article's paths (the article was edited there). Returns how many moved."""
        old: dict[str, list[tuple[str, str]]] = {}  # old article -> (claim id, record)
        for claim_id, article_id, record in self.conn.execute(
            "SELECT r.claim_id, c.article_id, c.record FROM reviews r JOIN claims c "
            "USING (claim_id) WHERE c.current = 0 ORDER BY c.article_id, c.seq, c.claim_id"
        ).fetchall():
            old.setdefault(article_id, []).append((claim_id, record))
        moved = 0
        for article_id, reviewed in old.items():
            row = self.conn.execute(
                "SELECT last_sources FROM articles WHERE article_id = ?", (article_id,)
            ).fetchone()
            paths = json.loads(row[0]) if row else []
            if not paths:
                continue
            marks = ",".join("?" * len(paths))
            free: dict[str, list[str]] = {}  # content key -> unreviewed current claims
            for new_id, record in self.conn.execute(
                "SELECT c.claim_id, c.record FROM claims c WHERE c.current = 1 "
                "AND c.article_id != ? AND c.article_id IN "
                f"(SELECT article_id FROM sources WHERE source IN ({marks})) "
                "AND c.claim_id NOT IN (SELECT claim_id FROM reviews) "
                "ORDER BY c.article_id, c.seq, c.claim_id",
                (article_id, *paths),
            ):
                free.setdefault(content_key(record), []).append(new_id)
            if not free:
                continue
            for claim_id, record in reviewed:
                targets = free.get(content_key(record))
                if not targets:
                    continue
                new_id = targets.pop(0)
                self.conn.execute(
                    "UPDATE reviews SET claim_id = ?, stale = 0, stale_reason = NULL "
                    "WHERE claim_id = ?",
                    (new_id, claim_id),
                )
                self.conn.execute(
                    "INSERT INTO review_log (claim_id, status, reviewer, note, corrections, "
                    "at, origin) SELECT claim_id, status, reviewer, note, corrections, ?, ? "
                    "FROM reviews WHERE claim_id = ?",
                    (_now(), f"run {run_id}: carried over from {claim_id} (article edited)",
                     new_id),
                )  # fmt: skip
                moved += 1
        return moved

    def _stale_reason(self, article_id: str) -> str:
        if self.conn.execute(
            "SELECT 1 FROM sources WHERE article_id = ? LIMIT 1", (article_id,)
        ).fetchone():
            return "no longer extracted from its article"
        row = self.conn.execute(
            "SELECT last_sources FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        paths = json.loads(row[0]) if row else []
        for path in paths:
            if self.conn.execute("SELECT 1 FROM sources WHERE source = ?", (path,)).fetchone():
                return f"article text changed ({path})"
        return "article no longer in the input" + (f" ({paths[0]})" if paths else "")

    # -- small facts about the views -------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- reading --------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT article_id, text, title, published, outlet, url, author FROM articles "
            "WHERE article_id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        sources = self.sources_of(article_id)
        return Article(
            article_id=row[0], source=sources[0] if sources else "", text=row[1], title=row[2],
            published=row[3], outlet=row[4], url=row[5], author=row[6],
        )  # fmt: skip

    def sources_of(self, article_id: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT source FROM sources WHERE article_id = ? ORDER BY source", (article_id,)
        ).fetchall()
        if rows:
            return [r[0] for r in rows]
        row = self.conn.execute(
            "SELECT last_sources FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return json.loads(row[0]) if row else []

    def claims(
        self, *, include_stale: bool = True, status: str | None = None
    ) -> Iterator[StoredClaim]:
        """Current claims (and, with `include_stale`, stale reviewed ones) in a stable order:
        by the article's first path, then reading order. `status` filters by review status
        ('stale' selects stale ones)."""
        last: tuple[str, list[str]] = ("", [])  # rows come grouped by article
        for row in self.conn.execute(_CLAIMS, (1 if include_stale else 0,)):
            review = Review(
                status=row[2] or "unreviewed", reviewer=row[3] or "", note=row[4] or "",
                corrections=json.loads(row[5]) if row[5] else {}, stale=bool(row[6]),
                stale_reason=row[7] or "",
            )  # fmt: skip
            if status is not None:
                if status == "stale" and not review.stale:
                    continue
                if status != "stale" and review.status != status:
                    continue
            record = ClaimRecord.model_validate_json(row[0])
            record.cluster_id = row[9]  # the last clustering's (pipeline/store/clusters.py)
            if row[12]:  # repeated in other articles: check-worthiness says so
                record.checkworthiness = with_repetition(record.checkworthiness, row[12])
            if row[1]:
                if last[0] != row[8]:
                    last = (row[8], self.sources_of(row[8]))
                paths = last[1]
                if paths:
                    record.source = paths[0]
                    record.other_sources = paths[1:]
            yield StoredClaim(record, review, bool(row[1]), known_checks=row[10] or "")

    def claims_digest(self) -> str:
        """SHA-256 of everything `claims(include_stale=True)` is made of: the rows it reads
        and the paths of every article. Two equal digests give the same claims, so a view
        written from the first needs no rewriting for the second."""
        digest = hashlib.sha256()
        queries = (
            (_CLAIMS, (1,)),
            ("SELECT article_id, source FROM sources ORDER BY article_id, source", ()),
            ("SELECT article_id, last_sources FROM articles ORDER BY article_id", ()),
        )
        for query, args in queries:
            for row in self.conn.execute(query, args):
                digest.update(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
            digest.update(b"\0")
        return digest.hexdigest()

    def records(self) -> Iterator[ClaimRecord]:
        """The current claim records: what `claims.jsonl` holds."""
        for item in self.claims(include_stale=False):
            yield item.record

    def claim_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT claim_id FROM claims")}

    def get_claim(self, claim_id: str) -> StoredClaim | None:
        row = self.conn.execute(
            "SELECT c.record, c.current, r.status, r.reviewer, r.note, r.corrections, r.stale, "
            f"r.stale_reason, {_ARTICLES_OF_ONE_CLUSTER} "
            "FROM claims c LEFT JOIN reviews r USING (claim_id) WHERE claim_id = ?",
            (claim_id,),
        ).fetchone()
        if row is None:
            return None
        review = Review(
            status=row[2] or "unreviewed", reviewer=row[3] or "", note=row[4] or "",
            corrections=json.loads(row[5]) if row[5] else {}, stale=bool(row[6]),
            stale_reason=row[7] or "",
        )  # fmt: skip
        record = ClaimRecord.model_validate_json(row[0])
        if row[8] and row[8] > 1:  # as `claims()` gives it: the CSV's score is compared on import
            record.checkworthiness = with_repetition(record.checkworthiness, row[8])
        if row[1]:  # a current claim names its article's paths now, as `claims()` does
            paths = self.sources_of(record.article_id)
            if paths:
                record.source = paths[0]
                record.other_sources = paths[1:]
        return StoredClaim(record, review, bool(row[1]))

    # -- reviews --------------------------------------------------------------------

    def apply_reviews(self, updates: Iterable[tuple[str, Review]], origin: str = "") -> dict:
        """Apply review decisions in one transaction; unchanged ones are left alone.

        Returns counts: changed, unchanged."""
        changed = unchanged = 0
        with self._tx():
            for claim_id, review in updates:
                if review.status not in REVIEW_STATUSES:
                    raise StoreError(f"{claim_id}: unknown review status {review.status!r}")
                row = self.conn.execute(
                    "SELECT status, reviewer, note, corrections FROM reviews WHERE claim_id = ?",
                    (claim_id,),
                ).fetchone()
                corrections = json.dumps(review.corrections, sort_keys=True, ensure_ascii=False)
                new = (review.status, review.reviewer or None, review.note or None, corrections)
                old = (
                    (row[0], row[1] or None, row[2] or None, row[3])
                    if row
                    else ("unreviewed", None, None, "{}")
                )
                if new == old:
                    unchanged += 1
                    continue
                now = _now()
                self.conn.execute(
                    "INSERT INTO reviews (claim_id, status, reviewer, note, corrections, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(claim_id) DO UPDATE SET "
                    "status = excluded.status, reviewer = excluded.reviewer, "
                    "note = excluded.note, corrections = excluded.corrections, "
                    "updated_at = excluded.updated_at",
                    (claim_id, *new, now),
                )
                self.conn.execute(
                    "INSERT INTO review_log (claim_id, status, reviewer, note, corrections, at, "
                    "origin) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (claim_id, *new, now, origin),
                )
                changed += 1
        return {"changed": changed, "unchanged": unchanged}

    def review_summary(self) -> dict[str, Any]:
        """Counts by review status (stale counted apart) overall and per article path."""
        totals: dict[str, int] = dict.fromkeys((*REVIEW_STATUSES, "stale"), 0)
        per_article: dict[str, dict[str, int]] = {}
        for item in self.claims(include_stale=True):
            key = "stale" if item.review.stale else item.review.status
            totals[key] += 1
            counts = per_article.setdefault(
                item.record.source, dict.fromkeys((*REVIEW_STATUSES, "stale"), 0)
            )
            counts[key] += 1
        return {"total": totals, "articles": dict(sorted(per_article.items()))}


class _Transaction:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
