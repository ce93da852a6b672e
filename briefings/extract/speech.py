"""Speech verbs, in every person, gender and number (data/speech_verbs.txt
of briefings.lang.ar), keyed by normalized form; a clitic (وقال، فأكد) is
peeled by lookup against that list."""

from __future__ import annotations

from functools import lru_cache

from briefings.lang.ar import Split, key, lookup, peel, table, words
from briefings.text import memo


@lru_cache(maxsize=1)
def speech_forms() -> dict[str, str]:
    """Normalized inflected form → normalized lemma."""
    return {form: key(lemma) for form, lemma in table("speech_verbs").items()}


# A verb takes a conjunction (وقال، فأكد) and, in the present, the ل of
# purpose (ليؤكد); never ب or ك, which open nouns: بحثوا is not ب + حثوا,
# كتبت not ك + تبت.
_VERB_CLITICS = frozenset({"و", "ف", "ل", "ول", "فل"})


def verb_split(token_key: str) -> Split:
    """A token read as a speech verb's clitic and form, the whole token
    when no verb's clitic leaves a form of the list."""
    return Split(*_verb_split(token_key))


@lru_cache(maxsize=100_000)
def _verb_split(token_key: str) -> tuple[str, str, bool]:
    # a plain tuple in the cache (see clitics.readings)
    forms = speech_forms()
    first = lookup(token_key, forms)
    if not first.clitic or (first.clitic in _VERB_CLITICS and ("ل" not in first.clitic or first.word[:1] in ("ي", "ت"))):
        return tuple(first)  # most words: no form of the list at all, read in one lookup
    return tuple(peel(token_key, lambda s: s.clitic in _VERB_CLITICS and s.word in forms
                      and ("ل" not in s.clitic or s.word[:1] in ("ي", "ت"))))


@lru_cache(maxsize=100_000)
def speech_lemma(token_key: str) -> str | None:
    """The lemma of a speech verb, under its clitic (وأكد → أكد), or None."""
    return speech_forms().get(_verb_split(token_key)[1])


_LEMMAS: dict[str, str] = {}


def _lemma_or_none(token_key: str) -> str:
    return speech_lemma(token_key) or ""


def speech_lemmas(token_keys: list[str]) -> list[str]:
    """speech_lemma of each key, "" for none: read by map from a dict, a
    fraction of a cached call each (most words are no speech verb)."""
    return memo.lookup(_LEMMAS, token_keys, _lemma_or_none, 100_000)


def ila_lemmas() -> frozenset[str]:
    """Lemmas whose content may be a noun after إلى (أشار إلى …)."""
    return words("speech_verbs_ila")


@lru_cache(maxsize=1)
def object_lemmas() -> frozenset[str]:
    """Lemmas of demand and recommendation (طالب، دعا، أوصى): what was said
    is their object, not a clause after أن."""
    return words("speech_verbs_object")


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    # By shape: a form that is not its lemma, not a present tense (ي، ت) and
    # ends as an accusative participle does (مشيرا، مضيفة، مشيرين); the
    # past and present forms of the list end otherwise (قالوا، قالت، يرون),
    # or are shorter (بين: بيّن).
    out = set()
    for form, lemma in speech_forms().items():
        if form != lemma and len(form) >= 5 and form[:1] not in ("ي", "ت") and (
            form.endswith(("ين", "ه")) or (form.endswith("ا") and not form.endswith("وا"))
        ):
            out.add(form)
    return frozenset(out)


@lru_cache(maxsize=100_000)
def is_participle(token_key: str) -> bool:
    """مشيرا، مضيفة، قائلين (under a clitic too): a cue whose speaker is the
    subject of the verb before it, never the words after it."""
    return _verb_split(token_key)[1] in _participles()


def not_subject() -> frozenset[str]:
    """Words after a speech verb that are not its subject (له، أمس، رسميا)."""
    return words("speech_not_subject")


@lru_cache(maxsize=1)
def sources() -> dict[str, str]:
    """Bare head noun of a subject that names no one or names a document
    (مصادر، بيان) → generic or document."""
    return table("speech_sources")
