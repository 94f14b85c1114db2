"""Word sets the speaker modules share: pronouns, stop words and the like."""

from __future__ import annotations

_PRONOUNS = {
    "he": "he",
    "him": "he",
    "his": "he",
    "she": "she",
    "her": "she",
    "hers": "she",
}
_ORG_PRONOUNS = {"it", "its"}
_RELATIVE = {"who", "which", "that", "whom"}
# endings of a nationality adjective ("Lusterian", "Polish", "Maltese", "Iraqi")
DEMONYM_ENDINGS = ("ian", "an", "ish", "ese", "i")
# words that say how many of a group spoke, not which group: "several analysts"
QUANTIFIERS = frozenset({"several", "some", "many", "few", "various", "numerous", "multiple"})

# a state's bodies named by a word after its adjective or name ("the Ombrian parliament")
STATE_BODY_NOUNS = frozenset({"parliament", "senate", "legislature"})
