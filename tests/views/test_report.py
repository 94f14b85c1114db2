"""`claims report`: the HTML page, its escaping and markup, and the page as a browser runs it."""

from __future__ import annotations

import shutil
import struct
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from pipeline.cli import report_command
from pipeline.records import Article, Comparison, Speaker
from pipeline.store.db import Review, Store
from pipeline.views.export import claim_spans
from pipeline.views.report import render_report, write_report
from tests.conftest import ROOT
from tests.views.test_export import build_store, make_record, tanks_records

SETUP_HINT = "chromium is not installed: run `make setup-chromium`"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip

# -- a strict little DOM for reading pages back -----------------------------------------------


@dataclass
class Node:
    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag)
            and (cls is None or cls in (n.attrs.get("class") or "").split())
        ]

    def by_id(self, node_id: str) -> Node:
        (found,) = [n for n in self.iter() if n.attrs.get("id") == node_id]
        return found

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


class _TreeBuilder(HTMLParser):
    """Builds a Node tree; any end tag that does not close the open element fails."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs))
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(page: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    assert [n.tag for n in builder.stack] == ["#document"], "unclosed elements"
    return builder.root


def _table(doc: Node, table_id: str) -> dict[str, int]:
    rows = doc.by_id(table_id).find_all("tbody")[0].find_all("tr")
    return {row.find_all("th")[0].text(): int(row.find_all("td")[0].text()) for row in rows}


def expected_counts(store: Store) -> dict[str, Counter]:
    """The summary counts computed straight from the store."""
    items = list(store.claims(include_stale=True))
    titles = {}
    for item in items:
        titles.setdefault(item.record.article_id, item.record.title or item.record.source)
    return {
        "summary-articles": Counter(titles[i.record.article_id] for i in items),
        "summary-speakers": Counter(
            i.record.speaker.name if i.record.speaker else "(no speaker)" for i in items
        ),
        "summary-types": Counter(t for i in items for t in i.record.types),
        "summary-statuses": Counter(store.review_summary()["total"]),
    }


def _check_summary(doc: Node, store: Store) -> None:
    for table_id, counts in expected_counts(store).items():
        shown = {k: n for k, n in _table(doc, table_id).items() if n}
        assert shown == {k: n for k, n in counts.items() if n}, table_id


# -- stores ---------------------------------------------------------------------------------------

PWN = "document.documentElement.setAttribute('data-pwned', '1')"
EVIL_TEXT = (
    f"<script>{PWN}</script> Minister {{{{js}}}} Ann <b>Lee</b> said output "
    f'rose 3 times, <img src=x onerror="{PWN}"> more than "planned" & expected.\n'
    f"Closing words <script>{PWN}</script> outside any claim.\n"
)
EVIL = Article(
    article_id="a_evil",
    source="evil/<i>.txt",
    title="</title><script>alert(1)</script>",
    text=EVIL_TEXT,
    url="javascript:alert(3)",
    outlet='"><svg onload=alert(4)>',
)


def evil_records():
    sentence = EVIL_TEXT.splitlines()[0]
    return [
        make_record(
            EVIL,
            sentence,
            "output rose 3 times",
            ["attributed", "quantitative", "comparative"],
            speaker=Speaker(
                name="Ann <b>Lee</b>",
                role="<script>alert(5)</script>",
                organization="{{css}}",
                mention="Ann <b>Lee</b>",
            ),
            cue="said",
            figures=(("3 times", 3, "times"),),
            comparison=Comparison(subject="<x>", object="plan", direction="more", cue="more than"),
        )
    ]


@pytest.fixture
def evil_store(tmp_path):
    store = build_store(tmp_path / "evil.db", [(EVIL, evil_records())])
    yield store
    store.close()


# -- the page as written ------------------------------------------------------------------------


def test_text_from_the_store_cannot_inject_markup(evil_store):
    page = render_report(evil_store)
    doc = parse(page)
    assert len(doc.find_all("script")) == 1  # the report's own
    assert not doc.find_all("img") and not doc.find_all("svg") and not doc.find_all("b")
    for node in doc.iter():
        assert not any(name.startswith("on") for name in node.attrs), node
        assert not (node.attrs.get("href") or "").lower().startswith("javascript:")
    assert [n.text() for n in doc.find_all("title")] == ["Claims report"]
    section = doc.find_all("section", "article")[0]
    assert section.find_all("div", "article-text")[0].text() == EVIL_TEXT
    # placeholders inside the data are left as they are
    assert "{{js}}" in section.text() and "{{css}}" in section.text()
    assert "</title><script>alert(1)</script>" in section.find_all("h2")[0].text()
    speaker = section.find_all("span", "hl-speaker")
    assert [s.text() for s in speaker] == ["Ann <b>Lee</b>"]


def test_overlapping_sentences_and_parts_keep_the_markup_flat(tmp_path):
    text = "Ann Lee said Russia makes three times more shells than NATO. Ben Ray agreed.\n"
    article = Article(article_id="a_ov", source="ov.txt", text=text)
    first = make_record(
        article,
        "Ann Lee said Russia makes three times more shells than NATO.",
        "Russia makes three times more shells than NATO",
        ["attributed", "quantitative", "comparative"],
        speaker=Speaker(name="Ann Lee", mention="Ann Lee said"),  # overlaps the cue
        cue="said",
        figures=(("three times more", 3, "times"),),  # overlaps the comparison cue
        comparison=Comparison(
            subject="Russia", object="NATO", direction="more", cue="more ... than"
        ),
    )
    # a second sentence overlapping the first one's end
    second = make_record(
        article,
        "than NATO. Ben Ray agreed.",
        "than NATO",
        ["attributed"],
        speaker=Speaker(name="Ben Ray", mention="Ben Ray"),
        cue="agreed",
    )
    with build_store(tmp_path / "ov.db", [(article, [first, second])]) as store:
        doc = parse(render_report(store))
    body = doc.find_all("div", "article-text")[0]
    assert body.text() == text
    (mark,) = body.find_all("mark")  # the two sentences merged into one mark
    assert mark.attrs["data-claims"] == f"{first.claim_id} {second.claim_id}"
    assert all(len(span.find_all("span")) == 1 for span in mark.find_all("span"))  # flat
    classes = {span.text(): span.classes() for span in mark.find_all("span")}
    assert classes["said"] >= {"hl-speaker", "hl-cue"}
    assert classes["more"] >= {"hl-figure", "hl-comparison"}
    assert classes["than"] == {"hl", "hl-comparison"}
    assert classes["Ben Ray"] == {"hl", "hl-speaker"}


def test_summary_tables_count_claims_per_article_speaker_type_and_status(seed_db):
    with Store(seed_db) as store:
        ids = [r.claim_id for r in store.records()]
        store.apply_reviews(
            [(ids[1], Review(status="accepted")), (ids[2], Review(status="corrected"))]
        )
        doc = parse(render_report(store))
        _check_summary(doc, store)
        statuses = _table(doc, "summary-statuses")
    assert (statuses["accepted"], statuses["corrected"]) == (1, 1)
    items = doc.find_all("li", "claim-item")
    assert len(items) == len(ids)
    assert items[1].attrs["data-status"] == "accepted"


def test_each_claim_record_is_in_the_page(small_store):
    doc = parse(render_report(small_store))
    for record in tanks_records():
        item = doc.by_id(f"claim-{record.claim_id}")
        assert set(item.attrs["data-types"].split()) == set(record.types)
        details = item.find_all("dl", "record")[0]
        terms = [dt.text() for dt in details.find_all("dt")]
        values = dict(zip(terms, [dd.text() for dd in details.find_all("dd")], strict=True))
        assert values["claim"] == record.claim_text
        if record.speaker:
            assert values["speaker"].startswith(record.speaker.name)
            assert values.get("role") == record.speaker.role
        if record.quantities:
            assert all(q.text in values["figures"] for q in record.quantities)
        if record.comparison:
            assert record.comparison.subject in values["comparison"]
        assert values["review"] == "unreviewed"
    link = [a for a in doc.find_all("a") if a.attrs["href"].startswith("https:")]
    assert [a.attrs["href"] for a in link] == ["https://example.test/tanks"]


def test_report_command_writes_the_same_page_each_time(small_store, tmp_path):
    db = small_store.path
    out = tmp_path / "r" / "report.html"
    runner = CliRunner()
    result = runner.invoke(report_command, ["--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "7 claims" in result.output
    first = out.read_bytes()
    assert write_report(small_store, tmp_path / "again.html").read_bytes() == first
    missing = runner.invoke(report_command, ["--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no claims database" in missing.output


# -- in a browser ---------------------------------------------------------------------------------
# Marked slow: each launches Chromium (2-6 s apiece, about 15 s together). They need the
# Debian chromium package (`make setup-chromium`); without it they fail, never skip.


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail(SETUP_HINT)


def browse(page, tmp_path, *extra: str, fragment: str = "") -> subprocess.CompletedProcess:
    """Open `page` in headless Chromium (no network, throwaway profile)."""
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *extra,
        page.resolve().as_uri() + fragment,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def dump_dom(page, tmp_path, fragment: str = "") -> Node:
    dom = parse(browse(page, tmp_path, "--dump-dom", fragment=fragment).stdout)
    assert dom.find_all("html")[0].attrs.get("data-report-ready") == "1", "the script did not run"
    return dom


def test_missing_chromium_fails_with_the_setup_hint(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(pytest.fail.Exception, match="make setup-chromium"):
        chromium()


@pytest.fixture
def seed_page(seed_db, tmp_path):
    page = tmp_path / "report.html"
    with Store(seed_db) as store:
        write_report(store, page)
        records = list(store.records())
    return page, seed_db, records


@pytest.mark.slow
def test_browser_shows_highlights_and_summary(seed_page, tmp_path):
    page, db, records = seed_page
    rutte = next(r for r in records if r.quantities)
    dom = dump_dom(page, tmp_path, f"#claim={rutte.claim_id}")
    # the #claim= hook pinned that claim's sentence and put its record in the panel
    (pinned,) = dom.find_all("mark", "pinned")
    assert rutte.claim_id in pinned.attrs["data-claims"].split()
    panel = dom.by_id("panel-body")
    shown_ids = [code.text() for code in panel.find_all("code")]
    assert shown_ids == pinned.attrs["data-claims"].split()
    assert "three months" in panel.text() and "Mark Rutte" in panel.text()
    texts = dom.find_all("div", "article-text")
    speakers = {s.text() for t in texts for s in t.find_all("span", "hl-speaker")}
    mentions = set()
    for r in records:
        spans = claim_spans(r)
        if spans.speaker:
            mentions.add(
                r.sentence[spans.speaker[0] - r.char_start : spans.speaker[1] - r.char_start]
            )
    assert mentions and mentions <= speakers
    figures = [s.text() for t in texts for s in t.find_all("span", "hl-figure")]
    assert figures == [q.text for r in records for q in r.quantities]
    comparisons = [s for t in texts for s in t.find_all("span", "hl-comparison")]
    assert len(comparisons) >= sum(1 for r in records if r.comparison)
    assert len(dom.find_all("mark", "claim")) == len({(r.char_start, r.char_end) for r in records})
    assert not dom.find_all("mark", "off")
    assert dom.by_id("shown-count").text() == str(len(records))
    with Store(db) as store:
        _check_summary(dom, store)


@pytest.mark.slow
def test_browser_filters_from_the_address(seed_page, tmp_path):
    page, db, records = seed_page
    dom = dump_dom(page, tmp_path, "#type=quantitative,attributed&status=unreviewed")
    wanted = {r.claim_id for r in records if {"quantitative", "attributed"} & set(r.types)}
    assert 0 < len(wanted) < len(records)
    items = dom.find_all("li", "claim-item")
    assert {i.attrs["data-claim"] for i in items if "hidden" not in i.attrs} == wanted
    assert dom.by_id("shown-count").text() == str(len(wanted))
    for mark in dom.find_all("mark", "claim"):
        on = bool(set(mark.attrs["data-claims"].split()) & wanted)
        assert ("off" not in mark.classes()) == on
    boxes = {b.attrs["value"]: "checked" in b.attrs for b in dom.find_all("input")}
    assert boxes["quantitative"] and boxes["attributed"] and not boxes["comparative"]

    with Store(db) as store:
        accepted = [r.claim_id for r in records[:2]]
        store.apply_reviews([(i, Review(status="accepted")) for i in accepted])
        write_report(store, page)
    dom = dump_dom(page, tmp_path, "#status=accepted")
    visible = [
        i.attrs["data-claim"] for i in dom.find_all("li", "claim-item") if "hidden" not in i.attrs
    ]
    assert visible == accepted


@pytest.mark.slow
def test_browser_runs_no_injected_script(evil_store, tmp_path):
    page = write_report(evil_store, tmp_path / "evil.html")
    dom = dump_dom(page, tmp_path)
    assert "data-pwned" not in dom.find_all("html")[0].attrs
    assert dom.find_all("div", "article-text")[0].text() == EVIL_TEXT
    assert not dom.find_all("img") and len(dom.find_all("script")) == 1


@pytest.mark.slow
def test_browser_screenshot(seed_page, tmp_path):
    page, _db, _records = seed_page
    shot = ROOT / "outputs" / "report.png"
    shot.parent.mkdir(exist_ok=True)
    shot.unlink(missing_ok=True)
    browse(page, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000  # a blank page compresses to a few kilobytes


# -- assessment, certainty and check-worthiness --------------------------------------------


def test_claims_carry_assessment_and_worth_for_filters_and_order(seed_db):
    with Store(seed_db) as store:
        records = {r.claim_id: r for r in store.records()}
        doc = parse(render_report(store))
    items = doc.find_all("li", "claim-item")
    assert {i.attrs["data-claim"] for i in items} == set(records)
    by_label = Counter(r.assessment.label for r in records.values())
    assert by_label["disputed"] >= 1 and by_label["corroborated"] >= 1
    for item in items:
        record = records[item.attrs["data-claim"]]
        assert item.attrs["data-assessment"] == record.assessment.label
        assert item.attrs["data-worth"] == f"{record.checkworthiness.score:.2f}"
        terms = [dt.text() for dt in item.find_all("dt")]
        assert "certainty" in terms and "check-worthiness" in terms
        assert ("assessment" in terms) == (record.assessment.label != "none")
    boxes = [b.attrs["value"] for b in doc.find_all("input") if b.attrs["name"] == "assessment"]
    assert boxes == ["disputed", "hedged", "corroborated", "none"]
    assert _table(doc, "summary-assessments") == {
        label: by_label[label] for label in ("disputed", "hedged", "corroborated", "none")
    }


@pytest.mark.slow
def test_browser_orders_by_worth_and_filters_by_assessment(seed_page, tmp_path):
    page, _db, records = seed_page
    worth = {r.claim_id: r.checkworthiness.score for r in records}
    dom = dump_dom(page, tmp_path)
    for ol in dom.find_all("ol", "claims"):
        scores = [worth[li.attrs["data-claim"]] for li in ol.find_all("li", "claim-item")]
        assert scores == sorted(scores, reverse=True)  # most worth checking first
    dom = dump_dom(page, tmp_path, "#assessment=disputed&order=reading")
    wanted = [r.claim_id for r in records if r.assessment.label == "disputed"]
    shown = [
        i.attrs["data-claim"] for i in dom.find_all("li", "claim-item") if "hidden" not in i.attrs
    ]
    assert wanted and shown == wanted
    assert dom.by_id("shown-count").text() == str(len(wanted))
