"""Where a person's name starts and ends, and which words can be part of one."""

from __future__ import annotations

import re

from briefings.extract import gazetteer as gz
from briefings.extract.actors.openings import _heads_org, _place_cue
from briefings.extract.actors.words import (
    _COMMON,
    _NAME_LINKS,
    COMMON_AFTER_OFFICE,
    _clitic,
    _is_punct,
    _peel_key,
    person_words,
)
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import vocabulary
from briefings.model import Token


def _office_after_name(toks: list[Token], x: int) -> bool:
    """Whether token x, after a name, opens an office in construct with a
    definite word (ولي العهد، وزير الداخلية، أمير منطقة الرياض): the
    tagger often reads it on as part of the name."""
    k = toks[x].key
    if k in _NAME_LINKS or k not in gz.title_heads() or x + 1 >= len(toks) or toks[x - 1].key in _NAME_LINKS:
        return False
    nxt = toks[x + 1].key
    return (nxt.startswith("ال") and nxt != "ال" or _heads_org(nxt) or _place_cue(nxt) != ""
            or _peel_key(nxt) in gz.title_heads())  # وكيل أمين منطقة المدينة


def _common_lead(k: str) -> bool:
    """Whether a word that opens with a letter a clitic could be (ل ب ف ك و)
    but that the peeler keeps whole is a common word, not a name: after a
    rank it shows the rank word was a noun (الفريق الأول لكرة القدم)."""
    return k[:1] in "لبفكو" and vocabulary().get(k, 0) > _COMMON and k not in person_words()


def _may_open_name(toks: list[Token], j: int, tags: list[str]) -> bool:
    """Whether token j can open the name an office names (after its
    nisba): it or the next is a name the corpus lists, one the tagger
    reads, or a rare word (a foreign name: تكاياسو); وأكد الرئيس المصري
    أهمية زيارة … names no one."""
    return any(_name_word(toks, x, tags) for x in (j, j + 1))  # جو بايدن: جو is a common word too


def _name_word(toks: list[Token], j: int, tags: list[str]) -> bool:
    # a lone letter is a clitic written apart (لـ«الشرق الأوسط»), never a name
    if j >= len(toks) or not toks[j].key.isalpha() or len(toks[j].key) < 2:
        return False
    k = _peel_key(toks[j].key)
    if tags and tags[j].endswith("PER"):
        return True
    if _inflected(k):
        return False
    return k in person_words() or vocabulary().get(k, 0) < COMMON_AFTER_OFFICE


# A pronoun after a noun (مرانه، تمارينهم) or the future's س before a verb
# (سيؤدي، سنثبت): a common word inflected, rare as written, so read as a
# foreign name after a rank that is also a noun (الفريق مرانه الأخير: the
# team's last training). A name does not take them; عبده and جمعه, whose
# stems are common too, are names the tagger reads.
_PRONOUNS = ("هما", "هم", "ها", "ه")

# a stem the corpus writes this often alone, and more often than with the
# pronoun, is a common word (مران 61 and مرانه 32; تمارين 127)
_COMMON_STEM = 50


def _inflected(k: str) -> bool:
    if len(k) < 4:
        return False
    v = vocabulary()
    for p in _PRONOUNS:
        if k.endswith(p):
            stem = v.get(k[: -len(p)], 0)
            return stem >= _COMMON_STEM and stem > v.get(k, 0)
    return len(k) >= 5 and k[0] == "س" and k[1] in "ينت" and v.get(k[1:], 0) >= COMMON_AFTER_OFFICE


# أو glued to the word after it (تلاعب أوإخفاء أوتعديل): a typo the tagger
# reads as a foreign name. Names open with أو too, on a common word
# (أوستين، أونيل، أوزال، أوبان: ستين، نيل، زال، بان), so one such word is
# not enough: two of them running, or أو on a definite word (أوالتمييز)
_GLUED_RARE = 3


def _glued_or(k: str, least: int) -> bool:
    """Whether a word is أو written onto a word the corpus writes at least
    `least` times alone, itself rare as written and in no names list."""
    if not k.startswith("او") or len(k) < 5 or k in person_words() or k[2:] in person_words():
        return False
    v = vocabulary()
    return v.get(k, 0) < _GLUED_RARE and v.get(k[2:], 0) >= least


def _glued_or_run(toks: list[Token], first: int, last: int) -> bool:
    """Whether a span is أو glued to its words: each of two or more, on
    words the corpus knows (تحريف 38 times), or one on a definite word
    the corpus writes often."""
    keys = [toks[x].key for x in range(first, last)]
    if len(keys) >= 2:
        return all(_glued_or(k, 1) for k in keys)
    return keys[0][2:].startswith("ال") and _glued_or(keys[0], _COMMON_STEM)


def _possessed(k: str) -> bool:
    """Whether a word is a feminine noun with the possessive ي (زميلتي،
    صديقتي، والدتي: my colleague, my friend, my mother), whose stem with
    ة the corpus writes often: a word before a name, not the name's first
    part (مع زميلتي أليسا). Not the masculine ي, which too many names end
    in (خيري، ليلي، مجدي)."""
    return len(k) >= 5 and k.endswith("تي") and k not in person_words() and vocabulary().get(k[:-2] + "ه", 0) >= _COMMON_STEM


# Stop words that are also first names when written so: علي (على is the
# preposition; the key makes them one).
_NAME_SPELLINGS = {"علي"}


def written_ali(text: str) -> bool:
    """The name علي as written: with ya and without a shadda (عليّ is «on
    me»), marks aside. Over the corpus's non-held days «علي» stands 3,285
    times (against 106,026 «على»), before بن، عبدالله، عبد، خامنئي، صالح
    and family names; after a comma 40 of its 41 next words are a name's
    (one «ارتداء»)."""
    return "\u0651" not in text and re.sub("[\u064b-\u0652]", "", text) in _NAME_SPELLINGS


def _written_name(t: Token) -> bool:
    return t.key in _NAME_SPELLINGS and written_ali(t.text)


def _name_end(toks: list[Token], j: int) -> int:
    """End of a personal name starting at j (0 tokens if none): two parts,
    more when linked (عبد الأمير، محمد بن سلمان)."""
    stop = gz.stop()
    heads = gz.title_heads()
    n = len(toks)
    parts = 0
    k = j
    while k < n and parts < 4:
        t = toks[k]
        linked = k > j and toks[k - 1].key in _NAME_LINKS
        if _is_punct(t) or t.key[0].isdecimal():
            break
        # after بن، أبو، عبد the next word is a name whatever else it is
        # (عبدالله بن مساعد); علي written with ya is a name, not على
        if not linked and not _written_name(t) and (t.key in stop or t.key in heads or speech_lemma(t.key)):
            break
        if t.key.startswith("ال") and t.key != "ال" and not (k > j and toks[k - 1].key in _NAME_LINKS):
            # a surname may carry ال (الأعرجي) but not the first part; آل,
            # which keys as ال, is a link (عبد الله آل الشيخ)
            if parts == 0 or parts >= 2:
                break
        if parts >= 1 and not linked and _clitic(t.key):
            break  # مشروع الملك عبدالله لسقيا زمزم: a clitic word ends the name
        if t.key in gz.nisbas() and parts >= 1:
            break
        k += 1
        if t.key in _NAME_LINKS:
            continue
        parts += 1
        if parts >= 2 and not (k < n and toks[k].key in _NAME_LINKS):
            break
    return k if parts else j
