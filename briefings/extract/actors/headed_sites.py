"""Named sites after a head noun (قاعدة العند، غابة رغدان، وادي لجب): places.

A site's head (a forest, a base, a valley, a mountain, a dam, a park, a
border crossing) is a common noun; the word after it is the site's name
when the corpus writes that word mostly after such heads (`site_names`,
mined by bench/site_names.py: العند 422 of its 569 uses، رغدان 75 of 77).
The site ends after its name, or after one adjective of the site's kind
(قاعدة العند الجوية، منفذ الوديعة الحدودي), never a description
(الاستراتيجية), a country's nisba (قاعدة إنجرليك التركية: where the base
is) nor the sentence's next word.
"""

from __future__ import annotations

from functools import lru_cache

from briefings.extract import gazetteer as gz
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import (
    _PRONOUN_ENDS,
    _adjective,
    _clitic,
    _peel_key,
    _sentence_keys,
    person_words,
)
from briefings.lang.ar import key, words
from briefings.model import Token

# Heads of natural, military and district sites, whose named instances the
# annotation lists as places (dev04's غابة سامبيسا، dev11's بقعة العذر، dev21's
# وادي النمل and مخطط وهبي). Not streets, bridges, ports and airports (شارع،
# جسر، ميناء، مطار): their names are mostly towns read already (ميناء جدة)
# and the samples' labels make them optional; not قصر (الإليزيه is the
# presidency as often), سوق or فندق (a market's or hotel's name is a firm's),
# nor جزيرة, a place cue whose island the cue rules name already (جزيرة
# كريت → كريت).
FEMININE_HEADS = frozenset(key(w) for w in (
    "غابة", "قاعدة", "حارة", "بقعة", "صحراء", "هضبة", "بحيرة", "واحة", "قلعة", "جبال", "منتزهات"))
MASCULINE_HEADS = frozenset(key(w) for w in (
    "وادي", "جبل", "سد", "مخطط", "معسكر", "نهر", "مضيق", "خليج", "شاطئ", "منتزه", "متنزه", "منفذ"))
SITE_HEADS = FEMININE_HEADS | MASCULINE_HEADS
# a plural head names the sites of one named area (جبال السراة، منتزهات
# رغدان، as the tune gold's جبال فيفاء beside فيفاء): the area is the place
PLURAL_HEADS = frozenset(key(w) for w in ("جبال", "منتزهات"))


# a head and a name that together name a body: وادي دجلة, Egypt's football
# club (its league games), where نهر دجلة is the Tigris
_NOT_SITES = frozenset({(key("وادي"), key("دجلة"))})


def name_shape(k: str, head: str) -> bool:
    """Whether a word after a site's head may be the site's name by its
    shape: a word, no clitic, stop word, known place (ميناء جدة: the town
    is read), nisba or adjective (قاعدة عسكرية، حقل نفطي), pronoun ending
    (جبل يحبنا) or first name of the names lists; after a feminine or
    plural head not a bare word in ة (صحراء قاحلة، جبال شاهقة: an
    adjective that agrees), which after a masculine head is a name (وادي
    تبالة)."""
    if not k.isalpha() or len(k) < 3 or (k.startswith("ال") and len(k) < 5):
        return False
    if _clitic(k) or k in gz.stop() or k in gz.places() or k in gz.nisbas() or k in person_words():
        return False
    if _adjective(k) or k.endswith(("ي", "يه")) or k.endswith(_PRONOUN_ENDS):
        return False
    return not (head in FEMININE_HEADS and not k.startswith("ال") and k.endswith("ه"))


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(words("site_names"))


# Adjectives of a site's kind that its name takes (قاعدة العند الجوية، منفذ
# الوديعة الحدودي، متنزه يلوستون الوطني): the corpus writes after a head and a
# name of site_names الجوية 139، العسكرية 48، البري 14، الحدودي 6، الوطنية 4،
# البحري 3; not a description (الاستراتيجية 22، السياحي 5) nor a country's
# nisba (التركية: where the base is), which are the sentence going on
_SITE_ADJECTIVES = frozenset(key(w) for w in (
    "الجوية", "الجوي", "العسكرية", "العسكري", "البحرية", "البحري", "البرية", "البري", "الحدودية", "الحدودي",
    "الوطنية", "الوطني", "القومية", "القومي", "الدولية", "الدولي"))


def _headed_sites(toks: list[Token], sid: int, tags: list[str]) -> list[_Raw]:
    """Head + a mined site name (+ the site's adjective), where the tagger
    reads no person in the name."""
    names = _names()
    keys = _sentence_keys(toks)[0]
    if names.isdisjoint(keys):
        return []  # most sentences name no site: one pass in C (a name carries no clitic)
    out = []
    n = len(toks)
    for j in range(n - 1):
        head = _peel_key(keys[j])
        if head not in SITE_HEADS or keys[j + 1] not in names or not name_shape(keys[j + 1], head):
            continue
        if (tags and tags[j + 1].endswith("PER")) or (head, keys[j + 1]) in _NOT_SITES:
            continue
        if head in PLURAL_HEADS:
            out.append(_Raw(j + 1, j + 2, "place", sid, toks, "rule"))
            continue
        end = j + 2
        if end < n and keys[end] in _SITE_ADJECTIVES:
            end += 1
        out.append(_Raw(j, end, "place", sid, toks, "rule"))
    return out
