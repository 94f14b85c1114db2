"""Time expressions resolved against the publication date, one phrasing per row."""

from __future__ import annotations

import pytest

from pipeline.extract.claims import extract_drafts
from pipeline.normalize.dates import time_expressions
from pipeline.normalize.to_records import to_records
from pipeline.records import Article

# text before the sentence under test, so that offsets must be absolute
LEAD = "Kyiv. A short first sentence without dates. "
TAIL = " A later sentence mentions 2030 and March 4, 2019 on purpose."

# (published, sentence, [(text, value, granularity, relation, relative), ...])
ROWS = [
    # month and day without a year: the most recent one on or before publication
    (
        "2025-06-15",
        "The ministry signed the contract on November 17.",
        [("on November 17", "2024-11-17", "day", "at", True)],
    ),
    (
        "2025-12-01",
        "The ministry signed the contract on November 17.",
        [("on November 17", "2025-11-17", "day", "at", True)],
    ),
    (
        "2025-01-02",
        "The frigate was launched on December 30.",
        [("on December 30", "2024-12-30", "day", "at", True)],
    ),
    ("2025-06-15", "Talks ended 17 November.", [("17 November", "2024-11-17", "day", "at", True)]),
    ("2025-06-15", "Talks ended June 15.", [("June 15", "2025-06-15", "day", "at", True)]),
    # no tense cue at all: back by default, forward after 'by' or 'until'
    (
        "2025-06-15",
        "Shelling near Kharkiv on June 20.",
        [("on June 20", "2024-06-20", "day", "at", True)],
    ),
    (
        "2025-06-15",
        "Bids for the frigate order by June 20, talks until Friday.",
        [
            ("by June 20", "2025-06-20", "day", "by", True),
            ("until Friday", "2025-06-20", "day", "until", True),
        ],
    ),
    # a future cue, or 'by', turns it forward
    (
        "2025-06-15",
        "The ministry will sign the contract on November 17.",
        [("on November 17", "2025-11-17", "day", "at", True)],
    ),
    (
        "2025-12-20",
        "The first battery is scheduled to arrive on January 8.",
        [("on January 8", "2026-01-08", "day", "at", True)],
    ),
    (
        "2025-06-15",
        "Deliveries must finish by March 1.",
        [("by March 1", "2026-03-01", "day", "by", True)],
    ),
    (
        "2025-06-15",
        "By March 1, the plant had doubled output.",
        [("By March 1", "2025-03-01", "day", "by", True)],
    ),
    (
        "2025-01-10",
        "It signed the deal on February 29.",
        [("on February 29", "2024-02-29", "day", "at", True)],
    ),
    # full dates resolve without help
    (
        "2025-06-15",
        "The deal was signed on November 17, 2025, officials said.",
        [("on November 17, 2025", "2025-11-17", "day", "at", False)],
    ),
    (
        "2025-06-15",
        "It was delivered on 3 March 2024 and accepted on Nov. 9th, 2024.",
        [
            ("on 3 March 2024", "2024-03-03", "day", "at", False),
            ("on Nov. 9th, 2024", "2024-11-09", "day", "at", False),
        ],
    ),
    # relative years, months, quarters and days
    (
        "2025-06-15",
        "Spending rose last year and will rise next year, while this year it is flat.",
        [
            ("last year", "2024", "year", "at", True),
            ("next year", "2026", "year", "at", True),
            ("this year", "2025", "year", "at", True),
        ],
    ),
    (
        "2025-01-10",
        "Output fell last month, recovered this month and will grow next month.",
        [
            ("last month", "2024-12", "month", "at", True),
            ("this month", "2025-01", "month", "at", True),
            ("next month", "2025-02", "month", "at", True),
        ],
    ),
    (
        "2024-12-05",
        "Orders will resume next month.",
        [("next month", "2025-01", "month", "at", True)],
    ),
    (
        "2025-01-10",
        "Exports grew last quarter and will grow next quarter.",
        [
            ("last quarter", "2024-Q4", "quarter", "at", True),
            ("next quarter", "2025-Q2", "quarter", "at", True),
        ],
    ),
    (
        "2025-03-01",
        "Officials said yesterday that the convoy arrives tomorrow, and confirmed it today.",
        [
            ("yesterday", "2025-02-28", "day", "at", True),
            ("tomorrow", "2025-03-02", "day", "at", True),
            ("today", "2025-03-01", "day", "at", True),
        ],
    ),
    (
        "2025-06-15",
        "Earlier this year, the army said the work would end later this year.",
        [
            ("Earlier this year", "2025", "year", "at", True),
            ("later this year", "2025", "year", "at", True),
        ],
    ),
    (
        "2025-06-15",
        "The plant must be finished by the end of the year.",
        [("by the end of the year", "2025", "year", "by", True)],
    ),
    (
        "2025-06-15",
        "The plant opened three years ago and was extended two months ago.",
        [
            ("three years ago", "2022", "year", "at", True),
            ("two months ago", "2025-04", "month", "at", True),
        ],
    ),
    # weekdays: 2025-06-15 is a Sunday, 2025-01-10 a Friday
    ("2025-06-15", "He spoke on Tuesday.", [("on Tuesday", "2025-06-10", "day", "at", True)]),
    (
        "2025-01-10",
        "The minister said on Friday.",
        [("on Friday", "2025-01-10", "day", "at", True)],
    ),
    (
        "2025-06-15",
        "Ministers will meet on Tuesday.",
        [("on Tuesday", "2025-06-17", "day", "at", True)],
    ),
    (
        "2025-01-10",
        "They met last Friday and meet again next Friday.",
        [
            ("last Friday", "2025-01-03", "day", "at", True),
            ("next Friday", "2025-01-17", "day", "at", True),
        ],
    ),
    # months without a day
    (
        "2025-06-15",
        "The plant opened in March and production began in March 2024.",
        [
            ("in March", "2025-03", "month", "at", True),
            ("in March 2024", "2024-03", "month", "at", False),
        ],
    ),
    ("2025-02-10", "The plant opened in March.", [("in March", "2024-03", "month", "at", True)]),
    (
        "2025-02-10",
        "The plant will open in March.",
        [("in March", "2025-03", "month", "at", True)],
    ),
    (
        "2025-06-15",
        "Firing slowed in early March and stopped in mid-May.",
        [
            ("in early March", "2025-03", "month", "at", True),
            ("in mid-May", "2025-05", "month", "at", True),
        ],
    ),
    (
        "2025-06-15",
        "Shelling has continued since last October.",
        [("since last October", "2024-10", "month", "since", True)],
    ),
    # years and relations
    ("2025-06-15", "Output tripled in 2024.", [("in 2024", "2024", "year", "at", False)]),
    (
        "2025-06-15",
        "Spending has doubled since 2022, will grow by 2027 and stay high until 2030.",
        [
            ("since 2022", "2022", "year", "since", False),
            ("by 2027", "2027", "year", "by", False),
            ("until 2030", "2030", "year", "until", False),
        ],
    ),
    (
        "2025-06-15",
        "The line opens by the end of 2027 and reaches full rate in mid-2028.",
        [
            ("by the end of 2027", "2027", "year", "by", False),
            ("in mid-2028", "2028", "year", "at", False),
        ],
    ),
    (
        "2025-06-15",
        "From 2022 to 2025 output doubled.",
        [
            ("From 2022", "2022", "year", "since", False),
            ("to 2025", "2025", "year", "until", False),
        ],
    ),
    (
        "2025-06-15",
        "Between March and May the army hired 900 people.",
        [
            ("Between March", "2025-03", "month", "since", True),
            ("and May", "2025-05", "month", "until", True),
        ],
    ),
    (
        "2025-03-04",
        "So by December next year we expect to be filling shells.",
        [("by December next year", "2026-12", "month", "by", True)],
    ),
    (
        "2025-03-04",
        "The contract was signed on November 17 last year.",
        [("on November 17 last year", "2024-11-17", "day", "at", True)],
    ),
    (
        "2025-02-10",
        "The new pay rate will apply from April.",
        [("from April", "2025-04", "month", "since", True)],
    ),
    (
        "2025-02-10",
        "Since April the unit will have trained 400 recruits.",
        [("Since April", "2024-04", "month", "since", True)],
    ),
    (
        "2025-06-15",
        "Orders were placed in 2022 and 2023.",
        [("in 2022", "2022", "year", "at", False), ("2023", "2023", "year", "at", False)],
    ),
    # quarters
    (
        "2025-06-15",
        "Sales rose in the first quarter, in Q3 2025 and in the third quarter of last year.",
        [
            ("in the first quarter", "2025-Q1", "quarter", "at", True),
            ("in Q3 2025", "2025-Q3", "quarter", "at", False),
            ("in the third quarter of last year", "2024-Q3", "quarter", "at", True),
        ],
    ),
    (
        "2025-02-01",
        "Sales fell in the third quarter.",
        [("in the third quarter", "2024-Q3", "quarter", "at", True)],
    ),
    (
        "2025-06-15",
        "The final quarter of 2024 was weak.",
        [("The final quarter of 2024", "2024-Q4", "quarter", "at", False)],
    ),
    # a year after a comma that counts a noun is no year; the day stays
    (
        "2025-06-15",
        "On March 3, 2000 soldiers arrived.",
        [("On March 3", "2025-03-03", "day", "at", True)],
    ),
]

NO_PUBLISHED = [
    (
        "He spoke on Tuesday after talks last year.",
        [("on Tuesday", None, "day", "at", True), ("last year", None, "year", "at", True)],
    ),
    (
        "Orders rose in the first quarter and three years ago.",
        [
            ("in the first quarter", None, "quarter", "at", True),
            ("three years ago", None, "year", "at", True),
        ],
    ),
    ("The plant opened in March.", [("in March", None, "month", "at", True)]),
    (
        "It was built in 2024 and opened on March 3, 2025.",
        [
            ("in 2024", "2024", "year", "at", False),
            ("on March 3, 2025", "2025-03-03", "day", "at", False),
        ],
    ),
    ("Spending will grow by 2027.", [("by 2027", "2027", "year", "by", False)]),
    ("It opened in Q3 2025.", [("in Q3 2025", "2025-Q3", "quarter", "at", False)]),
]

NOT_DATES = [
    "The contract runs for three months.",
    "Output doubled over the past five years.",
    "Over the past year the army grew.",
    "In the last year the army grew, and it will grow over the next year.",
    "The factory will be built within two years.",
    "The first tanks arrive in three months.",
    "Russia fired 2,024 shells in one day.",
    "The F-35 carries 2,000 pounds of bombs.",
    "Kyiv received 2,000 drones.",
    "The 45-year-old pilot has flown for 20 years.",
    "The army ran 2000 tests.",
    "In 2000 tests the missile hit its target.",
    "Output rose by 2000.",
    "Deliveries fell last week.",
    "The 2020s and the 1990s were different.",
    "Orders stood at 1850 a year.",
    "The brigade fielded the Leopard 2 and the K9.",
    "Talks were led by May Smith.",
    "Jan Kowalski said the plan may change and troops march north.",
]


def _embedded(sentence: str) -> tuple[str, int, int]:
    text = LEAD + sentence + TAIL
    return text, len(LEAD), len(LEAD) + len(sentence)


def _check(published, sentence, expected):
    text, start, end = _embedded(sentence)
    found = time_expressions(text, start, end, published)
    got = [(e.text, e.value, e.granularity, e.relation, e.relative) for e in found]
    assert got == [tuple(row) for row in expected]
    at = start
    for expr in found:
        assert text[expr.char_start : expr.char_end] == expr.text
        assert start <= expr.char_start < expr.char_end <= end
        assert expr.char_start == text.index(expr.text, at)
        at = expr.char_end


@pytest.mark.parametrize(("published", "sentence", "expected"), ROWS)
def test_resolved_against_publication(published, sentence, expected):
    _check(published, sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), NO_PUBLISHED)
def test_without_publication_date(sentence, expected):
    _check(None, sentence, expected)


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence):
    _check("2025-06-15", sentence, [])


def test_only_the_given_span_is_read():
    text = "Output fell in 2023. It rose in 2024. It will rise in 2025."
    middle = text.index("It rose")
    found = time_expressions(text, middle, middle + len("It rose in 2024."), "2025-06-15")
    assert [(e.text, e.char_start) for e in found] == [("in 2024", text.index("in 2024"))]


@pytest.mark.parametrize("published", ["sometime in 2025", "2025-13-01", "0001-01-01"])
def test_unusable_publication_date_resolves_nothing_relative(published):
    text = "Output fell last month but rose in 2024."
    found = time_expressions(text, 0, len(text), published)
    assert [(e.text, e.value) for e in found] == [("last month", None), ("in 2024", "2024")]


ARTICLE = (
    "Factory output news\n\n"
    "The defence ministry said on Tuesday that shell output rose to 40,000 rounds last month. "
    "Deputy minister Ilse Varga said the plant will deliver 120 howitzers by 2027. "
    "The army bought 300 trucks in 2024."
)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (
            "2025-02-14",
            [
                [("on Tuesday", "2025-02-11"), ("last month", "2025-01")],
                [("by 2027", "2027")],
                [("in 2024", "2024")],
            ],
        ),
        (
            None,
            [
                [("on Tuesday", None), ("last month", None)],
                [("by 2027", "2027")],
                [("in 2024", "2024")],
            ],
        ),
    ],
)
def test_records_carry_times(nlp, published, expected):
    article = Article(article_id="a_dates", source="dates.txt", text=ARTICLE, published=published)
    records = to_records(article, extract_drafts(nlp(article.text)))
    by_sentence = {}
    for record in records:
        by_sentence.setdefault(record.char_start, record)
        for expr in record.times:
            assert ARTICLE[expr.char_start : expr.char_end] == expr.text
            assert record.char_start <= expr.char_start < expr.char_end <= record.char_end
    times = [[(e.text, e.value) for e in r.times] for _, r in sorted(by_sentence.items())]
    assert times == expected
