"""How the actor rules read a word: its clitic peeled by lookup, its shape
(definite, an adjective, punctuation, tanween), and the words the names
lists call a person's."""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

from briefings.extract import gazetteer as gz
from briefings.extract.ner_features import CUE_WORDS, TAGGED_WORDS, typed_words
from briefings.lang.ar import Split, bare, clitic_length, key
from briefings.model import Token
from briefings.text.memo import lookup

_NAME_LINKS = {"بن", "ابن", "بنت", "ال", "ابو", "عبد", "ام", "ولد"}
# The one-word honorifics of `ranks` that go before an office (معالي وزير
# الخارجية، سمو ولي العهد، فخامة الرئيس)
OFFICE_HONORIFICS = frozenset(key(w) for w in ("معالي", "سمو", "فخامة", "سعادة", "دولة", "عطوفة"))


def _split(k: str) -> Split:
    """A token read as clitic + word, by lookup: a place or a head noun as
    written stays whole; else a clitic comes off before a place
    (وبغداد) or a word the corpus knows better than the whole (والسفارة →
    و + السفارة; للعراق → ل + العراق)."""
    return Split(*_reading(k))


_reading = gz.reading


@lru_cache(maxsize=200_000)
def _peel_key(k: str) -> str:
    return _reading(k)[1]


@lru_cache(maxsize=200_000)
def _clitic(k: str) -> str:
    return _reading(k)[0]


def _display(tok: Token) -> str:
    """A token's text with its clitic removed, diacritics where they were;
    للعراق shows as العراق."""
    s = _split(tok.key)
    if not s.clitic:
        return tok.text
    rest = tok.text[clitic_length(tok.text, s) :]
    return "ا" + rest if s.restored else rest


# key → _peel_key, read by map (a dict read costs a fraction of a cached call)
_PEELED: dict[str, str] = {}
# the last sentence's (tokens, keys, peeled keys): eight rule passes of a
# sentence read them in turn, and each made both lists again
_SENTENCE: list[tuple[list[Token] | None, list[str], list[str]]] = [(None, [], [])]


def _sentence_keys(toks: list[Token]) -> tuple[list[str], list[str]]:
    """The keys of a sentence's tokens and the keys with their clitics
    peeled (`_peel_key`), made once a sentence; read, never changed."""
    last = _SENTENCE[0]  # one read: another thread may set it meanwhile
    if last[0] is not toks:
        keys = list(map(_KEY, toks))
        last = _SENTENCE[0] = (toks, keys, lookup(_PEELED, keys, _peel_key, 300_000))
    return last[1], last[2]


# a possessive pronoun ends a common noun, never a name (جبالها، مدينتهم);
# ه alone keys as ة, so a caller tests it on the text
_PRONOUN_ENDS = ("ها", "هم", "هما", "كم", "نا")

# Tanween (ً ٌ ٍ): a name never carries it; the word that does is an
# adverb, a state or an object the span ran on into (عددًا، خلفاً، دورياً)
_TANWEEN = ("\u064b", "\u064c", "\u064d")


def _tanween(t: Token) -> bool:
    return any(c in t.text for c in _TANWEEN)


def _is_punct(t: Token) -> bool:
    return not any(c.isalnum() for c in t.text)


# A word the corpus writes more often than this is a common word unless
# the names lists call it a person's (فيصل، فهد are; لكرة، بشكل are not)
_COMMON = 100


# after an office and its nisba, a stricter test (a name's words: جو is
# written 217 times, نتنياهو 267; أهمية 2,240)
COMMON_AFTER_OFFICE = 300


_ALLAH = key("الله")


def tagged_person(k: str) -> bool:
    """Whether the corpus's tagged list reads a word as a person's name in
    half its uses or more (share band 2 and up: سالم، فتحي, not برقية)."""
    band = typed_words(TAGGED_WORDS).get(k, "")
    return band.startswith("PER") and int(band[3:] or 0) >= 2


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """The words the names lists call a person's."""
    return frozenset(w for name in (CUE_WORDS, TAGGED_WORDS) for w, t in typed_words(name).items() if t.startswith("PER"))


# Adjectives of kind that a body's name takes without the shape of a
# nisba (الهيئة العامة، المحكمة العليا)
_KIND_ADJECTIVES = {key(w) for w in ("العامة", "العام", "العليا", "الأعلى", "الكبرى", "الدائمة", "الخاصة")}


def _adjective(k: str) -> bool:
    """A definite word shaped like an adjective: a nisba (الأوروبي، الدولية)
    or a participle (المتحدة، المسلحة، المشتركة), or an adjective of kind."""
    return k.endswith(("ي", "يه", "يين", "يون")) or (k.startswith("الم") and k.endswith("ه")) or k in _KIND_ADJECTIVES


_KEY = attrgetter("key")


def _definite(k: str) -> bool:
    """A word with the article, under its clitic or not (بالمنطقة); لل
    is the article after ل even where the corpus reads the whole (للإغاثة)."""
    return _peel_key(k).startswith(("ال", "لل"))


def _genitive(k: str) -> bool:
    """A word joined to the chain by a preposition as a clitic, not by a
    conjunction: للأمانة، بمدينة الطائف, not والمحافظ."""
    c = _clitic(k)
    return bool(c) and c[0] not in "وف"


def _under_preposition(k: str) -> bool:
    """A word carrying ل or ب, after و or not (للفريق، بالشيخ، وللأمير)."""
    c = _clitic(k)
    return bool(c) and c[-1] in "لب"


# خلية and الخلية are one word for alias matching
_undefine = bare
