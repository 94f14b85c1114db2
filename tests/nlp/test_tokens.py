"""`tokens_with_text` finds exactly the tokens a per-token scan finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.lang.en import English

from pipeline.nlp.model import tokens_with_text

_BLANK = English()
WORDS = ["Anna", "Ivanova", "said", "the", "ministry", "Kim", "Seo-yeon", "-", ",", "é", "12", "\n"]


def _scan(doc, words) -> list[int]:
    return [t.i for t in doc if t.text in words]


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("Anna said the ministry would pay.", frozenset({"Anna"}), [0]),
        ("Anna met Anna.", {"Anna": 1}.keys(), [0, 2]),
        ("anna met ANNA.", frozenset({"Anna"}), []),  # exact text only
        ("Kim Seo-yeon spoke.", frozenset({"Kim", "Seo"}), [0, 1]),
        ("", frozenset({"Anna"}), []),
        ("Anna spoke.", frozenset(), []),
        ("Anna spoke.", set(), []),
    ],
)
def test_table(text, words, expected):
    doc = _BLANK(text)
    assert tokens_with_text(doc, words) == expected == _scan(doc, words)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS + ["Bob", "x"]), max_size=40),
    st.sets(st.sampled_from(WORDS + ["absent"]), max_size=8),
    st.booleans(),
)
def test_same_as_a_per_token_scan(tokens, words, frozen):
    doc = _BLANK(" ".join(tokens))
    chosen = frozenset(words) if frozen else dict.fromkeys(words).keys()
    assert tokens_with_text(doc, chosen) == _scan(doc, chosen)
