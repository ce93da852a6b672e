"""Quotes on a sample labelled from the corpus, a measure beside the dev
gold's tune and check splits that nobody tuned on.

    .venv/bin/python bench/quotes_tail.py CORPUS_DIR [--sample bench/data/quotes-tail.json] [--errors]

CORPUS_DIR holds SaudiNewsNet's daily ZIPs. The sample names each article
by its ZIP, member and record index and holds only labels: the speaker
(with the other forms the article uses for it), the kind, the cue, and
the quoted text as character offsets into the record's `content`; no
article text. Labelled by an annotator that did not see the extractor's
output (bench/README.md). Prints quote P/R/F1 as `briefings eval` scores
them (speaker the same or one of its forms, words of the text F1 ≥ 0.5)
and the same without the speaker (is the statement found at all).
`--errors` lists misses and extras of one half only (the sample's
`read_half`, first or second 15 records; the file is in outlet order, so
the halves are different papers): the other half is scored in aggregate
and never read, so that a rule written from one half's errors is measured
on articles it was not written from. bench/data/quotes-tail.json reads its
first half, quotes-tail-2.json (another day) its second, quotes-tail-3.json
(a third day, every outlet) none, and
quotes-tail-4.json (a fourth day, every outlet, kept unopened while the
fifth round's rules were written) none.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

from corpus import labelled_articles

from briefings.assemble import assemble
from briefings.evaluate import Tally, _word_f1, pair, quote_match_factory
from briefings.serialize import to_dict


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sample", type=Path, default=Path(__file__).parent / "data" / "quotes-tail.json")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    sample = json.loads(args.sample.read_text(encoding="utf-8"))
    zip_name = sample["corpus_file"]
    with zipfile.ZipFile(args.corpus / zip_name) as z:
        records = {m: json.loads(z.read(m)) for m in {a["member"] for a in sample["articles"]}}
    found = labelled_articles(args.corpus, {(f"{zip_name}/{a['member']}", a["record"]) for a in sample["articles"]})
    halves = {"read": (Tally(), Tally()), "held": (Tally(), Tally())}
    n_gold = 0
    articles = sample["articles"]
    for number, item in enumerate(articles):
        first = number < len(articles) // 2
        read_half = sample.get("read_half", "first")  # "none": a sample nobody reads
        half = "read" if read_half != "none" and first == (read_half == "first") else "held"
        with_speaker, text_only = halves[half]
        record = records[item["member"]][item["record"]]
        art = found.get((f"{zip_name}/{item['member']}", item["record"]))
        if art is None or (art.url or "") != (item.get("url") or ""):
            raise SystemExit(f"{zip_name}/{item['member']} record {item['record']}: not in {args.corpus} as labelled")
        content = record["content"]
        gold = [{"speaker": q["speaker"], "text": content[q["start"]:q["end"]], "optional": q.get("optional", False)}
                for q in item["quotes"]]
        n_gold += sum(not g["optional"] for g in gold)
        actors = [{"name": q["speaker"], "aliases": q.get("speaker_forms") or []} for q in item["quotes"]]
        made = to_dict(assemble(art))
        pred = made["quotes"]
        t, pairs = pair(pred, gold, quote_match_factory(actors))
        with_speaker.add(t)
        # every statement found, with its speaker or not (a briefing keeps
        # those with none apart from its quotes)
        said = [*pred, *made.get("unattributed_statements", [])]
        t2, _ = pair(said, gold, lambda p, g: _word_f1(p["text"], g["text"]) >= 0.5)
        text_only.add(t2)
        if args.errors and half == "read":
            lines = []
            for g in gold:
                if not g["optional"] and not any(g is x for _, x in pairs):
                    lines.append(f"  missed: {g['speaker']}: {g['text'][:90]}")
            for p in pred:
                if not any(p is x for x, _ in pairs):
                    lines.append(f"  extra or wrong speaker: {p.get('speaker')}: {p['text'][:90]}")
            if lines:
                print(f"{item['member']} record {item['record']}:")
                print("\n".join(lines))
    print(f"articles {len(articles)}, required quotes {n_gold}")
    both = (Tally(), Tally())
    for name, (with_speaker, text_only) in [*halves.items(), ("all", both)]:
        if name != "all":
            both[0].add(with_speaker)
            both[1].add(text_only)
        p, r, f = with_speaker.prf()
        f2 = text_only.prf()[2]
        print(f"{name:5} quotes P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {with_speaker.tp}, fp {with_speaker.fp}, "
              f"fn {with_speaker.fn});  statements without the speaker F1 {f2:.3f}")


if __name__ == "__main__":
    main()
