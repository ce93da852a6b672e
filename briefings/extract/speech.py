"""Speech verbs, in every person, gender and number (data/speech_verbs.txt
of briefings.lang.ar), keyed by normalized form; a clitic (وقال، فأكد) is
peeled by lookup against that list."""

from __future__ import annotations

from functools import lru_cache

from briefings.lang.ar import key, lookup, table, words


@lru_cache(maxsize=1)
def speech_forms() -> dict[str, str]:
    """Normalized inflected form → normalized lemma."""
    return {form: key(lemma) for form, lemma in table("speech_verbs").items()}


@lru_cache(maxsize=100_000)
def speech_lemma(token_key: str) -> str | None:
    """The lemma of a speech verb, under its clitic (وأكد → أكد), or None."""
    forms = speech_forms()
    return forms.get(lookup(token_key, forms).word)


def ila_lemmas() -> frozenset[str]:
    """Lemmas whose content may be a noun after إلى (أشار إلى …)."""
    return words("speech_verbs_ila")
