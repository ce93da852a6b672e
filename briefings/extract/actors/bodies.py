"""Which bodies a phrase names: bodies from the `bodies` list (no head
noun), and a head with an adjective that says only what kind of body."""

from __future__ import annotations

from functools import lru_cache

from briefings.extract import gazetteer as gz
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import _adjective, _peel_key, _sentence_keys
from briefings.lang.ar import key, vocabulary, words
from briefings.model import Token

# Nisbas of a reach wider than a country (a region, a people, the world):
# with a head they name a body as a country's nisba does (التحالف العربي،
# المفوضية الأوروبية، البنك الدولي)
_WIDE_NISBAS = {key(w) for w in ("العربي", "العربية", "الأوروبي", "الأوروبية", "الخليجي", "الخليجية", "الإسلامي",
                                 "الإسلامية", "الأفريقي", "الأفريقية", "الآسيوي", "الآسيوية", "الدولي", "الدولية",
                                 "العالمي", "العالمية", "الأممي", "الأممية")}


# Adjectives that name the one body of their kind a country or a state
# has (الديوان الملكي، الحرس الوطني، القوات المسلحة، الحزب الجمهوري،
# البنك المركزي، المجلس الأعلى): the kind-of-body test read these wrong
# on the corpus (bench/README.md, "Actors, sixth round")
_NAMING_ADJECTIVES = {key(w) for w in (
    "الملكي", "الملكية", "الوطني", "الوطنية", "المسلحة", "الجمهوري", "الديمقراطي", "المركزي", "المركزية",
    "الأعلى", "الاتحادي", "الاتحادية")}


def _kind_of_body(head: str, adj: str) -> bool:
    """Whether a definite head and one adjective say what kind of body, not
    which (الشركة الخاصة، اللجنة المنظمة، القوات المشاركة): an adjective that
    is no nisba of a country, a region or a people, after a head the corpus
    writes as often without the article as with it (لجنة 2,718 times to
    اللجنة 3,518: many committees). A head mostly written with it is a body
    a country has one of (الحكومة، الجيش، التحالف): its adjective names it
    (الجيش الوطني)."""
    if not head.startswith("ال") or not _adjective(adj) or adj in gz.nisbas() or adj in _WIDE_NISBAS:
        return False
    if _place_nisba(adj) or adj in _NAMING_ADJECTIVES:
        return False
    v = vocabulary()
    return v.get(head[2:], 0) >= v.get(head, 0) / 2


@lru_cache(maxsize=20_000)
def _place_nisba(adj: str) -> bool:
    """A nisba the places name though the nisbas list lacks it: الأفغانية of
    أفغانستان، الكردستاني of كردستان (its stem opens a place's name)."""
    stem = adj[2:]
    for end in ("يه", "ي"):
        if stem.endswith(end):
            stem = stem[: -len(end)]
            break
    if len(stem) < 4:
        return False
    return any(p.startswith(stem) or p.startswith("ال" + stem) for p in _one_word_places())


@lru_cache(maxsize=1)
def _one_word_places() -> tuple[str, ...]:
    return tuple(p for p in gz.places() if " " not in p)


def _listed_bodies(toks: list[Token], sid: int) -> list[_Raw]:
    """Bodies named without a head noun (الدفاع المدني، حرس الحدود), from
    the `bodies` list; one under a head (المديرية العامة للدفاع المدني)
    is part of the longer name the rule for bodies finds."""
    firsts = _body_firsts()
    keys, peeled = _sentence_keys(toks)
    if firsts.isdisjoint(keys) and firsts.isdisjoint(peeled):
        return []  # most sentences name none: two passes in C
    listed = words("bodies")
    out = []
    for i in range(len(toks) - 1):
        k = keys[i]
        if f"{_peel_key(k)} {keys[i + 1]}" in listed or f"{k} {keys[i + 1]}" in listed:
            out.append(_Raw(i, i + 2, "organization", sid, toks, "gazetteer"))
    return out


@lru_cache(maxsize=1)
def _body_firsts() -> frozenset[str]:
    return frozenset(k.split()[0] for k in words("bodies"))


def _generic_body(r: _Raw) -> bool:
    """A head without the article and an adjective without it: جامعة
    سعودية، شركة أمريكية is a body the article does not name; nor is a
    head before a body called by its kind alone (فرع الوزارة)."""
    ks = r.keys()
    if len(ks) == 2 and not ks[0].startswith("ال") and ks[1] in _ANAPHORIC_BODIES:
        return True  # فرع الوزارة، مجلس الإدارة: a part of a body named elsewhere
    return (len(ks) == 2 and not ks[0].startswith("ال") and ks[0] in gz.org_heads()
            and not ks[1].startswith("ال") and ks[1] in gz.nisbas())


# Bodies that the article names in full once and then calls by their kind
# alone (الوزارة، الهيئة): a head before one of them names no body of its own
_ANAPHORIC_BODIES = {key(w) for w in ("الوزارة", "الهيئة", "الجامعة", "الشركة", "الإدارة", "الأمانة", "المديرية",
                                      "الرئاسة", "الوكالة", "المؤسسة", "البلدية", "الجمعية", "الغرفة", "الإمارة")}
