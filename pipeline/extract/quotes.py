"""Quotations: the character ranges of an article that are someone else's words.

`quote_regions` pairs quotation marks within each paragraph: curly quotes and
guillemets by their shape, straight double quotes in order, and the doubled
apostrophe (''...'') some wires and archives write for a double quote. A
quotation left open at the end of a paragraph runs to its end; the next paragraph
continues it unless it opens a transcript line ("SMITH: ...", `speaker_label`) or
opens with a mark of the other family (a curly quotation inside an excerpt in
straight quotes is a quotation of its own). `nested_regions` finds the quotations
in the other family inside one quotation of a paragraph, which the pairing folds
into the outer one.

Single quotation marks (' and ‘ ’, the British style) are quotation marks only in an
article whose quotations are mostly written with them (`single_style`): there they pair
as double marks do, told apart from apostrophes by the characters around them
(`_single_marks`: "don't", "Russia's", "the '90s", "rock 'n' roll", "O'Neill"; a
plural possessive "Ukrainians' " closes a quotation only when no later mark can). In
an article that writes its quotations in double marks, single ones stay words inside
them and nothing else, as before.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.resources import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span

_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“"}


# a double mark: two apostrophes written as one mark, or one of the double marks
_DOUBLE = re.compile("''|[\"“”«»„]")


def _marks(para: str) -> list[tuple[int, int, str]]:
    """(start, end, mark) of every quotation mark of one paragraph, in order."""
    return [(m.start(), m.end(), m.group()) for m in _DOUBLE.finditer(para)]


_SINGLE = re.compile("['‘’]")
# what follows an apostrophe that stands for left-out letters: "the '90s", "rock 'n' roll",
# "'em", "'til"
_ELIDED = re.compile(r"(?:\d+s?|n['’]|em|til|tis|twas|cause|bout)(?!\w)", re.IGNORECASE)
_OPEN_AFTER = '([{—–-/"“«'  # a single mark right after these (or a space) can open
_CLOSE_BEFORE = ',.;:!?)]}—–-"”»…'  # a single mark right before these (or a space) can close

# roles of a single mark
_OPEN, _CLOSE, _WEAK = 1, 2, 3  # _WEAK: "soldiers' pay", a plural possessive or a closer


def _single_marks(para: str) -> list[tuple[int, int, str, int]]:
    """(start, end, mark, role) of the single quotation marks of one paragraph that can
    open (_OPEN) or close (_CLOSE, _WEAK) a quotation; apostrophes left out."""
    out: list[tuple[int, int, str, int]] = []
    n = len(para)
    for m in _SINGLE.finditer(para):
        i = m.start()
        ch = para[i]
        prev = para[i - 1] if i else " "
        nxt = para[i + 1] if i + 1 < n else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # don't, Russia's, O'Neill
        if ch != "’" and (prev.isspace() or prev in _OPEN_AFTER) and not nxt.isspace():
            if nxt == "'" or _ELIDED.match(para, i + 1):
                continue  # '' is a double mark; the '90s, 'n'
            out.append((i, i + 1, ch, _OPEN))
        elif ch != "‘" and not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_BEFORE):
            if i >= 2 and para[i - 2 : i] in {" n", "‘n", "'n"} and prev == "n":
                continue  # rock 'n' roll
            weak = prev in "sS" and nxt.isspace() and para[i + 1 :].lstrip()[:1].isalnum()
            out.append((i, i + 1, ch, _WEAK if weak else _CLOSE))
    return out


def _single_pairs(para: str) -> list[tuple[int, int]]:
    """Quotations in single marks of one paragraph (in-paragraph offsets, a quotation left
    open running to the paragraph's end)."""
    marks = _single_marks(para)
    found: list[tuple[int, int]] = []
    open_at: int | None = None
    for k, (start, end, _mark, role) in enumerate(marks):
        if open_at is None:
            if role == _OPEN:
                open_at = start
        elif role == _CLOSE or role == _WEAK and not _closes_later(marks, k):
            found.append((open_at, end))
            open_at = None
    if open_at is not None and len(para) - open_at > 1:
        found.append((open_at, len(para.rstrip())))
    return found


def _closes_later(marks: list[tuple[int, int, str, int]], k: int) -> bool:
    """Whether a mark after the k-th can close the quotation before another one opens: the
    k-th ("soldiers' ") is then an apostrophe."""
    for _start, _end, _mark, role in marks[k + 1 :]:
        if role == _OPEN:
            return False
        if role == _CLOSE:
            return True
    return False


def _mixed_closer(para: str, start: int, end: int, mark: str, closer: str) -> bool:
    """Whether a mark closes a quotation opened in the other style of double marks, as
    copied text mixes them ('“We will not," she said', '"We will not,” she said'): a
    curly closing mark always; a straight one placed as a closer, right after a word or
    a stop (not a digit) and before a space, a stop or the paragraph's end."""
    if {mark, closer} != {'"', "”"}:
        return False
    if mark == "”":
        return True
    after = para[end : end + 1]
    before = para[start - 1] if start > 0 else " "
    # (not after a digit: 'the 5" gun' is a measure in inches)
    return not before.isspace() and not before.isdigit() and (not after or not after.isalnum())


def _nested_open(inner: list[str], mark: str) -> bool:
    """Whether a mark of the other style closes a quotation nested in the open one, not
    the open one ('"... the question: “Do you ...?” Forty, yes."'): a curly closer after
    a curly opener inside, a straight mark after an odd number of them inside."""
    if mark == "”":
        return inner.count("“") > inner.count("”")
    return inner.count('"') % 2 == 1


def _double_pairs(para: str) -> list[tuple[int, int]]:
    """Quotations in double marks of one paragraph (in-paragraph offsets)."""
    found: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = ""
    inner: list[str] = []  # the marks inside the open quotation
    for start, end, mark in _marks(para):
        if open_at is None:
            if mark in _QUOTE_PAIRS:
                open_at, closer = start, _QUOTE_PAIRS[mark]
            elif mark in {'"', "''"}:
                open_at, closer = start, mark
            inner = []
        elif mark == closer or (
            _mixed_closer(para, start, end, mark, closer) and not _nested_open(inner, mark)
        ):
            found.append((open_at, end))
            open_at = None
        else:
            inner.append(mark)
    if open_at is not None and len(para) - open_at > 1:
        found.append((open_at, len(para.rstrip())))
    return found


@lru_cache(maxsize=8)
def single_style(text: str) -> bool:
    """Whether an article writes its quotations in single marks: more of its quotations in
    single marks stand outside any in double marks than the other way round (a quoted
    word in single marks inside a double-quoted one, '"He called it 'a farce'"', is the
    American style; a double-quoted phrase inside a single-quoted one the British)."""
    if "'" not in text and "‘" not in text:
        return False
    paras = text.split("\n")
    singles = [_single_pairs(p) if "'" in p or "‘" in p else [] for p in paras]
    if not any(singles):
        return False
    n_single = n_double = 0
    for para, s in zip(paras, singles, strict=True):
        d = _double_pairs(para) if any(ch in para for ch in _DOUBLE_CHARS) else []
        n_single += sum(not any(x <= a and b <= y for x, y in d) for a, b in s)
        n_double += sum(not any(x <= a and b <= y for x, y in s) for a, b in d)
    return n_single > n_double


_DOUBLE_CHARS = ('"', "“", "”", "«", "»", "„", "''")


def _single_style_regions(text: str) -> list[tuple[int, int]]:
    """`quote_regions` of an article in single marks: a quotation opens with a single or a
    double mark and runs to its own closer, the other kind of marks inside it words of it
    ('The sign said "closed",' she said)."""
    regions: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        singles = _single_marks(para)
        marks = sorted(
            [(st, en, mk, role) for st, en, mk, role in singles]
            + [(st, en, mk, 0) for st, en, mk in _marks(para)]
        )
        open_at: int | None = None
        closer = ""  # the double closer, or "" for a quotation in single marks
        for start, end, mark, role in marks:
            if open_at is None:
                if role == _OPEN:
                    open_at, closer = start, ""
                elif role == 0 and mark in _QUOTE_PAIRS:
                    open_at, closer = start, _QUOTE_PAIRS[mark]
                elif role == 0 and mark in {'"', "''"}:
                    open_at, closer = start, mark
            elif closer:
                if role == 0 and mark == closer:
                    regions.append((pos + open_at, pos + end))
                    open_at = None
            elif (
                role == _CLOSE
                or role == _WEAK
                and not _closes_later(singles, singles.index((start, end, mark, role)))
            ):
                regions.append((pos + open_at, pos + end))
                open_at = None
        if open_at is not None and len(para) - open_at > 1:
            regions.append((pos + open_at, pos + len(para.rstrip())))
        pos += len(para) + 1
    return regions


# a signature after a quotation, on its line: a dash, then a name of one to five words
_SIGNATURE = re.compile(
    # on the quotation's line, or on a line of its own under a quotation that ends its
    # paragraph, as live blogs and pull quotes sign them; the name may carry a post
    # ("— Anna Vass, the port's director")
    r"[ \t\u00a0]*(?:\n[ \t\u00a0]*){0,2}([―—–])[ \t\u00a0]*"
    r"([A-Z][\w.'’-]*(?:[ \u00a0]+[A-Z][\w.'’-]*){0,4})"
    r"(?:,[ \u00a0][^\n\"“”]{1,120})?[ \t\u00a0.,]*(?:\n|$)"
)


def signature_after(text: str, offset: int) -> re.Match | None:
    """The signature right after a quotation's closing mark at `offset`, on its line
    ('"..." — Ana Vass'): group 1 the dash, group 2 the name."""
    return _SIGNATURE.match(text, offset)


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of quotations (marks included), paired within each paragraph."""
    if single_style(text):
        return _single_style_regions(text)
    regions: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        found = _double_pairs(para)
        if "'" in para or "‘" in para:
            found = sorted(found + _spoken_in_single(para, found))
        regions += [(pos + a, pos + b) for a, b in found]
        pos += len(para) + 1
    return regions


# a sentence's start before a quotation: the paragraph's start, or an end of sentence
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+)$")
# a quotation in single marks that closes on a comma before its cue ('..., she said')
_BEFORE_CUE = re.compile(r",['’] +\S")


def single_speech_possible(text: str) -> bool:
    """Whether an article in double marks may hold speech in single ones (`_spoken_in_single`
    finds none without a quotation closing on a comma before more words)."""
    return _BEFORE_CUE.search(text) is not None


def _spoken_in_single(para: str, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations in single marks of a paragraph of an article that writes its quotations
    in double marks: only speech set off as British style sets it off, a quotation that
    opens a sentence and closes on a comma before the words that give its speaker ("‘...
    has doubled,’ she said."), and the quotations after it that open a sentence of the
    same paragraph ("... she said. ‘We will strike.’"). A quoted word or title stays a word."""
    found: list[tuple[int, int]] = []
    for a, b in _single_pairs(para):
        if any(x <= a and b <= y for x, y in doubles) or not _SENTENCE_BEFORE.search(para[:a]):
            continue
        if found or _BEFORE_CUE.match(para, b - 2) and len(para[a:b].split()) >= 3:
            found.append((a, b))
    return found


def nested_regions(text: str) -> list[tuple[int, int]]:
    """Quotations inside a quotation of the other family of marks, within one paragraph
    (an excerpt in straight quotes quoting someone in curly ones: '"... “It will
    close,” she said ..."'), which `quote_regions` folds into the outer one."""
    inner: list[tuple[int, int]] = []
    if single_style(text):
        return inner  # double marks inside single ones are words of the quotation
    pos = 0
    for para in text.split("\n"):
        outer: str | None = None  # the open outer quotation's closer
        open_at: int | None = None
        closer = ""
        for start, end, mark in _marks(para):
            if outer is None:
                if mark in _QUOTE_PAIRS:
                    outer = _QUOTE_PAIRS[mark]
                elif mark in {'"', "''"}:
                    outer = mark
                continue
            if open_at is not None:
                if mark == closer:
                    inner.append((pos + open_at, pos + end))
                    open_at = None
                continue
            if mark == outer:
                outer = None
            elif _straight(outer) and mark in _QUOTE_PAIRS:
                open_at, closer = start, _QUOTE_PAIRS[mark]
            elif not _straight(outer) and mark in {'"', "''"}:
                open_at, closer = start, mark
        pos += len(para) + 1
    return inner


_CLOSERS = {"”", "»", '"', "'"}
_SINGLE_CLOSERS = _CLOSERS | {"’"}


def _closed(text: str, region: tuple[int, int]) -> bool:
    """Whether a quotation closed in its paragraph (it ends on a closing mark)."""
    closers = _SINGLE_CLOSERS if text[region[0]] == "‘" or single_style(text) else _CLOSERS
    return text[region[1] - 1] in closers


def _straight(mark: str) -> bool:
    """Whether a quotation mark is a typewriter one (" or ''), not a typographic one."""
    return mark[:1] in {'"', "'"}


# a transcript line's label: a name in capitals and a colon, after an opening quote mark
# (a label may name the speaker's party or body in brackets: "BRAR (NDP): ..."; group
# "party"; a record of proceedings adds a seat and an office, or names the holder of the
# office). A recording's transcript may open the label with the time it is spoken at
# ("[00:12:05] SMITH: ...") and give the speaker's part after a comma ("SMITH, HOST:";
# group "office", up to six words: "AYERS, COMMANDER OF AIR MOBILITY COMMAND:"; a place
# may follow it), and may set the label on a line of its own,
# the words on the next.
_AFFILIATION = r"(?:[ \t]*\((?P<party>[A-Z][^()\d\n]{0,99})\))?"
_STAMP = r"(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]+)?"
# (any script's letters: "LUNDSTRÖM", "D'AURIGNAC"; `speaker_label` keeps those in capitals)
_LETTER = r"[^\W\d_]"
_LABEL_CHAR = rf"(?:{_LETTER}|['’\-])"
_OFFICE = (
    rf"(?:[ \t]*,[ \t]*(?P<office>{_LETTER}+(?:[ \t-]{_LETTER}+){{0,5}})"
    # and where or for whom: ", HOST, LIMA:", ", ANALYST, X CAPITAL:" (group "where")
    rf"(?:[ \t]*,[ \t]*(?P<where>{_LETTER}+(?:[ \t-]{_LETTER}+){{0,2}}))?)?"
)
# the words after the colon: on its line, or on the next line (a label set on its own)
_AFTER_COLON = r"[ \t]*:(?:[ \t]+|[ \t]*\n[ \t]*)(?=\S)"
_LABEL = re.compile(
    rf"[\"“]?[ \t]*{_STAMP}((?:{_LETTER}{_LABEL_CHAR}*\.?[ \t]+){{0,3}}{_LETTER}{_LABEL_CHAR}+)"
    + _OFFICE
    + _AFFILIATION
    + _AFTER_COLON
)


# an interview's label written as a name ("Berger: ...", "Anna Berger: ..."): a
# transcript label only where the same label opens two or more paragraphs
# (any script's letters: "Sørby: ..."; `_name_form` keeps names in title case)
_NAME_LABEL = re.compile(
    rf"[\"“]?[ \t]*{_STAMP}"
    rf"((?:{_LETTER}{_LABEL_CHAR}*\.?[ \t]+){{0,2}}{_LETTER}{_LETTER}{_LABEL_CHAR}*)"
    + _OFFICE
    + _AFFILIATION
    + _AFTER_COLON
)


def label_party(found: re.Match | None) -> str | None:
    """The party or body a speaker label names in brackets ("BRAR (NDP):" -> "NDP")."""
    return None if found is None else found.groupdict().get("party")


def label_office(found: re.Match | None) -> str | None:
    """The part a speaker label gives its speaker after a comma ("SMITH, HOST:" ->
    "HOST")."""
    return None if found is None else found.groupdict().get("office")


def label_where(found: re.Match | None) -> str | None:
    """What a speaker label gives after its speaker's part: a place or the body the
    speaker is from ("SMITH, HOST, LIMA:" -> "LIMA"; "X, ANALYST, Y CAPITAL:" -> "Y
    CAPITAL")."""
    return None if found is None else found.groupdict().get("where")


def _name_form(found: re.Match | None) -> re.Match | None:
    """A name label's match when its words are written as a name: each opens with a
    capital, and the last has a small letter second ("Berger", "Sørby", "Anna Berger")."""
    if found is None:
        return None
    words = found.group(1).split()
    if not all(w[0].isupper() for w in words) or not words[-1][1].islower():
        return None
    return found


def speaker_label(text: str, start: int, end: int | None = None) -> re.Match | None:
    """The speaker label of a transcript line starting at `start` ("SMITH: ...",
    "\"MR. SMITH: ...", or "Berger: ..." when that label opens several paragraphs):
    group 1 is the label, group 2 a party or body it names in brackets ("BRAR (NDP):");
    None when there is none."""
    stop = len(text) if end is None else end
    found = _LABEL.match(text, start, stop)
    if found is not None and not found.group(1).isupper():
        found = None  # "Berger:", "Anna Berger:": a name label, below
    if found is None:
        found = _name_form(_NAME_LABEL.match(text, start, stop))
        if found is not None and found.group(1) not in _name_labels(text):
            return None
    if found is None or sum(ch.isalpha() for ch in found.group(1)) < 2:
        return None
    if "\n" in found.group(0) and not _own_line_label(text, found):
        return None
    if found.group(1) in interviewer_labels(text):
        return None  # the publication asking its questions ("PDQ: ..."), like "Q:"
    return found


# the small words an organisation's initials leave out ("Institute of X", "X and Y")
_UNINITIALLED = r"(?:(?:of|and|for|the|on|in|&)[ \t]+)*"
_ASKING_SHARE = 0.5  # of a label's lines that put a question, at least


@lru_cache(maxsize=8)
def interviewer_labels(text: str) -> frozenset[str]:
    """Labels of an interview's questions written as the asking publication's initials
    ("PDQ: ..." where the introduction names "Polar Defence Quarterly"): a label in
    capitals whose letters are the initials of capitalised words the article writes
    (small words between them left out), and at least half of whose lines ask a
    question. Its lines are the interviewer's, as "Q:" lines are."""
    lines: dict[str, list[str]] = {}
    for start in _paragraph_starts(text):
        found = _LABEL.match(text, start)
        if found is None or "\n" in found.group(0):
            continue
        label = found.group(1)
        if not (label.isalpha() and label.isupper() and 2 <= len(label) <= 6):
            continue
        end = text.find("\n", start)
        lines.setdefault(label, []).append(text[found.end() : end if end >= 0 else len(text)])
    asking = set()
    for label, said in lines.items():
        if sum("?" in line for line in said) < _ASKING_SHARE * len(said):
            continue
        words = rf"[ \t]+{_UNINITIALLED}".join(rf"{ch}[a-z]+" for ch in label)
        if re.search(rf"\b{words}\b", text):
            asking.add(label)
    return frozenset(asking)


@lru_cache(maxsize=8)
def asking_labels(text: str) -> frozenset[str]:
    """The transcript labels of an article (`transcript_labels`) that put questions: at
    least half of the lines each opens hold a "?"."""
    lines: dict[str, list[str]] = {}
    for start in _paragraph_starts(text):
        found = speaker_label(text, start)
        if found is not None:
            end = text.find("\n", found.end())
            lines.setdefault(found.group(1), []).append(
                text[found.end() : end if end >= 0 else len(text)]
            )
    return frozenset(
        label
        for label, said in lines.items()
        if sum("?" in line for line in said) >= _ASKING_SHARE * len(said)
    )


@lru_cache(maxsize=8)
def publication_asks(text: str) -> bool:
    """Whether an article prints an interview by its own publication, the questions
    under no one's name: "Q:" lines naming no asker in brackets (a briefing's "Q (Radio
    X):" comes from many outlets), questions under the publication's initials
    (`interviewer_labels`), or questions set as paragraphs of their own
    (`answer_paragraphs`)."""
    asked = [m for m in _QUESTION_LABEL.finditer(text) if _line_opening(text, m.start())]
    if any(m.group("asker") or _ASKING.match(text, m.start()) for m in asked):
        return False  # (or "Question: To ask the Minister ...": a member's written question)
    return bool(asked) or bool(interviewer_labels(text) or answer_paragraphs(text))


def _line_opening(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] == "\n"


def _own_line_label(text: str, found: re.Match) -> bool:
    """Whether a label set on a line of its own ("SMITH:" and the words on the next line)
    is a speaker's, not a heading's ("KEY POINTS:"): it gives the time the words are
    spoken at or the speaker's part ("[00:12:05] SMITH, HOST:"), or the same label
    opens two or more lines of the article."""
    stamped = any(ch.isdigit() for ch in text[found.start() : found.start(1)])
    return stamped or bool(label_office(found)) or _line_labels(text)[found.group(1)] >= 2


@lru_cache(maxsize=8)
def _line_labels(text: str) -> Counter[str]:
    """How often each label set on a line of its own opens a line of `text`."""
    found = (
        _LABEL.match(text, k) or _name_form(_NAME_LABEL.match(text, k))
        for k in _paragraph_starts(text)
    )
    return Counter(m.group(1) for m in found if m is not None and "\n" in m.group(0))


@lru_cache(maxsize=8)
def _name_labels(text: str) -> frozenset[str]:
    """Labels written as names that open two or more paragraphs of `text`, or one
    paragraph right after a question line ("Q: General, how ...?" and then "Brandt:
    ..."): a press conference's answerers may each speak once. So may the members of a
    record of proceedings, each labelled with a title ("Ms Kask:"), where two such
    labels open lines."""
    starts = _paragraph_starts(text)
    found = [(k, _name_form(_NAME_LABEL.match(text, at))) for k, at in enumerate(starts)]
    counts = Counter(m.group(1) for _, m in found if m is not None)
    answering = {
        m.group(1)
        for k, m in found
        if m is not None and k > 0 and _QUESTION_LABEL.match(text, starts[k - 1])
    }
    # "Ms Kask:" among "Mr Rask:" lines: a record of proceedings names each
    # member with a title, however often the member speaks
    titled = {label for label in counts if label.split()[0].lower().rstrip(".") in label_titles()}
    if len(titled) >= 2:
        answering |= titled
    return frozenset(label for label, n in counts.items() if n >= 2 or label in answering)


@lru_cache(maxsize=1)
def label_titles() -> frozenset[str]:
    """Titles a transcript label may write before a surname ("mr", "sen"), lower case."""
    return frozenset(lexicon("transcripts")["label_titles"])


@lru_cache(maxsize=8)
def transcript_labels(text: str) -> Counter[str]:
    """How often each speaker label opens a paragraph of an article ("SMITH: ...");
    read once per article (do not change the Counter returned)."""
    found = (speaker_label(text, k) for k in _paragraph_starts(text))
    return Counter(m.group(1) for m in found if m is not None)


@lru_cache(maxsize=8)
def label_brackets(text: str) -> dict[str, str]:
    """Each speaker label of an article with what its first bracketed line put in
    brackets ("THE CHAIR" -> "Mr X Y"; "SMITH" -> "NDP"); read once per article (do not
    change the dict returned)."""
    found: dict[str, str] = {}
    for start in _paragraph_starts(text):
        label = speaker_label(text, start)
        if label_party(label):
            found.setdefault(label.group(1), label_party(label))
    return found


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


_PARAGRAPH = re.compile(r"\n+")

# an interview's answer line ("A: ...", "Answer: ..." in a written parliamentary answer),
# in an article that also has question lines
_ANSWER = re.compile(r"[\"“]?[ \t]*(A|Answer|ANSWER)[ \t]*:[ \t]+(?=\S)")
# (a briefing's question may name its asker's outlet in brackets: "Q (Radio X): ...")
_ASKER = r"(?:[ \t]*\((?P<asker>[^()\n]{1,80})\))?"
_QUESTION = rf"[\"“]?[ \t]*(?:Q|Question|QUESTION){_ASKER}[ \t]*:[ \t]+"
_QUESTION_LINE = re.compile(rf"(?m)^{_QUESTION}\S")
_QUESTION_LABEL = re.compile(_QUESTION)
# a written question's own form ("Question: To ask the Minister ...")
_ASKING = re.compile(rf"{_QUESTION}To ask\b")

ANSWER_LABEL = "A"


_ASKED_WORDS = 40  # words of an interviewer's question written as a paragraph, at most


@lru_cache(maxsize=8)
def answer_paragraphs(text: str) -> frozenset[int]:
    """Where the answers of an interview written without labels start: in an article
    with two or more questions set as paragraphs of their own (one line, ending in "?"
    or opening with a question label "Q:"), the paragraph right after each question,
    unless it opens with a quotation mark. An article with one question asks it in
    passing, and one with "A:" lines has its labels: no such answers there."""
    starts = _paragraph_starts(text)
    lines = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        lines.append((start, text[start:end].strip()))
    asked = [
        bool(line)
        and "\n" not in line
        and len(line.split()) <= _ASKED_WORDS
        and (
            # a line its label declares a question, though it ends in a statement ("Q:
            # Is that all? Your rivals say ..."), or a question set as a paragraph
            _asked_at(text, start, start + len(line))
            or (line.endswith("?") and line[0] not in "\"“‘'" and _LABEL.match(line) is None)
        )
        for start, line in lines
    ]
    if sum(asked) < 2 or _ANSWER_LINE.search(text):
        return frozenset()  # (an interview with "A:" lines has its labels)
    found: set[int] = set()
    after_question = False
    for (start, line), question in zip(lines, asked, strict=True):
        if question:
            after_question = True
        elif after_question and line:
            if line[0] not in "\"“‘'":
                found.add(start)  # the answer: the paragraph right after the question
            after_question = False
    return frozenset(found)


_ANSWER_LINE = re.compile(r"(?m)^[\"“]?[ \t]*(?:A|Answer|ANSWER)[ \t]*:")


def labelled(text: str, line_start: int) -> bool:
    """Whether the paragraph starting at `line_start` opens with a transcript's speaker
    label or an interview's question or answer label."""
    return (
        speaker_label(text, line_start) is not None
        or _ANSWER.match(text, line_start) is not None
        or _asked_at(text, line_start, line_start + 40)
    )


def _asked_at(text: str, line_start: int, end: int) -> bool:
    """Whether the line at `line_start` opens with a question's label: "Q:", "Question:"
    or the asking publication's initials (`interviewer_labels`)."""
    if re.match(_QUESTION, text[line_start:end]) is not None:
        return True
    found = _LABEL.match(text, line_start, end)
    return found is not None and found.group(1) in interviewer_labels(text)


def question_asker(text: str, line_start: int) -> re.Match | None:
    """The question line at `line_start` when its label names the asker in brackets ("Q
    (Ann Vos, Radio X): ..."): group "asker" the bracket's words, the match's end where
    the asker's words begin. Their statements are the asker's, not the interviewee's."""
    found = _QUESTION_LABEL.match(text, line_start)
    return found if found is not None and found.group("asker") else None


def in_question_line(text: str, sent: Span) -> bool:
    """Whether a sentence lies in an interviewer's question line ("Q: ...", "Question:
    ..."): the interviewer's words, not the interviewee's."""
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return _asked_at(text, line_start, sent.end_char)


def asks(text: str, sent: Span) -> bool:
    """Whether a sentence lies in a written question's line ("Question: To ask the
    Minister how many ..."): a question put, not a claim, though it has no '?'."""
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    return _ASKING.match(text, line_start) is not None


def opens_turn(text: str, sent: Span) -> re.Match | None:
    """The speaker label of the transcript line a sentence (a spaCy Span) opens: its
    paragraph starts with a label, in the sentence or split off just before it, or a
    paragraph inside it does (the sentencizer may glue 'Transcript:' to the next line). In a
    question-and-answer interview (lines "Q: ..." and "A: ..."), an answer line's
    label is `ANSWER_LABEL`."""
    starts = [text.rfind("\n", 0, sent.start_char) + 1]
    if starts[0] > 1 and text[starts[0] - 2] == ":":
        # a label on a line of its own, the sentence opening the line after it
        starts.insert(0, text.rfind("\n", 0, starts[0] - 1) + 1)
    # a paragraph the sentencizer glued to the line before ('Transcript:' + 'SMITH: ...')
    k = text.find("\n", sent.start_char, sent.end_char - 1)
    while k >= 0:
        starts.append(k + 1)
        k = text.find("\n", k + 1, sent.end_char - 1)
    for line_start in starts:
        # an answer line before any name label: "Answer:" opening several paragraphs is
        # the answerer's, not a speaker called Answer
        found = _ANSWER.match(text, line_start, sent.end_char)
        if found is not None and not _QUESTION_LINE.search(text):
            found = None
        if found is None:
            found = speaker_label(text, line_start, sent.end_char)
        if found is not None and found.end() >= sent.start_char:
            return found
    return None


def continued_quotations(
    text: str, regions: list[tuple[int, int]]
) -> dict[tuple[int, int], tuple[int, int]]:
    """Quotations that run over several paragraphs: a paragraph that ends inside an open
    quotation and a next paragraph that opens one are the same quotation. Maps each
    continuing region to the region where its quotation began."""
    head: dict[tuple[int, int], tuple[int, int]] = {}
    for first, second in zip(regions, regions[1:], strict=False):
        if _closed(text, first):
            continue  # closed where it began
        gap = text[first[1] : second[0]]
        if gap.strip() or "\n" not in gap or speaker_label(text, second[0]) is not None:
            continue  # a transcript line opens a new speaker's turn
        if _straight(text[first[0]]) != _straight(text[second[0]]):
            # an excerpt in straight quotes whose paragraph opens with a curly one (or the
            # reverse): a quotation inside the excerpt, with its own cue, not the
            # excerpt's next paragraph
            continue
        head[second] = head.get(first, first)
    return head


def excerpts(
    text: str,
    regions: list[tuple[int, int]],
    head: dict[tuple[int, int], tuple[int, int]] | None = None,
) -> set[tuple[int, int]]:
    """Regions of a quoted excerpt that carries quotations of its own: a quotation left
    open at its paragraph's end, followed in the next paragraph by a quotation in the
    other family of marks (an excerpt in straight quotes, the people in it quoted in
    curly ones). The excerpt is narration from another writer: the people it names are
    who its inner quotations' pronouns refer to. Every paragraph of the excerpt counts.
    `head`: `continued_quotations(text, regions)` when the caller has it already."""
    head = continued_quotations(text, regions) if head is None else head
    found: set[tuple[int, int]] = set()
    for first, second in zip(regions, regions[1:], strict=False):
        if _closed(text, first):
            continue
        gap = text[first[1] : second[0]]
        if (
            not gap.strip()
            and "\n" in gap
            and _straight(text[first[0]]) != _straight(text[second[0]])
        ):
            found.add(head.get(first, first))
    return {r for r in regions if head.get(r, r) in found}
