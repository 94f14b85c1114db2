"""Comparison forms of issue 11, one row per form, in sentences of our own writing.

As in test_comparisons.py, context sentences may come first and the comparison is read from
the last sentence; quantities are built by hand. A row whose expected value is None asserts
that the sentence compares nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.test_comparisons import last_sentence_comparison

OBJECT_ROWS = [
    # growth measured on a named baseline: the object is that period
    pytest.param(
        "Arms imports by Gulf states rose 27% compared with 2014-18, the institute said.",
        [("27%", 27, "percent")],
        {"object": "2014-18", "direction": "more"},
        id="growth-compared-with-period",
    ),
    # ... also when no capacity word stands on the subject: the figure and the baseline compare
    pytest.param(
        "Norway's army reported a busy spring. Applications for officer training rose 18% "
        "compared with 2023.",
        [("18%", 18, "percent")],
        {"subject": "Norwegian applications for officer training", "object": "2023"},
        id="growth-compared-with-subject-takes-its-party",
    ),
    pytest.param(
        "Brekke Marine reported quarterly revenue of NOK 2.1bn, up 16% compared with the same "
        "quarter last year.",
        [("NOK 2.1bn", 2.1e9, "NOK"), ("16%", 16, "percent")],
        {"object": "same quarter last year", "direction": "more"},
        id="trailing-change-compared-with",
    ),
    pytest.param(
        "The yard's order backlog rose to €4.2bn at the end of June from €3.1bn a year earlier.",
        [("€4.2bn", 4.2e9, "EUR"), ("€3.1bn", 3.1e9, "EUR")],
        {"object": "a year earlier", "direction": "more"},
        id="growth-from-figure-a-year-earlier",
    ),
    pytest.param(
        "The survey puts Finland's share of Nordic shell output at 38%, up from 22% four years "
        "earlier.",
        [("38%", 38, "percent"), ("22%", 22, "percent")],
        {"object": "four years earlier", "direction": "more"},
        id="trailing-change-from-figure-years-earlier",
    ),
    pytest.param(
        "Iranian plants now assemble about 900 drones a month, up from 150 three years ago.",
        [("900", 900, "drone", {"per": "P1M"}), ("150", 150, "drone")],
        {"object": "three years ago", "direction": "more"},
        id="trailing-change-from-figure-years-ago",
    ),
    pytest.param(
        "Serbia's stock of towed howitzers has shrunk by about half since 2019.",
        [("half", 50, "percent")],
        {"object": "2019", "direction": "less"},
        id="growth-since-on-the-figure",
    ),
    # 'since' that dates an apposition is no baseline
    pytest.param(
        "Exports of armoured vehicles by Balkan firms fell by 14%, the steepest decline since "
        "the late 1990s.",
        [("14%", 14, "percent")],
        {"object": None, "direction": "less"},
        id="since-of-an-apposition-is-no-object",
    ),
    # descriptive objects keep their head and their party
    pytest.param(
        "Chinese shipbuilding capacity is 200 times larger than U.S. shipbuilding capacity.",
        [("200 times", 200, "times")],
        {
            "subject": "Chinese shipbuilding capacity",
            "object": "U.S. shipbuilding capacity",
            "ratio": 200,
        },
        id="descriptive-object-demonym-or-name",
    ),
    pytest.param(
        "Danish frigates carry fewer missiles than the Norwegian Navy's new frigates.",
        [],
        {"object": "Norwegian Navy's new frigates", "direction": "less"},
        id="descriptive-object-possessive",
    ),
    # a multiplier of a measure: the other side is whose measure it is
    pytest.param(
        "Chinese yards launched 21 million tons last year. That is 230 times the output of "
        "American yards.",
        [("230 times", 230, "times")],
        {"object": "American yards", "ratio": 230, "direction": "more"},
        id="multiple-of-a-measure-of",
    ),
    pytest.param(
        "Each new battery has three times the firepower of a Cold War battery.",
        [("three times", 3, "times")],
        {"object": "Cold War battery", "direction": "more"},
        id="multiple-of-firepower-of-an-earlier-unit",
    ),
    # 'than at any other N': every other one of the kind
    pytest.param(
        "Analysts said the order backlog of Brekke Marine is larger than at any other listed "
        "Nordic shipbuilder.",
        [],
        {"object": "other listed Nordic shipbuilders", "direction": "more"},
        id="than-at-any-other",
    ),
    # a change noun as subject stands for the changed thing, of the kind it is set over
    pytest.param(
        "Denmark's cabinet approved the 2027 draft on Friday. The minister said the increase of "
        "7% over this year's budget would go to air defence.",
        [("7%", 7, "percent")],
        {"subject": "Danish budget", "object": "year's budget", "direction": "more"},
        id="change-noun-subject-is-the-budget",
    ),
    # 'that of X' is X's
    pytest.param(
        "Figures released at the hearing showed Russian output was three times higher than that "
        "of Germany.",
        [("three times", 3, "times")],
        {"subject": "Russian output", "object": "Germany", "ratio": 3},
        id="than-that-of",
    ),
    # the subject itself at an earlier time: the object is that time
    pytest.param(
        "Brekke Marine's output is now twice what it was in 2021.",
        [("twice", 2, "times")],
        {"object": "2021", "direction": "more"},
        id="multiple-of-what-it-was-in",
    ),
    pytest.param(
        "The Varna yard built 12 patrol boats in 2024. That is four times the number it delivered "
        "in 2020.",
        [("four times", 4, "times")],
        {"subject": "Varna yard", "object": "2020", "ratio": 4},
        id="that-is-the-previous-subject-and-its-earlier-time",
    ),
    # a party after a closing quotation is the speaker's side, not the compared one
    pytest.param(
        '"We lag behind," the Slovak minister said.',
        [],
        {"object": None, "direction": "less"},
        id="no-object-after-a-closing-quotation",
    ),
    pytest.param(
        'The analyst said Canada is in a "laggard position" against Australia in submarine '
        "building.",
        [],
        {"subject": "Canada", "object": "Australia", "direction": "less"},
        id="quoted-phrase-keeps-its-object",
    ),
    # 'than in' an earlier period
    pytest.param(
        "The senator said the navy had spent $2bn on torpedoes since 2020, more than in the "
        "previous decade combined.",
        [("$2bn", 2e9, "USD")],
        {"object": "previous decade", "direction": "more"},
        id="than-in-an-earlier-period",
    ),
    # 'what it does today' is the subject now: no other side is named
    pytest.param(
        "The director says the Ruse plant will build 90 vehicles a year by 2028, twice what it "
        "builds today.",
        [("90", 90, "vehicle", {"per": "P1Y"}), ("twice", 2, "times")],
        {"object": None, "ratio": 2},
        id="multiple-of-what-it-does-today",
    ),
    # 'either of them': the ones named before
    pytest.param(
        '"We trail Finland and Sweden on artillery," she said. "But by 2028 we will have more '
        'guns per soldier than either of them."',
        [],
        {"object": "Finland and Sweden", "direction": "more"},
        id="either-of-them-is-the-pair-named-before",
    ),
    # a name the parties do not know is its own, not its modifier's party
    pytest.param(
        "Marvona's output is still less than that of its Italian rival Castellan.",
        [],
        {"object": "Castellan", "direction": "less"},
        id="unknown-name-after-a-demonym",
    ),
    # the period of a rate on the other side is no time it is set at
    pytest.param(
        "Danish yards now deliver twice as many patrol boats in six months as they did in a year "
        "before 2020.",
        [("twice", 2, "times"), ("six months", 6, "month"), ("a year", 1, "year")],
        {"object": "2020", "direction": "more"},
        id="rate-period-then-the-earlier-time",
    ),
    pytest.param(
        "Profits at the shipyard rose 5% from a year earlier.",
        [("5%", 5, "percent")],
        {"object": "a year earlier", "direction": "more"},
        id="growth-from-a-year-earlier",
    ),
    pytest.param(
        "Czech shell output is now three times what it was before the war.",
        [("three times", 3, "times")],
        {"object": "before the war", "ratio": 3},
        id="multiple-of-itself-before-an-event",
    ),
    # with no time given, the earlier figure itself is the object
    pytest.param(
        "The yard's order backlog grew to $4bn from $3.1bn, the firm said.",
        [("$4bn", 4e9, "USD"), ("$3.1bn", 3.1e9, "USD")],
        {"object": "$3.1bn", "direction": "more"},
        id="growth-from-an-earlier-figure",
    ),
    pytest.param(
        "Croatia's army now fields 140 tanks, up from 95.",
        [("140", 140, "tank"), ("95", 95, None)],
        {"object": "95", "direction": "more"},
        id="trailing-change-from-an-earlier-figure",
    ),
    # a change to a share of the baseline: the baseline is the object
    pytest.param(
        "Serbian tank output has shrunk to a fraction of its former level.",
        [],
        {"object": "its former level", "direction": "less"},
        id="growth-to-a-fraction-of",
    ),
    # a possessive on a time is no party's thing
    pytest.param(
        "Spain's defence exports were larger than Italy's last year.",
        [],
        {"object": "Italy", "direction": "more"},
        id="possessive-time-is-the-party",
    ),
]


@pytest.mark.parametrize("text, quantities, expected", OBJECT_ROWS)
def test_object_rows(nlp, text, quantities, expected):
    check(last_sentence_comparison(nlp, text, quantities), expected)


def check(got, expected):
    if expected is None:
        assert got is None, got
        return
    assert got is not None
    for field, value in expected.items():
        assert getattr(got, field) == value, (field, got)


FORM_ROWS = [
    # 'never' with a degree: more than ever before
    pytest.param(
        "The army is buying artillery on a scale never seen before.",
        [],
        {"subject": "army", "direction": "more", "object": None},
        id="never-scale-seen-before",
    ),
    pytest.param(
        "Vestfold Arms said the yard has never had this much work.",
        [],
        # (the yard is the company named before: "yard" is a company's descriptor)
        {"subject": "Vestfold Arms", "direction": "more"},
        id="never-this-much",
    ),
    pytest.param(
        "Demand for air defence interceptors has never been higher.",
        [],
        {"subject": "Demand for air defence interceptors", "direction": "more"},
        id="never-comparative-without-than",
    ),
    pytest.param(
        "Stocks of anti-tank mines have never been lower.",
        [],
        {"direction": "less"},
        id="never-comparative-less",
    ),
    pytest.param("He has never been better, his doctor said.", [], None, id="never-no-topic"),
    pytest.param(
        "Germany has never sent troops to the region.", [], None, id="never-without-degree"
    ),
    pytest.param("I have never seen such a thing.", [], None, id="never-such-no-amount"),
    # a target not reached: less than the target
    pytest.param(
        "Norway set a goal of 2% of GDP for its armed forces. The goal has not been reached in "
        "full.",
        [],
        {"subject": "Norway", "object": "goal", "direction": "less"},
        id="target-not-reached-passive",
    ),
    pytest.param(
        "Greece missed its 2% target in 2023.",
        [("2%", 2, "percent")],
        {"subject": "Greece", "direction": "less"},
        id="target-missed",
    ),
    pytest.param(
        "Portugal has not met its recruitment target this year.",
        [],
        {"subject": "Portugal", "direction": "less"},
        id="target-not-met-active",
    ),
    pytest.param(
        "Belgium again failed to meet NATO's 2% guideline last year.",
        [("2%", 2, "percent")],
        {"subject": "Belgium", "direction": "less"},
        id="target-failed-to-meet",
    ),
    pytest.param(
        "Poland will never reach Germany's level of spending.",
        [],
        {"subject": "Poland", "object": "Germany's level of spending", "direction": "less"},
        id="level-never-reached",
    ),
    pytest.param("Italy met its 2% target in 2023.", [("2%", 2, "percent")], None, id="target-met"),
    pytest.param("He has not met the minister since March.", [], None, id="meet-a-person"),
    pytest.param("The convoy has not reached the town yet.", [], None, id="reach-no-target"),
    # 'no N that does that many': the Ns do less
    pytest.param(
        'Ukraine loses 4,000 drones a week. "There is no factory in Poland that builds that many '
        'in a month."',
        [],
        {"subject": "factories in Poland", "direction": "less"},
        id="no-noun-that-many",
    ),
    pytest.param(
        "There is no factory in Europe that builds tanks.", [], None, id="no-noun-without-degree"
    ),
    pytest.param(
        "No soldier who served there wants to go back.", [], None, id="no-noun-plain-clause"
    ),
    # a superlative restating the figure of the clause before it ranks that figure
    pytest.param(
        "The ministry said its air defences had destroyed 57 Iranian drones overnight, the "
        "largest number it has reported this year.",
        [("57", 57, "drone")],
        {"subject": "drones destroyed", "direction": "more", "object": None},
        id="superlative-restating-the-figure",
    ),
    pytest.param(
        "The ministry said the largest number of visitors came on Sunday.",
        [],
        None,
        id="superlative-of-a-number-without-a-figure-before",
    ),
    # a change by a share of itself ('lost three quarters of them'); a transcript's speaker
    # label is no subject
    pytest.param(
        "HALVORSEN: The Royal Artillery fielded 22 regiments in 1990 and fields five today, so "
        "it has lost more than three quarters of them.",
        [
            ("22", 22, "regiment"),
            ("five", 5, "regiment"),
            ("three quarters", 75, "percent"),
        ],
        {"subject": "Royal Artillery", "direction": "less"},
        id="lost-a-share-of-itself-after-a-speaker-label",
    ),
    pytest.param(
        "The club lost three quarters of its matches.",
        [("three quarters", 75, "percent")],
        None,
        id="lost-a-share-without-a-capacity-word",
    ),
    # a bare capacity subject takes the party of the text, even with a word tagged a proper
    # noun that names no one ('air force')
    pytest.param(
        "General Ilie Marin, chief of the Romanian General Staff, spoke on Monday. He said air "
        "force fighters had flown 900 missions last year, twice as many as in 2023.",
        [("900", 900, "mission"), ("twice", 2, "times")],
        {"subject": "Romanian air force fighters", "object": "2023", "direction": "more"},
        id="bare-capacity-subject-takes-the-party",
    ),
    # a comparison verb parsed as a noun's modifier: the noun is the subject
    pytest.param(
        "Greek defence spending lagged behind the 2% mark for a decade, the report said.",
        [("2%", 2, "percent")],
        {"subject": "Greek defence spending", "direction": "less"},
        id="lag-behind-parsed-as-modifier",
    ),
]


@pytest.mark.parametrize("text, quantities, expected", FORM_ROWS)
def test_form_rows(nlp, text, quantities, expected):
    check(last_sentence_comparison(nlp, text, quantities), expected)
