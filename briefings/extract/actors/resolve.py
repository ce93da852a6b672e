"""One reading per token of a sentence: the spans found by every pass
retyped, dropped, and chosen longest first."""

from __future__ import annotations

from collections.abc import Container

from briefings.extract import gazetteer as gz
from briefings.extract.actors.bodies import _generic_body
from briefings.extract.actors.openings import _heads_org, _place_cue
from briefings.extract.actors.places import (
    _adjective_after_noun,
    _corpus_words,
    _described,
    _good_fortune,
    _local_places,
    _mined_places,
    _phrase_names,
    _toggles,
    _with_pronoun,
)
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import _undefine
from briefings.lang.ar import key, key_text, words

# Place cues a town's or a quarter's own name follows, never a body's (not
# منطقة، محافظة، مديرية, which a body's name follows as its area: منطقة
# الكونكاكاف)
_TOWN_CUES = {key(w) for w in ("حي", "مدينة", "قرية", "بلدة", "ضاحية")}

_RIYAL = key("ريال")


def _after_town_cue(r: _Raw) -> bool:
    """Whether the span follows a town's or a quarter's cue (بحي الجزيرة):
    a place's name, even the publisher's (الجزيرة, the paper) or a club's."""
    return r.first > 0 and _place_cue(r.toks[r.first - 1].key) in _TOWN_CUES


_OPENING = frozenset("«\"“")
_CLOSING = frozenset("»\"”")


def _quoted_term(r: _Raw, places: Container[str]) -> bool:
    """Whether the tagger's one-word place is a definite word between quote
    marks with no place's cue before them, that no place list holds and
    that the corpus writes without its article as often as half as with it
    (السالب: a term set apart, سالب 9 to السالب under 10); a place's name
    is written one way (الجش 19 to جش 0) and a cue names one whatever its
    form («الوجه» after محافظة)."""
    toks, a = r.toks, r.first
    if r.last - a != 1 or a < 1 or r.last >= len(toks):
        return False
    k = toks[a].key
    if toks[a - 1].text not in _OPENING or toks[r.last].text not in _CLOSING or not k.startswith("ال") or k in places:
        return False
    if a >= 2 and _place_cue(toks[a - 2].key) != "":
        return False
    return _toggles(k) and k not in _corpus_words() and k not in _local_places() and k not in _mined_places()


def _place_opens(r: _Raw, places: Container[str]) -> bool:
    """Whether a body's span opens with a place of two words whose first
    is a body's head (قناة السويس، قناة بنما، إمارة الشارقة، الاتحاد
    السوفيتي: 9 of the gazetteer's places) and goes on with adjectives
    (قناة السويس الجديدة، الموازية، القديمة، المصرية: 20 first mentions
    read as bodies on 3,000 records of 2015-07-27 and 2015-08-06, the
    week the new canal opened; none a channel or a body). The span is
    the place; what follows it without the article is not its (قناة
    السويس مصر, a line of tags)."""
    ks = r.keys()
    if len(ks) < 3 or f"{ks[0]} {ks[1]}" not in places or not _heads_org(ks[0]):
        return False
    if not all(k.startswith("ال") for k in ks[2:]):
        r.last = r.first + 2
    return True


def _resolve(found: list[_Raw], outlet: str | None) -> list[_Raw]:
    """One reading per token: longer spans first; rules over the tagger for
    organizations, the tagger over rules for people."""
    places = gz.places()
    outlet_key = key_text(outlet) if outlet else None
    for r in found:
        ks = " ".join(r.keys())
        if outlet_key and ks == outlet_key and ks not in places and not _after_town_cue(r):
            # an outlet named as a place (الرياض، الشرق الأوسط) is the
            # outlet only where _outlet_mentions finds it so; after حي it
            # is the quarter (بحي الجزيرة in الجزيرة's own article)
            r.type = "organization"
        elif r.source == "crf" and r.type == "person" and ks in places:
            r.type = "place"
        elif r.source in ("crf", "rule") and r.type == "organization" and " " in ks and (
                ks in places or ks in _phrase_names()):
            # الاتحاد السوفيتي، الولايات المتحدة read as a body: a country, a
            # place; so a town the place pairs name (دار سعد, Aden's district,
            # read as a body after دار in 13 articles of 9,000 corpus records)
            r.type = "place"
        elif r.type == "organization" and _place_opens(r, places):
            r.type = "place"  # قناة السويس الجديدة: the canal, new, no channel's name
        elif r.source == "crf" and r.type == "place" and ks in gz.nisbas():
            r.type = ""
        elif r.type == "organization" and _generic_body(r):
            r.type = ""
        elif r.type == "organization" and _after_town_cue(r):
            r.type = "place"  # مدينة برمنغهام، حي النصر: a town or a quarter, whatever else the name is
        elif r.type == "place" and r.last - r.first == 1 and _undefine(ks) in words("currencies"):
            r.type = ""  # اليورو، الدولار: a currency the tagger read as a place
        elif (r.type == "organization" and r.last - r.first == 1 and ks.startswith("ال")
              and _undefine(ks) in words("currencies") and _undefine(ks) != _RIYAL):
            r.type = ""  # or as a body; not الريال, the club's short name (Real Madrid)
        elif r.type == "place" and r.last - r.first == 1 and ks in gz.nisbas() and r.first > 0 and _described(r):
            r.type = ""  # الأندية السعودية: a nisba after a definite noun describes it
        elif (r.source == "crf" and r.type == "place" and r.last - r.first == 1 and ks not in places
                and "ال" + ks in places):
            r.type = ""  # يمن، فيمن: a country named with its article (اليمن) is never without it
        elif r.type == "place" and r.last - r.first == 1 and _adjective_after_noun(r):
            r.type = ""  # دعم مالي: financial, not Mali
        elif r.type == "place" and _good_fortune(r):
            r.type = ""  # باليمن والخير: good fortune, not Yemen
        elif r.type == "place" and r.last - r.first == 1 and _with_pronoun(r):
            r.type = ""  # إلى جده: his grandfather, not Jeddah
        elif r.source == "crf" and r.type == "place" and _quoted_term(r, places):
            r.type = ""  # تزداد بـ "السالب": a common term quoted, not a place
    prio = {"outlet": 0, "rule": 0, "crf": 1, "gazetteer": 2, "alias": 2, "head": 3}
    found = [r for r in found if r.type]
    found.sort(key=lambda r: (-(r.last - r.first), prio[r.source], r.first))
    taken: set[int] = set()
    out = []
    for r in found:
        idx = set(range(r.first, r.last))
        if idx & taken:
            continue
        taken |= idx
        out.append(r)
    out.sort(key=lambda r: r.first)
    return out
