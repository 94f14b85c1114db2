"""The HTML report: every article of the store with its claims highlighted in context.

`write_report` writes one self-contained page (inline CSS and JS from
`pipeline/views/templates/`, no network: its Content-Security-Policy allows only the page's
own style and script, by hash). It holds a summary (claims per article, speaker, type
and review status), filters by type and review status, and one section per article
with its text, each claim's sentence marked and, inside it, the speaker mention, the
cue, the figures and the comparison cue in distinct colours; pointing at a sentence
shows its record in a side panel.

Markup rules: every piece of text goes through `html.escape`; links are kept only for
http(s) addresses. Sentences that overlap are merged into one mark holding all their
claims; inside a mark the parts are cut at every boundary into flat, non-nested
pieces, each carrying the classes of all the parts covering it, so overlapping parts
can never break the markup. Same store, same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

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


def _template(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


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


def _render_mark(text: str, start: int, end: int, members: list[StoredClaim]) -> str:
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
        chunk = esc(text[a:b])
        if cats:
            classes = " ".join(["hl", *(f"hl-{c}" for c in cats)])
            pieces.append(f'<span class="{classes}">{chunk}</span>')
        else:
            pieces.append(chunk)
    ids = " ".join(i.record.claim_id for i in members)
    types = " ".join(t for t in TYPE_ORDER if any(t in i.record.types for i in members))
    statuses = " ".join(sorted({status_of(i) for i in members}))
    return (
        f'<mark class="claim" tabindex="0" data-claims="{esc(ids)}" data-types="{esc(types)}" '
        f'data-status="{esc(statuses)}">{"".join(pieces)}</mark>'
    )


def _render_text(text: str, items: list[StoredClaim]) -> str:
    out, pos = [], 0
    for start, end, members in _mark_groups(text, items):
        out.append(esc(text[pos:start]))
        out.append(_render_mark(text, start, end, members))
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


# -- the claim records -------------------------------------------------------------------


def _field(name: str, value_html: str) -> str:
    return f"<dt>{esc(name)}</dt><dd>{value_html}</dd>"


def _list(values: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(v)}</li>" for v in values) + "</ul>"


def _record_dl(item: StoredClaim, others: list[StoredClaim] = ()) -> str:
    """The record as a definition list; `others`: the other appearances of its cluster."""
    r, review = item.record, item.review
    rows = [_field("claim", esc(r.claim_text))]
    if r.speaker is not None:
        sp = r.speaker
        rows.append(_field("speaker", f"{esc(sp.name)} <small>({esc(sp.kind)})</small>"))
        if sp.role:
            rows.append(_field("role", esc(sp.role)))
        if sp.organization:
            rows.append(_field("organization", esc(sp.organization)))
        if sp.mention:
            rows.append(_field("mention", esc(sp.mention)))
    else:
        rows.append(_field("speaker", esc(NO_SPEAKER)))
    if r.attribution is not None:
        at = r.attribution
        rows.append(_field("attribution", esc(f"{at.mode}, cue “{at.cue}”, {at.stance}")))
    if r.quantities:
        rows.append(_field("figures", _list([quantity_text(q) for q in r.quantities])))
    if r.comparison is not None:
        rows.append(_field("comparison", esc(comparison_text(r.comparison))))
    if r.times:
        rows.append(
            _field("times", _list([f"{t.text} = {t.value or '?'} ({t.relation})" for t in r.times]))
        )
    rows.append(_field("types", esc(", ".join(r.types))))
    rows.append(_field("confidence", esc(f"{r.confidence:.2f}")))
    review_text = status_of(item)
    if review.stale and review.status != "unreviewed":
        review_text += f" (was {review.status})"
    if review.reviewer:
        review_text += f" by {review.reviewer}"
    rows.append(_field("review", esc(review_text)))
    if review.note:
        rows.append(_field("note", esc(review.note)))
    if review.stale_reason:
        rows.append(_field("stale", esc(review.stale_reason)))
    for key, value in sorted(review.corrections.items()):
        if value:
            rows.append(_field(f"corrected {key}", esc(value)))
    if others:
        links = [
            f'<li><a href="#claim-{esc(o.record.claim_id)}">{esc(o.record.source)}</a>'
            + (f" ({esc(o.record.published)})" if o.record.published else "")
            + f": {esc(o.record.claim_text)}</li>"
            for o in others
        ]
        rows.append(_field("other appearances", "<ul>" + "".join(links) + "</ul>"))
    rows.append(_field("claim id", f"<code>{esc(r.claim_id)}</code>"))
    return '<dl class="record">' + "".join(rows) + "</dl>"


def _claim_item(item: StoredClaim, clusters: dict[str, list[StoredClaim]] | None = None) -> str:
    r = item.record
    status = status_of(item)
    who = r.speaker.name if r.speaker else NO_SPEAKER
    members = (clusters or {}).get(r.cluster_id or "", []) if item.current else []
    others = [o for o in members if o.record.claim_id != r.claim_id]
    badges = "".join(f'<span class="badge type-{esc(t)}">{esc(t)}</span>' for t in r.types)
    badges += f'<span class="badge status-{esc(status)}">{esc(status)}</span>'
    return (
        f'<li class="claim-item" id="claim-{esc(r.claim_id)}" data-claim="{esc(r.claim_id)}" '
        f'data-types="{esc(" ".join(r.types))}" data-status="{esc(status)}">'
        f'<div class="claim-head">{esc(who)} {badges}</div>{_record_dl(item, others)}</li>'
    )


def _article_section(
    group: _ArticleClaims, clusters: dict[str, list[StoredClaim]] | None = None
) -> str:
    article = group.article
    meta = [f"<span>{esc(group.source)}</span>"]
    first = group.items[0].record if group.items else None
    if first is not None and first.other_sources:
        meta.append(f"<span>also {esc(', '.join(first.other_sources))}</span>")
    outlet = (first.outlet if first else None) or (article.outlet if article else None)
    published = (first.published if first else None) or (article.published if article else None)
    url = (first.url if first else None) or (article.url if article else None)
    if outlet:
        meta.append(f"<span>{esc(outlet)}</span>")
    if published:
        meta.append(f"<span>{esc(published)}</span>")
    if article is not None and article.author:
        meta.append(f"<span>by {esc(article.author)}</span>")
    if url:
        safe = _safe_url(url)
        if safe:
            meta.append(
                f'<span><a href="{esc(safe)}" rel="noopener noreferrer">{esc(url)}</a></span>'
            )
        else:
            meta.append(f"<span>{esc(url)}</span>")
    if article is not None:
        body = _render_text(article.text, group.items)
    else:
        body = esc("(article text not in the database)")
    claims = "".join(_claim_item(i, clusters) for i in group.items)
    n = len(group.items)
    return (
        f'<section class="article" id="article-{esc(group.article_id)}">'
        f"<h2>{esc(group.heading)}</h2>"
        f'<p class="meta">{"".join(meta)}</p>'
        f'<div class="article-text">{body}</div>'
        f"<h3>{n} claim{'s' if n != 1 else ''}</h3>"
        f'<ol class="claims">{claims}</ol>'
        "</section>"
    )


# -- summary, legend and filters --------------------------------------------------------


def _table(table_id: str, caption: str, head: str, rows: list[tuple[str, int]]) -> str:
    body = "".join(f'<tr><th scope="row">{key}</th><td class="n">{n}</td></tr>' for key, n in rows)
    return (
        f'<table id="{table_id}"><caption>{esc(caption)}</caption>'
        f'<thead><tr><th scope="col">{esc(head)}</th><th scope="col" class="n">claims</th></tr>'
        f"</thead><tbody>{body}</tbody></table>"
    )


def _by_count(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def _summary(groups: list[_ArticleClaims], items: list[StoredClaim]) -> str:
    per_article = [
        (f'<a href="#article-{esc(g.article_id)}">{esc(g.heading)}</a>', len(g.items))
        for g in groups
    ]
    speakers = Counter(i.record.speaker.name if i.record.speaker else NO_SPEAKER for i in items)
    types = Counter(t for i in items for t in i.record.types)
    statuses = Counter(status_of(i) for i in items)
    return "".join(
        [
            _table("summary-articles", "Claims per article", "article", per_article),
            _table(
                "summary-speakers",
                "Claims per speaker",
                "speaker",
                [(esc(k), n) for k, n in _by_count(speakers)],
            ),
            _table("summary-types", "Claims per type", "type", [(t, types[t]) for t in TYPE_ORDER]),
            _table(
                "summary-statuses",
                "Claims per review status",
                "status",
                [(s, statuses[s]) for s in STATUSES],
            ),
        ]
    )


def _legend() -> str:
    swatches = "".join(
        f'<span class="swatch hl hl-{cat}">{esc(label)}</span>' for cat, label in CATEGORIES
    )
    return (
        '<div class="legend"><span class="legend-title">Legend</span>'
        '<span class="swatch sentence">claim sentence</span>'
        f"{swatches}</div>"
    )


def _filters(items: list[StoredClaim]) -> str:
    types = Counter(t for i in items for t in i.record.types)
    statuses = Counter(status_of(i) for i in items)

    def boxes(name: str, values: tuple[str, ...], counts: Counter[str]) -> str:
        return "".join(
            f'<label><input type="checkbox" name="{name}" value="{v}" checked> '
            f"{v} ({counts[v]})</label>"
            for v in values
        )

    return (
        '<form id="filters" class="filters">'
        f"<fieldset><legend>Type</legend>{boxes('type', TYPE_ORDER, types)}</fieldset>"
        f"<fieldset><legend>Review</legend>{boxes('status', STATUSES, statuses)}</fieldset>"
        f'<span class="shown"><span id="shown-count">{len(items)}</span> of {len(items)} '
        "claims shown</span></form>"
    )


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
    parts = {
        "csp": esc(csp),
        "generator": esc(f"defense-claims {__version__}"),
        "css": css,
        "js": js,
        "totals": esc(totals),
        "legend": _legend(),
        "filters": _filters(items),
        "summary": _summary(groups, items),
        "articles": "\n".join(_article_section(g, clusters) for g in groups),
    }
    # one pass over the template only: inserted text is never scanned for placeholders
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _template("report.html"))


def write_report(store: Store, out_path: str | Path) -> Path:
    """Write the report page of `store` to `out_path` atomically; return the path."""
    path = Path(out_path)
    page = render_report(store)
    with atomic_file(path) as fh:
        fh.write(page)
    return path
