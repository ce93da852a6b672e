"""What the article's pass (`ner.consistent`) changes in the quotes of
corpus briefings: each record of a sample extracted with the pass off and
on in one process, and every quote whose speaker or text moved printed
with the words the pass filled in that article (issue 12, fourteenth
round: the pass lowered the held quote sets, which are scored in
aggregate only, so the cause is read here on other days).

    .venv/bin/python bench/ner_pass_quotes.py CORPUS [--days 2015-07-21.zip,...] [--n 1500] [--show 80]

`--days` names the daily files the sample is drawn from (every k-th
record); keep the held days (2015-07-25/26) and the quote sets' days
(07-31, 08-03, 08-06) out of it. Prints counts and the changes; never
scores.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

from briefings.extract import ner
from briefings.readers import Source
from briefings.run.extraction import extract_source

HELD = {"2015-07-25.zip", "2015-07-26.zip", "2015-07-31.zip", "2015-08-03.zip", "2015-08-06.zip"}


def _records(corpus: Path, days: list[str], n: int) -> list[dict]:
    records: list[dict] = []
    for day in days:
        if day in HELD:
            raise SystemExit(f"{day} is held: leave it out")
        with zipfile.ZipFile(corpus / day) as zf:
            for name in zf.namelist():
                records += json.loads(zf.read(name))
    step = max(1, len(records) // n)
    return records[::step][:n]


def _quotes(b: dict) -> dict[tuple[int, int], str]:
    return {(q["start"], q["end"]): q.get("speaker") or "-" for q in b.get("quotes", [])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--days", default="2015-07-21.zip,2015-07-22.zip,2015-07-23.zip,2015-07-24.zip")
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--show", type=int, default=80)
    args = ap.parse_args()
    records = _records(args.corpus, args.days.split(","), args.n)
    plain = ner.consistent
    fills: list[str] = []

    def noted(sentences: list[list[str]], tags: list[list[str]]) -> list[list[str]]:
        out = plain(sentences, tags)
        for s, before, after in zip(sentences, tags, out, strict=True):
            for i, (x, y) in enumerate(zip(before, after, strict=True)):
                if x != y:
                    fills.append(f"{y} {s[i]} | {' '.join(s[max(0, i - 4) : i])} [[{s[i]}]] {' '.join(s[i + 1 : i + 4])}")
        return out

    ner.consistent = noted  # tag_many reads the module's name at each call
    tagger = ner.Tagger(consistent=False)
    ner.load_with(lambda: tagger)
    changed = lost = gained = moved = 0
    shown = 0
    for i, record in enumerate(records):
        data = json.dumps([record], ensure_ascii=False).encode()
        tagger.consistent = False
        off = extract_source(Source("sample.json", data)).briefings
        tagger.consistent = True
        fills.clear()
        on = extract_source(Source("sample.json", data)).briefings
        if not off or not on:
            continue
        a, b = _quotes(off[0]), _quotes(on[0])
        if a == b:
            continue
        changed += 1
        body = on[0]["body"]
        lines = []
        for span in sorted(a.keys() | b.keys()):
            if a.get(span) == b.get(span):
                continue
            if span not in b:
                lost += 1
            elif span not in a:
                gained += 1
            else:
                moved += 1
            lines.append(f"  {a.get(span, '(none)')} → {b.get(span, '(none)')}: {body[span[0]:span[1]][:70]!r}")
        if shown < args.show:
            shown += 1
            print(f"== record {i} {record.get('url', '')}")
            print("\n".join(lines))
            for f in fills:
                print("    fill", f)
    print(f"\n{changed} of {len(records)} briefings' quotes differ: {moved} speakers moved, "
          f"{lost} quotes lost, {gained} gained")


if __name__ == "__main__":
    main()
