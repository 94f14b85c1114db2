"""Property (issue 12, "Done when"): whatever a user does to the input folder between
runs and reviews, no review is ever lost, and claims.jsonl is what a fresh `--force`
run on the same folder writes.

After a first extract every claim is reviewed (so that any loss shows); then
Hypothesis drives random sequences of: edit an article (one of three versions of our
own writing: an edit elsewhere, a changed figure), remove an article, restore it,
review import (accept a current claim in claims.csv with a note of its own, and
import the file), each mostly followed by an extract. After every step:

- every review note imported and not since overwritten by the reviewer is in the
  store, with its decision, exactly once (nothing lost, nothing doubled);
- a reviewed claim is stale only when no current claim at its path says the same
  thing (`says`); otherwise the review sits on that current claim;
- after an extract: claims.jsonl equals, byte for byte, the claims.jsonl of a fresh
  `--force` run on a new store over the same folder (same records, same order).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.cli import main
from pipeline.run.runner import run_extract
from pipeline.store.db import Store

ARTICLES = {
    "army.txt": [
        "Army orders more tanks\n\n"
        "General Maria Lopez said the army will buy 40 new tanks by 2027.\n\n"
        "The ministry said spending rose 12 percent last year.\n\n"
        "Officials said the plant employs 2,000 workers.\n",
        "Army orders more tanks\n\n"
        "Editor's note: figures updated.\n\n"
        "General Maria Lopez said the army will buy 40 new tanks by 2027.\n\n"
        "The ministry said spending rose 12 percent last year.\n\n"
        "Officials said the plant employs 2,500 workers.\n",
        "Army orders more tanks\n\n"
        "General Maria Lopez said the army will buy 45 new tanks by 2027.\n\n"
        "The ministry said spending rose 12 percent last year.\n",
    ],
    "sea/navy.txt": [
        "Navy budget\n\n"
        "Admiral John Reyes said the navy will order 3 frigates next year.\n\n"
        "The shipyard said output doubled since 2022.\n",
        "Navy budget grows\n\n"
        "Admiral John Reyes said the navy will order 3 frigates next year.\n\n"
        "A spokesman said 800 sailors joined this spring.\n\n"
        "The shipyard said output doubled since 2022.\n",
        "Navy budget\n\n"
        "Admiral John Reyes said the navy will order 4 frigates next year.\n\n"
        "The shipyard said output doubled since 2022.\n",
    ],
    "air.txt": [
        "Air force drills\n\n"
        "Colonel Ana Berg said pilots flew 1,200 hours in March, twice as many as in May.\n\n"
        "The air staff said 30 jets took part.\n",
        "Air force drills\n\n"
        "Colonel Ana Berg said pilots flew 1,200 hours in March, twice as many as in May.\n\n"
        "The air staff said 35 jets took part.\n",
        "Air force drills end\n\n"
        "Weather delayed two days of flying.\n\n"
        "Colonel Ana Berg said pilots flew 1,200 hours in March, twice as many as in May.\n\n"
        "The air staff said 30 jets took part.\n",
    ],
}
SLOTS = list(ARTICLES)
_WHERE = {"claim_id", "article_id", "source", "other_sources", "title", "published", "outlet",
          "url", "char_start", "char_end", "confidence"}  # fmt: skip


def says(record) -> str:
    """What a claim says, wherever it sits in its text (this test's own definition)."""

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in _WHERE}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return repr(strip(record.model_dump(mode="json")))


action = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(SLOTS), st.integers(0, 2)),
    st.tuples(st.just("remove"), st.sampled_from(SLOTS)),
    st.tuples(st.just("restore"), st.sampled_from(SLOTS)),
    st.tuples(st.just("review"), st.integers(0, 50)),
)
# each action, then (mostly) an extract, as a user runs it after changing things
step = st.tuples(action, st.sampled_from([True, True, False]))


class World:
    """The input folder, the store, and what the reviewer has decided so far."""

    def __init__(self, root: Path) -> None:
        self.src, self.away, self.out = root / "in", root / "away", root / "out"
        self.fresh = root / "fresh"
        self.notes: dict[str, str] = {}  # note -> status, of every decision still standing
        self.clock = 1_700_000_000_000_000_000
        for slot in SLOTS:
            self.write(self.src / slot, ARTICLES[slot][0])

    def write(self, path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.clock += 1_000_000_000
        os.utime(path, ns=(self.clock, self.clock))  # each edit a new mtime

    def apply(self, action: tuple) -> None:
        kind = action[0]
        if kind == "extract":
            summary = run_extract(self.src, self.out)
            assert summary.failures == [] and summary.interrupted is None
            self.check_jsonl()
        elif kind == "edit":
            _, slot, version = action
            where = self.src / slot if (self.src / slot).exists() else self.away / slot
            self.write(where, ARTICLES[slot][version])
        elif kind == "remove" and (self.src / slot_of(action)).exists():
            (self.away / slot_of(action)).parent.mkdir(parents=True, exist_ok=True)
            shutil.move(self.src / slot_of(action), self.away / slot_of(action))
        elif kind == "restore" and (self.away / slot_of(action)).exists():
            (self.src / slot_of(action)).parent.mkdir(parents=True, exist_ok=True)
            shutil.move(self.away / slot_of(action), self.src / slot_of(action))
        elif kind == "review":
            self.review(action[1])
        self.check_reviews()

    def review(self, pick: int | None) -> None:
        """Accept one current claim of claims.csv (every one when `pick` is None)."""
        view = self.out / "claims.csv"
        if not view.exists():
            return
        rows = list(csv.DictReader(io.StringIO(view.read_text(encoding="utf-8"))))
        current = [r for r in rows if not r["stale"]]
        if not current:
            return
        for row in current if pick is None else [current[pick % len(current)]]:
            self.notes.pop(row["review_note"], None)  # the reviewer overwrites their own note
            note = f"note {len(self.notes)}-{pick}-{row['claim_id']}"
            row["review_status"], row["review_note"], row["reviewer"] = "accepted", note, "ana"
            self.notes[note] = "accepted"
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        view.write_text(buf.getvalue(), encoding="utf-8")
        result = CliRunner().invoke(
            main, ["review", "import", str(view), "--db", str(self.out / "claims.db")]
        )
        assert result.exit_code == 0, result.output

    def check_jsonl(self) -> None:
        shutil.rmtree(self.fresh, ignore_errors=True)
        run_extract(self.src, self.fresh, force=True)
        ours = (self.out / "claims.jsonl").read_bytes()
        assert ours == (self.fresh / "claims.jsonl").read_bytes()

    def check_reviews(self) -> None:
        db = self.out / "claims.db"
        if not db.exists():
            assert not self.notes
            return
        with Store(db) as store:
            stored = list(store.claims(include_stale=True))
            reviewed = [c for c in stored if c.review.status != "unreviewed"]
            notes = [c.review.note for c in reviewed]
            assert sorted(notes) == sorted(self.notes), "a review was lost or doubled"
            for c in reviewed:
                assert c.review.status == self.notes[c.review.note]
            current = {
                (c.record.source, says(c.record))
                for c in stored
                if c.current and c.review.status == "unreviewed"
            }
            for c in reviewed:
                if c.review.stale:  # stale only when nothing current says the same there
                    assert (c.record.source, says(c.record)) not in current, c.record


def slot_of(action: tuple) -> str:
    return action[1]


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(step, min_size=1, max_size=6))
def test_no_review_is_ever_lost_and_claims_match_a_fresh_run(nlp, steps):
    with tempfile.TemporaryDirectory() as tmp:
        world = World(Path(tmp))
        world.apply(("extract",))
        world.apply(("review", None))  # every claim reviewed: any loss shows
        for act, then_extract in steps:
            world.apply(act)
            if then_extract:
                world.apply(("extract",))
        world.apply(("extract",))  # and the outputs are right at the end
