"""Site names: the words the corpus writes after a site's head (قاعدة،
غابة، وادي، جبل، سد، منتزه، منفذ …: `headed_sites.SITE_HEADS`) in a quarter
of their uses or more, twice or more, that a name's shape allows there
(`headed_sites.name_shape`: no adjective, nisba, known place, stop word,
first name, pronoun ending; no bare word in ة after a feminine head) and
that the corpus does not write with its article toggled as a common noun
is (`places._toggles`: قاعدة الإبهام, the rule of thumb; not عند, a stop
word, against العند); a verb's shape (ي، ت، ن first) in half its uses. The list
`site_names` (read by `headed_sites._headed_sites`).

    .venv/bin/python bench/site_names.py CORPUS [--min 2] [--share 0.25] [--counts] > LIST

Counts words in runs split at punctuation over every daily file but the
held days (`briefings.training.corpus.HELD`); a word's uses are its
uses as written (its key), a head's clitic peeled (بقاعدة، وغابة). Each
name is written in its commonest form.
"""

from __future__ import annotations

import re
from collections import Counter

from corpus import clause_runs, list_args

from briefings.extract import gazetteer as gz
from briefings.extract.actors.headed_sites import SITE_HEADS, name_shape
from briefings.extract.actors.places import _toggles
from briefings.extract.actors.words import _peel_key
from briefings.lang.ar import key
from briefings.training.corpus import HELD

HEADER = """# Site names (headed_sites._headed_sites): words the corpus writes after a
# site's head (قاعدة، غابة، وادي، جبل، سد، منتزه، منفذ …) in a quarter of their
# uses or more and twice or more, shaped as a name there. Made by
# bench/site_names.py (all days but the held 2015-07-25/26): العند 422 of
# 569 uses، الردف 101 of 107، رغدان 75 of 77، انجرليك 56 of 75."""


# words a head's frame names no site with: سد الذرائع, a jurist's maxim
# («blocking the means»), 2 of its 7 uses; إستوود, a surname after وادي
# read as Wade (وادي إستوود, a film's stunt coordinator)
_NOT_NAMES = {key("الذرائع"), key("إستوود")}
_ARABIC = re.compile(r"^[\u0621-\u064a]+$")


def _common_noun(k: str) -> bool:
    """A word the corpus writes with its article toggled as a common noun
    is (places._toggles: الإبهام and إبهام), unless the other form is a
    stop word (العند: عند is «at»)."""
    other = k[2:] if k.startswith("ال") else "ال" + k
    return _toggles(k) and other not in gz.stop()


def main() -> None:
    a = list_args(__doc__, 2, 0.25, "print each word's count after a head and in all").parse_args()
    total: Counter[str] = Counter()
    after: Counter[str] = Counter()
    heads: dict[str, Counter[str]] = {}
    forms: dict[str, Counter[str]] = {}
    for ws in clause_runs(a.corpus, skip=HELD):
        ks = [key(w) for w in ws]
        total.update(ks)
        for x in range(len(ks) - 1):
            h = _peel_key(ks[x])
            if h in SITE_HEADS:
                k = ks[x + 1]
                after[k] += 1
                heads.setdefault(k, Counter())[h] += 1
                forms.setdefault(k, Counter())[ws[x + 1]] += 1
    out = []
    for k, n in after.items():
        head = heads[k].most_common(1)[0][0]
        if n < a.min or n < a.share * total[k] or not _ARABIC.match(k) or not name_shape(k, head):
            continue
        if _common_noun(k) or k in _NOT_NAMES:
            continue
        if k[0] in "يتن" and n < 0.5 * total[k]:
            continue  # a verb's shape (مخطط يدار): a name only when mostly after a head
        out.append((k, n))
    out.sort(key=lambda x: (-x[1], x[0]))
    if a.counts:
        for k, n in out:
            print(f"{forms[k].most_common(1)[0][0]}\t{n}\t{total[k]}")
        return
    print(HEADER)
    for k, _ in out:
        print(forms[k].most_common(1)[0][0])


if __name__ == "__main__":
    main()
