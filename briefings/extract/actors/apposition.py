"""Titles after a name: set off by commas, dashes or brackets."""

from __future__ import annotations

from briefings.extract import gazetteer as gz
from briefings.extract.actors.chains import (
    _construct_head,
    _coordinated,
    _ends_chain,
    _inner_preposition,
    _parts,
    _quoted_to,
    _so_called,
    _title_word,
)
from briefings.extract.actors.openings import _rank_at
from briefings.extract.actors.organizations import _named_for
from briefings.extract.actors.words import _clitic, _genitive, _is_punct
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key
from briefings.model import Token

_DASHES = {"-", "–", "—"}


_SEPARATORS = {"،", ",", "؛", *_DASHES}


# what opens an apposition after a name: a comma, a dash, a bracket
# (محمد العلي - مدير التعليم -، محمد العلي (مدير التعليم))
_APPOSITION_MARKS = {"،", ",", "؛", "(", *_DASHES}


# a pronoun that opens an apposition after a comma: مايكل ماكينا، وهو ممثل عن …
_APPOSITION_PRONOUNS = {key(w) for w in ("وهو", "وهي")}


_OPENING_QUOTES = {'"', "«", "“"}


def _set_off(toks: list[Token], first: int, last: int) -> int:
    """How many marks set a name off from the chain before it: a comma or
    a semicolon, a quotation mark, or both, with a mark or the sentence's
    end after the name (مدير عام بريد المنطقة الشرقية، سعد العثمان، خطاب;
    المتحدث الرسمي …؛ "محمد الحميدي"؛); 0 when it is not."""
    closed = last >= len(toks) or _is_punct(toks[last])
    if _clitic(toks[first].key):
        return 0
    m = first
    if m > 0 and toks[m - 1].text in _OPENING_QUOTES:
        m -= 1
    if m > 0 and toks[m - 1].text in _SEPARATORS:
        m -= 1
    if not closed and not (m > 0 and m < first and toks[m - 1].key in gz.nisbas()):
        # an office ending in a nisba needs no mark after the name: الرئيس
        # الفلسطيني، محمود عباس لعقد … (22 of 107 such frames in the
        # corpus, bench/title_frames.py)
        return 0
    return first - m if m > 0 and m < first and not _is_punct(toks[m - 1]) else 0


def _apposition(toks: list[Token], last: int, named: set[int]) -> list[str]:
    """Offices after the name, between commas or right after it:
    كوزمين أولاريو مدرب الأهلي الإماراتي؛ خالد الفيصل، أمير منطقة مكة."""
    stop = gz.stop()
    out: list[str] = []
    i = last
    n = len(toks)
    while i < n:
        comma = toks[i].text in _APPOSITION_MARKS
        j = i + 1 if comma else i
        if (comma or not out) and j + 1 < n and toks[j].key in _APPOSITION_PRONOUNS:
            j += 1  # فاليري بيرال وهو أستاذ بجامعة أكسفورد
        # after an office, another joined by و: محمد العلي، المتحدث باسم الوزارة، والمشرف على البرنامج
        joined = bool(out) and comma and j < n and _clitic(toks[j].key) == "و"
        if j >= n or (_clitic(toks[j].key) and not joined) or not _title_word(toks, j):
            break
        k = j + 1
        while k < n and not speech_lemma(toks[k].key):
            if _construct_head(toks[k - 1].key) and (end := _named_for(toks, k - 1, k, "")):
                k = end  # the namesake the organization rules took whole, not a person
                continue
            if k in named:
                # a body named after a person: المتحدث الرسمي لمركز الملك سلمان للإغاثة
                s = next((p for p in range(max(j + 1, k - 4), k + 1) if p == k or p + _rank_at(toks, p) == k), k)
                if not _construct_head(toks[s - 1].key):
                    break
                while k < n and k in named:
                    k += 1
                continue
            if _is_punct(toks[k]):
                close = _quoted_to(toks, k)
                if close is None:
                    break
                k = close + 1  # المدير التنفيذي لمركز «هدف» للتدريب
                continue
            kk = toks[k].key
            if kk in stop:
                if not (_inner_preposition(toks, k, j, n) or _so_called(toks, k)):
                    break
                k += 1 + _so_called(toks, k)
                continue
            if _clitic(kk) and not _genitive(kk) and not _coordinated(toks, k) and not (
                    _clitic(kk) == "و" and _title_word(toks, k)):
                break  # وزير الخارجية وعضو مجلس الوزراء goes on; والوفد does not
            if _ends_chain(toks, k):
                break
            k += 1
            if k - j > 16:
                break
        if k < n and k in named:
            # a chain that runs into a name is that person's title, from
            # where a title with a preposition opens it (التهنئة لمدير الجامعة)
            k = next((x for x in range(j + 2, k) if _clitic(toks[x].key) and _title_word(toks, x)), j)
        if k - j < 2:
            break
        out += _parts([t for t in toks[j:k] if not _is_punct(t)])
        i = k
        # a second office after a comma: محافظ الأحساء، رئيس مجلس التنمية
    return out
