"""Sites named for a king or a prince (مطار الملك خالد الدولي): places."""

from __future__ import annotations

from briefings.extract import gazetteer as gz
from briefings.extract.actors.openings import _ROYAL_WORD, _opening
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import _clitic, _is_punct, _peel_key
from briefings.lang.ar import key
from briefings.model import Token

# Sites named for a king or a prince (مطار الملك خالد الدولي، طريق الملك
# فهد، ملعب الأمير فيصل بن فهد): over the corpus these heads stand before
# الملك/الأمير/الشيخ some 1,300 times, and the rank rules read the namesake
# as a person whose name runs on into the next word (فهد الواصل، خالد
# الدولي). A named site is a place (ANNOTATION.md: مطار أربيل).
_SITE_HEADS = {key(w) for w in ("مطار", "طريق", "شارع", "جسر", "ميناء", "ملعب", "استاد", "حديقة", "متنزه", "جامع",
                                "مسجد", "قاعدة", "ميدان", "دوار", "قصر", "منتزه", "كورنيش", "نفق")}


# what may follow the namesake as part of the site's name
_SITE_ADJECTIVES = {key(w) for w in ("الدولي", "الدولية", "الرياضي", "الرياضية", "السريع", "الدائري", "الجوية",
                                     "البحرية", "الجديد", "الكبير", "العام", "العامة")}


def _named_sites(toks: list[Token], sid: int) -> list[_Raw]:
    out = []
    n = len(toks)
    for r in _opening(toks, _ROYAL_WORD):
        i = r - 1
        if not 0 <= i < n - 2 or _peel_key(toks[i].key) not in _SITE_HEADS:
            continue
        end = _royal_name_end(toks, i + 2)
        if end == i + 2:
            continue
        if end < n and toks[end].key in _SITE_ADJECTIVES:
            end += 1
        out.append(_Raw(i, end, "place", sid, toks, "rule"))
    return out


def _royal_name_end(toks: list[Token], j: int) -> int:
    """End of a royal's name at j: a given name and its بن/آل chain
    (فيصل بن فهد بن عبدالعزيز آل سعود), never a second word without a
    link: a king is named by his given name, and the word after it is the
    sentence going on (طريق الملك فهد الواصل بين …)."""
    n = len(toks)
    stop = gz.stop()

    def name(k: int) -> int:
        if k >= n or _is_punct(toks[k]) or not toks[k].key.isalpha() or toks[k].key in stop or _clitic(toks[k].key):
            return 0
        if toks[k].key in ("عبد", "ابو") and k + 1 < n and toks[k + 1].key.isalpha():
            return 2  # عبد الله written in two words
        return 0 if toks[k].key.startswith("ال") else 1

    size = name(j)
    if not size:
        return j
    k = j + size
    while k + 1 < n and toks[k].key in ("بن", "ابن", "ال"):
        # آل takes a definite family name too (آل الشيخ)
        size = name(k + 1) or (1 if toks[k].key == "ال" and toks[k + 1].key.isalpha() else 0)
        if not size:
            break
        k += 1 + size
    return k
