"""The corpus's one-word organizations (`names-org.txt.gz`, issue 12).

ANERcorp's tail misses organizations written as one word with no head
noun (a club, a party, a paper, an agency, a company named alone), most of
them words the corpus writes often, so `names-cued.txt.gz` (a word after a
cue in a tenth of its uses) leaves them out: الهلال follows نادي hundreds
of times but is written alone far more often. This list keeps every word
written right after an organization's cue often enough, with how often
(a band) and what share of its uses (a band), and the tagger reads it as
the optional feature `gORW=` (ner_features.OPTIONAL, `train_ner --features
orw`). Counts over SaudiNewsNet only, the held and blind samples' days
left out; never ANERcorp's tail nor Wojood's test file. Only counts ship.

    python -m briefings.training.org_words CORPUS_DIR [OUT]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

# the blind actors sample, the quote sets' days (held parts): never mined
HELD = ("2015-07-25", "2015-07-26", "2015-07-31", "2015-08-03", "2015-08-06")
# nouns a news writer puts right before an organization's own name
# (نادي الهلال، حزب الوفد، صحيفة الرياض، وكالة رويترز، شركة أرامكو), with
# the article when the name follows a definite head in apposition
CUES = (
    "نادي", "النادي", "حزب", "الحزب", "صحيفه", "الصحيفه", "جريده", "الجريده", "مجله", "المجله",
    "وكاله", "الوكاله", "شركه", "الشركه", "قناه", "القناه", "بنك", "البنك", "مصرف", "المصرف",
    "منظمه", "المنظمه", "حركه", "الحركه", "جماعه", "الجماعه", "تنظيم", "التنظيم", "جمعيه",
    "مؤسسه", "مجموعه", "فريقي", "ناديي", "صحيفتي", "شركتي", "تلفزيون", "اذاعه", "فضائيه",
)
_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+|[^\s\w]")


def band(n: int) -> str:
    """How often a word follows a cue: once or twice, 3-9, 10-49, 50 or more."""
    return "3" if n >= 50 else "2" if n >= 10 else "1" if n >= 3 else "0"


def share_band(share: float) -> str:
    """What share of its uses follow a cue: under 2%, under 10%, more
    (the last is where names-cued.txt.gz already speaks)."""
    return "h" if share >= 0.1 else "m" if share >= 0.02 else "l"


def count(corpus: Path) -> tuple[Counter[str], Counter[str]]:
    """(uses of each peeled word, uses right after a cue)."""
    from briefings.extract.ner_features import peeled
    from briefings.lang.ar import is_stop, key
    from briefings.training.corpus import articles

    cues = {key(c) for c in CUES}
    seen: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for a in articles(corpus, skip=HELD):
        cued = False
        for w in _WORD.findall(a.get("content") or ""):
            k = key(w)
            st = peeled(k)[1]
            seen[st] += 1
            if cued and st not in cues and len(st) > 1 and not is_stop(k):
                after[st] += 1
            cued = st in cues
    return seen, after


def build_org_words(corpus: Path, out: Path, min_count: int = 3) -> int:
    from briefings.training.corpus import write_gz_lines

    seen, after = count(corpus)
    rows = [f"{st}\t{band(n)}{share_band(n / seen[st])}" for st, n in after.items() if n >= min_count]
    write_gz_lines(out, sorted(rows))
    return len(rows)


if __name__ == "__main__":
    from briefings.extract.ner_features import ORG_WORDS
    from briefings.training.train_ner import DATA

    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DATA / ORG_WORDS
    print(build_org_words(Path(sys.argv[1]), out), "words")
