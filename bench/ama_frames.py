"""«أما X، ف+speech verb» frames on the corpus, with the speaker the
extractor gives the verb's statement:

    .venv/bin/python bench/ama_frames.py CORPUS_DIR [--days 2015-07-21.zip,…] [--show] [--json OUT]
    .venv/bin/python bench/ama_frames.py CORPUS_DIR --labels bench/data/ama-frames-18.json [--show]

أما opens a topic, and the verb after ف (فقال، فأكد، فيرى) has it as its
subject: «أما وزير الصحة، فأكد أن …» is the minister's statement. For
each frame (أما or وأما, then at most `SPAN` words with no sentence end,
then a word that is ف + a listed speech verb), prints the topic, the
actors named in it, and the speaker of the statement the verb opens (or
none, or no statement). Days of the held and quote samples are skipped
(2015-07-25/26, 07-31, 08-03, 08-06). `--show` prints each frame with
the topic and the verb (no more text than that); `--json` keeps the
frames' ids (day, record, the verb's offset) for labelling. `--labels`
scores the labelled frames instead: the first statement read within 200
characters after the ف-verb, its speaker against the label (the same, or one contains the
other, after the scorer's normalization; a null label: the verb opens no
statement with a speaker).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from briefings.assemble import assemble
from briefings.evaluate import norm
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key
from briefings.readers import load, read_source

HELD = {"2015-07-25", "2015-07-26", "2015-07-31", "2015-08-03", "2015-08-06"}
SPAN = 14
# the answer of أما opening another clause: its subject is not the topic
ANSWERS = {key(w) for w in ("فإن", "فإنه", "فإنها", "فهو", "فهي", "فهم", "فكان", "فكانت", "فلا", "فلم", "فما")}
WORD = re.compile(r"[\w\u0600-\u06ff]+|[.!؟\n]")


def frames(body: str):
    """(أما's offset, the ف-verb's start and end) of each frame in body."""
    toks = [(m.start(), m.end(), m.group()) for m in WORD.finditer(body)]
    for i, (s, _, w) in enumerate(toks):
        if w not in ("أما", "وأما", "اما", "واما"):
            continue
        for j in range(i + 1, min(len(toks), i + 1 + SPAN)):
            t = toks[j][2]
            if t in (".", "!", "؟", "\n"):
                break
            k = key(t)
            if j > i + 1 and k == "فقد" and j + 1 < len(toks) and speech_lemma(key(toks[j + 1][2])):
                yield s, toks[j + 1][0], toks[j + 1][1]  # أما X فقد أكد
                break
            if j > i + 1 and k[:1] == "ف" and speech_lemma(k[1:]):
                yield s, toks[j][0], toks[j][1]
                break
            if j > i + 1 and k in ANSWERS:
                break  # أما X فإن Y قال: another subject


COMP = {key(w) for w in ("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بأنه", "بأنها", "أنهم", "إنهم")}
OPENS = set('«"“:')


def _what_follows(body: str, ve: int) -> str:
    """What the words after the ف-verb open with, within eight words: a
    complementizer, a colon or a quotation mark (a statement the extractor
    reads), إلى or على (an object), a verb right after it (فقالت سمعت …:
    speech with no أن and no marks), or anything else."""
    toks = re.findall(r"[\w\u0600-\u06ff]+|[«\"“:.!؟\n]", body[ve : ve + 200])
    for n, t in enumerate(toks[:8]):
        if t in OPENS:
            return "colon or quote"
        if key(t) in COMP:
            return "complementizer"
        if t in (".", "!", "؟", "\n"):
            break
        if n == 0 and key(t) in ("الى", "الي", "علي", "عن"):
            return "preposition"
    if toks and key(toks[0])[:1] in "ينتا" and not key(toks[0]).startswith("ال") or toks and key(toks[0]).endswith("ت"):
        return "verb first, no أن or marks"
    return "other, no أن or marks"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--days", default="")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--labels", type=Path)
    args = ap.parse_args()
    if args.labels:
        score(args.corpus, args.labels, args.show)
        return
    days = ([d for d in args.days.split(",") if d] if args.days
            else [f.name for f in sorted(args.corpus.glob("*.zip")) if f.stem not in HELD])
    tally: Counter = Counter()
    bare_frames: Counter = Counter()  # what opens the words after the ف-verb
    kept = []
    for day in days:
        for a in read_source(load(args.corpus / day, args.corpus)):
            body = getattr(a, "body", None)
            if not body or "ما" not in body:
                continue
            found = list(frames(body))
            if not found:
                continue
            b = assemble(a)
            said = [(q, True) for q in b.quotes] + [(q, False) for q in b.unattributed_statements]
            for ama, vs, ve in found:
                topic = body[ama:vs].strip()
                in_topic = [x.name for x in b.actors for m in x.mentions if ama <= m.start and m.end <= vs]
                persons = [x.name for x in b.actors if x.type == "person"
                           for m in x.mentions if ama <= m.start and m.end <= vs]
                # the statement the verb opens: the first one starting after it
                q = min(((q, sp) for q, sp in said if q.start >= ve and q.start - ve < 400),
                        key=lambda x: x[0].start, default=None)
                if q is None:
                    got = "no statement"
                elif not q[1]:
                    got = "unattributed"
                else:
                    got = q[0].speaker
                bare_frames[_what_follows(body, ve)] += 1
                right = "person-topic" if persons else ("actor-topic" if in_topic else "no-actor-topic")
                ok = (q is not None and q[1] and any(p == q[0].speaker for p in in_topic))
                tally[(right, "topic speaks" if ok else got if got in ("no statement", "unattributed")
                       else "other speaker")] += 1
                kept.append({"path": a.path, "record": a.record, "verb": vs})
                if args.show:
                    print(f"{a.path} {a.record} | {topic} {body[vs:ve]} | actors {in_topic} | speaker: {got} | {_what_follows(body, ve)}")
    for k, v in sorted(tally.items()):
        print(f"{k[0]:16} {k[1]:16} {v}")
    print("frames", sum(tally.values()))
    print("after the ف-verb:", ", ".join(f"{k} {v}" for k, v in bare_frames.most_common()))
    if args.json:
        args.json.write_text(json.dumps({"frames": kept}, ensure_ascii=False, indent=0), encoding="utf-8")


def score(corpus: Path, labels: Path, show: bool) -> None:
    from corpus import labelled_briefings

    frames_ = json.loads(labels.read_text(encoding="utf-8"))["frames"]
    briefs = labelled_briefings(corpus, frames_)
    right = 0
    for f in frames_:
        b = briefs[(f["path"], f["record"])]
        # the first statement read after the verb (its cue, or a participle
        # or a quotation right after it: فقال داعيا: …)
        said = sorted((q for q in [*b.quotes, *b.unattributed_statements] if 0 <= q.start - f["verb"] < 200),
                      key=lambda q: q.start)
        got = said[0].speaker if said else None
        gold = f["speaker"]
        ok = (not got) if gold is None else bool(got) and (norm(got) in norm(gold) or norm(gold) in norm(got))
        right += ok
        if show and not ok:
            print(f"{f['path']} {f['record']} {f['verb']}: label {gold} | got {got}")
    print(f"labelled frames {len(frames_)}  speaker right {right} ({right / len(frames_):.3f})")


if __name__ == "__main__":
    main()
