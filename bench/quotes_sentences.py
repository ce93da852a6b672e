"""Quotes on sentences of the kind set 1 holds (3alyoum, aawsat,
aleqtisadiya, aljazirah), drawn from days no held sample uses:

    .venv/bin/python bench/quotes_sentences.py CORPUS_DIR [--sample bench/data/quotes-sentences-16.json] [--errors]

The sample names each sentence by its daily ZIP, record and character
span in the reader's article body, and its statements by speaker and
span; no text. Only statements that start inside a listed sentence are
scored, as `briefings eval` scores quotes (speaker the same, contained or
one of its forms; words of the text F1 >= 0.5); an optional label
absorbs any statement over its text, whoever speaks. How the labels were
made: bench/README.md (quotes16).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from corpus import labelled_articles

from briefings.assemble import assemble
from briefings.evaluate import Tally, _word_f1, pair, quote_match_factory


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sample", type=Path, default=Path(__file__).parent / "data" / "quotes-sentences-16.json")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    sample = json.loads(args.sample.read_text(encoding="utf-8"))["sentences"]
    by_article: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for s in sample:
        by_article[(s["path"], s["record"])].append(s)
    with_speaker, text_only = Tally(), Tally()
    for ident, art in labelled_articles(args.corpus, set(by_article)).items():
        sents = by_article[ident]
        body = art.body
        b = assemble(art)
        # a briefing's quotes have a speaker; what it found with none is
        # kept apart, scored only in the speakerless measure
        said = [*b.quotes, *b.unattributed_statements]
        for s in sents:
            lo, hi = s["sentence"]
            pred = [{"speaker": q.speaker, "text": q.text} for q in b.quotes if lo <= q.start < hi]
            found = [{"speaker": q.speaker, "text": q.text} for q in said if lo <= q.start < hi]
            gold = [{"speaker": g["speaker"], "text": body[g["start"]:g["end"]], "optional": g["optional"]}
                    for g in s["quotes"]]
            actors = [{"name": g["speaker"], "aliases": []} for g in gold if g["speaker"]]
            speaks = quote_match_factory(actors)

            def match(p: dict, g: dict, speaks=speaks) -> bool:
                if g["optional"] and g["speaker"] is None:
                    return _word_f1(p["text"], g["text"]) >= 0.5
                return speaks(p, g)

            t, pairs = pair(pred, gold, match)
            with_speaker.add(t)
            text_only.add(pair(found, gold, lambda p, g: _word_f1(p["text"], g["text"]) >= 0.5)[0])
            if args.errors:
                for g in gold:
                    if not g["optional"] and not any(g is x for _, x in pairs):
                        print(f"{art.path} {art.record} missed: {g['speaker']}: {g['text'][:70]}")
                for p in pred:
                    if not any(p is x for x, _ in pairs):
                        print(f"{art.path} {art.record} extra: {p['speaker']}: {p['text'][:70]}")
    p, r, f1 = with_speaker.prf()
    print(f"sentences {len(sample)}  quotes P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  (tp {with_speaker.tp}, "
          f"fp {with_speaker.fp}, fn {with_speaker.fn});  statements without the speaker F1 {text_only.prf()[2]:.3f}")


if __name__ == "__main__":
    main()
