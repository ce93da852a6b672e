"""Participles and verbal nouns that take a complement after a body's name
(قوات الحكومة المعترف بها، القوات المدعومة من، أمانة عسير الموافقة على،
الهيئة المشرفة على): definite words opening with الم (no nisba's ي),
written right after a definite word inside the four words after a body's
head, and there followed by a preposition (ب، ل، على، عن، ضد، داخل، إلى،
من، مع; ل and مع since the fourteenth round) in half their uses or more, 5
times or more, but for the words `EXCLUDED` lists; counted over every daily file
but 2015-07-26 (the blind sample's day). Before such a preposition the
word describes the body or is the verb's object, and is no part of its
name. bench/README.md, "Organizations, eleventh round".

    .venv/bin/python bench/org_complements.py CORPUS [--min 5] [--share 0.5] > briefings/lang/ar/data/org_complements.txt
    .venv/bin/python bench/org_complements.py CORPUS --counts
"""

from __future__ import annotations

from collections import Counter

from corpus import clause_runs, list_args

from briefings.extract import gazetteer as gz
from briefings.lang.ar import key

PREPOSITIONS = ("على", "عن", "ضد", "داخل", "إلى", "من", "مع")
# the clitics a complement opens with (المعترف بها، المملوكة لفولكس فاجن)
CLITICS = ("ب", "ل")

# Read in the counts and left out: the word is a name's own before its ل
# (منظمة الدول المصدرة للنفط، المنتجة، اللجنة الوطنية المستقلة
# للانتخابات، القيادة الموحدة، المشترك), a noun as often (المعارضة،
# المنظمة، المرافق، المحققين، المسيل of tear gas), or a frame too weak to read
# (المركزة، المتوقع، المباشر، الموحد، المساندة)
EXCLUDED = {key(w) for w in (
    "المصدرة", "المنتجة", "المستقلة", "الموحدة", "الموحد", "المشترك", "المعارضة", "المنظمة", "المرافق",
    "المحققين", "المسيل", "المركزة", "المتوقع", "المباشر", "المساندة")}
_WINDOW = 4
# ب with a pronoun, which the peeler keeps whole (المعترف بها)
PRONOUNS_AFTER_BA = {key(w) for w in ("به", "بها", "بهم", "بهما", "بهن")}

HEADER = """\
# Participles and verbal nouns after a body's name that take a complement
# (المعترف بها، المدعومة من، الموافقة على، المشرفة على): inside the four
# words after a body's head, followed by a preposition in {s:.0%} of their
# uses or more, {n} times or more, in the saudinewsnet corpus (its blind day
# left out), by bench/org_complements.py (its EXCLUDED words reviewed out).
# Before a preposition (ل and مع too: المملوكة لـ، المتحالفة مع) such a word
# ends the name.
"""


def main() -> None:
    a = list_args(None, 5, 0.5).parse_args()
    heads = gz.org_heads()
    preps = {key(w) for w in PREPOSITIONS}
    seen: Counter[str] = Counter()
    framed: Counter[str] = Counter()
    for ws in clause_runs(a.corpus):
        ks = [key(w) for w in ws]
        for i, k in enumerate(ks):
            if gz.reading(k)[1] not in heads:
                continue
            for j in range(i + 2, min(i + 1 + _WINDOW, len(ks) - 1)):
                w = ks[j]
                if not w.startswith("ال"):
                    break
                if w.startswith("الم") and not w.endswith(("ي", "يه")):
                    seen[w] += 1
                    nxt = ks[j + 1]
                    framed[w] += nxt in preps or gz.reading(nxt)[0] in CLITICS or nxt in PRONOUNS_AFTER_BA
                    break
    if a.counts:
        for w, c in framed.most_common():
            print(f"{w}\t{c}\t{seen[w]}\t{c / seen[w]:.2f}")
        return
    print(HEADER.format(n=a.min, s=a.share), end="")
    for w in sorted(framed):
        if framed[w] >= a.min and framed[w] / seen[w] >= a.share and w not in EXCLUDED:
            print(w)


if __name__ == "__main__":
    main()
