"""The actors of an article: the tagger's spans and every rule pass, sentence
by sentence, resolved, then merged into one actor per entity."""

from __future__ import annotations

from operator import attrgetter

from briefings.extract.actors.bodies import _listed_bodies
from briefings.extract.actors.cued import _cued_places, _listed_places, _quoted_places
from briefings.extract.actors.cuts import (
    _cut_at_person,
    _cut_at_rank,
    _cut_blessings,
    _cut_objects,
    _cut_place_nisbas,
    _cut_presidency,
    _cut_purposes,
    _cut_second_party,
    _cut_tails,
    _join_fronts,
    _join_name_tails,
    _join_pairs,
)
from briefings.extract.actors.generic import _generic_bodies
from briefings.extract.actors.headed_sites import _headed_sites
from briefings.extract.actors.merge import _bracketed_names, _merge, _one_country
from briefings.extract.actors.name_bounds import mend_name_bounds
from briefings.extract.actors.organizations import _rule_orgs
from briefings.extract.actors.outlets import (
    _DATELINE,
    _byline_writers,
    _dateline_outlets,
    _outlet_mentions,
    _quoted_outlets,
)
from briefings.extract.actors.people import (
    _apposed_people,
    _club_names,
    _cut_definite_leads,
    _cut_not_leads,
    _cut_verbs,
    _end_after_family,
    _join_people,
    _keep_written_names,
    _nisba_first_names,
    _peel_written_names,
    _rule_people,
    _surname_mentions,
    _team_names,
    _trim_people,
)
from briefings.extract.actors.places import (
    _coordinated_places,
    _corpus_places,
    _direction_places,
    _gazetteer_places,
    _joined_towns,
    _one_sense,
    _phrase_places,
    _spelled_countries,
    _syria,
)
from briefings.extract.actors.quoted import _quoted_bodies
from briefings.extract.actors.resolve import _resolve
from briefings.extract.actors.sites import _named_sites
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.titles import _titles
from briefings.extract.ner import default_tagger, model_available, spans
from briefings.lang.ar.outlets import outlet_name
from briefings.model import Actor, Sentence, Token
from briefings.text.tokens import sentence_tokens

# most sentences quote nothing: the quoted-body pass is skipped there, by
# one test in C of the sentence's texts (a generator a token before:
# 0.068 → 0.050 s over the 23,729 sentences of 1,458 articles)
_QUOTE_MARKS = frozenset("«\"“(")
_TEXT = attrgetter("text")

_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}


def ner_tags(sentences: list[list[str]], docs: list[int] | None = None) -> list[list[str]] | None:
    """The NER tags of token sequences, decoded together; None without a
    model. `docs` counts each article's sentences (None: one article)."""
    return default_tagger().tag_many(sentences, docs) if model_available() else None


def extract_actors(
    body: str,
    sentences: list[Sentence],
    outlet: str | None = None,
    tokens: list[list[Token]] | None = None,
    ner: list[list[str]] | None = None,
) -> list[Actor]:
    """The actors of an article; `ner` holds its sentences' NER tags when
    they were decoded already (with other articles')."""
    raws: list[_Raw] = []
    # a feed gives the outlet's id (okaz); the text names it (عكاظ)
    outlet = outlet_name(outlet) or None
    tokens = tokens if tokens is not None else sentence_tokens(body, sentences)
    tagged = ner if ner is not None else ner_tags([[t.text for t in tokens[s.id]] for s in sentences])
    for n, s in enumerate(sentences):
        toks = tokens[s.id]
        if not toks:
            continue
        found: list[_Raw] = []
        tags: list[str] = []
        if tagged is not None:
            tags = tagged[n]
            # most sentences name no one the tagger knows: a count in C
            for a, e, typ in spans(tags) if tags.count("O") != len(tags) else ():
                if typ in _TYPES:
                    found.append(_Raw(a, e, _TYPES[typ], s.id, toks, "crf"))
        _trim_people(found)
        _join_people(found)
        found += _rule_people(toks, s.id, tags)
        found += _apposed_people(toks, s.id)
        _nisba_first_names(found)
        _team_names(found)
        _end_after_family(found)
        _cut_definite_leads(found)
        _cut_not_leads(found)
        _cut_verbs(found)
        mend_name_bounds(found)
        _club_names(found)
        found += _rule_orgs(toks, s.id, tags if tagged is not None else None)
        found += _gazetteer_places(toks, s.id)
        found += _cued_places(toks, s.id, tags)
        found += _listed_places(toks, s.id, tags)
        found += _corpus_places(toks, s.id, tags)
        found += _direction_places(toks, s.id, tags)
        found += _syria(toks, s.id)
        found += _phrase_places(toks, s.id)
        found += _spelled_countries(toks, s.id, tags)
        found += _named_sites(toks, s.id)
        found += _headed_sites(toks, s.id, tags)
        found += _coordinated_places(toks, s.id, tags, found)
        found += _joined_towns(toks, s.id, tags, found)
        found += _listed_bodies(toks, s.id)
        if not _QUOTE_MARKS.isdisjoint(map(_TEXT, toks)):
            found += _quoted_bodies(toks, s.id)
            found += _quoted_places(toks, s.id)
        _cut_blessings(found)
        _cut_tails(found)
        _cut_place_nisbas(found)
        _cut_second_party(found)
        _join_pairs(found)
        _join_fronts(found)
        _join_name_tails(found)
        _cut_at_person(found)
        _cut_objects(found)
        _cut_purposes(found)
        _cut_at_rank(found)
        _cut_presidency(found)
        _generic_bodies(found)
        if outlet:
            found += _outlet_mentions(body, toks, s.id, outlet, s.start)
        found += _quoted_outlets(body, toks, s.id, outlet)
        if toks[0].start < _DATELINE:
            _byline_writers(found, body, toks)
            found += _dateline_outlets(body, toks, s.id)
        raws += _resolve(found, outlet)
    raws = _one_sense(raws, [tokens[s.id] for s in sentences])
    raws += _surname_mentions(raws, sentences, tokens)
    _keep_written_names(raws)
    _peel_written_names(raws)
    named: dict[int, set[int]] = {}  # sentence → tokens of a person's name
    for r in raws:
        if r.type == "person":
            named.setdefault(r.sentence, set()).update(range(r.first, r.last))
    for r in raws:
        if r.type == "person":
            r.titles, r.nationality = _titles(r.toks, r.first, r.last, named[r.sentence])
    return _bracketed_names(body, _one_country(_merge(body, raws)))
