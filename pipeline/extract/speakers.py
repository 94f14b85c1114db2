"""Speakers: who is talking, resolved to a canonical name with role and organisation.

`SpeakerTracker` reads a whole parsed article once. It finds the people named in
it (repairing the small model's mistakes: a title glued to a name, a known
surname tagged ORG, an outlet tagged PERSON), gives each a role and an
organisation from titles before the name ("NATO Secretary General Mark Rutte")
or an apposition after it ("Sergei Chemezov, the corporation's General
Director"), and then resolves a source phrase ("he", "Chemezov", "U.S.
officials", "the ministry", "the analyst") to `Speaker` records.

This module is the public face; the work is done in `pipeline.extract.speaking`, one
job a module: `names` (people's names, given names, family-name-first order, the short
forms an article defines), `titles` (the roles lexicon and the title patterns), `words`
(word sets they share), and the parts of `SpeakerTracker` by job: `people` (finding the
people and their mentions), `person_roles` (a person's role), `affiliations` (a person's
organisation), `organisations` (bodies and ministries that speak), `groups` (groups,
bodies and documents by pronoun or noun), `descriptions` (unnamed sources described)
and `tracker` (the class itself, which resolves a source phrase).
"""

from pipeline.extract.speaking.names import (
    Mention,
    Person,
    acronyms,
    family_name_first,
    given_names,
    unbracketed_short_forms,
)
from pipeline.extract.speaking.titles import roles
from pipeline.extract.speaking.tracker import SpeakerTracker

__all__ = [
    "Mention",
    "Person",
    "SpeakerTracker",
    "acronyms",
    "family_name_first",
    "given_names",
    "roles",
    "unbracketed_short_forms",
]
