"""Draw a sample of speech sentences for labelling (quotes20): the
sentences with a speech cue (a listed speech verb or a quotation mark)
of every `--every`-th article of the papers named, on the days named (no
held day), printed with the branch's statements to read and correct:

    .venv/bin/python bench/quotes_draw.py CORPUS --days 2015-07-27.zip,2015-08-01.zip [--every 9] [--offset 4] [--cap 4] [--skip bench/data/quotes-sentences-16.json]

Prints one block per sentence (its id: daily ZIP, record, span) and
writes the draw, with the branch's statements as the labels' starting
point, as JSON to --out (ids and spans only, no text).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from briefings.assemble import assemble
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key
from briefings.readers import load, read_source
from briefings.training.corpus import HELD

PAPERS = ("3alyoum", "aawsat", "aleqtisadiya", "al-jazirah")
_MARK = re.compile("[«“\"]")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--days", required=True)
    ap.add_argument("--papers", default=",".join(PAPERS))
    ap.add_argument("--every", type=int, default=9)
    ap.add_argument("--offset", type=int, default=4)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--cap", type=int, default=0, help="keep an article's first CAP drawn sentences (0: all)")
    ap.add_argument("--skip", type=Path, nargs="*", default=[],
                    help="samples whose articles are not drawn again (bench/data/quotes-sentences-*.json)")
    args = ap.parse_args()
    papers = tuple(args.papers.split(","))
    taken = {(x["path"], x["record"]) for f in args.skip
             for x in json.loads(f.read_text(encoding="utf-8"))["sentences"]}
    drawn = []
    for day in args.days.split(","):
        assert Path(day).stem not in HELD, day
        n = 0
        for a in read_source(load(args.corpus / day, args.corpus)):
            if not hasattr(a, "body") or not any(p in (a.url or "") for p in papers):
                continue
            n += 1
            if n % args.every != args.offset or (a.path, a.record) in taken:
                continue
            b = assemble(a)
            said = [*b.quotes, *b.unattributed_statements]
            kept = 0
            for s in b.sentences:
                text = a.body[s.start:s.end]
                if not (_MARK.search(text) or any(speech_lemma(key(w)) for w in text.split())):
                    continue
                if args.cap and kept == args.cap:
                    break
                kept += 1
                qs = [q for q in said if s.start <= q.start < s.end]
                drawn.append({"path": a.path, "record": a.record, "url": a.url, "sentence": [s.start, s.end],
                              "quotes": [{"speaker": q.speaker, "start": q.start, "end": q.end, "optional": False}
                                         for q in qs]})
                print(f"=== #{len(drawn) - 1} {a.path} {a.record} [{s.start},{s.end}]")
                print(text)
                for q in qs:
                    print(f"  -> {q.speaker} | {q.kind} | {a.body[q.start:q.end][:90]}")
    if args.out:
        args.out.write_text(json.dumps({"sentences": drawn}, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"# {len(drawn)} sentences")


if __name__ == "__main__":
    main()
