"""SaudiNewsNet's records, read from a folder of its daily ZIPs, for the
benchmarks that build sites of the first N articles."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from briefings.training.corpus import articles


def records(corpus: Path, n: int) -> list[dict]:
    """The first `n` records with text, in the order of the daily files."""
    return list(islice((rec for rec in articles(corpus) if (rec.get("content") or "").strip()), n))


def labelled_articles(corpus: Path, keys: set[tuple[str, int]]) -> dict[tuple[str, int], object]:
    """The articles a labelled sample names, by (path, record): each read
    from its daily ZIP with the package's readers, as a build reads it."""
    from briefings.readers import load, read_source

    out = {}
    for f in sorted({path.split("/")[0] for path, _ in keys}):
        for a in read_source(load(corpus / f, corpus)):
            if hasattr(a, "body") and (a.path, a.record) in keys:
                out[(a.path, a.record)] = a
    return out


def day_articles(corpus: Path, days: tuple[str, ...], shortest: int, longest: int = 6000) -> list:
    """The articles of the given daily files whose body is `shortest` to
    `longest` characters long: a pool to draw a sample to label from.
    Refuses the held days (never drawn from)."""
    from briefings.readers import load, read_source
    from briefings.training.corpus import HELD

    if set(HELD) & set(days):
        raise SystemExit(f"{' and '.join(HELD)} are held: never drawn from")
    return [a for d in days for a in read_source(load(corpus / f"{d}.zip", corpus))
            if hasattr(a, "body") and shortest <= len(a.body) <= longest]


def labelled_briefings(corpus: Path, items: list[dict]) -> dict[tuple[str, int], object]:
    """The briefings of the articles a labelled sample's items name (each
    item with its path and record), by (path, record)."""
    from briefings.assemble import assemble

    keys = {(f["path"], f["record"]) for f in items}
    return {k: assemble(a) for k, a in labelled_articles(corpus, keys).items()}


# the blind actors sample's day (bench/data/actors-tail.json): no list is
# mined from it
BLIND_DAY = "2015-07-26"
# marks a name or a phrase does not run across
CLAUSE_BREAKS = r"[.\n،,:؛!?؟()«»\"“”]"


def clause_runs(corpus: Path, breaks: str = CLAUSE_BREAKS, skip: tuple[str, ...] = (BLIND_DAY,)):
    """The words of each run between `breaks` of every record of every
    daily file but the days in `skip` (the blind day's), as written (a
    list per run)."""
    import json
    import re
    import zipfile

    split = re.compile(breaks).split
    for f in sorted(corpus.glob("*.zip")):
        if f.stem in skip:
            continue
        with zipfile.ZipFile(f) as z:
            for name in z.namelist():
                for r in json.loads(z.read(name)):
                    for run in split(r.get("content") or ""):
                        yield run.split()


def mining_args(doc: str):
    """The arguments of a script that mines a list from the corpus by a
    frame's count and share: CORPUS, --min-count, --min-share, --limit."""
    import argparse

    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--min-count", type=int, default=20)
    ap.add_argument("--min-share", type=float, default=0.05)
    ap.add_argument("--limit", type=int, default=0, help="articles to read (0: all)")
    return ap.parse_args()


def list_args(doc: str | None, min_count: int, share: float, counts: str | None = None):
    """The parser of a script that mines a data list from CORPUS: a frame
    written --min times or more, in --share of the word's uses or more;
    --counts prints the counts instead of the list. The caller adds its
    own options and parses."""
    import argparse

    p = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("corpus", type=Path)
    p.add_argument("--min", type=int, default=min_count)
    p.add_argument("--share", type=float, default=share)
    p.add_argument("--counts", action="store_true", help=counts)
    return p


def article_words(corpus: Path, limit: int = 0):
    """Each article's words and punctuation marks as the actor rules read
    them: matching keys, a clitic peeled by the lang layer's peeler."""
    import re

    from briefings.extract import gazetteer as gz
    from briefings.lang.ar import key

    word = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+|[^\s\u0621-\u064a\u0640\u064b-\u0652]")
    for n, a in enumerate(articles(corpus)):
        if limit and n >= limit:
            break
        yield [gz.reading(key(w))[1] for w in word.findall(a.get("content") or "")]


def print_mined(title: str, counts, seen, args, known: set[str]) -> None:
    """A mined frame's words, most counted first: each with its count, the
    share of the word's uses the frame is, and whether the list has it."""
    print(f"# {title}: count, share of the word's uses, known")
    for w, c in counts.most_common():
        share = c / seen[w]
        if c >= args.min_count and share >= args.min_share:
            print(f"{w}\t{c}\t{share:.2f}\t{'known' if w in known else ''}")
