"""Gazetteers: places and nationality adjectives from Babel's CLDR data, and
the curated lists no library holds (titles, ranks, organization heads,
the places and nisbas CLDR lacks), which are data files of
briefings.lang.ar.

Everything is keyed by normalized form; values keep the written form.
"""

from __future__ import annotations

from functools import lru_cache

from briefings.lang.ar import bare, entries, key, key_text, lookup, peel_known, words
from briefings.lang.ar.calendar import date_words
from briefings.lang.ar.stop_words import stop_words

_DAY_ROLE = "day="  # date_words.txt: اليوم، أمس، غدا
# CLDR's two-letter codes that name no country: unions, the UN, test locales.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "XA", "XB"}


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str]]:
    """Normalized country name → (code, display name)."""
    from babel import Locale

    out: dict[str, tuple[str, str]] = {}
    for loc in ("ar", "ar_EG", "ar_SA", "ar_MA"):
        for code, name in Locale.parse(loc).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                out.setdefault(key_text(name), (code, name))
    shown: dict[str, str] = {}
    for name, code, *_ in entries("countries"):
        out[key_text(name)] = (code, shown.setdefault(code, name))
    return out


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    """Code → the name a briefing gives as nationality, where CLDR's is long."""
    return {e[1]: e[0] for e in entries("countries") if e[2:] == ("*",)}


def country_name(code: str) -> str:
    from babel import Locale

    return _canonical().get(code) or Locale.parse("ar").territories.get(code, code)


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Normalized place name → as written in the list."""
    from babel import Locale

    out = {k: v for k, (_, v) in countries().items()}
    common = words("not_places")  # ترك، نوم: a zone's city that news writes as a word
    for zone in Locale.parse("ar").time_zones.values():
        city = zone.get("city")
        if (city and " " not in city.strip() or (city and len(city.split()) <= 2)) and key_text(city) not in common:
            out.setdefault(key_text(city), city)
    for (p, *_) in entries("places"):
        out[key_text(p)] = p
    for k, name in _geonames_places().items():
        out.setdefault(k, name)
    return out


def _geonames_places() -> dict[str, str]:
    """GeoNames' cities of 100,000 people or more that cannot be mistaken
    for a word (without the checks, سنة، دولة، الجديد and المدينة would
    be places): names of several words; one-word names the news corpus
    uses as a place (after مدينة، محافظة… at least a quarter of the time,
    briefings/training/priors.py); and names it never uses, unless a
    clitic before them makes a word it does use (كورونا is no ك + ورونا).
    Nor a name that a clitic turns into another place's name (سكرة
    beside بسكرة): a place is never read as clitic + place."""
    from briefings.data import lines
    from briefings.extract.ner_features import CUE_WORDS
    from briefings.lang.ar import vocabulary

    vocab = vocabulary()
    placelike = set()
    for line in lines(CUE_WORDS):
        w, typ, share = line.split("\t")
        if typ == "LOC" and share != "0":
            placelike.add(w)
    stops = stop()
    known = {key_text(p) for (p, *_) in entries("places")} | set(countries())
    names = set(geonames()) | known
    out = {}
    for k, (name, pop) in geonames().items():
        words = k.split()
        if pop < 100_000 or words[0] in stops:
            continue
        if k in vocab:
            keep = k in placelike
        else:
            keep = len(words) > 1 or not any(c + k in vocab for c in "وبلفك")
        if keep and not any(c + k in names for c in "وبلفك"):
            out[k] = name
    return out


@lru_cache(maxsize=1)
def geonames() -> dict[str, tuple[str, int]]:
    """Normalized Arabic name of a city (15,000 people or more) or a
    continent → the name as written and its population, from GeoNames
    (`places-geonames.tsv.gz`, made by `make train`)."""
    from briefings.data import lines

    out = {}
    for line in lines("places-geonames.tsv.gz"):
        k, name, pop = line.split("\t")
        out[k] = (name, int(pop))
    return out


@lru_cache(maxsize=1)
def geonames_parts() -> set[str]:
    """The words of GeoNames' names of more than one word (سان in سان
    فرانسيسكو), less the words that end a name."""
    stops = stop()
    return {w for k in geonames() if " " in k for w in k.split() if len(w) >= 3 and w not in stops}


def _nisba_bases(name: str) -> list[str]:
    k = key_text(name)
    if " " in k:
        return []
    k = bare(k)
    if k.endswith("يا") and len(k) > 4:  # روسيا، سوريا، ألمانيا
        return [k[:-1]]
    if k.endswith("ا") and len(k) > 3:  # أمريكا، كندا
        return [k[:-1] + "ي"]
    if k.endswith("ه"):  # السعودية → سعودي
        return [k[:-1] + ("" if k[:-1].endswith("ي") else "ي")]
    return [k + "ي"]


@lru_cache(maxsize=1)
def nisbas() -> dict[str, str]:
    """Normalized nisba adjective (any gender, with or without ال) → country
    code. Derived by rule from CLDR names: العراق → العراقي/العراقية."""
    out: dict[str, str] = {}
    for _, (code, name) in countries().items():
        bases = [b for b in _nisba_bases(name)]
        bases += _nisba_extra().get(code, [])
        for b in bases:
            if len(b) < 3:
                continue
            for form in (b, b + "ه", b + "ون", b + "ين"):
                out.setdefault(form, code)
                out.setdefault("ال" + form, code)
    return out


@lru_cache(maxsize=1)
def _nisba_extra() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for adjective, code in entries("nisbas"):
        out.setdefault(code, []).append(key(adjective))
    return out


@lru_cache(maxsize=1)
def title_heads() -> set[str]:
    return set(words("title_heads"))


@lru_cache(maxsize=1)
def office_heads() -> set[str]:
    """The heads the title rules read: title_heads and the words mined for
    them that the NER features do not see until a retraining
    (office_heads.txt)."""
    return title_heads() | set(words("office_heads"))


@lru_cache(maxsize=1)
def ranks() -> list[tuple[str, ...]]:
    """Ranks as tuples of keys, longest first."""
    return sorted({tuple(r.split()) for r in words("ranks")}, key=len, reverse=True)


@lru_cache(maxsize=1)
def ranks_by_first() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for r in ranks():
        out.setdefault(r[0], []).append(r)
    return out


@lru_cache(maxsize=1)
def org_heads() -> set[str]:
    """Head nouns, each with and without the article."""
    out = set()
    for k in words("org_heads"):
        out.add(k)
        out.add(bare(k) if bare(k) != k else "ال" + k)
    return out


@lru_cache(maxsize=1)
def stop() -> set[str]:
    """Words that end a name or a title chain."""
    return set(stop_words()) | {k for k, r in date_words().items() if r.startswith(_DAY_ROLE)}


@lru_cache(maxsize=200_000)
def reading(k: str) -> tuple[str, str, bool]:
    """A token's key read as (clitic, word, restored), by lookup: a place or
    a head noun as written stays whole; else a clitic comes off before a
    place (وبغداد) or a word the corpus knows better than the whole
    (والسفارة → و + السفارة; للعراق → ل + العراق). The one peeler of the
    actor rules and the tagger's features. A plain tuple in the cache: a
    cached Split stays tracked by the garbage collector."""
    pl = places()
    if k in pl or k in org_heads():
        return ("", k, False)
    # a lookup, not peel with a test: one call a new word, not one a split
    s = lookup(k, pl)
    return tuple(s if s.clitic else peel_known(k))
