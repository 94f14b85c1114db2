"""A benchmark corpus made from the project's own articles: many distinct, realistic variants.

Each generated article starts from one template (the development articles in
`tests/data/dev/` and the seed articles in `corpus/`) and changes, all driven by
one seeded random generator per article:

- people: the family name of every "Given Family" person (and each later mention
  of that family name alone) and, when the pronouns the article uses are known
  from `models/bench.json`, the given name too, within the same gender;
- figures: every count, amount and percentage is scaled by one factor per
  article, rounded to as many significant digits as the original and written the
  way the original was (digits with the same decimals and separators, or words);
  years, dates, model designations, calibres and multipliers ("three times")
  are left alone;
- countries, companies, institutes and outlets of `models/lexicons/entities.json`
  that the article names only by their canonical name (or demonym) are swapped
  for another of the same type that the article does not mention;
- paragraph order: the headline, dateline and lead stay first; the body is cut
  into blocks (a paragraph plus the following ones that start with a pronoun or
  a quotation, or speak of "he"/"she" in their first sentence) and the blocks
  are shuffled, so a pronoun keeps its antecedent paragraph before it.

No two articles of a corpus have the same normalised text (the article id the
pipeline deduplicates on), nor the text of a template. Same seed, same files.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from pipeline.ingest.files import article_id
from pipeline.resources import lexicon, models_dir

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCES = (ROOT / "tests" / "data" / "dev", ROOT / "corpus")
FACTORS = (0.5, 0.6, 0.75, 0.8, 1.2, 1.25, 1.5, 2.0, 2.5, 3.0)
SWAP_PROBABILITY = 0.6
_MAX_ATTEMPTS = 50
_FILE_NAME = re.compile(r"^\d{5,}-[\w.-]+\.txt$")

# -- pools ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pools:
    female: frozenset[str]
    male: frozenset[str]
    female_new: tuple[str, ...]
    male_new: tuple[str, ...]
    family: tuple[str, ...]
    family_first: tuple[str, ...]
    given: frozenset[str]
    entities: dict[str, dict]
    surfaces: dict[str, tuple[str, tuple[str, int]]]  # surface -> (entity, form)
    surface_re: re.Pattern[str]
    months: frozenset[str]
    designations: frozenset[str]


@cache
def _pools() -> _Pools:
    with (models_dir() / "bench.json").open(encoding="utf-8") as fh:
        bench = json.load(fh)
    entities = lexicon("entities")["entities"]
    surfaces: dict[str, tuple[str, tuple[str, int]]] = {}
    for name, info in entities.items():
        for i, demonym in enumerate(info.get("demonyms", [])):
            surfaces.setdefault(demonym, (name, ("demonym", i)))
            if demonym.endswith("an"):  # "Canadians" where the lexicon lists "Canadian" only
                surfaces.setdefault(demonym + "s", (name, ("plural", i)))
        for alias in info.get("aliases", []):
            surfaces.setdefault(alias, (name, ("alias", 0)))
        surfaces[name] = (name, ("name", 0))
    numbers = lexicon("numbers")
    female = frozenset(bench["female_given_names"])
    male = frozenset(bench["male_given_names"])
    other = frozenset(bench["other_given_names"])
    given = frozenset(lexicon("given_names")["given_names"]) | female | male | other
    return _Pools(
        female=female,
        male=male,
        female_new=tuple(bench["female_replacements"]),
        male_new=tuple(bench["male_replacements"]),
        family=tuple(bench["family_names"]),
        family_first=tuple(bench["family_first_names"]),
        given=given,
        entities=entities,
        surfaces=surfaces,
        surface_re=_alternation(surfaces),
        months=frozenset(m.rstrip(".").lower() for m in numbers["months"]),
        designations=frozenset(numbers["designation_markers"]),
    )


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """Whole-word matches of `words`, longest first; not inside a hyphenated proper name."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?!\w|-[A-Z])")


# -- templates -------------------------------------------------------------------------

Form = tuple[str, int]  # ("name" | "alias" | "demonym" | "plural", demonym index)


@dataclass(frozen=True)
class _Person:
    given: str
    family: str
    gender: str | None  # "f", "m" or None (unknown: the given name is kept)
    family_first: bool = False  # "Kim Seo-yeon"

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"


@dataclass(frozen=True)
class _Swap:
    entity: str
    forms: tuple[Form, ...]
    candidates: tuple[str, ...]  # same kind and type, absent from the article, has the forms


@dataclass
class Template:
    """One source article and what may vary in it (worked out once, used for every variant)."""

    name: str
    text: str
    fixed: int  # leading lines that keep their place (headline, dateline, lead)
    blocks: list[list[int]]  # the body's movable groups of line indices
    persons: list[_Person] = field(default_factory=list)
    swaps: list[_Swap] = field(default_factory=list)
    present: frozenset[str] = frozenset()  # entities the article mentions in any form
    given_pools: dict[str, tuple[str, ...]] = field(default_factory=dict)
    family_pool: tuple[str, ...] = ()
    family_first_pool: tuple[str, ...] = ()
    surface_re: re.Pattern[str] | None = None  # every surface a variant may replace
    _scaled: dict[float, str] = field(default_factory=dict)

    @property
    def words(self) -> int:
        return len(self.text.split())

    def scaled(self, factor: float) -> str:
        """The text with its figures scaled by `factor` (cached: few factors, many variants)."""
        if factor not in self._scaled:
            self._scaled[factor] = _scale_figures(self.text, factor)
        return self._scaled[factor]


_PRONOUN_START = frozenset(
    "He She It They His Her Its Their Him Them This That These Those Such".split()
)
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b")
_QUOTES = "\"“”'‘’"
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# A lookahead, so that "Colonel Larysa Moroz" is also tried from "Larysa".
_NAME_PAIR = re.compile(
    r"(?<![\w-])(?=([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?) ([A-Z][^\W\d_]+(?:-[^\W\d_]+)?)(?![\w-]))"
)
_FAMILY_FIRST_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Seo-yeon"


def load_templates(sources: Sequence[str | Path] | None = None) -> list[Template]:
    """The template articles: every `.txt` file of `sources` (default: dev set and corpus)."""
    folders = [Path(s) for s in sources] if sources else list(DEFAULT_SOURCES)
    templates = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8-sig").strip()
            if text:
                templates.append(_analyse(path.stem, text))
    if not templates:
        raise FileNotFoundError(
            "no template articles (*.txt) in " + ", ".join(str(f) for f in folders)
        )
    return templates


def _analyse(name: str, text: str) -> Template:
    lines = text.split("\n")
    fixed = _head_length(lines)
    blocks: list[list[int]] = []
    for i in range(fixed, len(lines)):
        if blocks and (not lines[i].strip() or _depends_on_previous(lines[i])):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    template = Template(name=name, text=text, fixed=fixed, blocks=blocks)
    _find_persons(template)
    _find_entities(template)
    pools = _pools()

    def unused(pool: Sequence[str]) -> tuple[str, ...]:
        return tuple(n for n in pool if not re.search(rf"\b{re.escape(n)}\b", text))

    template.given_pools = {"f": unused(pools.female_new), "m": unused(pools.male_new)}
    template.family_pool = unused(pools.family)
    template.family_first_pool = unused(pools.family_first)
    surfaces = {p.full for p in template.persons} | {p.family for p in template.persons}
    surfaces |= {_form(s.entity, f) for s in template.swaps for f in s.forms}
    template.surface_re = _alternation(surfaces) if surfaces else None
    return template


def _head_length(lines: list[str]) -> int:
    """How many leading lines keep their place: headline, short header lines, lead.

    A first line without a closing full stop is a headline; the short lines after
    it (dateline, byline) and the first long paragraph (the lead) stay with it, as
    do the paragraphs right after the lead that lean on it (a pronoun, a quote).
    """
    n = 1
    first = lines[0].rstrip()
    if first and first[-1] not in ".!?":
        while n < len(lines) and len(lines[n].split()) < 15 and not lines[n].rstrip().endswith("."):
            n += 1
        n = min(n + 1, len(lines))
    while n < len(lines) and lines[n].strip() and _depends_on_previous(lines[n]):
        n += 1
    return n


def _depends_on_previous(paragraph: str) -> bool:
    """Whether a paragraph leans on the one before: a pronoun or a quote opens it, or
    its first sentence speaks of he/she."""
    stripped = paragraph.strip()
    if stripped[0] in _QUOTES:
        return True
    if stripped.split()[0].strip(_QUOTES + ",") in _PRONOUN_START:
        return True
    first_sentence = re.split(r"(?<=[.!?])\s", stripped, maxsplit=1)[0]
    return bool(_PERSONAL.search(first_sentence))


def _find_persons(template: Template) -> None:
    pools = _pools()
    stop = set(pools.surfaces) | _WEEKDAYS | {m.capitalize() for m in pools.months}
    seen: set[tuple[str, str]] = set()
    for m in _NAME_PAIR.finditer(template.text):
        first, second = m.group(1), m.group(2)
        if first not in pools.given or second in stop or (first, second) in seen:
            continue
        seen.add((first, second))
        if _FAMILY_FIRST_GIVEN.fullmatch(second):
            template.persons.append(_Person(second, first, None, family_first=True))
        else:
            gender = "f" if first in pools.female else "m" if first in pools.male else None
            template.persons.append(_Person(first, second, gender))


def _find_entities(template: Template) -> None:
    pools = _pools()
    used: dict[str, set[Form]] = {}
    for m in pools.surface_re.finditer(template.text):
        entity, form = pools.surfaces[m.group(0)]
        used.setdefault(entity, set()).add(form)
    template.present = frozenset(used)
    for entity in sorted(used):
        forms = tuple(sorted(used[entity]))
        info = pools.entities[entity]
        if not _swappable(entity) or any(kind == "alias" for kind, _ in forms):
            continue
        if info["kind"] != "country" and info["type"] not in ("company", "institute", "outlet"):
            continue
        candidates = tuple(
            other
            for other in sorted(pools.entities)
            if other not in used
            and _swappable(other)
            and pools.entities[other]["kind"] == info["kind"]
            and pools.entities[other]["type"] == info["type"]
            and other not in template.text
            and all(_form(other, f) for f in forms)
        )
        if candidates:
            template.swaps.append(_Swap(entity, forms, candidates))


def _swappable(name: str) -> bool:
    """Not a continent, not a name read with 'the' ("the United States", "the Philippines")."""
    return not (
        name == "Europe" or name.endswith("s") or name.startswith("United ") or "Republic" in name
    )


def _form(entity: str, form: Form) -> str:
    """How `entity` is written in `form`; '' when it has no such form."""
    kind, i = form
    if kind == "name":
        return entity
    demonyms = _pools().entities[entity].get("demonyms", [])
    if i >= len(demonyms):
        return ""
    if kind == "plural":
        return demonyms[i] + "s" if demonyms[i].endswith("an") else ""
    return demonyms[i]


# -- one variant ---------------------------------------------------------------------


def make_variant(template: Template, rng: random.Random) -> str:
    """A new article from `template`: other figures, people, entities and body order."""
    text = template.scaled(rng.choice(FACTORS))
    mapping = _people_mapping(template, rng) | _entity_mapping(template, rng)
    if mapping and template.surface_re is not None:
        text = template.surface_re.sub(lambda m: mapping.get(m.group(0), m.group(0)), text)
    lines = text.split("\n")
    blocks = list(template.blocks)
    rng.shuffle(blocks)
    order = [*range(template.fixed), *(i for block in blocks for i in block)]
    return "\n".join(lines[i] for i in order) + "\n"


def _pick(rng: random.Random, pool: Sequence[str], taken: set[str]) -> str | None:
    for _ in range(8):  # pools are much larger than an article's cast: a free name comes fast
        if not pool:
            return None
        choice = rng.choice(pool)
        if choice not in taken:
            taken.add(choice)
            return choice
    free = [n for n in pool if n not in taken]
    if not free:
        return None
    choice = rng.choice(free)
    taken.add(choice)
    return choice


def _people_mapping(template: Template, rng: random.Random) -> dict[str, str]:
    taken: set[str] = set()
    mapping: dict[str, str] = {}
    for person in template.persons:
        if person.family_first:
            family = _pick(rng, template.family_first_pool, taken)
            given = person.given
        else:
            pool = template.given_pools.get(person.gender or "", ())
            given = _pick(rng, pool, taken) or person.given
            family = _pick(rng, template.family_pool, taken)
        if family:
            new = _Person(given, family, person.gender, person.family_first)
            mapping[person.full] = new.full
            mapping.setdefault(person.family, family)
    return mapping


def _entity_mapping(template: Template, rng: random.Random) -> dict[str, str]:
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for swap in template.swaps:
        if rng.random() >= SWAP_PROBABILITY:
            continue
        target = _pick(rng, swap.candidates, taken)
        if target:
            for form in swap.forms:
                mapping[_form(swap.entity, form)] = _form(target, form)
    return mapping


# -- figures ----------------------------------------------------------------------------

_ONES = {w: v for w, v in lexicon("numbers")["units"].items() if 2 <= v <= 9}
_TEENS = {w: v for w, v in lexicon("numbers")["units"].items() if 10 <= v <= 19}
_TENS = {w: v for w, v in lexicon("numbers")["units"].items() if v >= 20}
_WORDS = {**_ONES, **_TEENS, **_TENS, "one": 1}
_BY_VALUE = {v: w for w, v in _WORDS.items()}

_ONE_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
_TENS_WORD = "|".join(_TENS)
_NUMBER = re.compile(
    r"(?P<digits>(?<![\w.,])(?<![A-Za-z]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?P<suffix>(?:bn|mn|tn|m|k)(?!\w))?(?!\w)"
    rf"|\b(?P<words>(?:{_TENS_WORD})-(?:{'|'.join(_ONES)})|{_ONE_WORD})\b",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[\s-]*([^\s.,;:()]+)")
_SKIP_AFTER = re.compile(
    r"[\s-]*(?:times|fold|quarters?|thirds?|fifths?|sixths?|tenths?|a\.m\.?|p\.m\.?|o'clock)\b",
    re.IGNORECASE,
)


def _scale_figures(text: str, factor: float) -> str:
    """Every scalable figure of `text` multiplied by `factor`, written as before."""
    pools = _pools()

    def replace(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 24) : m.start()].split()
        before_word = before[-1].strip(".,;:()“”\"'$€£").lower() if before else ""
        after = text[m.end() : m.end() + 24]
        follow = _NEXT_WORD.match(after)
        next_word = follow.group(1).lower() if follow else ""
        if (
            before_word in pools.months
            or next_word in pools.months
            or before_word in pools.designations
            or _SKIP_AFTER.match(after)
        ):
            return m.group(0)
        percent = after.startswith("%") or next_word in ("percent", "per")
        if m.group("digits"):
            new = _scale_digits(m.group("digits"), factor, percent)
            suffix = m.group("suffix") or ""
        else:
            new = _scale_words(m.group("words"), factor, percent)
            suffix = ""
        return m.group(0) if new is None else new + suffix

    return _NUMBER.sub(replace, text)


def _scale_digits(token: str, factor: float, percent: bool) -> str | None:
    plain = token.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    value = float(plain)
    if decimals == 0:
        if value < 2 or (len(plain) == 4 and 1000 <= value <= 2100 and "," not in token):
            return None  # "1" keeps its singular noun; a bare four-digit number is a year
        new = _round_significant(value, factor)
    else:
        step = 10.0**-decimals
        new = round(value * factor / step) * step
        if abs(new - value) < step / 2:
            new = value + (step if factor > 1 else -step)
        if new <= 0:
            return None
    if percent and new >= 100:
        return None
    if decimals and new != round(new):  # "2.5 million" x 0.8 is "2 million", not "2.0 million"
        return f"{new:,.{decimals}f}" if "," in token else f"{new:.{decimals}f}"
    return f"{round(new):,}" if new >= 1000 else str(round(new))


def _round_significant(value: float, factor: float) -> float:
    digits = str(int(value)).rstrip("0") or "1"
    significant = max(1, len(digits))
    scaled = value * factor
    magnitude = int(math.floor(math.log10(scaled)))
    step = 10 ** max(0, magnitude - significant + 1)
    new = round(scaled / step) * step
    if new == value:
        new = value + (step if factor > 1 else -step)
    return max(new, 2)


def _scale_words(token: str, factor: float, percent: bool) -> str | None:
    value = sum(_WORDS[part] for part in token.lower().split("-"))
    if value < 2:
        return None
    new = max(2, round(value * factor))
    if new == value:
        new = value + (1 if factor > 1 else -1)
    if percent and new >= 100:
        return None
    if new < 2:
        return None
    words = _number_words(new) if new < 100 else f"{new:,}"
    if token[0].isupper() and words[0].isalpha():
        words = words[0].upper() + words[1:]
    return words


def _number_words(n: int) -> str:
    if n in _BY_VALUE:
        return _BY_VALUE[n]
    tens, ones = divmod(n, 10)
    return f"{_BY_VALUE[tens * 10]}-{_BY_VALUE[ones]}"


# -- the corpus ------------------------------------------------------------------------


def generate_corpus(
    out_dir: str | Path,
    n_articles: int,
    seed: int = 0,
    *,
    sources: Sequence[str | Path] | None = None,
) -> list[Path]:
    """Write `n_articles` distinct variants of the template articles to `out_dir`.

    Article i comes from template i modulo the number of templates, varied with a
    generator seeded by (seed, i), so a larger corpus of the same seed starts with
    the articles of a smaller one. Files from an earlier call that this call does
    not rewrite (same naming pattern) are removed. Returns the paths in order.
    """
    if n_articles < 0:
        raise ValueError("n_articles must be >= 0")
    templates = load_templates(sources)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    seen = {article_id(t.text) for t in templates}
    width = max(5, len(str(n_articles)))
    paths: list[Path] = []
    for i in range(n_articles):
        template = templates[i % len(templates)]
        for attempt in range(_MAX_ATTEMPTS):
            rng = random.Random(f"benchgen:{seed}:{i}:{attempt}")
            text = make_variant(template, rng)
            key = article_id(text)
            if key not in seen:
                break
        else:
            raise RuntimeError(f"could not make a new variant of {template.name} (article {i})")
        seen.add(key)
        path = out / f"{i:0{width}d}-{template.name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    keep = {p.name for p in paths}
    for stale in out.glob("*.txt"):
        if stale.name not in keep and _FILE_NAME.match(stale.name):
            stale.unlink()
    return paths
