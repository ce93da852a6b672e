"""The words a title chain is made of and where it ends: heads and ranks,
prepositions and و inside it, names in quote marks."""

from __future__ import annotations

from briefings.extract import gazetteer as gz
from briefings.extract.actors.openings import _rank_at
from briefings.extract.actors.words import (
    _clitic,
    _definite,
    _display,
    _genitive,
    _is_punct,
    _peel_key,
    _under_preposition,
)
from briefings.lang.ar import key
from briefings.model import Token

# Prepositions a title chain can hold between two of its words:
# المتحدث الإعلامي في مكتب الاتصالات، المشرف على الفئات السنية، السفير
# لدى المملكة.
_CHAIN_PREPOSITIONS = {key(w) for w in ("في", "على", "عن", "لدى")}


# A rank that is also an adjective after a definite noun: المسجد النبوي الشريف.
_ADJECTIVE_RANKS = {key("الشريف")}


# Words that follow a definite word in a chain without the article:
# إمام الحرم المكي سابقاً.
_CHAIN_ADVERBS = {key(w) for w in ("سابقا", "سابقاً", "حاليا", "حالياً", "باسم")}


def _title_word(toks: list[Token], i: int) -> bool:
    """Whether token i opens a title: a head noun or a rank, with a clitic
    before it or not (للرئيس اليمني، ومدير الإدارة)."""
    return _peel_key(toks[i].key) in gz.office_heads() or bool(_rank_at(toks, i)) or _engineer(toks, i)


def _coordinated(toks: list[Token], i: int) -> bool:
    """A definite word joined by و to the definite word before it, inside
    a name of a body: وزارة التجارة والصناعة، للتدريب التقني والمهني (not
    a relative pronoun: والذي); a place joined to a place (لدى إيطاليا
    ومالطا: 81 times in a chain in the corpus, bench/title_frames.py)."""
    k = toks[i].key
    if i > 0 and _clitic(k) == "و" and _peel_key(k) in gz.places() and toks[i - 1].key in gz.places():
        return True  # places joined: السفير لدى إيطاليا ومالطا
    return (i > 0 and _clitic(k) == "و" and _definite(k) and _peel_key(k) not in gz.stop()
            and _definite(toks[i - 1].key) and not _is_punct(toks[i - 1]))


def _ends_chain(toks: list[Token], i: int) -> bool:
    """Whether token i ends a chain that runs right to left into it: after
    a definite word an idafa goes on only with a definite word, a word
    with a preposition, a place or a new title; a bare word (a verb, a
    noun such as نظير) starts the sentence's next phrase."""
    if i == 0 or not _definite(toks[i - 1].key):
        return False
    k = toks[i].key
    return not (_definite(k) or _genitive(k) or k in gz.places() or k in _CHAIN_ADVERBS or _title_word(toks, i)
                or _coordinated(toks, i))


def _engineer(toks: list[Token], i: int) -> bool:
    """م. for المهندس at token i: a letter and a dot after a word, not after
    a year or a length (2015م.، 400 م.), in a chain before a name
    (أمين الأحساء م. عادل الملحم; a name follows م. in 124 of its 605
    corpus uses by the name lists alone, most others after a number)."""
    return (toks[i].key == "م" and i + 1 < len(toks) and toks[i + 1].text == "." and i > 0
            and not _is_punct(toks[i - 1]) and not toks[i - 1].key[-1:].isdecimal())


def _inner_preposition(toks: list[Token], i: int, lo: int, hi: int) -> bool:
    """في، على، عن between two words of a chain (lo <= i-1, i+1 < hi):
    after a definite word or a head, before a definite word, a place or
    the head of a body (في مكتب الاتصالات)."""
    if toks[i].key not in _CHAIN_PREPOSITIONS or i - 1 < lo or i + 1 >= hi:
        return False
    prev, nxt = toks[i - 1].key, _peel_key(toks[i + 1].key)
    closed = toks[i - 1].text in _QUOTE_PAIRS.values()  # منظمة «أطباء بلا حدود» في اليمن
    return (closed or prev.startswith("ال") or _peel_key(prev) in gz.office_heads()) and (
        nxt.startswith("ال") or nxt in gz.places() or nxt in gz.org_heads())


_SO_CALLED = {key(w) for w in ("يسمى", "يعرف")}


def _so_called(toks: list[Token], i: int) -> bool:
    """ما يسمى، ما يعرف before a word under ب, inside a chain: رئيس ما يسمى
    باللجنة الثورية."""
    return (toks[i].key == "ما" and i + 2 < len(toks) and toks[i + 1].key in _SO_CALLED
            and _clitic(toks[i + 2].key) == "ب")


_QUOTE_PAIRS = {"«": "»", "“": "”", "(": ")", '"': '"'}


def _quoted_from(toks: list[Token], close: int) -> int | None:
    """The opening mark of the name in marks that closes at token `close`
    (at most six words, no other mark inside), when a word of the chain
    comes right before it; else None."""
    for o in range(close - 1, max(close - 8, 0), -1):
        t = toks[o].text
        if t in _QUOTE_PAIRS and _QUOTE_PAIRS[t] == toks[close].text:
            return o if o > 0 and o < close - 1 and not _is_punct(toks[o - 1]) and toks[o - 1].key not in gz.stop() else None
        if _is_punct(toks[o]):
            return None
    return None


def _quoted_to(toks: list[Token], o: int) -> int | None:
    """The closing mark of a name in marks that opens at token `o` (at
    most six words, no other mark inside); else None."""
    want = _QUOTE_PAIRS.get(toks[o].text)
    if want is None:
        return None
    for c in range(o + 1, min(o + 8, len(toks))):
        if toks[c].text == want:
            return c if c > o + 1 else None
        if _is_punct(toks[c]):
            return None
    return None


def _construct_head(k: str) -> bool:
    """An institution's head without the article, in construct with the
    name that follows (مستشفى، لمركز، جامعة)."""
    k = _peel_key(k)
    return k in gz.org_heads() and not k.startswith("ال")


_TEAM = key("الفريق")


def _team_of(chain: list[Token], i: int) -> bool:
    """Whether الفريق at i is the team an office without the article
    governs (مدرب الفريق، قائد الفريق محمد نور: every one of the corpus's
    uses of an office head before الفريق and a name), not a general."""
    prev = chain[i - 1].key
    return chain[i].key == _TEAM and not _definite(prev) and _peel_key(prev) in gz.office_heads()


def _parts(chain: list[Token]) -> list[str]:
    """A chain of offices split into its parts: a part opens at a rank, or
    at a head after a word that is not a head (مدير إدارة العلاقات العامة
    | المتحدث الرسمي للأمانة); a head right after a head is in construct
    with it (نائب قائد القوات, مستشار خادم الحرمين)."""
    nis = gz.nisbas()
    heads = gz.office_heads()
    parts: list[list[str]] = []
    i = 0
    prev_kind = None
    rank_part = False  # the last part is a rank (with its nisbas) alone
    while i < len(chain):
        # after a preposition a rank word is a noun (المشرف على الفريق الأول،
        # المدير الفني للفريق: a name follows a rank under ل or ب in 213 of
        # its 1,262 uses, bench/title_frames.py), after a body's head it is
        # the start of its namesake (مستشفى الملك فهد)
        # an office under ل or ب after another is what that office serves
        # (النائب الثاني لرئيس مجلس الوزراء، الممثل الخاص للأمين العام),
        # but not after a rank alone (الملك، بالرئيس المصري) nor after a
        # bare word (قائد موالٍ، للرئيس)
        governed = i > 0 and (chain[i - 1].key in _CHAIN_PREPOSITIONS
                              or (_under_preposition(chain[i].key) and not rank_part and _definite(chain[i - 1].key))
                              or _construct_head(chain[i - 1].key)
                              or (chain[i].key in _ADJECTIVE_RANKS and _definite(chain[i - 1].key))
                              or _team_of(chain, i))
        r = _rank_at(chain, i) if not governed else 0
        if chain[i].key == "م":
            r = 1  # م. for المهندس (a chain holds the letter only so)
        if r:
            parts.append([_display(chain[i]), *(t.text for t in chain[i + 1 : i + r])])
            i += r
            # a nisba right after a rank is nationality, not title
            while i < len(chain) and chain[i].key in nis:
                i += 1
            prev_kind = "rank"
            rank_part = True
            continue
        rank_part = False
        t = chain[i]
        if _peel_key(t.key) in heads and not governed and (prev_kind != "head" or not parts):
            if prev_kind in (None, "rank", "word"):
                parts.append([_display(t)])
            else:
                parts[-1].append(t.text)
            prev_kind = "head"
        else:
            if parts:
                parts[-1].append(t.text)
            prev_kind = "word"
        i += 1
    return [" ".join(p) for p in parts if p]
