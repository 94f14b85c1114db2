"""A minister whose title names a portfolio speaks for that ministry where the article
names it as his own state's, and for his state where it names only another state's; a
capitalised body whose head is a word of titles ("the General Staff") is no person to be
introduced later. The texts are written for these tests."""

from __future__ import annotations

from tests.extract.test_briefings_and_letters import _records, _speaker_of

_RADARS = (
    "Norway doubles its order for coastal radars\n"
    "\n"
    "BODO, May 14 (Harbourlight Wire) - Norway will buy 24 coastal radars within four "
    "years, twice the number it planned in 2023, Defence Minister Liv Oterdal said on "
    "Tuesday.\n"
    "\n"
    "She briefed journalists in the Ministry of Defence press hall once the cabinet had "
    "approved 310 million kroner for the programme.\n"
    "\n"
    '"Our coast is long and our navy is small, so we need eyes before we need ships," '
    "Oterdal said.\n"
    "\n"
    "The Swedish Ministry of Defence, across the border, announced in April that six "
    "radars of its own are to follow.\n"
)


def test_a_portfolio_minister_speaks_for_the_ministry_the_article_names():
    """ "Defence Minister X said ... She briefed journalists in the Ministry of Defence press hall":
    the ministry named after the title is hers, qualified by her state, not by the
    neighbour whose ministry the article also names."""
    lead = _speaker_of(_RADARS, "BODO, May 14")
    quote = _speaker_of(_RADARS, '"Our coast is long')
    assert lead == ("Liv Oterdal", "Defence Minister", "Norwegian Ministry of Defence", "indirect")
    assert quote is not None and quote[2] == "Norwegian Ministry of Defence"


def test_another_states_ministry_is_not_the_ministers():
    """Where the only ministry of that portfolio named is another state's, the minister
    speaks for her state."""
    text = _RADARS.replace(
        "She briefed journalists in the Ministry of Defence press hall once the cabinet had "
        "approved 310 million kroner for the programme.\n\n",
        "",
    )
    lead = _speaker_of(text, "BODO, May 14")
    assert lead is not None
    assert lead[:3] == ("Liv Oterdal", "Defence Minister", "Norway")
    sweden = _speaker_of(text, "The Swedish Ministry of Defence")
    assert sweden is not None and sweden[0] == "Swedish Ministry of Defence"


_SERGEANTS = (
    "Brenmark army short of sergeants as reservists stay home\n"
    "\n"
    "TALVIK, Feb 3 - The Brenmark army is struggling to fill its junior ranks, with one in "
    "four sergeant posts now vacant.\n"
    "\n"
    "The General Staff's figures, shown to members of parliament behind closed doors, "
    "put the share of empty sergeant posts at 24 percent in December, up from 15 percent "
    "two years earlier.\n"
    "\n"
    "Colonel Arvo Teller, who commands the army's training directorate, said the shortfall "
    'would take "at least three years" to close.\n'
)


def test_the_general_staff_is_no_general_introduced_later():
    """ "The General Staff's figures" are the staff's, not those of the colonel the
    next sentence introduces, and he does not become a "General" by them."""
    records = _records(_SERGEANTS)
    figures = [r for r in records if r.sentence.startswith("The General Staff's figures")]
    assert figures and figures[0].speaker is not None
    assert figures[0].speaker.name != "Arvo Teller"
    assert "General Staff" in figures[0].speaker.mention
    teller = [r for r in records if r.speaker is not None and r.speaker.name == "Arvo Teller"]
    assert teller and all(r.speaker.role != "General" for r in teller)
