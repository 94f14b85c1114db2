"""The HTML report: every article of the store with its claims highlighted in context.

`write_report` writes one self-contained page (inline CSS and JS from
`pipeline/views/templates/`, no network: its Content-Security-Policy allows only the page's
own style and script, by hash). It holds a summary (claims per article, speaker, type,
review status and assessment), filters by type, review status and assessment (what the
article says about the claim), an order for each article's claims (most worth checking
first, by default; by assessment; or reading order), and one section per article
with its text, each claim's sentence marked and, inside it, the speaker mention, the
cue, the figures and the comparison cue in distinct colours; pointing at a sentence
shows its record in a side panel.

Markup rules: the page is a Jinja2 template (`templates/report.html.j2`) rendered with
autoescaping, so every piece of text is escaped; only the page's own CSS and JS go in
as they are. Links are kept only for http(s) addresses. Sentences that overlap are
merged into one mark holding all their claims; inside a mark the parts are cut at
every boundary into flat, non-nested pieces, each carrying the classes of all the
parts covering it, so overlapping parts can never break the markup. Same store, same bytes.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from pipeline import __version__
from pipeline.records import TYPE_ORDER, Article, ClaimRecord
from pipeline.records.notation import comparison_text, quantity_text
from pipeline.store.atomic import atomic_file
from pipeline.store.db import Store, StoredClaim
from pipeline.views.export import STATUSES, claim_spans

DEFAULT_OUT = Path("outputs") / "report.html"
# highlight categories, in legend order: (class suffix, legend text)
CATEGORIES = (
    ("speaker", "speaker mention"),
    ("cue", "reporting cue"),
    ("figure", "figure"),
    ("comparison", "comparison cue"),
)
NO_SPEAKER = "(no speaker)"
ASSESSMENTS = ("disputed", "hedged", "corroborated", "none")  # filter and sort order
PAGE_TEMPLATE = "report.html.j2"


def _template(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


@cache
def _environment() -> Environment:
    """Jinja2 with autoescaping on for every template: text is escaped unless marked safe."""
    return Environment(
        loader=PackageLoader("pipeline.views", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def status_of(item: StoredClaim) -> str:
    """The review status shown in the report: 'stale' for stale claims."""
    return "stale" if item.review.stale else item.review.status


def _safe_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


@dataclass
class _ArticleClaims:
    article_id: str
    article: Article | None
    items: list[StoredClaim] = field(default_factory=list)

    @property
    def source(self) -> str:
        if self.items:
            return self.items[0].record.source
        return self.article.source if self.article else ""

    @property
    def heading(self) -> str:
        title = self.items[0].record.title if self.items else None
        return title or (self.article.title if self.article else None) or self.source


# -- the article text with its marks ---------------------------------------------------


def _mark_groups(text: str, items: list[StoredClaim]) -> list[tuple[int, int, list[StoredClaim]]]:
    """Claims whose sentence sits at its offsets, grouped into non-overlapping marks."""
    placed = sorted(
        (
            (i.record.char_start, i.record.char_end, n, i)
            for n, i in enumerate(items)
            if text[i.record.char_start : i.record.char_end] == i.record.sentence
            and i.record.char_end > i.record.char_start
        ),
        key=lambda t: (t[0], t[1], t[2]),
    )
    groups: list[tuple[int, int, list[StoredClaim]]] = []
    for start, end, _n, item in placed:
        if groups and start < groups[-1][1]:
            g_start, g_end, members = groups[-1]
            groups[-1] = (g_start, max(g_end, end), [*members, item])
        else:
            groups.append((start, end, [item]))
    return groups


def _parts(record: ClaimRecord) -> list[tuple[int, int, str]]:
    spans = claim_spans(record)
    parts = [(s, e, "cue") for s, e in spans.cue]
    if spans.speaker is not None:
        parts.append((*spans.speaker, "speaker"))
    parts += [(s, e, "figure") for s, e in spans.figures]
    parts += [(s, e, "comparison") for s, e in spans.comparison]
    return [p for p in parts if p[1] > p[0]]


def _render_mark(text: str, start: int, end: int, members: list[StoredClaim]) -> dict:
    """One mark: its claims, and its text cut into flat pieces with the classes covering each."""
    parts = [
        (max(s, start), min(e, end), cat)
        for item in members
        for s, e, cat in _parts(item.record)
        if s < end and e > start
    ]
    cuts = sorted({start, end, *(p[0] for p in parts), *(p[1] for p in parts)})
    order = [c for c, _ in CATEGORIES]
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        cats = sorted({cat for s, e, cat in parts if s <= a and b <= e}, key=order.index)
        classes = " ".join(["hl", *(f"hl-{c}" for c in cats)]) if cats else ""
        pieces.append((text[a:b], classes))
    return {
        "ids": " ".join(i.record.claim_id for i in members),
        "types": " ".join(t for t in TYPE_ORDER if any(t in i.record.types for i in members)),
        "statuses": " ".join(sorted({status_of(i) for i in members})),
        "pieces": pieces,
    }


def _segments(text: str, items: list[StoredClaim]) -> list[dict]:
    """The article text as plain segments and marks, in order."""
    out, pos = [], 0
    for start, end, members in _mark_groups(text, items):
        out.append({"text": text[pos:start], "mark": None})
        out.append({"text": "", "mark": _render_mark(text, start, end, members)})
        pos = end
    out.append({"text": text[pos:], "mark": None})
    return out


# -- the claim records -------------------------------------------------------------------


def _field(
    name: str, text: str = "", *, small: str = "", entries=None, links=None, code: bool = False
) -> dict:
    return {
        "name": name,
        "text": text,
        "small": small,
        "entries": entries,
        "links": links,
        "code": code,
    }


def _record_fields(item: StoredClaim, others: list[StoredClaim] = ()) -> list[dict]:
    """The record's fields; `others`: the other appearances of its cluster."""
    r, review = item.record, item.review
    rows = [_field("claim", r.claim_text)]
    if r.speaker is not None:
        sp = r.speaker
        rows.append(_field("speaker", sp.name, small=sp.kind))
        if sp.role:
            rows.append(_field("role", sp.role))
        if sp.organization:
            rows.append(_field("organization", sp.organization))
        if sp.mention:
            rows.append(_field("mention", sp.mention))
    else:
        rows.append(_field("speaker", NO_SPEAKER))
    if r.attribution is not None:
        at = r.attribution
        rows.append(_field("attribution", f"{at.mode}, cue “{at.cue}”, {at.stance}"))
    if r.quantities:
        rows.append(_field("figures", entries=[quantity_text(q) for q in r.quantities]))
    if r.comparison is not None:
        rows.append(_field("comparison", comparison_text(r.comparison)))
    if r.times:
        times = [f"{t.text} = {t.value or '?'} ({t.relation})" for t in r.times]
        rows.append(_field("times", entries=times))
    rows.append(_field("types", ", ".join(r.types)))
    rows.append(_field("confidence", f"{r.confidence:.2f}"))
    rows += _judgement_fields(r)
    review_text = status_of(item)
    if review.stale and review.status != "unreviewed":
        review_text += f" (was {review.status})"
    if review.reviewer:
        review_text += f" by {review.reviewer}"
    rows.append(_field("review", review_text))
    if review.note:
        rows.append(_field("note", review.note))
    if review.stale_reason:
        rows.append(_field("stale", review.stale_reason))
    for key, value in sorted(review.corrections.items()):
        if value:
            rows.append(_field(f"corrected {key}", value))
    if others:
        links = [
            {
                "href": f"#claim-{o.record.claim_id}",
                "text": o.record.source,
                "rest": (f" ({o.record.published})" if o.record.published else "")
                + f": {o.record.claim_text}",
            }
            for o in others
        ]
        rows.append(_field("other appearances", links=links))
    rows.append(_field("claim id", r.claim_id, code=True))
    return rows


def _judgement_fields(r: ClaimRecord) -> list[dict]:
    """What the article says about the claim, how firmly it is put, how worth checking it is."""
    rows = []
    a = r.assessment
    if a.label != "none":
        who = a.assessor if a.voice == "speaker" and a.assessor else "the article"
        rows.append(_field("assessment", f"{a.label}: “{a.cue}”", small=f"by {who}"))
        rows.append(_field("evidence", a.evidence or ""))
    if r.certainty is not None:
        c = r.certainty
        why = ", ".join([*([c.stance] if c.stance else []), *c.hedges])
        rows.append(_field("certainty", c.level, small=why))
    if r.checkworthiness is not None:
        w = r.checkworthiness
        why = ", ".join(f"{name} {value:+.2f}" for name, value in w.features.items())
        rows.append(_field("check-worthiness", f"{w.score:.2f}", small=why))
    return rows


def _claim_view(item: StoredClaim, pos: int, clusters: dict[str, list[StoredClaim]]) -> dict:
    r = item.record
    members = clusters.get(r.cluster_id or "", []) if item.current else []
    others = [o for o in members if o.record.claim_id != r.claim_id]
    return {
        "id": r.claim_id,
        "who": r.speaker.name if r.speaker else NO_SPEAKER,
        "types": list(r.types),
        "status": status_of(item),
        "assessment": r.assessment.label,
        "worth": f"{r.checkworthiness.score:.2f}" if r.checkworthiness else "0.00",
        "pos": pos,
        "fields": _record_fields(item, others),
    }


def _article_view(group: _ArticleClaims, clusters: dict[str, list[StoredClaim]]) -> dict:
    article = group.article
    meta = [{"text": group.source, "href": None}]
    first = group.items[0].record if group.items else None
    if first is not None and first.other_sources:
        meta.append({"text": f"also {', '.join(first.other_sources)}", "href": None})
    outlet = (first.outlet if first else None) or (article.outlet if article else None)
    published = (first.published if first else None) or (article.published if article else None)
    url = (first.url if first else None) or (article.url if article else None)
    for value in (outlet, published):
        if value:
            meta.append({"text": value, "href": None})
    if article is not None and article.author:
        meta.append({"text": f"by {article.author}", "href": None})
    if url:
        meta.append({"text": url, "href": _safe_url(url)})
    if article is not None:
        segments = _segments(article.text, group.items)
    else:
        segments = [{"text": "(article text not in the database)", "mark": None}]
    return {
        "id": group.article_id,
        "heading": group.heading,
        "meta": meta,
        "segments": segments,
        "claims": [_claim_view(i, n, clusters) for n, i in enumerate(group.items)],
    }


# -- summary and filters -----------------------------------------------------------------


def _table(table_id: str, caption: str, head: str, rows: list[dict]) -> dict:
    return {"id": table_id, "caption": caption, "head": head, "rows": rows}


def _rows(pairs: list[tuple[str, int]]) -> list[dict]:
    return [{"label": label, "href": None, "n": n} for label, n in pairs]


def _by_count(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def _tables(groups: list[_ArticleClaims], items: list[StoredClaim]) -> list[dict]:
    per_article = [
        {"label": g.heading, "href": f"#article-{g.article_id}", "n": len(g.items)} for g in groups
    ]
    speakers = Counter(i.record.speaker.name if i.record.speaker else NO_SPEAKER for i in items)
    types = Counter(t for i in items for t in i.record.types)
    statuses = Counter(status_of(i) for i in items)
    assessments = Counter(i.record.assessment.label for i in items)
    type_rows = _rows([(t, types[t]) for t in TYPE_ORDER])
    return [
        _table("summary-articles", "Claims per article", "article", per_article),
        _table("summary-speakers", "Claims per speaker", "speaker", _rows(_by_count(speakers))),
        _table("summary-types", "Claims per type", "type", type_rows),
        _table(
            "summary-statuses",
            "Claims per review status",
            "status",
            _rows([(s, statuses[s]) for s in STATUSES]),
        ),
        _table(
            "summary-assessments",
            "Claims per assessment",
            "assessment",
            _rows([(a, assessments[a]) for a in ASSESSMENTS]),
        ),
    ]


def _filters(items: list[StoredClaim]) -> dict:
    types = Counter(t for i in items for t in i.record.types)
    statuses = Counter(status_of(i) for i in items)
    assessments = Counter(i.record.assessment.label for i in items)
    return {
        "types": [(t, types[t]) for t in TYPE_ORDER],
        "statuses": [(s, statuses[s]) for s in STATUSES],
        "assessments": [(a, assessments[a]) for a in ASSESSMENTS],
        "total": len(items),
    }


# -- the page -------------------------------------------------------------------------------


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _group(store: Store, items: list[StoredClaim]) -> list[_ArticleClaims]:
    groups: dict[str, _ArticleClaims] = {}
    for item in items:
        article_id = item.record.article_id
        if article_id not in groups:
            groups[article_id] = _ArticleClaims(article_id, store.article(article_id))
        groups[article_id].items.append(item)
    return list(groups.values())


def render_report(store: Store) -> str:
    """The report page of every claim in `store` (current and stale reviewed ones)."""
    items = list(store.claims(include_stale=True))
    groups = _group(store, items)
    clusters: dict[str, list[StoredClaim]] = {}  # the last `claims cluster`'s appearances
    for item in items:
        if item.current and item.record.cluster_id:
            clusters.setdefault(item.record.cluster_id, []).append(item)
    css, js = _template("report.css"), _template("report.js")
    csp = (
        "default-src 'none'; base-uri 'none'; form-action 'none'; "
        f"style-src {_csp_hash(css)}; script-src {_csp_hash(js)}"
    )
    n_articles = len(groups)
    totals = (
        f"{len(items)} claim{'s' if len(items) != 1 else ''} in {n_articles} "
        f"article{'s' if n_articles != 1 else ''}"
    )
    return (
        _environment()
        .get_template(PAGE_TEMPLATE)
        .render(
            csp=csp,
            generator=f"defense-claims {__version__}",
            css=Markup(css),  # the page's own files, hashed into the CSP: inserted as they are
            js=Markup(js),
            totals=totals,
            categories=CATEGORIES,
            filters=_filters(items),
            tables=_tables(groups, items),
            articles=[_article_view(g, clusters) for g in groups],
        )
    )


def write_report(store: Store, out_path: str | Path) -> Path:
    """Write the report page of `store` to `out_path` atomically; return the path."""
    path = Path(out_path)
    page = render_report(store)
    with atomic_file(path) as fh:
        fh.write(page)
    return path
