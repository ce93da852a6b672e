"""Statements whose speaker is one word no actor holds (قال هول إن …،
وأكد كيري أن …), on days no held sample uses:

    .venv/bin/python bench/one_word_speakers.py CORPUS_DIR [--days 2015-07-21.zip,…] [--every N] [--show] [--json OUT]
    .venv/bin/python bench/one_word_speakers.py CORPUS_DIR --labels bench/data/one-word-speakers-19.json [--show]

Lists the statements whose one-word speaker `speaker_actors._one_word`
made a person of ("person made": the article writes the word after a
first name, after a title chain, or the NER tags it a person), and those
whose speaker is still one word without the article and no actor's ("one
word left"; `--every N` keeps every Nth of these). `--json` keeps the
statements' ids (day, record, the statement's start) to label.
`--labels` scores a labelled sample: the label is the speaker's name (a
person's fullest form in the article) or null (the word names no person:
the statement's speaker is then right only if it is no person actor);
a statement is right when its speaker matches the label (the scorer's
normalization, one containing the other) and, for a person, an actor of
type person holds it.

Days skipped: 2015-07-25/26 (held) and the quote samples' days (07-31,
08-03, 08-06).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from briefings.assemble import assemble
from briefings.evaluate import norm
from briefings.extract.actors import speaker_actors
from briefings.readers import load, read_source

SKIP = {"2015-07-25", "2015-07-26", "2015-07-31", "2015-08-03", "2015-08-06"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--days", default="2015-07-21.zip,2015-07-22.zip")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--labels", type=Path)
    args = ap.parse_args()
    if args.labels:
        score(args.corpus, args.labels, args.show)
        return
    fired: list = []
    made = speaker_actors._one_word

    def spy(q, tokens, tags, actors):
        got = made(q, tokens, tags, actors)
        if got is not None:
            fired.append(q.start)
        return got

    speaker_actors._one_word = spy
    tally: Counter = Counter()
    kept = []
    for day in [d for d in args.days.split(",") if d and d[:10] not in SKIP]:
        for a in read_source(load(args.corpus / day, args.corpus)):
            if not getattr(a, "body", None):
                continue
            fired.clear()
            b = assemble(a)
            for q in b.quotes:
                w = q.speaker or ""
                if q.start in fired:
                    kind = "person made"
                elif not q.speaker_id and w.isalpha() and not w.startswith("ال") and len(w) >= 3:
                    kind = "one word left"
                else:
                    continue
                tally[kind] += 1
                if kind == "one word left" and tally[kind] % args.every:
                    continue
                kept.append({"path": a.path, "record": a.record, "start": q.start, "kind": kind})
                if args.show:
                    print(f"{a.path} {a.record} {q.start} | {kind} | {w}")
    for k, v in tally.most_common():
        print(f"{k:20} {v}")
    if args.json:
        args.json.write_text(json.dumps({"statements": kept}, ensure_ascii=False, indent=0), encoding="utf-8")


def score(corpus: Path, labels: Path, show: bool) -> None:
    from corpus import labelled_briefings

    items = json.loads(labels.read_text(encoding="utf-8"))["statements"]
    briefs = labelled_briefings(corpus, items)
    right = Counter()
    for f in items:
        b = briefs[(f["path"], f["record"])]
        q = next((q for q in [*b.quotes, *b.unattributed_statements] if q.start == f["start"]), None)
        got = q.speaker if q else None
        actor = next((x for x in b.actors if q and x.id == q.speaker_id), None)
        gold = f["speaker"]
        if gold is None:
            ok = actor is None or actor.type != "person"
        else:
            ok = bool(got) and (norm(got) in norm(gold) or norm(gold) in norm(got)) \
                and actor is not None and actor.type == "person"
        right["person" if gold else "not a person", ok] += 1
        if show and not ok:
            print(f"{f['path']} {f['record']} {f['start']}: label {gold} | got {got} "
                  f"({actor.type if actor else 'no actor'})")
    total = sum(right.values())
    for k, v in sorted(right.items()):
        print(f"{k[0]:14} {'right' if k[1] else 'wrong':6} {v}")
    print(f"labelled {total}  right {sum(v for k, v in right.items() if k[1])}")


if __name__ == "__main__":
    main()
