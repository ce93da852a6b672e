"""What a word usually is across a news corpus (`priors.txt.gz`): a first
model tags every sentence of the corpus, and each word that it tags as a
name often enough keeps its usual type. The final model reads this as a
feature, so a name it meets in a hard context is helped by the easy
contexts the corpus has it in (محفوظ after `الأديب نجيب` lends to محفوظ
alone). Only counts are shipped, no text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TYPES = ("PER", "ORG", "LOC")


def corpus_sentences(corpus: Path):
    """Token lists of every sentence of the corpus, as extraction makes them."""
    from briefings.text.segment import paragraphs, sentences
    from briefings.text.tokens import tokenize
    from briefings.training.corpus import articles

    for a in articles(corpus):
        body = a.get("content") or ""
        for s in sentences(body, paragraphs(body)):
            toks = [t.text for t in tokenize(body[s.start : s.end], punct=True)]
            if 3 <= len(toks) <= 120:
                yield toks


def build_tagged_words(corpus: Path, model: Path, out: Path, min_count: int = 4, min_share: float = 0.25) -> int:
    from briefings.extract.ner import Tagger, spans
    from briefings.extract.ner_features import peeled
    from briefings.lang.ar import key
    from briefings.training.corpus import write_gz_lines

    tagger = Tagger(str(model))
    seen: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = {}
    batch: list[list[str]] = []

    def flush() -> None:
        for toks, tags in zip(batch, tagger.tag_many(batch), strict=True):
            stems = [peeled(key(t))[1] for t in toks]
            seen.update(stems)
            for a, e, typ in spans(tags):
                if typ in TYPES:
                    for st in stems[a:e]:
                        typed.setdefault(st, Counter())[typ] += 1
        batch.clear()

    for toks in corpus_sentences(corpus):
        batch.append(toks)
        if len(batch) == 256:
            flush()
    flush()
    rows = []
    for st, c in typed.items():
        typ, n = c.most_common(1)[0]
        share = n / seen[st]
        if n >= min_count and share >= min_share:
            rows.append(f"{st}\t{typ}\t{min(int(share * 4), 3)}")
    write_gz_lines(out, sorted(rows))
    return len(rows)


# Words that announce a name of a type right after them, in any news
# (تصريح للرئيس X، شركة X، مدينة X). A word that follows them often,
# relative to how often it appears at all, is likely a name of that type.
CUES = {
    "PER": (
        "السيد", "السيده", "الرئيس", "الامير", "الاميره", "الملك", "الشيخ", "الدكتور", "الدكتوره", "المهندس",
        "الاستاذ", "اللاعب", "اللاعبه", "المدرب", "الفنان", "الفنانه", "الكاتب", "الكاتبه", "الشاعر", "المواطن",
        "المواطنه", "الزميل", "الزميله", "الوزير", "النائب", "العقيد", "اللواء", "العميد", "الفريق", "المقدم",
        "الرائد", "النقيب", "الجنرال", "بن", "ابن", "بنت", "ابو", "ام",
    ),
    "ORG": (
        "شركه", "الشركه", "نادي", "النادي", "منظمه", "حلف", "حركه", "حزب", "فريق", "مجموعه", "بنك", "مصرف",
        "صحيفه", "وكاله", "قناه", "جماعه", "تنظيم", "جمعيه", "مؤسسه", "اتحاد", "هيئه", "جامعه",
    ),
    "LOC": (
        "مدينه", "محافظه", "منطقه", "ولايه", "عاصمه", "جزيره", "اقليم", "قريه", "بلده", "مقاطعه", "حي", "دوله",
        "مملكه", "جمهوريه", "مطار", "ميناء", "شمال", "جنوب", "شرق", "غرب", "وسط",
    ),
}


def build_cue_words(corpus: Path, out: Path, min_count: int = 3, min_share: float = 0.1) -> int:
    """Each word that follows a cue of one type (CUES) in at least a tenth
    of its occurrences, with that type and how large a share."""
    import re

    from briefings.extract.ner_features import peeled
    from briefings.lang.ar import key
    from briefings.training.corpus import articles, write_gz_lines

    cue_type = {key(c): t for t, cs in CUES.items() for c in cs}
    word = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")
    seen: Counter[str] = Counter()
    after: dict[str, Counter[str]] = {}
    for a in articles(corpus):
        prev_type = None
        for w in word.findall(a.get("content") or ""):
            k = key(w)
            st = peeled(k)[1]
            seen[st] += 1
            if prev_type:
                after.setdefault(st, Counter())[prev_type] += 1
            prev_type = cue_type.get(st)
    rows = []
    for st, c in after.items():
        typ, n = c.most_common(1)[0]
        share = n / seen[st]
        if n >= min_count and share >= min_share and st not in cue_type:
            rows.append(f"{st}\t{typ}\t{min(int(share * 4), 3)}")
    write_gz_lines(out, sorted(rows))
    return len(rows)
