"""What the article's pass (`ner.consistent`) fills on a corpus sample:
each word it names that the tagger left untagged, with five words either
side and the tagger's own tags around it (issue 12, thirteenth round).

    .venv/bin/python bench/ner_pass_fills.py CORPUS [--n 1500] [--files 4] [--record I ...]

The sample is bench/identical.py's (every k-th record of the first
`--files` daily files). Records are numbered in the sample, which is not
identical.py's line numbering once a record is skipped. Read it to judge
the pass's precision; it prints, never scores.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from identical import sample

from briefings.extract import ner
from briefings.readers import Source
from briefings.run.extraction import extract_source


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--record", type=int, nargs="*", help="only these records of the sample")
    args = ap.parse_args()
    records = sample(args.corpus, args.files, args.n)
    plain = ner.consistent

    def shown(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
        out = plain(sentences, tags)
        for s, before, after in zip(sentences, tags, out, strict=True):
            for i, (x, y) in enumerate(zip(before, after, strict=True)):
                if x != y:
                    print(f"   {y:6} {s[i]:14} | {' '.join(s[max(0, i - 5) : i])} [[{s[i]}]] "
                          f"{' '.join(s[i + 1 : i + 6])}  (tagger: {' '.join(before[max(0, i - 2) : i + 3])})")
        return out

    ner.consistent = shown  # tag_many reads the module's name at each call
    ner.load_with(lambda: ner.Tagger(consistent=True))
    for i in args.record or range(len(records)):
        print(f"== record {i}", flush=True)
        extract_source(Source("sample.json", json.dumps([records[i]], ensure_ascii=False).encode()))


if __name__ == "__main__":
    main()
