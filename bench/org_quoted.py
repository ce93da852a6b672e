"""A body's head noun before a name between quote marks (شركة «رو»،
تنظيم «بي كي كي»، لقناة «المسيرة»), counted over every daily file but the
blind day: per head of `org_heads.txt`, how often the frame is written and
its most frequent quoted names, to read which heads quote a body's name
and which quote something else (موقع «حي البجيري»: a site; برنامج is no
head). bench/README.md, "Organizations, eleventh round".

    .venv/bin/python bench/org_quoted.py CORPUS [--top 8] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from corpus import BLIND_DAY

from briefings.extract import gazetteer as gz
from briefings.lang.ar import key

# a word, an opening mark, one to five words with no mark, the closing mark
FRAME = re.compile(r"(?<!\S)(\S+)[ \t]*[«\"“(][ \t]*([^«»\"“”()\n.،,:؛!?؟]{2,60}?)[ \t]*[»\"”)]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--top", type=int, default=8)
    ap.add_argument("--limit", type=int, default=0, help="daily files to read (0: all)")
    ap.add_argument("--others", action="store_true", help="the words that are no head, written before a quoted name")
    args = ap.parse_args()
    heads = {k for k in gz.org_heads() if not k.startswith("ال")}
    count: Counter[str] = Counter()
    names: dict[str, Counter[str]] = defaultdict(Counter)
    files = [f for f in sorted(args.corpus.glob("*.zip")) if f.stem != BLIND_DAY]
    for f in files[: args.limit or None]:
        with zipfile.ZipFile(f) as z:
            for member in z.namelist():
                for rec in json.loads(z.read(member)):
                    for m in FRAME.finditer(rec.get("content") or ""):
                        quoted = m.group(2).split()
                        if not 1 <= len(quoted) <= 5:
                            continue
                        head = gz.reading(key(m.group(1)))[1]
                        if (head in heads) != args.others and head.isalpha():
                            count[head] += 1
                            names[head][m.group(2).strip()] += 1
    for head, c in count.most_common():
        top = "، ".join(f"{n} {k}" for n, k in names[head].most_common(args.top))
        print(f"{head}\t{c}\t{len(names[head])}\t{top}")


if __name__ == "__main__":
    main()
