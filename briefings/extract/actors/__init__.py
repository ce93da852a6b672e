"""Key actors: people (with titles and nationality), organizations and
places, one actor per entity with its aliases and every mention.

The CRF tagger finds names; rules around it add what it cannot see: title
chains and the person they introduce, organizations named by a head noun
(وزارة، قيادة، خلية …), places from the gazetteer, and alias merging.

One module a job: `article` runs the passes over an article's sentences;
`people`, `names`, `titles`, `apposition` and `chains` find people and
their titles; `organizations`, `bodies` and `outlets` bodies; `places`,
`cued` and `sites` places; `cuts` ends spans, `resolve` keeps one reading
a token and `merge` makes one actor an entity. `words`, `openings`,
`times` and `span` are what they share.
"""

from __future__ import annotations

from briefings.extract.actors.article import extract_actors, ner_tags
from briefings.extract.actors.bodies import _kind_of_body
from briefings.extract.actors.openings import (
    _HEADS_ORG,
    _OPENS_OFFICE,
    _OPENS_PLACE,
    _PLACE_CUE,
    _ROYAL,
    _ROYAL_WORD,
    _heads_org,
    _opening,
    _opens_office,
    _place_cue,
    _place_opening,
)
from briefings.extract.actors.people import _join_people
from briefings.extract.actors.resolve import _resolve
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import COMMON_AFTER_OFFICE, _display, _peel_key, _split, person_words

# the public names, and the private ones the tests read (tests/test_lookups.py,
# test_lang.py, test_actors*.py) as they did when this was one module
__all__ = [
    "COMMON_AFTER_OFFICE", "extract_actors", "ner_tags", "person_words",
    "_HEADS_ORG", "_OPENS_OFFICE", "_OPENS_PLACE", "_PLACE_CUE", "_ROYAL", "_ROYAL_WORD", "_Raw", "_display",
    "_heads_org", "_join_people", "_kind_of_body", "_opening", "_opens_office", "_peel_key", "_place_cue",
    "_place_opening", "_resolve", "_split",
]
