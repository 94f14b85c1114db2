"""A damaged, foreign or future-schema claims.db: one clear line naming the file, on every
command, and no traceback (issue 12, item 9)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.store.db import SCHEMA_VERSION, Store
from tests.store.test_db import make_article, make_record, run

PAGE = 4096


def _store_with_claims(path: Path) -> None:
    with Store(path) as store:
        inputs = {}
        for i in range(60):
            article = make_article(f"{i} tanks left plant number {i}, the director said. " * 8)
            sentence = article.text.split(". ")[0] + "."
            inputs[f"a{i}.txt"] = (article, [make_record(article, sentence, "the director")])
        run(store, inputs)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _damaged(path: Path) -> None:
    """Every page but the first (the header and schema) overwritten with junk."""
    _store_with_claims(path)
    size = path.stat().st_size
    assert size > 4 * PAGE
    with path.open("r+b") as fh:
        fh.seek(PAGE)
        fh.write(bytes((i * 7 + 3) % 251 for i in range(size - PAGE)))


def _future(path: Path) -> None:
    _store_with_claims(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"claim_id,review_status\nc_1,accepted\n" * 200)


DATABASES = {"damaged": _damaged, "future": _future, "not a database": _not_a_database}
COMMANDS = {
    "extract": lambda db, tmp: ["extract", str(tmp / "in"), "--out", str(db.parent), "--quiet"],
    "runs": lambda db, tmp: ["runs", "--db", str(db)],
    "review status": lambda db, tmp: ["review", "status", "--db", str(db)],
    "review import": lambda db, tmp: ["review", "import", str(tmp / "r.csv"), "--db", str(db)],
    "export": lambda db, tmp: ["export", "--db", str(db), "--out", str(tmp / "x.jsonl")],
    "report": lambda db, tmp: ["report", "--db", str(db), "--out", str(tmp / "r.html")],
}


@pytest.mark.parametrize("kind", DATABASES)
@pytest.mark.parametrize("command", COMMANDS)
def test_an_unusable_database_gives_one_line_naming_it(tmp_path, kind, command):
    db = tmp_path / "out" / "claims.db"
    db.parent.mkdir()
    DATABASES[kind](db)
    before = db.read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Nothing here.\n", encoding="utf-8")
    (tmp_path / "r.csv").write_text("claim_id,review_status\nc_1,accepted\n", encoding="utf-8")

    result = CliRunner().invoke(main, COMMANDS[command](db, tmp_path))

    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ") and str(db) in lines[0]
    assert "Traceback" not in result.output
    if kind != "damaged":
        assert db.read_bytes() == before  # left alone
