"""How firmly a claim is put: the reporting cue's stance, lowered by hedges inside the claim.

The stance of the attribution cue (`models/lexicons/reporting_verbs.json`: neutral "said",
assertive "emphasized", distancing "claimed") gives the starting level; a claim in the
article's own voice starts `high`. Each hedge inside what the claim asserts ("reportedly",
"allegedly", "may", "is said to"; `models/lexicons/certainty.json`) lowers the level one step,
down to `low`. What the article says about the claim elsewhere is its `assessment`, not this.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.extract.claims import Draft
from pipeline.nlp.model import doc_text
from pipeline.records import Certainty
from pipeline.resources import lexicon


@dataclass(frozen=True)
class _Lexicon:
    levels: tuple[str, ...]
    stance_levels: dict[str, str]
    own_voice: str
    hedges: tuple[tuple[tuple[frozenset[str], tuple[str, ...], bool], ...], ...]
    first_words: frozenset[str]  # a hedge can only start at one of these words
    first_prefixes: tuple[str, ...]  # ... or at a word with one of these prefixes


def _item(text: str) -> tuple[frozenset[str], tuple[str, ...], bool]:
    optional = text.endswith("?")
    alts = text.rstrip("?").split("|")
    words = frozenset(a for a in alts if not a.endswith("*"))
    prefixes = tuple(a[:-1] for a in alts if a.endswith("*"))
    return words, prefixes, optional


@cache
def _lexicon() -> _Lexicon:
    data = lexicon("certainty")
    hedges = tuple(
        tuple(_item(part) for part in pattern.lower().split()) for pattern in data["hedges"]
    )
    return _Lexicon(
        levels=tuple(data["levels"]),
        stance_levels=dict(data["stance_levels"]),
        own_voice=data["own_voice_level"],
        hedges=hedges,
        first_words=frozenset(w for h in hedges for w in h[0][0]),
        first_prefixes=tuple(p for h in hedges for p in h[0][1]),
    )


def find_hedges(words: list[str], proper: list[bool] | None = None) -> list[tuple[int, int]]:
    """(start, end) word offsets of each hedge in lower-cased words, left to right; a word
    marked `proper` (a proper noun: the month "May") starts none."""
    lex = _lexicon()
    found = []
    i = 0
    while i < len(words):
        if (proper is not None and proper[i]) or (
            words[i] not in lex.first_words and not words[i].startswith(lex.first_prefixes)
        ):
            i += 1
            continue
        best = 0
        for pattern in _lexicon().hedges:
            j = i
            for wanted, prefixes, optional in pattern:
                w = words[j] if j < len(words) else None
                if w is not None and (w in wanted or any(w.startswith(p) for p in prefixes)):
                    j += 1
                elif not optional:
                    j = i
                    break
            best = max(best, j - i)
        if best:
            found.append((i, i + best))
            i += best
        else:
            i += 1
    return found


def certainty(draft: Draft) -> Certainty:
    """The certainty of one claim draft."""
    lex = _lexicon()
    sent = draft.sentence
    start, end = sent.start_char, sent.end_char
    stance = None
    if draft.cue is not None and draft.speaker is not None:
        stance = draft.cue.stance
        if not draft.inherited:
            start, end = draft.cue.content_start, draft.cue.content_end
    tokens = [t for t in sent if start <= t.idx < end and not t.is_space]
    text = doc_text(sent.doc)
    hedges = [
        text[tokens[a].idx : tokens[b - 1].idx + len(tokens[b - 1])]
        for a, b in find_hedges([t.lower_ for t in tokens], [t.pos_ == "PROPN" for t in tokens])
    ]
    base = lex.stance_levels.get(stance, lex.own_voice) if stance else lex.own_voice
    level = max(0, lex.levels.index(base) - len(hedges))
    return Certainty(level=lex.levels[level], stance=stance, hedges=hedges)
