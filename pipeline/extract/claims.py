"""Extraction: one parsed article in, the claims of each sentence out.

For every sentence this stage asks the specialised extractors (attribution cues,
speakers, quantities, comparison) and decides which claims the sentence makes:
one per attributed source, or one unattributed claim when the sentence states
a figure or a comparison in the article's own voice. In a transcript line
("SMITH: ..."), a sentence with a figure or a comparison is its speaker's. `normalize` turns the
drafts into validated `ClaimRecord`s.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.extract.attribution import (
    Cue,
    QuoteIndex,
    find_cues,
    own_reckoning,
    subject_of,
    transcript_cue,
)
from pipeline.extract.comparisons import extract_comparison, in_own_voice
from pipeline.extract.credits import cited_source, is_credit, trailing_credit
from pipeline.extract.footnotes import References, marker_only
from pipeline.extract.letters import Letter, signed_letter
from pipeline.extract.quantities import extract_quantities
from pipeline.extract.quotes import (
    ANSWER_LABEL,
    answer_paragraphs,
    asking_labels,
    asks,
    in_question_line,
    label_brackets,
    label_office,
    label_party,
    label_titles,
    label_where,
    labelled,
    publication_asks,
    question_asker,
    speaker_label,
    transcript_labels,
)
from pipeline.extract.speakers import SpeakerTracker, roles
from pipeline.extract.speaking.words import headline_end
from pipeline.nlp.model import doc_text, sentences
from pipeline.records import Comparison, Quantity, Speaker
from pipeline.resources import lexicon

_MODE_RANK = {"direct_quote": 0, "indirect": 1, "according_to": 2}


@dataclass(frozen=True)
class Needs:
    """Which extractors a sentence needs; one left out would have found nothing there."""

    quantities: bool = True
    comparison: bool = True  # also run whenever the sentence has quantities
    cues: bool = True


_ALL = Needs()


@dataclass
class Draft:
    """A claim before normalisation: offsets index the article text."""

    sentence: Span
    cue: Cue | None
    speaker: Speaker | None
    quantities: list[Quantity] = field(default_factory=list)
    comparison: Comparison | None = None
    inherited: bool = False  # attribution carried over from a quote in an earlier sentence
    # the claim's content where it runs past the sentence: a quotation of several
    # sentences, anchored on the one that attributes it (offsets in the article text)
    content: tuple[int, int] | None = None
    part: int = 0  # the second claim of a sentence whose two clauses each give figures: 1


def extract_drafts(doc: Doc, needs: Callable[[Span], Needs] | None = None) -> list[Draft]:
    """All claim drafts of one parsed article, in reading order.

    Two passes: the first finds each sentence's own attribution; the second lets a
    sentence inside a quotation with no cue of its own take the speaker of the
    sentence that attributes the same quotation (before or after it).

    `needs(sent)` may say that a sentence has no word some extractor reacts to
    (`Prefilter.sentence_needs`): that extractor is not asked, as it would find
    nothing there.
    """
    quotes = QuoteIndex(doc)
    # quotations found once; a quoted excerpt's narration names its people as any text does
    tracker = SpeakerTracker(doc, quotes=[r for r in quotes.regions if r not in quotes.excerpts])
    text = doc_text(doc)
    rows: list[_Row] = []
    quoted: dict[tuple[int, int], list[tuple[Cue, Speaker]]] = {}
    owner: dict[tuple[int, int], int] = {}  # quotation -> row of the sentence attributing it
    turn: _Turn | None = None  # the transcript line in hand
    references = References.of(text)  # "[1] Ministry of Finance, ..." at the end
    for sent in sentences(doc):
        body = text[sent.start_char : sent.end_char]
        row = _Row(sent, region=quotes.quotation(_enclosing_quote(sent, quotes)))
        rows.append(row)
        turn = _turn_at(sent, quotes, tracker, turn, rows)
        # a line of the interview, an interviewer's question included ("Q: ...")
        row.in_turn = turn is not None or in_question_line(text, sent)
        if turn is not None and turn.cue.label == ANSWER_LABEL:
            row.answered = turn.speakers
        if (
            body.rstrip().endswith("?")
            or not any(ch.isalnum() for ch in body)
            or asks(text, sent)
            or _LIST_NUMBER.fullmatch(body.strip())  # "1." split off its list line
            or marker_only(body)  # "[4]." split off the sentence citing it
            or references.holds(sent.start_char)  # the list of numbered references
            or _section_heading(text, sent)
        ):
            row.skipped = True
            continue
        need = needs(sent) if needs is not None else _ALL
        row.quantities = extract_quantities(sent) if need.quantities else []
        if need.comparison or row.quantities:
            row.comparison = extract_comparison(sent, row.quantities)
        cues = find_cues(sent, quotes) if need.cues else []
        row.attributed = _attributed(sent, cues, tracker) if cues else []
        if (
            not row.attributed
            and row.region is None
            and (row.quantities or row.comparison is not None)
        ):
            row.attributed = trailing_credit(sent, text, tracker) or (
                cited_source(sent, text, tracker, references) if references else []
            )
        if row.quantities and row.attributed:
            row.attributed = _figures_quoted(
                row.attributed, row.quantities, quotes.in_sentence(sent)
            )
        if turn is not None and row.region is None:
            row.region = turn.region  # an unquoted line is a quotation of its own
        if turn is not None:
            cue = replace(
                turn.cue,
                content_start=max(turn.cue.content_start, sent.start_char),
                content_end=sent.end_char,
            )
            if _publication_interview(tracker, text) and cue.label not in asking_labels(text):
                # the answers of an interview the publication held are what the person
                # told it, as "X told TASS" is (not inside quotation marks)
                cue = replace(cue, mode="according_to")
            row.line = [(cue, speaker) for speaker in turn.speakers]
        if row.line and row.attributed:
            # "By my office's calculation, ...", "as I told the committee": the line's own
            # speaker, in her own words, not a source of her line
            row.attributed = [(c, sp) for c, sp in row.attributed if not _first_person(c)]
        if turn is not None and not row.attributed and turn.region not in quoted:
            # a transcript line is its speaker's words: its first sentence attributes it,
            # the later ones go with it as with any quotation of several sentences
            row.attributed = list(row.line)
            quoted[turn.region] = row.attributed
            owner[turn.region] = len(rows) - 1
        introduced = quotes.following(sent) or quotes.preceding(sent)
        for raw in quotes.in_sentence(sent) + ([introduced] if introduced else []):
            region = quotes.quotation(raw)
            pairs = [(c, s) for c, s in row.attributed if c.mode == "direct_quote"]
            if not pairs and raw[1] > sent.end_char:
                pairs = _as_quotation(row.attributed, raw, [raw])
            if pairs and region not in quoted:
                quoted[region] = pairs
                owner[region] = len(rows) - 1
    _continue_quotations(rows, quoted, owner, text, quotes.regions, tracker)
    for row in rows:
        # a later sentence of an attributed quotation with a claim of its own (a figure or
        # a comparison) keeps the quotation's speaker; the others join its one record
        row.follows = (
            not row.attributed
            and row.region in quoted
            and (row.skipped or not row.quantities and row.comparison is None)
        )
    joined: dict[int, list[_Row]] = {}
    for region, i in owner.items():
        # "X said:" + a quotation: the quotation's first sentence is the record's claim,
        # with its figures, and never a record of its own
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if (
            region[0] >= rows[i].sentence.end_char
            and rows[i].sentence.text.rstrip().endswith(":")
            and nxt is not None
            and nxt.region == region
            and not nxt.attributed
            and not nxt.follows
        ):
            nxt.follows = True
            joined.setdefault(i, []).append(nxt)
    spans: dict[int, Span] = {}
    for region, i in owner.items():
        span = _quotation_span(rows, i, region)
        if i in spans:
            span = doc[min(span.start, spans[i].start) : max(span.end, spans[i].end)]
        spans[i] = span
    paragraphs = _later_paragraphs(rows, spans, text, quoted)
    drafts: list[Draft] = []
    previous: tuple[Span, list[tuple[Cue, Speaker]]] | None = None
    gap: tuple[Span, list[tuple[Cue, Speaker]]] | None = None  # a source before a gap
    absorbed = {id(r) for extra in joined.values() for r in extra}
    release = _release_voice(rows, tracker)
    letter = signed_letter(tracker)  # a letter printed whole, and its signer
    # an article that presents a body's document: a summary line, or an explainer's lead
    summary = _summary_voice(tracker) or _explainer_voice(tracker)
    publishers: set[str] = set()  # bodies the article has named as a document's authors
    for i, row in enumerate(rows):
        if row.skipped or id(row) in absorbed:
            continue
        sent, quantities, comparison, attributed = (
            row.sentence,
            row.quantities,
            row.comparison,
            row.attributed,
        )
        if summary and sent.start_char == summary[0][0].content_start and not quantities:
            continue  # the line that presents the document ("Here is how the funds are split")
        inherited = False
        after_gap, gap = gap, None  # the source before one sentence of no figures, if any
        publishers.update(_publishers(attributed))
        answered = _poll_answers(attributed, tracker)
        if answered:  # "Forty percent said ...": the poll's figures, as a passage of it
            attributed, inherited = answered, True
        if not attributed:
            if row.region in quoted:
                if not row.follows:
                    attributed, inherited = quoted[row.region], True
            elif (
                letter is not None
                and row.region is None
                and letter.start <= sent.start_char < letter.end
                and (quantities or comparison is not None)
            ):
                # "Dear shareholders, ... Our revenue rose ..." signed "X / Chief
                # Executive": the letter's words are its signer's
                attributed, inherited = _letter_voice(doc, letter, sent), True
            elif (
                row.region is None
                and (quantities or comparison is not None)
                and i + 1 < len(rows)
                and _list_item(text, rows[i + 1].sentence)
                and sent.text.rstrip().endswith(":")
                and (lead := _lead_in_source(sent, tracker))
            ):
                # "The watchdog identified four programmes:" + a list: the lead-in is its
                # subject's account too
                attributed = [(replace(cue, mode="indirect"), speaker) for cue, speaker in lead]
            elif row.region is None and (listed := _list_source(text, previous, sent, tracker)):
                # "The council found:" + a list: each item is the council's, as a passage
                if not quantities and comparison is None:
                    previous = (sent, listed)
                    continue
                attributed, inherited = listed, True
            elif row.region is None and (owned := _table_owner(sent, tracker)):
                # "The institute's figures are as follows:": a table announced as a
                # body's figures opens a passage of that body for its rows
                if not quantities and comparison is None:
                    previous = (sent, owned)
                    continue
                attributed, inherited = owned, True
            elif row.region is None and _in_first_person(sent, quotes) and tracker.writer():
                # "Back then my department spent ...": the writer of a signed piece speaks in
                # his own voice, no document's passage goes on through it
                if quantities or comparison is not None:
                    drafts.append(Draft(sent, None, None, quantities, comparison))
                previous = (sent, [])
                continue
            elif (
                row.region is None
                and (quantities or comparison is not None)
                and own_reckoning(sent)
            ):
                # "By our calculation, that puts ...": the writers' own figure; the source
                # of the passage before does not go on through it
                drafts.append(Draft(sent, None, None, quantities, comparison))
                previous = (sent, [])
                continue
            elif (
                previous is not None
                and (quantities or comparison is not None)
                and row.region is None  # a quotation is someone's words, not the passage's
                and not _heading_between(text, previous[0].end_char, sent.start_char)
            ):
                attributed = (
                    _credit_goes_on(text, previous, sent)
                    if _credited(previous)
                    else (quantities and _passage_source(doc, previous, sent, publishers))
                    or (_builds_on_figures(sent) and _figures_source(previous))
                    or (quantities and _under_the_plan(sent) and _figures_source(previous))
                    or (quantities and _plan_goes_on(doc, previous, sent))
                    or (quantities and _results_source(previous, sent))
                    or (quantities and after_gap is not None and _results_source(after_gap, sent))
                    or (quantities and release)
                    or _report_goes_on(doc, previous, sent)
                )
                inherited = bool(attributed)
            elif (
                previous is not None
                and not comparison
                and not (summary and quantities)
                and _about_the_document(sent)
            ):
                # "The yearbook counts deliveries of ...": a sentence on the document
                # itself keeps its passage going to the figures after it
                previous = (sent, _passage_source(doc, previous, sent, publishers))
                continue
            elif previous is not None and comparison is None and _table_header(previous[0], sent):
                # "Country  Stock  Share": the header line of the table the sentence
                # before announced keeps its passage going to the rows
                previous = (sent, previous[1])
                continue
            elif (
                previous is not None
                and previous[1]
                and not quantities
                and comparison is None
                and row.region is None
                and _bridges(text, sent)
            ):
                # "Labour is the main bottleneck. The yards employ 6,400 ...": a sentence
                # with no figure or cue that leads into more of its paragraph leaves a
                # document's passage open for that paragraph's figures
                previous = (sent, _passage_source(doc, previous, sent, publishers))
                continue
            if (
                not attributed
                and summary
                and row.region is None
                and (quantities or comparison is not None)
                and sent.start_char > summary[0][0].content_end
            ):
                # "Summary of the X Office report": the body's figures, whatever headings
                # or quotations stand between them
                attributed, inherited = summary, True
        # "X reported revenue of ... The group, founded in 1890, is listed in Paris. Orders
        # reached ...": one sentence with no figure, cue or comparison between a body's
        # results and more of them leaves the results going on
        gap = (
            previous
            if not attributed
            and not quantities
            and comparison is None
            and previous is not None
            and previous[1]
            else None
        )
        previous = (sent, attributed)
        for extra in joined.get(i, []):
            quantities = quantities + extra.quantities
            comparison = comparison or extra.comparison
        if attributed:
            quantities = _not_counting_sources(quantities, attributed, doc_text(sent.doc))
        if attributed and not inherited:
            own = _own_clause_figures(sent, attributed, quantities)
            if own:
                # "The ministry earmarked 3.2 billion euros, but engineers admit ...": the
                # figures of a clause the cue's clause is only joined to are the article's
                if row.line:  # "SMITH: We have 3, and the ministry told me ...": hers
                    drafts.extend(Draft(sent, c, speaker, own) for c, speaker in row.line)
                else:
                    publisher = tracker.publisher() if row.region is None else None
                    drafts.append(Draft(sent, None, publisher, own))
                quantities = [q for q in quantities if q not in own]
        if attributed:
            span = spans.get(i, sent) if not inherited else sent
            kept = [
                (c, s)
                for c, s in attributed
                if inherited or c.content_start < span.end_char and span.start_char < c.content_end
            ]
            if not kept and not quantities and comparison is None:
                # a bare cue ('"...?" | Smith said.') whose quotation's sentences all have
                # records of their own (a figure each): it claims nothing itself
                continue
            # several sources in one sentence ("X estimates A, while Y puts it at B"): each
            # claims the figures of what its own cue reports
            several = not inherited and _separate_reports(attributed, quantities)
            for cue, speaker in attributed:
                own = in_own_voice(comparison, speaker.organization, sent)  # 'we' -> speaker's org
                figures = (
                    [q for q in quantities if cue.content_start <= q.char_start < cue.content_end]
                    if several
                    else quantities
                )
                if not figures and own is None and span == sent and _asserts_nothing(sent, cue):
                    continue  # "SMITH: Good morning.", "SMITH: Let's talk about pay."
                if i in paragraphs:  # a later paragraph of a quotation: its own claim
                    whole = paragraphs[i]
                    anchor = _main_sentence(whole)
                    start = whole.start_char
                    while start < whole.end_char and text[start] in _OPENING_MARKS:
                        start += 1
                    content = (start, _before_closing_marks(text, whole.end_char))
                    drafts.append(Draft(anchor, cue, speaker, figures, own, inherited, content))
                    continue
                if span == sent or i in joined:
                    drafts.append(Draft(span, cue, speaker, figures, own, inherited))
                    continue
                # a quotation of several sentences is one claim, anchored on the sentence
                # that attributes it (guideline: a claim is anchored on one sentence); its
                # content runs over the quotation's other sentences
                end = cue.content_end
                if span.end_char > sent.end_char:  # the quotation goes on after the cue's
                    end = max(end, _before_closing_marks(text, span.end_char))
                content = (max(cue.content_start, span.start_char), min(end, span.end_char))
                anchor = _anchor(span, sent, content, cue)
                if not figures and own is None and cue.label and _asserts_nothing(anchor, cue):
                    continue  # a line none of whose sentences asserts anything
                drafts.append(Draft(anchor, cue, speaker, figures, own, inherited, content=content))
        elif quantities or comparison is not None:
            # a body's own publication: what it states in its own voice is the body's
            publisher = tracker.publisher() if row.region is None else None
            released = tracker.release_source() if row.region is None else None
            if publisher is None and released is not None and not _in_head(text, sent):
                # a summary of a body's release: its figures are the release's
                cue = Cue(
                    "according_to",
                    "",
                    sent.start_char,
                    sent.start_char,
                    "neutral",
                    None,
                    sent.start_char,
                    sent.end_char,
                )
                drafts.append(Draft(sent, cue, released, quantities, comparison, True))
            else:
                drafts.append(Draft(sent, None, publisher, quantities, comparison))
    drafts = _credited_after(drafts, doc, tracker)
    for draft in drafts:
        if draft.cue is not None and draft.cue.mode == "direct_quote":
            at = draft.cue.content_start
            if any(a <= at < b for a, b in quotes.blocks):
                # a paragraph quoted as a block: the speaker's words by the layout, but no
                # quotation marks in the text say so (guideline: direct is inside marks)
                draft.cue = replace(draft.cue, mode="indirect")
    cues_at: dict[int, list[int]] = {}
    for draft in drafts:
        if draft.cue is not None:
            cues_at.setdefault(draft.sentence.start, []).append(draft.cue.cue_start)
        named = tracker.revealed.get(draft.speaker.name) if draft.speaker is not None else None
        if named is not None and draft.speaker.kind == "person":
            # an unnamed source the article names later is that person from the start
            draft.speaker = named.model_copy(update={"mention": draft.speaker.mention})
        if draft.speaker is not None:
            draft.speaker = tracker.as_written(draft.speaker)
        if (
            draft.speaker is not None
            and draft.speaker.kind == "person"
            and draft.speaker.organization
            and not draft.speaker.role
            and draft.speaker.name not in tracker.persons
        ):
            # "A senior Ostrian defence ministry official said": an unnamed source is the
            # description that types it, like a group ("Ostrian defence officials"), whose
            # body is part of the description, not an organisation of its own (guideline
            # examples: "U.S. officials", no organisation); a title gives one
            draft.speaker = draft.speaker.model_copy(update={"organization": None})
    return [
        part
        for draft in drafts
        for part in _two_claims(draft, quotes, cues_at.get(draft.sentence.start, []))
    ]


_COLUMNS = re.compile(r"\S(?: {2,}|\t| ?\| ?)\S")


def _in_head(text: str, sent: Span) -> bool:
    """Whether a sentence is the article's headline (`headline_end`)."""
    end = headline_end(text)
    return end >= 0 and sent.start_char < end


def _credited_after(drafts: list[Draft], doc: Doc, tracker: SpeakerTracker) -> list[Draft]:
    """A table whose source line comes after its rows ("Velmar | 120 | 210" ...
    "Source: X Institute"): the rows with no attribution of their own are the credited
    body's, with mode according_to. The rows are the lines laid out in columns right
    before the source line, in its paragraph."""
    text = doc_text(doc)
    found = []
    for sent in doc.sents:
        line = text.rfind("\n", 0, sent.start_char) + 1
        if not _CREDIT_LINE.match(text, line) or line < sent.start_char - 1:
            continue
        credited = _credited_source(sent, tracker)
        if credited:
            found.append((line, credited))
    if not found:
        return drafts
    out = []
    for draft in drafts:
        source = None
        if draft.cue is None and (draft.quantities or draft.comparison is not None):
            start = text.rfind("\n", 0, draft.sentence.start_char) + 1
            for line, credited in found:
                if start < line and _table_lines(text, start, line):
                    source = credited[0]
                    break
        if source is None:
            out.append(draft)
            continue
        cue, speaker = source
        cue = replace(
            cue, content_start=draft.sentence.start_char, content_end=draft.sentence.end_char
        )
        out.append(
            Draft(
                draft.sentence,
                cue,
                speaker,
                draft.quantities,
                draft.comparison,
                True,
                content=draft.content,
                part=draft.part,
            )
        )
    return out


_CREDIT_LINE = re.compile(r"[ \t]*sources?[ \t]*:", re.IGNORECASE)


def _table_lines(text: str, start: int, end: int) -> bool:
    """Whether every line from `start` up to `end` is laid out in columns."""
    lines = text[start:end].split("\n")
    if lines and not lines[-1].strip():
        lines.pop()  # the line break before the source line
    return bool(lines) and all(_COLUMNS.search(line.strip()) for line in lines)


def _separate_reports(attributed: list[tuple[Cue, Speaker]], quantities: list[Quantity]) -> bool:
    """Whether a sentence's sources each report figures of their own ("X estimates A,
    while Y puts it at B"): two or more speakers whose cues report apart (no cue inside
    another's content, no contents overlapping), each content holding a figure."""
    if len({s.name for _, s in attributed}) < 2:
        return False
    cues = [c for c, _ in attributed]
    for a in cues:
        if not any(a.content_start <= q.char_start < a.content_end for q in quantities):
            return False
        for b in cues:
            if a is not b and (
                a.content_start <= b.cue_start < a.content_end
                or a.content_start < b.content_end
                and b.content_start < a.content_end
            ):
                return False
    return True


def _release_voice(rows: list[_Row], tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """A company's own release: the article opens with the issuer announcing its results
    ("HALVERN, 12 May – X plc today reported its figures for the first half ...").
    The guideline makes the body of a press release the issuer's voice where no person
    is quoted, so the release's other figures are the issuer's, with mode according_to
    (only where no other source covers them). A release that calls itself one in its
    first lines ("Press release") names its issuer in its opening announcement, whatever
    it announces ("The X Ministry announces that an exercise will ..."). Nothing for an
    article that reports on a company's results in its own voice ("X said on Tuesday
    that its revenue rose")."""
    nouns = _release_nouns()
    declared = bool(rows) and _declares_release(doc_text(rows[0].sentence.doc))
    for row in rows[: 5 if declared else 3]:
        sent = row.sentence
        if not declared and not any(t.lower_ == "today" for t in sent):
            continue
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RELEASE_VERBS:
                continue
            if not declared and not any(
                c.dep_ == "dobj" and c.lower_ in nouns for c in verb.children
            ):
                continue
            subject = subject_of(verb)
            found = tracker.resolve(subject) if subject is not None else []
            if len(found) != 1 or found[0].kind != "organization":
                continue
            cue = _found_cue(verb, subject, "according_to", (sent.start_char, sent.end_char))
            return [(cue, found[0])]
    return _release_issuer(tracker) if declared else []


def _release_issuer(tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """A declared release whose opening announcement is a person's ("The Minister today
    opened ..."): its issuer is the body its head sets on a line of its own, next to the
    line that calls it a release ("Ministry of Transport, Republic of X" / "PRESS
    RELEASE"), opening that line."""
    text = doc_text(tracker.doc)
    marker = _release_line().search(text[:600])
    if marker is None:
        return []
    at = text.rfind("\n", 0, marker.start()) + 1  # the marker's line
    above = []  # the lines of the head above it, nearest first (a desk's line between)
    start = at
    while start > 0 and len(above) < _ISSUER_LINES:
        start = text.rfind("\n", 0, start - 1) + 1
        if text[start : text.find("\n", start)].strip():
            above.append(start)
    after = text.find("\n", marker.end())  # and the line below it
    for start in (*above, after + 1 if after >= 0 else -1):
        if start < 0 or start == at:
            continue
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if not line.strip() or line.rstrip().endswith((".", "?", "!")):
            continue  # (the announcement itself, a sentence)
        name = _ISSUER_NAME.match(line)  # "Ministry of Industry and Trade, ..."
        if name is None:
            continue
        ent = next((e for e in tracker.ents if e.start_char == start and e.label_ == "ORG"), None)
        written = name.group(1)
        if ent is None or ent.end_char > end:
            # "MINISTRY OF TRANSPORT, KINGDOM OF X": a body's word in capitals
            if not written.isupper() or not set(written.lower().split()) & _ISSUER_WORDS:
                continue
            root = tracker.doc.char_span(start, start + len(written), alignment_mode="expand")
            if root is None:
                continue
            ent, written = root, _as_written(text, written)
        known = tracker.index.canonical(written)
        issuer = Speaker(
            name=known.name if known else written, mention=name.group(1), kind="organization"
        )
        content = (start, start + name.end(1))
        return [(_found_cue(ent.root, ent.root, "according_to", content), issuer)]
    return []


_ISSUER_LINES = 3  # lines of a release's head above its marker where the issuer may stand
# the words of a body's name that a release's head may write in capitals
_ISSUER_WORDS = frozenset(
    {"ministry", "department", "office", "agency", "directorate", "command", "service"}
)


def _as_written(text: str, capitals: str) -> str:
    """A name a head writes in capitals as the article writes it elsewhere in mixed case
    ("MINISTRY OF TRANSPORT, X" -> "Ministry of Transport, X"), else in capitals of the
    first letters, the small words in lower case."""
    for found in re.finditer(r"(?<!\w)" + re.escape(capitals) + r"(?!\w)", text, re.I):
        if not found.group(0).isupper():
            return found.group(0)
    small = {"of", "and", "for", "the", "on"}
    words = capitals.lower().split()
    return " ".join(w if k and w in small else w.capitalize() for k, w in enumerate(words))


# a body's name opening a line, up to a comma or the line's end: capitalised words and
# the small words between them ("Ministry of Industry and Trade")
_ISSUER_NAME = re.compile(
    r"((?:[A-Z][\w'’.-]*)(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][\w'’.-]*)*)\s*(?:,|$)"
)


def _summary_voice(tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """An article that presents a body's document in its own words, as its opening lines
    declare in a line of their own with no verb: "Summary of the Harwick Audit Office
    report", "Key findings of the yearly survey by the X Board". Its figures that no
    other source covers are the author's, mode according_to (the guideline's passage "that
    a source clearly covers": here, the whole article). A document's title quoted in the
    line is not read ('Summary of the X report "Keeping the roads open"': its verb is the
    title's)."""
    nouns = _summary_nouns()
    for sent in itertools.islice(tracker.doc.sents, 3):
        text = sent.text.strip()
        if "\n" in text or text.endswith((".", "?", "!")):
            continue
        own = [t for t in sent if not tracker._in_quote(t.idx)]
        if any(t.pos_ in {"VERB", "AUX"} for t in own):
            continue
        root = next((t for t in own if t.lemma_.lower() in nouns or t.lower_ in nouns), None)
        if root is None or root.i != sent.root.i and not tracker._in_quote(sent.root.idx):
            continue
        document = next(
            (
                t
                for t in root.subtree
                if t.pos_ == "NOUN"
                and t.lemma_.lower() in roles().document_nouns
                and t.dep_ == "pobj"
                and t.head.head.i == root.i
            ),
            None,
        )
        if document is None:
            continue
        found = tracker.resolve(document, describe=True, speech=False)
        if len(found) == 1 and found[0].kind == "organization":
            cue = _found_cue(root, document, "according_to", (sent.start_char, sent.end_char))
            return [(cue, found[0])]
    return []


# the question words of an explainer's signpost ("Here is how the funds are split")
_SIGNPOST_WORDS = {"what", "where", "how", "who", "why", "which"}


def _explainer_voice(tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """An explainer that walks through a body's document, as a signpost near its top says:
    "Here is how the funds are split, according to the plan", or "Here is what the figures
    show" after a first sentence whose subject is the document ("The ministry's draft
    budget ... includes ..."). Its figures that no other source covers are the body's,
    mode according_to, as under a summary line (`_summary_voice`): the guideline's passage
    "that a source clearly covers", here the rest of the article. The document must
    resolve to one organisation; the signpost itself says nothing to check."""
    doc = tracker.doc
    document: Token | None = None
    for sent in itertools.islice(sentences(doc), 8):
        words = [t for t in sent if not t.is_space and not t.is_punct]
        if document is None and sent.text.rstrip().endswith("."):  # (not a headline)
            subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
            if subject is not None and subject.lemma_.lower() in roles().document_nouns:
                document = subject  # the article's opening subject, if it is a document
        if len(words) < 4 or words[0].lower_ != "here" or words[1].lemma_ != "be":
            continue
        if words[2].lower_ not in _SIGNPOST_WORDS or tracker._in_quote(words[0].idx):
            continue
        according = next(
            (
                t
                for t in sent
                if t.dep_ == "pobj"
                and t.head.lower_ == "to"
                and doc[t.head.i - 1].lower_ == "according"
            ),
            None,
        )
        document = according or document
        if document is None:
            return []
        found = tracker.resolve(document, describe=True, speech=False)
        if len(found) == 1 and found[0].kind == "organization":
            cue = _found_cue(words[0], document, "according_to", (sent.start_char, sent.end_char))
            return [(cue, found[0])]
        return []
    return []


@lru_cache(maxsize=1)
def _summary_nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in lexicon("roles")["summary_nouns"])


def _credit_goes_on(
    text: str, previous: tuple[Span, list[tuple[Cue, Speaker]]], sent: Span
) -> list[tuple[Cue, Speaker]]:
    """A later sentence of a newsletter item whose first sentence credited its source at
    its end (`trailing_credit`): the item is that source's, up to the paragraph's end."""
    _before, attributed = previous
    end = max(c.cue_end for c, _ in attributed)
    return [] if "\n" in text[end : sent.start_char] else attributed


def _credited(previous: tuple[Span, list[tuple[Cue, Speaker]]]) -> bool:
    """Whether the sentence before took its source from a credit at its end."""
    return bool(previous[1]) and all(is_credit(c) for c, _ in previous[1])


def _letter_voice(doc: Doc, letter: Letter, sent: Span) -> list[tuple[Cue, Speaker]]:
    """A letter's sentence as its signer's words, mode according_to: the cue is the
    signature's name."""
    name = doc.char_span(letter.at, letter.at + 1, alignment_mode="expand")
    token = name[0] if name is not None and len(name) else sent.root
    return [
        (_found_cue(token, token, "according_to", (sent.start_char, sent.end_char)), letter.signer)
    ]


def _found_cue(verb: Token, subject: Token, mode: str, content: tuple[int, int]) -> Cue:
    """A cue the sentence's own cue finder does not give, built from a verb and its
    subject for `content` (the release's opening verb, a quotation's introducing verb, a
    summary line's head noun and its document)."""
    return Cue(
        mode=mode,
        cue=verb.text,
        cue_start=verb.idx,
        cue_end=verb.idx + len(verb.text),
        stance="neutral",
        source=subject,
        content_start=content[0],
        content_end=content[1],
        speech=False,
    )


_RELEASE_VERBS = {"announce", "report", "publish", "post", "present"}


@lru_cache(maxsize=1)
def _release_line() -> re.Pattern:
    """A line near an article's top that calls it a press release (lexicon
    `release_markers`): its opening announcement names the issuer, whatever it announces."""
    words = "|".join(re.escape(m) for m in lexicon("roles")["release_markers"])
    return re.compile(rf"(?im)^.{{0,120}}\b(?:{words})\b")


def _declares_release(text: str) -> bool:
    """Whether an article's first lines call it a press release."""
    return _release_line().search(text[:600]) is not None


@lru_cache(maxsize=1)
def _release_nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in lexicon("roles")["release_nouns"])


def _own_clause_figures(
    sent: Span, attributed: list[tuple[Cue, Speaker]], quantities: list[Quantity]
) -> list[Quantity]:
    """The figures of a clause that no cue of the sentence reports: the cue's verb is
    coordinated with that clause's verb ("X has earmarked 3.2 billion euros, but
    engineers admit that ..."; "Y is the smallest, and two officials said ..."), and
    the figure lies in that clause, outside every cue's content. Only reported speech:
    a quotation or "according to" covers its sentence as written."""
    if not quantities or any(c.mode != "indirect" or c.label for c, _ in attributed):
        return []
    doc = sent.doc
    reported = [(c.content_start, c.content_end) for c, _ in attributed]
    own: set[int] = set()
    for cue, _ in attributed:
        verb = next((t for t in sent if t.idx == cue.cue_start), None)
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            return []
        if verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in {"VERB", "AUX"}:
            other = verb.head
            inside = {t.i for t in verb.subtree}
            own |= {t.idx for t in other.subtree if t.i not in inside}
        for conj in verb.children:
            # a later clause with a subject of its own that is no pronoun ("..., and the
            # navy has 12 frigates"; not "..., and it expects 10 percent": the speaker's)
            subject = next((c for c in conj.children if c.dep_ in _SUBJECTS), None)
            if (
                conj.dep_ == "conj"
                and conj.i > verb.i
                and conj.pos_ in {"VERB", "AUX"}
                and subject is not None
                and subject.pos_ in {"NOUN", "PROPN"}
                # "said ..., and that companies had delivered ...": still what was said
                and not any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
            ):
                own |= {t.idx for t in conj.subtree}
    if not own:
        return []
    cue_at = {c.cue_start for c, _ in attributed}
    if any(at in own for at in cue_at):
        return []  # the other clause holds a cue of its own
    found = []
    for q in quantities:
        starts = [t.idx for t in doc[sent.start : sent.end] if q.char_start <= t.idx < q.char_end]
        if (
            starts
            and all(at in own for at in starts)
            and not any(a <= q.char_start < b for a, b in reported)
        ):
            found.append(q)
    return found


_SUBJECTS = {"nsubj", "nsubjpass", "expl"}


@dataclass(frozen=True)
class _Turn:
    """A transcript line ("SMITH: ..."): its cue, its speakers, where its paragraph starts."""

    cue: Cue
    speakers: list[Speaker]
    line_start: int
    region: tuple[int, int]  # its quotation, or its paragraph when it is not quoted


def _turn_at(
    sent: Span,
    quotes: QuoteIndex,
    tracker: SpeakerTracker,
    turn: _Turn | None,
    rows: list[_Row],
) -> _Turn | None:
    """The transcript line a sentence belongs to: one it opens, or the one in hand if the
    sentence is in the same paragraph; None outside transcript lines. An interview's
    answer line ("A: ...") is the words of the last person the article quoted or
    reported before it (in `rows`, the sentences so far)."""
    text = quotes.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    cue = transcript_cue(sent, quotes)
    if cue is not None:
        line_start = text.rfind("\n", 0, cue.cue_start) + 1  # the label's paragraph
        label = speaker_label(text, line_start)
        if cue.label == ANSWER_LABEL:
            speakers = _interviewee(rows, tracker)
        else:
            labels = transcript_labels(text)
            speakers = _bracketed(tracker, cue.label or "", label, text) or _labelled(
                tracker, cue.label or "", labels
            )
        if not speakers:
            return None
        speakers = _with_affiliation(speakers, label, tracker)
        if label is not None and "\n" in label.group(0):
            line_start = text.rfind("\n", 0, label.end()) + 1  # the words under their label
        line_end = text.find("\n", line_start)
        region = next(
            (quotes.quotation(r) for r in quotes.regions if r[0] <= line_start + 1 < r[1]),
            None,
        ) or (line_start, len(text) if line_end < 0 else line_end)
        return _Turn(cue, speakers, line_start, region)
    if turn is not None and turn.line_start == line_start:
        return turn
    asked = question_asker(text, line_start)
    if asked is not None:
        # "Q (Ann Vos, Radio X): Your figures show ...": the asker's own words
        return _asker_turn(sent, asked, tracker, line_start)
    if turn is not None and _goes_on(text, turn, line_start, quotes):
        # "SMITH: ..." and then a paragraph with no label in her own voice: still hers
        line_end = text.find("\n", line_start)
        region = (line_start, len(text) if line_end < 0 else line_end)
        return _Turn(turn.cue, turn.speakers, line_start, region)
    if line_start in answer_paragraphs(text) and sent.start_char - line_start < 3:
        # an interview written without labels: a question set as a paragraph, then the
        # answer; the answers are the person the introduction names as interviewed
        speakers = _introduced_interviewee(rows, tracker)
        if not speakers:
            return None
        line_end = text.find("\n", line_start)
        region = (line_start, len(text) if line_end < 0 else line_end)
        start, end = sent.start_char, sent.end_char
        cue = Cue("direct_quote", "", start, start, "neutral", None, start, end, label=ANSWER_LABEL)
        return _Turn(cue, speakers, line_start, region)
    return None


def _asker_turn(
    sent: Span, asked: re.Match, tracker: SpeakerTracker, line_start: int
) -> _Turn | None:
    """A question line whose label names its asker in brackets: the person the article
    knows by that name ("Q (Vos):" after "Q (Ann Vos, Radio X):"); None when the brackets
    name no person (an outlet alone: "Q (Radio X):")."""
    doc = sent.doc
    span = doc.char_span(asked.start("asker"), asked.end("asker"), alignment_mode="expand")
    speakers: list[Speaker] = []
    for tok in span if span is not None else ():
        if tracker.mention_at(tok) is not None:
            speakers = [s for s in tracker.resolve(tok) if s.kind == "person"]
            break
    if not speakers:
        return None
    text = doc_text(doc)
    start, end = max(asked.end(), sent.start_char), sent.end_char
    colon = text.rindex(":", line_start, asked.end())
    cue = Cue("direct_quote", ":", colon, colon + 1, "neutral", None, start, end, label="Q")
    line_end = text.find("\n", line_start)
    return _Turn(cue, speakers, line_start, (asked.end(), len(text) if line_end < 0 else line_end))


# the speaker's own voice in a paragraph of a transcript with no label of its own
_OWN_VOICE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b")


def _goes_on(text: str, turn: _Turn, line_start: int, quotes: QuoteIndex) -> bool:
    """Whether a paragraph with no label goes on with the transcript line before it: it
    follows that line's paragraph right after, opens with no quotation mark, and speaks
    in the first person outside quotation marks ("On margins, we ..."); a narrator's
    paragraph between transcript lines speaks of them in the third."""
    if text[turn.region[1] : line_start].strip() or turn.region[0] >= line_start:
        return False
    if labelled(text, line_start):
        return False  # the next line's own speaker (a label the sentencizer split off)
    line_end = text.find("\n", line_start)
    paragraph = text[line_start : len(text) if line_end < 0 else line_end]
    if not paragraph or paragraph[0] in "\"“‘'":
        return False
    if _opens_with_name(paragraph, turn.speakers):
        return False  # "Lena, what ...?": someone addresses (or speaks of) the line's speaker
    return any(
        not any(a <= line_start + m.start() < b for a, b in quotes.regions)
        for m in _OWN_VOICE.finditer(paragraph)
    )


_FIRST_WORD = re.compile(r"[A-Z][\w'’-]*")


def _opens_with_name(paragraph: str, speakers: list[Speaker]) -> bool:
    """Whether a paragraph's first word is a name of the line's own speaker: no one opens
    their own next paragraph with their name, someone else addresses them by it or the
    narrator writes of them."""
    first = _FIRST_WORD.match(paragraph)
    if first is None:
        return False
    names = {part for s in speakers if s.kind == "person" for part in s.name.split()}
    return first.group() in names


def _earlier_answers(rows: list[_Row]) -> list[Speaker]:
    """Whom an interview's last answer so far was from: its later answers are theirs."""
    return next((row.answered for row in reversed(rows) if row.answered), [])


# verbs (lemmas) an interview's introduction uses for the one who answers ("She spoke to
# the Review", "talked to", "sat down with", "in an interview"); narrower than the
# lexicon's `interview_verbs` ("asked", "visited"), whose subject puts the questions
_INTERVIEWING = {"speak", "talk", "sit", "interview"}


def _introduced_interviewee(rows: list[_Row], tracker: SpeakerTracker) -> list[Speaker]:
    """Whom unlabelled answers are from: whom the earlier answers were from, else the
    person the introduction (the narration before them) names as the one who talks
    ("She spoke to the Review about ..."); none when it names no one so (an explainer
    whose headings are questions)."""
    answered = _earlier_answers(rows)
    if answered:
        return answered
    return _named_as_interviewed([row for row in rows if not row.in_turn], tracker)


def _named_as_interviewed(
    narration: list[_Row], tracker: SpeakerTracker, strict: bool = False
) -> list[Speaker]:
    """The person the latest sentence of `narration` with a verb of talking to the paper
    names as the one who talks ("She spoke to the Review", "We spoke to X at her office",
    "in an interview"), else the person that sentence introduces; none without such a
    sentence. With `strict`, only the subject or object of such a verb ("The interview,
    conducted in her office overlooking the X river": no one)."""
    for row in reversed(narration):
        verbs = [
            t
            for t in row.sentence
            if t.lemma_.lower() in _INTERVIEWING and (t.pos_ == "VERB" or not strict)
        ]
        if not verbs:
            continue  # ("She spoke to the Review", "in an interview with"): an introduction
        for verb in verbs:  # the one who speaks to the paper ("She spoke to ...")
            subject = subject_of(verb)
            if subject is not None and subject.lower_ in _PAPER_VOICE:
                subject = _spoken_to(verb)  # the paper's own "We spoke to her": "her"
            found = tracker.resolve(subject) if subject is not None else []
            if len(found) == 1 and found[0].kind == "person":
                return found
        found_one = tracker.introduced_person(row.sentence.start_char, row.sentence.end_char)
        if found_one is not None and not strict:
            return [found_one]
    return []


_PAPER_VOICE = {"we", "i"}  # the interviewer's words in an introduction


def _spoken_to(verb: Token) -> Token | None:
    """Whom the paper's interviewer spoke to: the object of the verb ("We interviewed
    him") or of its "to" or "with" ("We spoke to her", "I sat down with him")."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in {"to", "with"}:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _addressed(
    rows: list[_Row], tracker: SpeakerTracker, text: str, since_answer: bool
) -> list[Speaker]:
    """The person the interview's last question that names whom it asks addresses ("Q:
    Mr Kask, ..."); with `since_answer`, only among the questions after the last answer."""
    for row in reversed(rows):
        if since_answer and row.answered:
            break
        if in_question_line(text, row.sentence):
            sent = row.sentence
            found = tracker.addressed_person(sent.start_char, sent.end_char)
            if found is not None:
                return [found]
    return []


_INTRODUCTION_SENTENCES = 3  # narration sentences right before an interview's first line


def _introduction(rows: list[_Row]) -> list[_Row]:
    """The narration sentences right before the interview's first line (a question or a
    transcript line): what introduces whom the interview is with."""
    first = next((i for i, row in enumerate(rows) if row.in_turn), len(rows))
    return rows[max(0, first - _INTRODUCTION_SENTENCES) : first]


def _interviewee(rows: list[_Row], tracker: SpeakerTracker) -> list[Speaker]:
    """Whom an interview's answers ("A: ...") are from: whom its earlier answers were
    from; else the person the sentences right before its first line name as talking to
    the paper ("We spoke to X at her office"); else the person the article last quoted
    or reported outside the interview's lines (a question may report someone else: "Your
    predecessor said ..."); else the person its introduction last names, not a byline's
    writer ("Interview by X"). A question that addresses someone by name ("Q: Mr Kask,
    ...") outranks all of these: the questions since the last answer first, then any
    before it."""
    text = doc_text(tracker.doc)
    addressed = _addressed(rows, tracker, text, since_answer=True)
    if addressed:
        return addressed
    answered = _earlier_answers(rows)
    if answered:
        return answered
    addressed = _addressed(rows, tracker, text, since_answer=False)
    if addressed:
        return addressed
    introduced = _named_as_interviewed(_introduction(rows), tracker, strict=True)
    if introduced:  # "We spoke to X at her office. Q: ... A: ...": X, whoever spoke last
        return introduced
    narration = [row for row in rows if not row.in_turn]
    for row in reversed(narration):
        people = [s for _, s in row.attributed if s.kind == "person"]
        if people:
            return people[:1]
    for row in reversed(narration):
        found = tracker.introduced_person(row.sentence.start_char, row.sentence.end_char)
        if found is not None:  # not "Interview by X", "He spoke to X": who asks
            return [found]
    return []


def _first_person(cue: Cue) -> bool:
    """Whether a cue's source is its speaker's own first person ("I said", "as we told
    the committee", "my office's count"); not a body she counts herself among ("our
    intelligence agencies")."""
    source = cue.source
    if source is None:
        return False
    if source.lower_ in _FIRST_PERSON | _WE:
        return True
    return any(c.dep_ == "poss" and c.lower_ == "my" for c in source.children)


_WE = frozenset({"we", "us"})


@dataclass
class _Row:
    """One sentence between the two passes of `extract_drafts`."""

    sentence: Span
    region: tuple[int, int] | None = None  # the quotation holding most of it
    skipped: bool = False  # a question in the narrator's voice, or punctuation only
    quantities: list[Quantity] = field(default_factory=list)
    comparison: Comparison | None = None
    attributed: list[tuple[Cue, Speaker]] = field(default_factory=list)
    follows: bool = False  # joins the record of the quotation it continues
    in_turn: bool = False  # in a transcript or interview line
    answered: list[Speaker] = field(default_factory=list)  # an answer line's speakers
    # the transcript line's own cue and speakers, for a sentence of one
    line: list[tuple[Cue, Speaker]] = field(default_factory=list)


def _as_quotation(
    attributed: list[tuple[Cue, Speaker]],
    region: tuple[int, int],
    touched: list[tuple[int, int]],
) -> list[tuple[Cue, Speaker]]:
    """The reported speech whose content overlaps one of the quotation marks' spans
    `touched` speaks the quotation `region` in their own words (direct_quote), one per
    speaker: reported speech that opens a quotation running on past its sentence ('He
    said the plan was "a mistake. We will drop it."'), or that quotes part of what goes
    on in the next sentence."""
    return _one_per_speaker(
        (replace(cue, mode="direct_quote", content_start=region[0], content_end=region[1]), s)
        for cue, s in attributed
        if cue.mode == "indirect"
        and any(cue.content_start < b and a < cue.content_end for a, b in touched)
    )


def _one_per_speaker(pairs: Iterable[tuple[Cue, Speaker]]) -> list[tuple[Cue, Speaker]]:
    seen: set[str] = set()
    out = []
    for cue, speaker in pairs:
        if speaker.name not in seen:
            seen.add(speaker.name)
            out.append((cue, speaker))
    return out


def _continue_quotations(
    rows: list[_Row],
    quoted: dict,
    owner: dict,
    text: str,
    regions: list[tuple[int, int]],
    tracker: SpeakerTracker | None = None,
) -> None:
    """A quotation with no cue of its own that opens the sentence right after one that
    attributes a quotation, in the same paragraph, is the same speaker going on
    ("'A,' said X. 'B.'"), also after reported speech that quotes part of its content
    ('X said prices rose "far too fast," she said. "B."'), or after the reported speech
    of one source that is not a document ("X said prices rose. 'B.'")."""
    for i in range(1, len(rows)):
        row, before = rows[i], rows[i - 1]
        region = row.region
        if region is None or region in quoted or row.attributed or before.skipped:
            continue
        if region[0] > row.sentence.start_char + 1:
            continue  # the quotation does not open the sentence
        # (a quotation opening the next paragraph goes on from a person's words only)
        new_paragraph = "\n" in text[before.sentence.end_char : row.sentence.start_char]
        if new_paragraph and _heading_between(
            text, before.sentence.end_char, row.sentence.start_char
        ):
            continue
        pairs = [(c, s) for c, s in before.attributed if c.mode == "direct_quote"]
        if not pairs:
            sent = before.sentence
            touched = [(a, b) for a, b in regions if sent.start_char <= a < sent.end_char]
            pairs = _as_quotation(before.attributed, region, touched)
        if not pairs:
            pairs = _goes_on_quoting(before.attributed, region)
        if not pairs and not before.attributed and tracker is not None and not new_paragraph:
            pairs = _subject_speaking(before.sentence, region, tracker)
            if pairs:
                # no record of its own before it: the quotation is the claim
                row.attributed = pairs
                quoted[region] = pairs
                owner[region] = i
                continue
        if pairs and new_paragraph:
            if any(s.kind != "person" for _, s in pairs):
                continue  # a body's or a document's words do not go on as a quotation
            row.attributed = pairs  # its own record, in its own paragraph
            quoted[region] = pairs
            owner[region] = i
            continue
        if pairs:
            quoted[region] = pairs
            owner[region] = i - 1


def _figures_quoted(
    attributed: list[tuple[Cue, Speaker]],
    quantities: list[Quantity],
    regions: list[tuple[int, int]],
) -> list[tuple[Cue, Speaker]]:
    """Reported speech that quotes only part of its content, with every figure of the
    sentence inside the quoted words ('said output had "tripled since 2022"'): the mode
    follows where the figure sits, a direct quote. Not a naming verb ('called the plan
    "a 40 percent giveaway"'), a judgement in passing."""

    def quoted(q: Quantity, cue: Cue) -> bool:
        return any(
            cue.content_start <= a < cue.content_end and a <= q.char_start and q.char_end <= b
            for a, b in regions
        )

    return [
        (replace(cue, mode="direct_quote"), s)
        if cue.mode == "indirect" and not cue.naming and all(quoted(q, cue) for q in quantities)
        else (cue, s)
        for cue, s in attributed
    ]


def _subject_speaking(
    before: Span, region: tuple[int, int], tracker: SpeakerTracker
) -> list[tuple[Cue, Speaker]]:
    """A quotation with no cue right after a sentence of the same paragraph whose subject
    is a person, named or by a pronoun the article resolves ('Maria Stroud warned the
    committee about the delays. "You told us ..."', 'She is blunt about the backlog.
    "We ..."'): that person speaking, the news convention for a quotation that follows
    a sentence about its speaker. Not a person the quotation itself names ('Maria Stroud
    served on the frigate. "Stroud never lost her nerve"' is someone speaking of her)."""
    root = before.root
    if root.pos_ not in {"VERB", "AUX"}:
        return []
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    # "committee chair Maria Stroud asked ...": the parser may give the title a subject arc
    subject = next((c for c in subjects if c.pos_ == "PROPN"), subjects[0] if subjects else None)
    if subject is None or subject.pos_ != "PROPN" and subject.lower_ not in _PERSON_PRONOUNS:
        return []
    found = tracker.resolve(subject)
    if len(found) != 1 or found[0].kind != "person":
        return []
    words = re.findall(r"[\w'’-]+", doc_text(before.doc)[region[0] : region[1]])
    if any(part in words for part in found[0].name.split() if part[:1].isupper()):
        return []  # the quotation speaks of the person: someone else's words
    return [(_found_cue(root, subject, "direct_quote", region), found[0])]


_PERSON_PRONOUNS = {"he", "she"}


def _goes_on_quoting(
    attributed: list[tuple[Cue, Speaker]], region: tuple[int, int]
) -> list[tuple[Cue, Speaker]]:
    """A quotation with no cue right after one speaker's reported speech in the same
    paragraph is that speaker going on in their own words ('Ana Vass said the line had
    slowed. "We used to ship 40 shells a day."'): a verb of saying, one speaker, no
    naming verb ('called the plan a farce')."""
    if len({s.name for _, s in attributed}) != 1:
        return []
    return _one_per_speaker(
        (replace(cue, mode="direct_quote", content_start=region[0], content_end=region[1]), s)
        for cue, s in attributed
        if cue.mode == "indirect" and cue.speech and not cue.naming and cue.label is None
    )


def _quotation_span(rows: list[_Row], i: int, region: tuple[int, int]) -> Span:
    """The sentence attributing a quotation, widened over the sentences of that quotation
    next to it that join its record (a quotation of several sentences is one claim)."""
    first = last = i
    while first > 0 and rows[first - 1].follows and rows[first - 1].region == region:
        first -= 1
    while last + 1 < len(rows) and rows[last + 1].follows and rows[last + 1].region == region:
        last += 1
    doc = rows[i].sentence.doc
    return doc[rows[first].sentence.start : rows[last].sentence.end]


_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})


def _in_first_person(sent: Span, quotes: QuoteIndex) -> bool:
    """Whether the sentence's narrator speaks of himself ("I", "my") outside quotation
    marks."""
    inside = quotes.in_sentence(sent)
    return any(
        t.lower_ in _FIRST_PERSON
        and t.pos_ == "PRON"
        and not any(start <= t.idx < end for start, end in inside)
        for t in sent
    )


def _before_closing_marks(text: str, end: int) -> int:
    """The offset before the quotation marks and white space that end `text[:end]`."""
    while end > 0 and (text[end - 1].isspace() or text[end - 1] in _CLOSING_MARKS):
        end -= 1
    return end


_CLOSING_MARKS = frozenset("\"'\u201d\u2019\u00bb")


_OPENING_MARKS = "\"“‘' "


def _later_paragraphs(
    rows: list[_Row], spans: dict[int, Span], text: str, quoted: dict
) -> dict[int, Span]:
    """A quotation running over several paragraphs: each later paragraph none of whose
    sentences has a record (a figure of its own gives one) or is taken into one is a
    claim of its own, as a quotation opening a new paragraph after a cue is, when it
    says something checkable (`_checkable`) and a person said it (a body's or a
    document's words quoted in one paragraph are an excerpt, not a speech going on). Marks the
    paragraph's first sentence as no longer joining another record and maps its row to
    the paragraph's sentences."""
    covered = {
        k
        for k, row in enumerate(rows)
        if any(sp.start <= row.sentence.start < sp.end for sp in spans.values())
    }
    found: dict[int, Span] = {}
    k = 1
    while k < len(rows):
        row = rows[k]
        if (
            not row.follows
            or k in covered
            or "\n" not in text[rows[k - 1].sentence.end_char : row.sentence.start_char]
            or any(s.kind != "person" for _, s in quoted.get(row.region, []))
        ):
            k += 1
            continue
        last = k
        while (
            last + 1 < len(rows)
            and rows[last + 1].region == row.region
            and "\n" not in text[rows[last].sentence.end_char : rows[last + 1].sentence.start_char]
        ):
            last += 1
        whole = row.sentence.doc[row.sentence.start : rows[last].sentence.end]
        if (
            all(r.follows for r in rows[k : last + 1])
            and not covered & set(range(k, last + 1))
            and _checkable(whole)
        ):
            row.follows = False
            found[k] = whole
        k = last + 1
    return found


# entities a fact-checker can look up (not a date: "this year")
_CHECKABLE_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "MONEY", "PERCENT"}
_CHECKABLE_ENTS |= {"QUANTITY", "CARDINAL"}


def _checkable(span: Iterable[Token]) -> bool:
    """Whether words with no figure still say something a fact-checker can check: a
    number, a name, a share or extent ("almost every controller", "most of the cameras":
    the lexicon's `proportion_words`), a superlative, or a comparison with "than"; not
    an exhortation ("Hire welders, and hire them now."), nor one with a date alone
    ("It has to happen by 2031.")."""
    shares = _proportion_words()
    return any(
        t.like_num
        and t.ent_type_ not in {"DATE", "TIME"}  # "by 2031": a date alone
        or t.ent_type_ in _CHECKABLE_ENTS
        or t.lower_ in shares
        and not (t.dep_ == "attr" and not list(t.children))  # "That's all from us."
        or t.tag_ in {"JJS", "RBS"}
        or t.lower_ == "than"
        for t in span
    )


@lru_cache(maxsize=1)
def _proportion_words() -> frozenset[str]:
    return frozenset(lexicon("comparatives")["proportion_words"]["words"])


def _main_sentence(span: Span) -> Span:
    """The sentence a claim of several sentences with no figure and no cue of their own
    stands on: the longest (a lead-in such as "But that is not all." says less than what
    follows it)."""
    parts = _sentences_of(span)
    return max(parts, key=lambda p: (len(p.text), -p.start_char)) if parts else span


def _anchor(span: Span, sent: Span, content: tuple[int, int], cue: Cue) -> Span:
    """The one sentence a record of a quotation of several sentences (`span`) stands on:
    the sentence that attributes it (`sent`) where it holds some of the quotation, else
    the quotation's first sentence ("X said:" and the quotation after it). A transcript
    line's sentence that asserts nothing ("SMITH: Thank you. The yard will ...") passes
    the record on to the line's next sentence that does."""
    parts = [
        one
        for one in _sentences_of(span)
        if one.start_char < content[1] and content[0] < one.end_char
    ]
    anchor = sent if sent.start_char < content[1] and content[0] < sent.end_char else None
    if anchor is None:
        anchor = parts[0] if parts else sent
    if cue.label and _asserts_nothing(anchor, cue):
        anchor = next(
            (p for p in parts if p.start_char >= anchor.end_char and not _asserts_nothing(p, cue)),
            anchor,
        )
    return anchor


def _sentences_of(span: Span) -> list[Span]:
    """The sentences of `span`, cut to it, without the spaces around them."""
    doc = span.doc
    found = []
    for part in span.sents:
        start, end = max(part.start, span.start), min(part.end, span.end)
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            found.append(doc[start:end])
    return found


_THING_PRONOUNS = {"it"}


def _attributed(sent: Span, cues: list[Cue], tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """One (cue, speaker) per distinct speaker; the strongest mode wins for a speaker.

    A source that is only a description ("a source", "the campaign") is kept as a
    typed speaker, except for a cue inside what another cue of the sentence reports
    ("X said the videos show ..."): that is part of X's content.
    """
    best: dict[tuple[str, int], tuple[Cue, Speaker]] = {}
    order: list[tuple[str, int]] = []
    for cue in cues:
        if cue.source is None:
            person = tracker.person_before(sent.start_char, cue.cue_start)
            if person is None:
                # '"...," the 54-year-old said': the parser gave the verb no subject
                before = [t for t in sent if t.idx + len(t) <= cue.cue_start]
                person = tracker.aged_person(before[-1]) if before else None
            found = [person] if person is not None else []
        else:
            nested = _nested(cue, cues)
            if nested and cue.source.lower_ in _THING_PRONOUNS:
                found = _outer_body(cue, best)
            else:
                describe = not nested and not cue.named
                found = tracker.resolve(cue.source, describe=describe, speech=cue.speech)
                if cue.named:
                    found = [s for s in found if _named_again(cue.source, s)]
                if not found or len(found) == 1 and found[0].name == cue.source.text:
                    # "Smith told clients ..." after the transcript line "ANNA SMITH, ...:"
                    found = _label_person(cue.source, tracker) or found
        for speaker in found:
            # one per speaker and content: "X said A, adding that B" is two claims;
            # a quotation split around its cue, or two cues over one content, one
            key = next(
                (k for k in order if k[0] == speaker.name and _same_content(best[k][0], cue)),
                (speaker.name, cue.cue_start),
            )
            if key not in best:
                order.append(key)
                best[key] = (cue, speaker)
            elif _within(cue, best[key][0]):
                continue  # it frames part of what the kept cue reports: that cue's claim
            elif _within(best[key][0], cue) or _MODE_RANK[cue.mode] < _MODE_RANK[best[key][0].mode]:
                best[key] = (cue, speaker)
    pairs = [best[k] for k in order]
    # a naming verb beside another cue of the same speaker ('X called it "reckless," noting
    # that ...', 'X called the report false and said ...') is part of that one claim
    pairs = [
        (c, s)
        for c, s in pairs
        if not c.naming or not any(o is not c and t.name == s.name for o, t in pairs)
    ]
    # "X said output rose 5 percent, and she expects 300 more": a figure a speaker's
    # verb counts, beside that speaker's own cue, is part of the one claim
    pairs = [
        (c, s)
        for c, s in pairs
        if not c.counted or not any(not o.counted and t.name == s.name for o, t in pairs)
    ]
    # 'Ana Vass said ... and that the firm planned ...': her own organisation's
    # expectation inside what she reports is hers to vouch for, not a second source
    pairs = [
        (c, s)
        for c, s in pairs
        if not any(
            t.kind == "person"
            and t.organization is not None
            and s.kind == "organization"
            and s.name == t.organization
            and _reported_by(c, o)
            for o, t in pairs
        )
    ]
    return _split_contents(pairs, sent)


def _not_counting_sources(quantities: list, attributed, text: str) -> list:
    """The figures of a sentence less those that count its sources ("Two people who know
    the programme said ...", "three officials told"): how many spoke is not what they
    said, and no claim about the world."""
    spans = [
        (c.source.left_edge.idx, c.source.idx + len(c.source))
        for c, _speaker in attributed
        if c.source is not None and c.source.left_edge.i < c.source.i
    ]
    if not spans:
        return quantities
    return [
        q
        for q in quantities
        if not any(start <= q.char_start and q.char_end <= end for start, end in spans)
        or _share_of_respondents(q, text)
    ]


def _share_of_respondents(q, text: str) -> bool:
    """Whether a figure in a source's phrase is the share of a poll's respondents who said
    it ("40 percent said", "two of three members say"): that figure is the claim's."""
    return (
        q.unit == "percent"
        or text[q.char_end :].lstrip().startswith("of ")
        or text[: q.char_start].rstrip().endswith(" of")
    )


# tags of a finite verb: a sentence that asserts something has one
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _asserts_nothing(span: Span, cue: Cue) -> bool:
    """Whether a transcript line's words in a sentence, with no figure and no comparison,
    assert nothing a fact-checker could check: no finite verb, as in a greeting, a
    thanks, a fragment ("SMITH: A last question.") or a call to action ("Let's turn to
    pay.", "Sign it now."), or a call's procedure (an operator's lines). Not an
    interview's answer line, which answers its question ("A: No."), unless it only thanks
    ("A: Thank you for the invitation."); nor a quotation in narration, which the article
    reports as said."""
    if not cue.label:
        return False
    if cue.label.upper() in _procedure_labels():
        return True  # "OPERATOR: Our next question comes from ...": the call's procedure
    words = [t for t in span if cue.content_start <= t.idx < cue.content_end] or list(span)
    courtesy = _courtesy_verbs()  # "Thank you, Chair.": a courtesy, not an assertion
    finite = [t for t in words if t.tag_ in _FINITE]
    if cue.label == ANSWER_LABEL:  # "A: Not this year." answers; "A: Thank you." does not
        return bool(finite) and all(t.lemma_.lower() in courtesy for t in finite)
    # "SMITH: I will not.", "Order, order.": nothing a fact-checker can check; nor the
    # speaker's own name ("ANNA SMITH: And I'm Anna Smith.")
    own = {w.strip(".").lower() for w in cue.label.split()}
    named = [t for t in words if t.lower_ not in own]
    return all(t.lemma_.lower() in courtesy for t in finite) or not _checkable(named)


@lru_cache(maxsize=1)
def _courtesy_verbs() -> frozenset[str]:
    return frozenset(lexicon("transcripts").get("courtesy_verbs", []))


@lru_cache(maxsize=1)
def _procedure_labels() -> frozenset[str]:
    return frozenset(lexicon("transcripts").get("procedure_labels", []))


def _reported_by(inner: Cue, outer: Cue) -> bool:
    """Whether `inner` lies in what `outer` reports: inside its content, or its verb under
    the outer verb ('said exports rose, and that the firm planned ...')."""
    if outer.content_start <= inner.cue_start < outer.content_end:
        return True
    if inner.source is None or outer.source is None or inner is outer:
        return False
    return outer.source.head in inner.source.head.ancestors


def _named_again(source: Token, speaker: Speaker) -> bool:
    """A headline's name ("Smith: ...") that the speaker's name holds, written again in the
    article after its first paragraph: the person it is about, not a topic in capitals."""
    text = doc_text(source.doc)
    body = text[text.find("\n", source.idx) + 1 :] if "\n" in text[source.idx :] else ""
    return (
        source.text in speaker.name.split()
        and re.search(rf"\b{re.escape(source.text)}\b", body) is not None
    )


def _label_person(source: Token, tracker: SpeakerTracker) -> list[Speaker]:
    """The person a surname stands for that only a transcript label of the article names
    in full ("Later Smith told clients ..." after "ANNA SMITH, ANALYST, X:"), with the
    part and body the label gives; none for any other word."""
    if source.pos_ != "PROPN" or not source.text[:1].isupper():
        return []
    text = doc_text(tracker.doc)
    labels = transcript_labels(text)
    for label in labels:
        words = label.split()
        if len(words) < 2 or words[-1].lower() != source.lower_:
            continue
        line_start = text.rfind("\n", 0, text.find(label)) + 1
        speakers = _labelled(tracker, label, labels)
        return _with_affiliation(speakers, speaker_label(text, line_start), tracker)
    return []


_INTERVIEW_KEY = "claims_publication_interview"


def _publication_interview(tracker: SpeakerTracker, text: str) -> bool:
    """Whether the article prints an interview its publication held: its questions under
    no one's name (`publication_asks`: "Q:", the publication's initials, questions set
    as paragraphs) answered by one person, or a transcript of two labels, one of which
    puts the questions and names no person of the article ("Harbour Review: How big is the
    fleet?" and "Vass: ..."). A hearing's or a debate's transcript, whose questions a
    senator or a moderator puts, is none, nor is a press conference's questions and
    answers, which several people answer. Found once per Doc, kept in `doc.user_data`."""
    found = tracker.doc.user_data.get(_INTERVIEW_KEY)
    if found is None:
        labels = transcript_labels(text)
        askers = asking_labels(text)
        # (one person answers: a press conference's answerers are several)
        found = publication_asks(text) and len(set(labels) - askers) <= 1
        if not found and len(labels) == 2 and len(askers) == 1:
            asker = next(iter(askers))
            people = {p.name.lower() for p in tracker.persons.values()}
            found = not any(
                s.kind == "person" and s.name.lower() in people
                for s in _labelled(tracker, asker, labels)
            )
        tracker.doc.user_data[_INTERVIEW_KEY] = found
    return found


def _labelled(tracker: SpeakerTracker, label: str, labels: Counter[str]) -> list[Speaker]:
    """The person a transcript label names ("SMITH", "MR. SMITH", "JOHN SMITH"): one
    the article names in full, matched on the label's last word. A label no one bears
    speaks as written in an article with a transcript (`labels`, those of its
    paragraphs: one used twice, or two of them) unless it heads a note ("UPDATE:",
    `transcripts.json`); else no one."""
    words = [w.strip(".").lower() for w in label.split()]
    # "REAR ADMIRAL SMITH", "Commander Smith": a title of the lexicon before the surname
    titled = len(words) >= 2 and tracker.roles.title_re.fullmatch(" ".join(words[:-1]))
    found = next(
        (
            person
            for person in tracker.persons.values()
            if len(names := person.name.lower().split()) >= 2
            and words[-1] in (names[-1], person.surname.lower())  # "MR. NAM": Nam Do-hyun
            and (len(words) == 1 or words[-2] in names or words[-2] in _LABEL_TITLES or titled)
        ),
        None,
    )
    if found is None and len(words) == 1:
        # "Ingrid:" in a podcast that introduced "Ingrid Sellevoll, an analyst at ...": the
        # one person of the article with that given name
        given = [p for p in tracker.persons.values() if _given_name_of(p.name) == words[0]]
        found = given[0] if len(given) == 1 else None
    if found is not None:
        return [
            Speaker(
                # (a name the tagger took from the label: "JOHN SMITH" -> "John Smith")
                name=" ".join(_label_case(w) for w in found.name.split()),
                role=found.role,
                organization=found.organization,
                mention=label,
                kind="person",
            )
        ]
    fuller = [
        k
        for k in labels
        if len(k.split()) > len(words) and k.split()[-1].strip(".").lower() == words[-1]
    ]
    if len(words) <= 2 and len(fuller) == 1:
        # "MS SMITH:" after "MS ANNA SMITH (Party):": the member the fuller label named
        label = fuller[0]
        words = [w.strip(".").lower() for w in label.split()]
    bearer = _role_bearer(tracker, words)
    if bearer is not None:  # "MINISTER:" after "the defence minister, X Y": X Y
        return [bearer.model_copy(update={"mention": label})]
    notes = _not_speaker_labels()
    heard = [k for k in labels if k.strip(".").upper() not in notes]
    if label.strip(".").upper() in notes or not (labels[label] >= 2 or len(heard) >= 2):
        return []
    name = " ".join(
        _label_case(w) for w in label.split() if w.strip(".").lower() not in _LABEL_TITLES
    )
    return [Speaker(name=name or label, mention=label, kind="person")] if name else []


def _given_name_of(name: str) -> str | None:
    """The first word of a person's name of two or more words, in lower case."""
    words = name.lower().split()
    return words[0] if len(words) >= 2 else None


def _role_bearer(tracker: SpeakerTracker, words: list[str]) -> Speaker | None:
    """The one person of the article whose role ends with a transcript label's words
    ("MINISTER" -> "the defence minister, X Y"; "PRESENTER" -> "the presenter X Y");
    None when no one or several people bear it."""
    if not words or not all(w.isalpha() for w in words):
        return None
    found = {
        person.name: person
        for person in tracker.persons.values()
        if person.role
        and person.role.lower().split()[-len(words) :] == words
        and len(person.name.split()) >= 2
    }
    if not found and len(words) == 1:
        return _agent_of(tracker, words[0])
    if len(found) != 1:
        return None
    (person,) = found.values()
    return Speaker(
        name=person.name, role=person.role, organization=person.organization, kind="person"
    )


def _agent_of(tracker: SpeakerTracker, word: str) -> Speaker | None:
    """The one person the article says does what a label's noun names, by the verb of that
    noun in the passive ("CHAIR:" after "the inquiry, chaired by X Y,"; "PRESENTER:"
    after "presented by X Y"): X Y, with the label's word as role. The verb is the noun
    itself or the noun without its agent ending (-er, -or, -r)."""
    verbs = {word} | {word[: -len(end)] for end in ("er", "or", "r") if word.endswith(end)}
    verbs |= {v + "e" for v in verbs if word.endswith("or")}  # moderator -> moderate
    found = {}
    for tok in tracker.doc:
        if tok.tag_ != "VBN" or tok.lemma_.lower() not in verbs:
            continue
        for by in (c for c in tok.children if c.dep_ == "agent"):
            for obj in (c for c in by.children if c.dep_ == "pobj"):
                for t in tracker.doc[obj.left_edge.i : obj.i + 1]:
                    m = tracker.mention_at(t)
                    if m is not None and len(m.person.name.split()) >= 2:
                        found[m.person.name] = m.person
                        break
    if len(found) != 1:
        return None
    (person,) = found.values()
    return Speaker(
        name=person.name,
        role=person.role or word,
        organization=person.organization,
        kind="person",
    )


def _with_affiliation(
    speakers: list[Speaker], label: re.Match | None, tracker: SpeakerTracker
) -> list[Speaker]:
    """The party or body a transcript label names in brackets ("BRAR (NDP):") is the
    organisation of a speaker the article gave none. A record of proceedings may add the
    member's seat after a comma and an office after a semicolon ("(Progress Party,
    North Ward; Chair of the Budget Committee)"): the party, and the office as role, with
    the body it names as organisation."""
    named = label_party(label)
    part = label_office(label)
    if part and len(speakers) == 1 and part.lower() not in _no_part():
        role = speakers[0].role
        if not role or role == part:  # (the tagger may have read the label's part as a title)
            # "SMITH, HOST:": the part the speaker takes in the recording is their role
            update = {"role": part.lower()}
            if not speakers[0].organization and label is not None and not named:
                # "X, ANALYST, Y CAPITAL:" names the body; "X, CHIEF FINANCIAL OFFICER:"
                # holds a company's title: the company the article named last
                body = _label_body(label, tracker) or tracker.title_org(part.lower(), label.start())
                if body:
                    update["organization"] = body
            speakers = [speakers[0].model_copy(update=update)]
    if not named or len(speakers) != 1 or speakers[0].name in named:
        return speakers  # (brackets that name the speaker: `_bracketed`)
    party, *offices = (part.strip() for part in named.split(";"))
    update: dict[str, str] = {}
    office = next((o for o in offices if roles().title_re.match(o.lower())), None)
    if office is not None and not speakers[0].role:
        update["role"] = office
        body = _OFFICE_BODY.search(office)
        if body is not None:
            update["organization"] = body.group(1)
    party = party.split(",")[0].strip()
    if "organization" not in update and party and party.lower() not in _no_party():
        update["organization"] = party  # (not "Independent": a member of no party)
    if speakers[0].organization:
        update.pop("organization", None)
    return [speakers[0].model_copy(update=update)] if update else speakers


def _label_body(label: re.Match, tracker: SpeakerTracker) -> str | None:
    """The body a label names after its speaker's part, when a word of its name gives
    it a body's type ("Y CAPITAL" -> "Y Capital"); not a place ("LIMA")."""
    where = label_where(label)
    if where is None:
        return None
    name = " ".join(w.capitalize() for w in where.split())
    return name if tracker.index.org_type(name) is not None else None


# the body an office names at its end: "Chair of the Public Accounts Committee"
_OFFICE_BODY = re.compile(r"\bof (?:the )?([A-Z][\w'’-]*(?: (?:and |of |for )?[A-Z][\w'’-]*)*)$")


@lru_cache(maxsize=1)
def _no_part() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("transcripts").get("no_part", []))


@lru_cache(maxsize=1)
def _no_party() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("transcripts").get("no_party", []))


def _bracketed(
    tracker: SpeakerTracker, label: str, found: re.Match | None, text: str
) -> list[Speaker]:
    """The person a transcript label's brackets name, the label being an office ("THE
    MINISTER FOR THE NAVY (Admiral X Y):", "THE CHAIR (Mr X Y):"): X Y, with the office as
    role (the capacity the line is spoken in). A later line with the bare office ("THE MINISTER
    OF DEFENCE:") is the person an earlier line's brackets named for it. Nothing for
    brackets that name no person of the article (a party)."""
    office = _office(label)
    first = office.split()[0].strip(".").lower() if office.split() else ""
    if first in _LABEL_TITLES or not roles().title_re.match(office.lower()):
        return []  # "MR X Y (Party, Seat):": a member named, brackets with no person
    named = label_party(found)
    if not named:  # a bare office: the one an earlier line named in brackets
        named = label_brackets(text).get(label)
    if not named:
        return []
    people = [
        p
        for p in tracker.persons.values()
        if len(p.name.split()) >= 2 and re.search(rf"\b{re.escape(p.name)}\b", named)
    ]
    if len(people) == 1:
        (person,) = people
        name, organization = person.name, person.organization
    else:  # "Ms X Y", "General X Y": a name the tagger missed, after its honorific
        words = named.split()
        while words and (
            words[0].strip(".").lower() in _LABEL_TITLES
            or roles().title_re.fullmatch(words[0].lower())
        ):
            words = words[1:]
        if people or not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words):
            return []
        name, organization = " ".join(words), None
    return [
        Speaker(
            name=name,
            role=office,  # (the office the line speaks in, over a rank: "General")
            organization=organization,
            mention=label,
            kind="person",
        )
    ]


_NAME_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*")


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})


def _office(label: str) -> str:
    """An office as a label writes it, as a title is written: "THE MINISTER FOR THE NAVY"
    -> "Minister for the Navy"."""
    words = label.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(
        w.lower()
        if k and w.lower() in _SMALL_WORDS
        else _label_case(w.capitalize())
        if w.isupper()
        else w
        for k, w in enumerate(words)
    )


def _label_case(word: str) -> str:
    """A label's word as a name is written: "SMITH" -> "Smith", "O'NEILL-RAY" ->
    "O'Neill-Ray", "LUNDSTRÖM" -> "Lundström"; one already in mixed case ("Ortega-Vane",
    "McKay") as it is."""
    if not word.isupper():
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


@lru_cache(maxsize=1)
def _not_speaker_labels() -> frozenset[str]:
    return frozenset(lexicon("transcripts")["not_speakers"])


_LABEL_TITLES = label_titles()


def _same_content(a: Cue, b: Cue) -> bool:
    """Two cues of one speaker report the same words: their contents overlap, and
    neither cue is inside what the other reports ("said A, adding that B" reports A,
    then B; "said A, which he said was B" reports two things) unless it only frames
    part of that content: a verb of thinking ("X said she expects ...") or a quotation
    ("X said she recalled thinking, '...'"): one claim of X's."""
    if _inside(b, a) or _inside(a, b):
        return _within(b, a) or _within(a, b)
    return a.content_start < b.content_end and b.content_start < a.content_end


def _within(cue: Cue, other: Cue) -> bool:
    """A cue that frames part of what another cue reports: inside it, with all it
    reports, and no verb of saying of its own unless it quotes."""
    if cue.speech and cue.mode != "direct_quote":
        return False
    return _inside(cue, other) and (
        # (a quotation's content may keep its closing full stop: two characters' slack)
        other.content_start <= cue.content_start and cue.content_end <= other.content_end + 2
    )


def _inside(cue: Cue, other: Cue) -> bool:
    return other.content_start <= cue.cue_start < other.content_end


def _split_contents(
    pairs: list[tuple[Cue, Speaker]], sent: Span | None = None
) -> list[tuple[Cue, Speaker]]:
    """A content that runs on into a later cue of the same sentence ends before it; not
    at a cue whose clause is the one it reports ("Brandt says Olenko promised A and said
    B": what Brandt says is all of it)."""
    out = []
    for cue, speaker in pairs:
        ends = [
            o.cue_start
            for o, _ in pairs
            if o is not cue and _inside(o, cue) and not _reports_clause(cue, o, sent)
        ]
        ends = [e for e in ends if e > cue.cue_end]
        if ends and cue.mode != "direct_quote":
            out.append((replace(cue, content_end=max(cue.content_start, min(ends) - 1)), speaker))
        else:
            out.append((cue, speaker))
    return out


def _reports_clause(outer: Cue, inner: Cue, sent: Span | None) -> bool:
    """Whether the verb of `inner` heads the clause `outer`'s verb reports (its clausal
    complement, or a verb joined to that one): "says [Olenko promised A and said B]"."""
    if sent is None:
        return False
    verbs = {t.idx: t for t in sent if t.idx in (outer.cue_start, inner.cue_start)}
    said, verb = verbs.get(outer.cue_start), verbs.get(inner.cue_start)
    if said is None or verb is None or said.pos_ != "VERB":
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.i == said.i


def _outer_body(cue: Cue, best: dict) -> list[Speaker]:
    """Who "it" is inside what another cue reports: the organisation or document that
    reports it ("the ministry said it had ... and warned"), never the last organisation
    that spoke before; inside a person's words, a thing of the content ("X defended his
    posts, saying it shows he is awake"): no speaker."""
    for outer, speaker in best.values():
        if outer.content_start <= cue.cue_start < outer.content_end:
            return [] if speaker.kind == "person" else [speaker]
    return []


def _nested(cue: Cue, cues: list[Cue]) -> bool:
    """Whether `cue` lies inside what another cue of the sentence reports; not inside
    the content of a "citing X" phrase that follows it ("the council said, citing a
    study by X, ...": the council's own cue, not part of what X vouches for)."""
    return any(
        other is not cue
        and other.content_start <= cue.cue_start < other.content_end
        and not (cue.content_start <= other.cue_start < cue.content_end)
        and not (
            other.mode == "according_to" and not other.speech and other.cue_start > cue.cue_end
        )
        for other in cues
    )


def _passage_source(
    doc: Doc, previous, sent: Span, publishers: AbstractSet[str] = frozenset()
) -> list[tuple[Cue, Speaker]]:
    """A follow-on figure in the same paragraph as a sentence citing an organisation, a
    document or a group keeps that source, with mode according_to. A body the article
    has named as a document's authors (`publishers`) speaks for its document later on
    too ("X said in a report ...", then "X found that ...")."""
    prev_sent, attributed = previous
    if not attributed:
        return []
    if "\n" in doc_text(doc)[prev_sent.end_char : sent.start_char] and not all(
        cue.mode == "according_to"
        or cue.source is not None
        and cue.source.lemma_.lower() in _documents()
        or speaker.name in publishers
        for cue, speaker in attributed
    ):
        # a document's figures run on into the next paragraph ('according to the
        # yearbook', 'the survey finds'); what a person or a body says does not
        return []
    return [
        (replace(cue, mode="according_to"), speaker)
        for cue, speaker in attributed
        if speaker.kind != "person"
        and cue.mode != "direct_quote"
        and (_cites_document(speaker, cue) or speaker.name in publishers or _owns_figures(cue))
    ]


def _poll_answers(
    attributed: list[tuple[Cue, Speaker]], tracker: SpeakerTracker
) -> list[tuple[Cue, Speaker]]:
    """A sentence whose only sources are shares of a poll's respondents ("Thirty percent
    backed it, and 20 percent said they had no view"): the poll's author, mode according_to,
    once (`SpeakerTracker.poll_answered`); [] for any other sentence."""
    answered = []
    for cue, _speaker in attributed:
        author = None
        if cue.source is not None and cue.mode != "direct_quote":
            author = tracker.poll_answered(cue.source)
        if author is None:
            return []
        answered.append((replace(cue, mode="according_to"), author))
    return _one_per_speaker(answered)


def _report_goes_on(doc: Doc, previous, sent: Span) -> list[tuple[Cue, Speaker]]:
    """Reported speech running on past its cue, as news writes it: "X said the first jobs
    would open in June. Half of them would go to welders ..." A sentence
    of the same paragraph, with no cue of its own, whose main verb is backshifted as the
    report's is ("would", after a cue in the past tense) goes on with the report's source,
    mode according_to; a sentence in the writer's own tense ends it."""
    prev_sent, attributed = previous
    if not attributed or "\n" in doc_text(doc)[prev_sent.end_char : sent.start_char]:
        return []
    if not _backshifted(sent) or any(ch in sent.text for ch in '"“”'):
        return []
    return [
        (replace(cue, mode="according_to"), speaker)
        for cue, speaker in attributed
        if cue.mode in {"indirect", "according_to"} and _past_cue(doc, cue)
    ]


def _backshifted(sent: Span) -> bool:
    """The sentence's main verb is a future seen from the past: "would" + a verb; its
    subject is no one's by name ("X's plan would also cap ...": X's, described)."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"}:
        return False
    for subject in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in subject.subtree):
            return False
    return any(c.dep_ == "aux" and c.lower_ == "would" for c in root.children)


def _past_cue(doc: Doc, cue: Cue) -> bool:
    """A cue whose verb of saying is in the past tense ("said", "told", "added"); not a
    verb of reckoning ("put the total at"), after which "would" is the writer's own."""
    span = doc.char_span(cue.cue_start, cue.cue_end, alignment_mode="expand")
    return span is not None and any(
        t.tag_ == "VBD" and t.lemma_.lower() in _saying_verbs() for t in span
    )


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    return frozenset(lexicon("reporting_verbs")["communication"])


def _publishers(attributed: list[tuple[Cue, Speaker]]) -> set[str]:
    """The bodies that a sentence names as a document's authors ("a report by X", "X said
    in its annual review"); not a statement, which is the body's own words."""
    return {
        speaker.name
        for cue, speaker in attributed
        if speaker.kind == "organization"
        and cue.mode != "direct_quote"
        and _cites_document(speaker, cue, research=True)
    }


def _results_source(previous, sent: Span) -> list[tuple[Cue, Speaker]]:
    """A company's results going on: after an organisation gave a figure of its results
    ("Revenue rose 27%, the company said"), a sentence whose subject is another of its
    results ("Operating profit climbed ...", "The backlog stood at ...") keeps it, with mode
    according_to, also in the next paragraph; not a person's figures, nor results of an
    owner named in the sentence ("Brantor's sales", "Arlen revenue")."""
    prev_sent, attributed = previous
    if not _results_subject(sent) or not _mentions_results(prev_sent):
        return []
    return [
        (replace(cue, mode="according_to"), speaker)
        for cue, speaker in attributed
        if speaker.kind == "organization" and cue.mode != "direct_quote"
    ]


def _results_subject(sent: Span) -> bool:
    nouns = _results_nouns()
    for tok in sent:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "ROOT":
            continue
        if _results_word(tok, nouns):
            owners = [c for c in tok.children if c.dep_ == "poss" or c.dep_ == "compound"]
            return not any(
                c.pos_ == "PROPN" or c.dep_ == "poss" and c.lower_ not in {"its", "their"}
                for c in owners
            )
        return False
    return False


def _mentions_results(sent: Span) -> bool:
    nouns = _results_nouns()
    return any(_results_word(tok, nouns) for tok in sent)


def _results_word(tok: Token, nouns: frozenset[str]) -> bool:
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if tok.lower_ in nouns:
        return True
    compound = next((c for c in tok.lefts if c.dep_ == "compound"), None)
    return compound is not None and f"{compound.lower_} {tok.lower_}" in nouns


@lru_cache(maxsize=1)
def _results_nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in lexicon("roles")["results_nouns"])


def _figures_source(previous) -> list[tuple[Cue, Speaker]]:
    """Who gave the figures of the sentence before (an organisation, a document or a
    group, not a person and not a quotation), with mode according_to."""
    return [
        (replace(cue, mode="according_to"), speaker)
        for cue, speaker in previous[1]
        if speaker.kind != "person" and cue.mode != "direct_quote"
    ]


def _builds_on_figures(sent: Span) -> bool:
    """A sentence that builds on the figures just given: its subject, or a phrase of its
    main clause, is 'that'/'those'/'these'/'this' + a figure noun ("On those numbers X
    outspends Y", "By that measure ...", "That total would last ...")."""
    nouns = _figure_anaphors()
    for tok in sent:
        if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in tok.children):
            continue
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT":
            return True
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ == "ROOT":
            return True
    return False


_POINTING = {"that", "those", "these", "this"}


def _under_the_plan(sent: Span) -> bool:
    """A sentence that opens with the terms of a plan its source just described: 'Under
    the deal, each member buys 40 launchers ...' ('under' + 'the'/'this' + a plan noun,
    heading the main clause)."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ != "under" or first.head.dep_ != "ROOT":
        return False
    return any(
        o.dep_ == "pobj"
        and o.lemma_.lower() in _plan_nouns()
        and any(d.dep_ == "det" and d.lower_ in {"the", "this"} for d in o.children)
        for o in first.children
    )


def _plan_goes_on(doc: Doc, previous, sent: Span) -> list[tuple[Cue, Speaker]]:
    """The sentence after the terms of a plan, in their paragraph ("Under the deal, each
    member buys 40 launchers. Two more follow in 2028 ..."): the same source."""
    prev_sent, attributed = previous
    if not attributed or not _under_the_plan(prev_sent):
        return []
    if "\n" in doc_text(doc)[prev_sent.end_char : sent.start_char]:
        return []
    return _figures_source(previous)


@lru_cache(maxsize=1)
def _plan_nouns() -> frozenset[str]:
    return frozenset(lexicon("roles")["plan_nouns"])


@lru_cache(maxsize=1)
def _figure_anaphors() -> frozenset[str]:
    return frozenset(lexicon("roles")["figure_anaphors"])


def _about_the_document(sent: Span) -> bool:
    """A sentence whose subject is a document of a passage named with "the" ("The
    yearbook counts deliveries ..."), or a part of it that sets out its figures ("The
    report's central table is reproduced below", "Its chart shows ..."), with no figure
    or cue of its own."""
    passage = roles().passage_nouns
    return any(
        tok.dep_ in {"nsubj", "nsubjpass"}
        and tok.head.dep_ == "ROOT"
        and (
            tok.lemma_.lower() in passage
            and any(c.lower_ == "the" for c in tok.lefts)
            or tok.lower_ in _display_nouns()
            and _the_documents(tok, passage)
        )
        for tok in sent
    )


def _bridges(text: str, sent: Span) -> bool:
    """A short sentence that may sit inside a document's passage without ending it: more
    of its paragraph follows it, and it names no other document, holds no quotation and
    weighs nothing against anything in the writer's voice ("Repairs are a growing drain.",
    "The rest comes from the budget."; not "The gap is smaller in the navy.")."""
    rest = text[sent.end_char :]
    if not rest.split("\n", 1)[0].strip():
        return False  # the last sentence of its paragraph
    if any(ch in sent.text for ch in '"“”'):
        return False
    if sum(1 for t in sent if t.is_alpha) > _BRIDGE_WORDS or any(
        t.tag_ in {"JJR", "JJS", "RBR", "RBS"} for t in sent
    ):
        return False
    documents = _documents() | _display_nouns()
    return not any(t.lemma_.lower() in documents or t.lower_ in documents for t in sent)


_BRIDGE_WORDS = 10
_HEADING_WORDS = 12
_LEADING_SPACE = re.compile(r"\s*")


def _section_heading(text: str, sent: Span) -> bool:
    """Whether a sentence is a heading of the article's body, which names what the
    paragraphs under it report and claims nothing itself ("2. Orders rose sharply",
    "The main figures"): a paragraph of one short line below the first, that does not end
    as a sentence does, with no figure (a table's row has its figures) and no quotation."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char - 1)
    end = len(text) if end < 0 else end
    if _LEADING_SPACE.match(text).end() >= start:
        return False  # the headline (`headline_end`)
    # a blank line above and below (read in place: this runs for every sentence)
    if (
        not text.startswith("\n\n", start - 2)
        or end < len(text)
        and not text.startswith("\n\n", end)
    ):
        return False
    line = re.sub(r"^\(?(?:\d{1,2}|[a-z])[.)]\s+", "", text[start:end].strip())
    return (
        bool(line)
        and len(line.split()) <= _HEADING_WORDS
        and not line.endswith((".", ":", "!", '"', "”", "’", "'"))
        and not re.search(r"\d|\s{2}|\t|[\"“”]", line)
        and not _LIST_MARK.match(line)
    )


def _heading_between(text: str, start: int, end: int) -> bool:
    """Whether a heading stands between two sentences: a paragraph of one short line
    that does not end as a sentence does ("The numbers in brief", "Why can factories
    not make more?"). A passage carried by context ends at it."""
    for para in re.split(r"\n\s*\n", text[start:end]):
        line = para.strip()
        if not line or "\n" in line or len(line.split()) > _HEADING_WORDS:
            continue
        if not line.endswith((".", ":", '"', "”", "’")) or line.endswith("?"):
            return True
    return False


_LIST_MARK = re.compile(r"[ \t]*(?:[•‣◦▪●○∙*\-–—]|\(?(?:\d{1,2}|[a-z])[.)])[ \t]+")
_LIST_NUMBER = re.compile(r"\(?(?:\d{1,2}|[a-z])[.)]")


def _list_item(text: str, sent: Span) -> bool:
    """The sentence opens a line of a list: after a bullet or an item's number ("• ...",
    "- ...", "2. ..."), or with the bullet as its first character."""
    line = text.rfind("\n", 0, sent.start_char) + 1
    mark = _LIST_MARK.match(text, line)
    return mark is not None and line <= sent.start_char <= mark.end()


def _list_source(
    text: str, previous, sent: Span, tracker: SpeakerTracker
) -> list[tuple[Cue, Speaker]]:
    """The source of a list's item: the list's lead-in ends in a colon and is attributed
    ("The watchdog found that ...:") or has a source as the subject of a verb of setting
    out ("The council also listed the savings:"); the items after it keep that source,
    with mode according_to, to the end of the list (the guideline's attribution carried
    by context). Nothing for the writer's own list."""
    if previous is None or not _list_item(text, sent):
        return []
    before, pairs = previous
    if _credited(previous):
        return []  # each item of a newsletter credits its own source (`trailing_credit`)
    if _list_item(text, before) and text.count("\n", before.end_char, sent.start_char) <= 2:
        pass  # an item of the same list: its source goes on
    elif not before.text.rstrip().endswith(":"):
        # "The data below are the X Institute's counts.": the list after it
        if pairs or not any(t.lower_ in _lead_in_pointers() for t in before):
            return []
        pairs = _figures_owner(before, tracker)
    elif not pairs:
        pairs = _lead_in_source(before, tracker) or _findings_owner(before, tracker)
    return [(replace(cue, mode="according_to"), speaker) for cue, speaker in pairs]


def _findings_owner(sent: Span, tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """ "Its main findings:", "The survey's key results:": a lead-in with no verb whose
    head is a document's findings or figures (lexicon `summary_nouns`, `figure_anaphors`)
    owned by a body or a document; the owner, resolved, when it is not a person."""
    if any(t.pos_ in {"VERB", "AUX"} for t in sent):
        return []
    head = sent.root
    nouns = _summary_nouns() | _figure_anaphors()
    if head.pos_ != "NOUN" or head.lower_ not in nouns and head.lemma_.lower() not in nouns:
        return []
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ == "its" and sent.start > 0:
        # "The audit, the office's second, rests on ... Its key results:": the
        # subject of the sentence before, a body or a document of one
        before = sent.doc[sent.start - 1].sent
        owner = subject_of(before.root) if before.root.pos_ in {"VERB", "AUX"} else None
        found = tracker.resolve(owner, describe=True) if owner is not None else []
    else:
        found = tracker.resolve(owner) if owner is not None else []
    if len(found) != 1 or found[0].kind not in {"organization", "outlet"}:
        return []
    cue = _found_cue(head, owner, "according_to", (sent.start_char, sent.end_char))
    return [(cue, found[0])]


def _lead_in_source(sent: Span, tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """ "The audit then set out three options:": the subject of a verb of setting
    out (lexicon `list_verbs`) at the head of a list's lead-in, when it is one source."""
    verb = sent.root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _list_verbs():
        return []
    subject = subject_of(verb)
    found = tracker.resolve(subject, describe=True) if subject is not None else []
    if len(found) != 1:
        return []
    cue = _found_cue(verb, subject, "according_to", (sent.start_char, sent.end_char))
    return [(cue, found[0])]


@lru_cache(maxsize=1)
def _list_verbs() -> frozenset[str]:
    return frozenset(lexicon("reporting_verbs")["list_verbs"])


def _table_header(before: Span, sent: Span) -> bool:
    """A line with no figure, and no verb or laid out in columns, right after a sentence on
    a document's table ("Its central table is reproduced below.") or a colon announcing
    a body's figures: the table's header. Laid out in columns, it may name years
    ("Country | 2024 | 2025")."""
    line = sent.text.strip()
    columns = _COLUMNS.search(line) is not None
    return (
        "\n" not in line
        and not any(t.like_num and not (columns and _YEAR.fullmatch(t.text)) for t in sent)
        and (columns or not any(t.pos_ in {"VERB", "AUX"} for t in sent))
        and (
            any(
                tok.dep_ in {"nsubj", "nsubjpass"}
                and tok.head.dep_ == "ROOT"
                and tok.lower_ in _display_nouns()
                and _the_documents(tok, roles().passage_nouns)
                for tok in before
            )
            or before.text.rstrip().endswith(":")
            or _CREDIT.search(before.text) is not None  # a caption crediting its source
        )
    )


# "source: X" crediting a table, or a caption's bracket naming its figures' author
_CREDIT = re.compile(r"\bsource\s*:|\(", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _table_owner(sent: Span, tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """A table announced as a named body's figures ("The centre's counts by service
    read as follows:", "The chart below gives the Tarrow Institute's numbers"):
    that body, with mode according_to. Only a sentence ending in a colon, naming a
    table, chart or list (words the prefilter keeps) or pointing at what follows
    ("The office's figures are as follows.")."""
    credited = _credited_source(sent, tracker)
    if credited:
        return credited
    if not sent.text.rstrip().endswith(":") and not any(
        t.lower_ in _display_nouns() or t.lower_ in _lead_in_pointers() for t in sent
    ):
        return []
    return _figures_owner(sent, tracker)


@lru_cache(maxsize=1)
def _lead_in_pointers() -> frozenset[str]:
    """Words of a lead-in pointing at what comes after it ("the data below")."""
    return frozenset(lexicon("roles")["lead_in_pointers"])


def _figures_owner(sent: Span, tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """The body whose figures a sentence announces ("the institute's figures", "figures
    from the institute", "estimates by X"), with mode according_to; not a person's."""
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _figure_anaphors():
            continue
        # "the institute's figures", "figures from the institute", "estimates by X"
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
            (
                o
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ in {"from", "by"}
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
        if owner is None or owner.pos_ == "PRON":
            continue
        found = tracker.resolve(owner)
        if len(found) != 1 or found[0].kind == "person":
            continue
        cue = _found_cue(tok, owner, "according_to", (sent.start_char, sent.end_char))
        return [(cue, found[0])]
    return []


def _credited_source(sent: Span, tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """A table's caption that credits its source ("Key figures (million euros; source:
    Ardenvale annual accounts)", "Source: Harlow Institute"): the body or document named
    after "source:", with mode according_to, for the rows that follow."""
    for tok in sent:
        if tok.lower_ != "source" or tok.i + 2 >= sent.end or sent.doc[tok.i + 1].text != ":":
            continue
        words = [t for t in sent.doc[tok.i + 2 : sent.end] if not t.is_space]
        end = next((k for k, t in enumerate(words) if t.text in {")", ";", "."}), len(words))
        named = words[:end]
        if not named or not named[0].text[:1].isupper():
            return []
        # the body a credited document is of ("Ardenvale annual accounts": Ardenvale), else the
        # document or the body named
        owners = [tracker.organisation_named(t.text) for t in named[:-1]]
        owners = [o for o in owners if o is not None]
        owners += [
            o[0]
            for o in (tracker.resolve(t) for t in named[:-1] if t.pos_ == "PROPN")
            if len(o) == 1 and o[0].kind == "organization"
        ]
        head = named[-1]
        found = owners[:1] or tracker.resolve(head, describe=True)
        if len(found) != 1 or found[0].kind == "person":
            return []
        cue = _found_cue(tok, head, "according_to", (sent.start_char, sent.end_char))
        return [(cue, found[0])]
    return _caption_author(sent, tracker)


def _caption_author(sent: Span, tracker: SpeakerTracker) -> list[tuple[Cue, Speaker]]:
    """A table's caption that names whose figures its rows are in brackets ("Key figures
    (Tarrow Institute estimates, May)", "Results, first half (company statement,
    unaudited)"): the body named before the figures or document noun, a name or a
    word of its kind, with mode according_to. A caption is a line with no full stop."""
    doc = sent.doc
    # the caption's own line (the parser may run it on into the table's rows)
    end = next((t.i for t in sent if t.is_space and "\n" in t.text), sent.end)
    line = doc[sent.start : end]
    if not len(line) or line.text.rstrip().endswith((".", ":", "?", "!")):
        return []
    for tok in line:
        if tok.text != "(":
            continue
        words = []
        for t in doc[tok.i + 1 : end]:
            if t.text in {")", ",", ";"}:
                break
            words.append(t)
        nouns = roles().document_nouns | _figure_anaphors()
        if len(words) < 2 or not {words[-1].lemma_.lower(), words[-1].lower_} & nouns:
            continue
        head = words[-1]
        found = [tracker.organisation_named(t.text) for t in words[:-1] if t.pos_ == "PROPN"]
        found = [f for f in found if f is not None]
        if not found:  # "company trading update": the article's company
            for t in words[:-1]:
                resolved = tracker.resolve(t) if t.pos_ in {"NOUN", "PROPN"} else []
                found += [r for r in resolved if r.kind == "organization"]
        if not found:
            return []
        cue = _found_cue(tok, head, "according_to", (sent.start_char, sent.end_char))
        return [(cue, found[0])]
    return []


def _owns_figures(cue: Cue) -> bool:
    """The cue is a body's figures themselves ("the institute's figures", "figures from
    the institute": `_table_owner`)."""
    source = cue.source
    if source is None:
        return False
    if _CREDIT.match(doc_text(source.doc), cue.cue_start):
        return True  # a caption's "source: X" (`_credited_source`)
    if source.dep_ == "poss":
        return source.head.lemma_.lower() in _figure_anaphors()
    # only the cue `_table_owner` made, on the figures noun itself
    noun = source.head.head
    return (
        source.dep_ == "pobj"
        and source.head.lower_ in {"from", "by"}
        and noun.idx == cue.cue_start
        and noun.lemma_.lower() in _figure_anaphors()
    )


def _the_documents(tok: Token, passage: set[str]) -> bool:
    """A part of a document named as the one in hand: "the table", "its table", "the
    report's table"; not "a table"."""
    for c in tok.lefts:
        if c.lower_ in {"the", "its", "this"}:
            return True
        if c.dep_ == "poss" and c.lemma_.lower() in passage:
            return any(d.lower_ in {"the", "its", "this"} for d in c.lefts)
    return False


@lru_cache(maxsize=1)
def _display_nouns() -> frozenset[str]:
    return frozenset(lexicon("roles")["display_nouns"])


def _cites_document(speaker: Speaker, cue: Cue, research: bool = False) -> bool:
    """The source was named through a report, study or survey ("a report by X",
    "according to the annual yearbook of X": the cue's own source word)."""
    words = set(re.findall(r"[a-z]+", (speaker.mention or "").lower()))
    if cue.source is not None:
        words.add(cue.source.lemma_.lower())
        # "X said in a statement", "X said in its annual report": the document it spoke in
        words.update(
            o.lemma_.lower()
            for p in cue.source.head.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children
            if o.dep_ == "pobj"
        )
    if research:  # "X's poll found": its author speaks for the poll's figures after it
        return bool(words & (_documents() - _SPOKEN | roles().poll_nouns))
    return bool(words & _documents())


_SPOKEN = {"statement"}  # a document that is only its author's words, no findings


def _documents() -> frozenset[str]:
    """Words that make a source a document, or the authors who speak for one."""
    return frozenset(roles().passage_nouns) | _document_voices()


@lru_cache(maxsize=1)
def _document_voices() -> frozenset[str]:
    return frozenset(lexicon("roles")["document_voices"])


def _enclosing_quote(sent: Span, quotes: QuoteIndex) -> tuple[int, int] | None:
    """The quotation that holds most of this sentence, if any."""
    for a, b in quotes.in_sentence(sent):
        inside = min(b, sent.end_char) - max(a, sent.start_char)
        if inside >= 0.6 * len(sent.text):
            return (a, b)
    return None


# -- two claims in one sentence --------------------------------------------------------

_CLAUSE_MARKS = {"while", "whereas"}


def _two_claims(draft: Draft, quotes: QuoteIndex, cues: list[int]) -> list[Draft]:
    """A sentence that gives two subjects their own figures in two coordinated clauses
    ("Revenue rose 19% ..., and orders reached ...", "X said output had doubled and that
    40,000 shells would go abroad", "..., while Y spent 2.7%") is two claims (guideline:
    two separate subjects with their own figures): the later clause's figures, and the
    comparison that sits there, go to a second draft of the same source. The mode of
    each follows where its figures sit: inside quotation marks, a direct quote. Not a
    clause that holds a cue of the sentence (`cues`, their offsets): another source's."""
    sent = draft.sentence
    if len(draft.quantities) < 2 or draft.inherited or len(list(sent.sents)) != 1:
        return [draft]
    clause = _second_clause(sent, draft)
    if clause is None:
        return [draft]
    lo, hi = clause
    if any(lo <= at < hi for at in cues):
        return [draft]  # 'X said A, while Y said B': the later clause is another source's
    later = [q for q in draft.quantities if lo <= q.char_start < hi]
    first = [q for q in draft.quantities if not lo <= q.char_start < hi]
    if not later or not first:
        return [draft]
    comparison = draft.comparison
    text = doc_text(sent.doc)
    in_later = (
        comparison is not None
        and comparison.cue is not None
        and comparison.cue.lower() in text[lo:hi].lower()
        and comparison.cue.lower() not in text[sent.start_char : lo].lower()
    )
    # each clause's own comparison where it makes one ("..., and its 11 carriers outnumber
    # Y's three"); else the sentence's goes to the clause that holds its cue
    doc = sent.doc
    own = draft.speaker.organization if draft.speaker is not None else None
    span_two = doc.char_span(lo, hi, alignment_mode="expand")
    end_one = _before_clause(sent, lo)
    span_one = doc.char_span(sent.start_char, end_one, alignment_mode="expand")
    one_own = _clause_comparison(span_one, first, own, sent)
    two_own = _clause_comparison(span_two, later, own, sent)
    one = replace(draft, quantities=first, comparison=one_own or (None if in_later else comparison))
    two = replace(
        draft, quantities=later, comparison=two_own or (comparison if in_later else None), part=1
    )
    if draft.cue is not None:
        regions = quotes.in_sentence(sent)
        cue = draft.cue
        cut = min(cue.content_end, end_one)
        one = replace(one, cue=_mode_by_figures(replace(cue, content_end=cut), first, regions))
        later_cue = replace(cue, content_start=lo, content_end=hi)
        two = replace(two, cue=_mode_by_figures(later_cue, later, regions))
    return [one, two]


def _clause_comparison(
    span: Span | None, figures: list[Quantity], organization: str | None, sent: Span
) -> Comparison | None:
    if span is None or len(span) == 0:
        return None
    return in_own_voice(extract_comparison(span, figures), organization, sent)


def _second_clause(sent: Span, draft: Draft) -> tuple[int, int] | None:
    """Character range of a later clause coordinated with the one before it, with a
    subject of its own ("..., and its carriers outnumber ...", "and that 40,000 would
    ...", "while Y spent ..."); outside the cue of the draft's source."""
    cue = draft.cue
    for tok in sent:
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        coordinated = tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}
        contrast = tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in tok.children
        )
        if not (coordinated or contrast):
            continue
        subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ == "PRON" or _same_subject(subject, tok.head):
            continue  # the same subject going on ('and she expects ...'): one claim
        if cue is not None and tok.idx <= cue.cue_start:
            continue  # the clause that holds the cue itself
        if coordinated and cue is not None and cue.cue_start <= tok.head.idx < cue.cue_end:
            continue  # 'X said A and added B': a second cue of its own, not a second content
        left = min(t.i for t in tok.subtree)
        right = max(t.i for t in tok.subtree) + 1
        if left <= sent.start:
            continue
        return sent.doc[left].idx, sent.doc[right - 1].idx + len(sent.doc[right - 1])
    return None


def _same_subject(subject: Token, head: Token) -> bool:
    """Whether a clause's subject is the one of the clause it is joined to (same word)."""
    first = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return first is not None and first.lemma_.lower() == subject.lemma_.lower()


def _before_clause(sent: Span, lo: int) -> int:
    """Where the words before a clause starting at `lo` end, its joining ', and' left out."""
    toks = [t for t in sent if t.idx < lo]
    while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct and toks[-1].text not in _CLOSERS):
        toks.pop()
    return toks[-1].idx + len(toks[-1]) if toks else lo


_CLOSERS = {'"', "”", "’", "'", ")"}


def _mode_by_figures(cue: Cue, figures: list[Quantity], regions: list[tuple[int, int]]) -> Cue:
    """A part of a partly quoted sentence: a direct quote when all its figures sit inside
    quotation marks, reported speech when none does."""
    if not figures or not regions or cue.mode == "according_to" or cue.naming or cue.label:
        return cue  # no quotation marks in the sentence (a transcript line): as it was
    inside = [any(a <= q.char_start and q.char_end <= b for a, b in regions) for q in figures]
    if all(inside):
        return replace(cue, mode="direct_quote")
    if not any(inside) and cue.mode == "direct_quote":
        return replace(cue, mode="indirect")
    return cue
