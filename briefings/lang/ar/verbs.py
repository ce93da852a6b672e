"""Whether a word is a verb of the third person, by the corpus vocabulary
alone: its shape (a present's prefix, a past's feminine and plural) and
how often the corpus writes the forms it implies. No names list is read
here; a caller that reads names (the actor rules) leaves them out first.
"""

from __future__ import annotations

from functools import lru_cache

from briefings.lang.ar.vocabulary import vocabulary

# a present tense's stem (يوجه: وجه; يرأس: رأس) the corpus writes this
# often alone, and the verb itself written this often: a verb, not a name
# (ياسر: اسر 272, يزيد: زيد 264 stay names; يولا: ولا, never written)
VERB_STEM = 300
VERB_WRITTEN = 20
# the past of a form with a prefixed alef (اعتمد 220، انتظر 50) is written
# less than a bare stem: this often, under a present of five letters or more
VERB_DERIVED = 100


@lru_cache(maxsize=50_000)
def present_verb(k: str, prefixes: str = "ي", derived: bool = False) -> bool:
    """Whether a key is a present tense under one of `prefixes` (ي: he;
    ت: she; ن: we) whose stem the corpus writes often: يوجه (وجه), يترأس
    (رأس), يستبعد (بعد). With `derived`, the past of the forms with a
    prefixed alef counts as a stem too: يعتمد (اعتمد), ينتظر (انتظر)."""
    v = vocabulary()
    if len(k) < 4 or k[0] not in prefixes or v.get(k, 0) < VERB_WRITTEN:
        return False
    p = k[0]
    stems = [k[1:], *([k[2:]] if k.startswith(p + "ت") else ()), *([k[3:]] if k.startswith(p + "ست") else ())]
    if any(v.get(x, 0) >= VERB_STEM for x in stems):
        return True
    return derived and len(k) >= 5 and v.get("ا" + k[1:], 0) >= VERB_DERIVED


def future_verb(k: str) -> bool:
    """س and a present tense the corpus writes 20 times or more without
    it (سيعتذر، ستعقد); not سيتي، سيدني, whose rest it never writes."""
    return len(k) >= 5 and k[0] == "س" and k[1] in "يتن" and vocabulary().get(k[1:], 0) >= VERB_WRITTEN


# a past tense's feminine (أشادت، ناقشت) and its plural (أشادوا، ناقشوا) the
# corpus writes this often, and the verb itself this often
PAST_FEMININE = 30
PAST_PLURAL = 8
PAST_WRITTEN = 100


def past_stem(k: str) -> str:
    """The masculine a past tense's feminine is written from (وجدت: وجد)."""
    return k[:-1] if k.endswith("ت") else k


@lru_cache(maxsize=50_000)
def past_verb(k: str, plural: bool = True) -> bool:
    """Whether a key is a past tense of the third person (أشاد، ناقش،
    وجدت): the corpus writes its masculine, its feminine in ت and its
    plural in وا. A name with a feminine but no plural (خلف، عز) is not
    one; where no name can stand, `plural=False` reads a feminine whose
    plural the corpus seldom writes (ارتفعت: ارتفعوا never)."""
    v = vocabulary()
    stem = past_stem(k)
    if len(stem) < 3 or stem.startswith("ال"):
        return False
    return (v.get(stem, 0) >= PAST_WRITTEN and v.get(stem + "ت", 0) >= PAST_FEMININE
            and (not plural or v.get(stem + "وا", 0) >= PAST_PLURAL))
