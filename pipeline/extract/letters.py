"""The signer of a letter the article prints whole: an open letter, a chief executive's
letter to shareholders, a letter to the editor.

A letter opens on a salutation line ("Dear shareholders,") and ends on its signature: a
line that is a person's name alone, perhaps with the signer's title on the line under it
("Ana Velde" / "Managing Director"). The letter's own sentences, between the
two, are the signer's words (guideline: the issuer's own voice where no one else is
quoted), with mode according_to; a sentence with a source of its own keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.speakers import SpeakerTracker
from pipeline.extract.speaking.titles import roles
from pipeline.nlp.model import doc_text
from pipeline.records.models import Speaker

# "Dear shareholders,", "Dear Minister Adler:": a line of its own
_SALUTATION = re.compile(r"(?m)^[ \t]*Dear [^\n]{1,60}?[,:]?[ \t]*$")
# a line that is a name alone: two to four capitalised words, no closing stop
_NAME_LINE = re.compile(r"[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*")
_TITLE_LINE = re.compile(r"[ \t]*([A-Z][^\n.!?]{1,79}?)[ \t]*")
_LONGEST = 20_000  # characters between a salutation and its signature, at most


@dataclass(frozen=True)
class Letter:
    """A signed letter inside an article: where its words are and who signed it."""

    start: int  # after the salutation line
    end: int  # where the signature line starts
    signer: Speaker
    at: int  # where the signer's name stands


def signed_letter(tracker: SpeakerTracker) -> Letter | None:
    """The letter the article prints: the first salutation line and the first line after
    it that is the name of a person the article knows, alone; the signer has the title
    the line under the name gives, and that title's organisation when the article names
    none for them. None for an article with no salutation or no signature: a column or a
    letter to the editor that opens straight on its text is the article's own voice
    (guideline: `null` when the article itself asserts it), as a signed column is."""
    text = doc_text(tracker.doc)
    opening = _SALUTATION.search(text)
    if opening is None:
        return None
    pos = text.find("\n", opening.end())
    while 0 <= pos < min(len(text), opening.end() + _LONGEST):
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = _NAME_LINE.fullmatch(text, start, end)
        person = tracker.person_named(line.group(1)) if line is not None else None
        if person is not None:
            signer = _signer(tracker, person, text, end)
            return Letter(opening.end(), start, signer, line.start(1))
        pos = end if end < len(text) else -1
    return None


def _signer(tracker: SpeakerTracker, found: Speaker, text: str, name_end: int) -> Speaker:
    """The signer as the tracker knows them, with the title the line under the name
    gives where the article gives none; a body named after the title and a comma
    ("Chairman, X Marine Engineering") is the signer's organisation."""
    title = _title_under(text, name_end)
    if title is None or found.role:
        return found
    role, _, rest = title.partition(", ")
    body = _body_named(tracker, rest) if rest else None
    if body is None:
        role = title
    org = found.organization or body or tracker.title_org(role, name_end)
    return found.model_copy(update={"role": role, "organization": org})


def _body_named(tracker: SpeakerTracker, name: str) -> str | None:
    """The organisation a name is, as the article names it: a known entity, a short name
    the article gave, or a name tagged as an organisation outside quotation marks."""
    known = tracker.index.canonical(name)
    if known is not None:
        return known.name
    short = tracker.organisation_named(name)
    if short is not None:
        return short.name
    tagged = any(
        e.label_ == "ORG"
        and e.text == name
        and not any(a <= e.start_char < b for a, b in tracker.quotes)
        for e in tracker.doc.ents
    )
    return name if tagged else None


def _title_under(text: str, name_end: int) -> str | None:
    """The title on the line right under a signature's name ("Chief Executive Officer")."""
    start = name_end + 1
    if start >= len(text):
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = _TITLE_LINE.fullmatch(text, start, end)
    if line is None or roles().title_re.match(line.group(1)) is None:
        return None
    return line.group(1)
