"""Pydantic models for everything that crosses a stage boundary.

`Article` leaves ingest, `ClaimRecord` leaves normalization; both are validated
when they are built. The JSON Schema of `ClaimRecord` is generated from this
module into `models/claim-record.schema.json` (see `pipeline.records.schema`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.3"

ClaimType = Literal["attributed", "quantitative", "comparative"]
Mode = Literal["direct_quote", "indirect", "according_to"]
Bound = Literal["at_least", "at_most", "exact"]
Direction = Literal["more", "less", "equal"]
Stance = Literal["neutral", "assertive", "distancing"]
SpeakerKind = Literal["person", "organization", "outlet", "group", "document"]
TimeRelation = Literal["at", "by", "since", "until"]
Granularity = Literal["day", "month", "quarter", "year"]
Change = Literal["up", "down"]
AssessmentLabel = Literal["disputed", "corroborated", "hedged", "none"]
Voice = Literal["article", "speaker"]
CertaintyLevel = Literal["high", "medium", "low"]

TYPE_ORDER: tuple[ClaimType, ...] = ("attributed", "quantitative", "comparative")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Article(_Model):
    """One article as read from disk; `text` is exactly what offsets index."""

    article_id: str
    source: str = Field(description="path relative to the input folder, with '/' separators")
    title: str | None = None
    text: str
    published: str | None = Field(default=None, description="ISO date when known")
    outlet: str | None = None
    url: str | None = None
    author: str | None = None


class TimeExpression(_Model):
    """A date or period named in the sentence, resolved against the publication date."""

    text: str = Field(description="the expression as written: 'last year', 'on November 17'")
    char_start: int = Field(ge=0, description="offset of `text` in the source text")
    char_end: int = Field(ge=0)
    value: str | None = Field(
        default=None,
        description="ISO 8601 date (YYYY-MM-DD), month (YYYY-MM), quarter (YYYY-Qn) or year "
        "(YYYY); null when it cannot be resolved (no publication date known)",
    )
    granularity: Granularity | None = None
    relation: TimeRelation = Field(
        default="at", description="'by 2027' is by, 'since 2022' since, 'until May' until"
    )
    relative: bool = Field(default=False, description="true when resolved against the article date")


class Quantity(_Model):
    """A figure as written in the text, with its normalised value and unit."""

    text: str = Field(description="the figure as written, approximators and bounds left out")
    value: float
    unit: str | None = Field(
        default=None,
        description="times, percent, an ISO currency code, a time unit, or the counted noun",
    )
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    bound: Bound = "exact"
    char_start: int = Field(ge=0, description="offset of `text` in the source text")
    char_end: int = Field(ge=0)
    per: str | None = Field(
        default=None,
        description="ISO 8601 period of a rate ('350,000 shells a year' -> P1Y; the period is "
        "then no quantity of its own), or the unit of any other denominator ('63 cents per "
        "share' -> share, '$21 per square foot' -> square foot)",
    )
    change: Change | None = Field(
        default=None,
        description="up or down when the figure is a change ('rose 12%', 'cut by 300'), "
        "not a level",
    )

    @model_validator(mode="after")
    def _check(self) -> Quantity:
        if self.char_end < self.char_start:
            raise ValueError("char_end must not precede char_start")
        if (self.low is None) != (self.high is None):
            raise ValueError("a range needs both low and high")
        return self


class Speaker(_Model):
    name: str = Field(description="canonical full name, organisation, outlet or typed group")
    role: str | None = None
    organization: str | None = None
    mention: str | None = Field(default=None, description="the words in the sentence naming it")
    kind: SpeakerKind = "person"


class Attribution(_Model):
    mode: Mode
    cue: str = Field(description="the reporting word(s) as written: 'stated', 'according to'")
    stance: Stance = "neutral"


class Comparison(_Model):
    subject: str | None
    object: str | None
    direction: Direction
    ratio: float | None = None
    cue: str | None = None
    subject_period: str | None = Field(default=None, description="ISO 8601 duration, e.g. P3M")
    object_period: str | None = None
    rate_ratio: float | None = Field(
        default=None, description="ratio of rates per common period when both periods are given"
    )


class Assessment(_Model):
    """What the article itself says about the claim, and where (`label` none: nothing)."""

    label: AssessmentLabel = "none"
    evidence: str | None = Field(
        default=None, description="the evaluative sentence, exactly as in the article text"
    )
    char_start: int | None = Field(default=None, ge=0, description="offsets of `evidence`")
    char_end: int | None = Field(default=None, ge=0)
    cue: str | None = Field(
        default=None, description="the evaluative words as written: 'an overstatement'"
    )
    voice: Voice | None = Field(
        default=None,
        description="'article' when the article assesses in its own voice, 'speaker' when "
        "it reports someone else's assessment",
    )
    assessor: str | None = Field(
        default=None, description="who assesses when voice is 'speaker': 'U.S. officials'"
    )

    @model_validator(mode="after")
    def _check(self) -> Assessment:
        if (self.label == "none") != (self.evidence is None):
            raise ValueError("an assessment other than none has evidence, and none has none")
        if self.evidence is not None:
            if self.char_start is None or self.char_end is None:
                raise ValueError("evidence needs its offsets")
            if self.char_end - self.char_start != len(self.evidence):
                raise ValueError("char_end - char_start must equal len(evidence)")
        return self


class Certainty(_Model):
    """How firmly the claim is put: the cue's stance, lowered by each hedge inside the claim."""

    level: CertaintyLevel
    stance: Stance | None = Field(
        default=None, description="the attribution cue's stance; null in the article's own voice"
    )
    hedges: list[str] = Field(
        default_factory=list, description="hedging words inside the claim: 'reportedly', 'may'"
    )


class CheckWorthiness(_Model):
    """How much the claim is worth checking, and why: each feature with its contribution."""

    score: float = Field(ge=0.0, le=1.0)
    features: dict[str, float] = Field(
        default_factory=dict, description="feature name -> contribution to the score"
    )


class ClaimRecord(_Model):
    """One claim: the contract in shared/claim-record.md."""

    schema_version: str = SCHEMA_VERSION
    claim_id: str
    article_id: str
    source: str
    other_sources: list[str] = Field(
        default_factory=list, description="other paths holding the same article text"
    )
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    sentence: str
    char_start: int = Field(ge=0)
    char_end: int = Field(ge=0)
    claim_text: str
    claim_start: int | None = Field(
        default=None,
        ge=0,
        description="offsets of claim_text in the article text (text[claim_start:claim_end] "
        "== claim_text); a quotation of several sentences runs past `sentence`; null in "
        "records written before schema 1.3",
    )
    claim_end: int | None = Field(default=None, ge=0)
    types: list[ClaimType]
    speaker: Speaker | None = None
    attribution: Attribution | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    comparison: Comparison | None = None
    times: list[TimeExpression] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    cluster_id: str | None = Field(
        default=None,
        description="the cluster of appearances of the same claim across articles "
        "(outputs/clusters.jsonl); null until `claims cluster` has run",
    )
    assessment: Assessment = Field(
        default_factory=Assessment, description="what the article says about the claim"
    )
    certainty: Certainty | None = None
    checkworthiness: CheckWorthiness | None = None

    @model_validator(mode="after")
    def _check(self) -> ClaimRecord:
        if self.char_end - self.char_start != len(self.sentence):
            raise ValueError("char_end - char_start must equal len(sentence)")
        if (self.claim_start is None) != (self.claim_end is None):
            raise ValueError("claim_start and claim_end are given together")
        if self.claim_start is not None and self.claim_end - self.claim_start != len(
            self.claim_text
        ):
            raise ValueError("claim_end - claim_start must equal len(claim_text)")
        if not self.types:
            raise ValueError("a claim has at least one type")
        self.types = [t for t in TYPE_ORDER if t in set(self.types)]
        return self
