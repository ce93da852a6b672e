"""CPU time of extraction in one process, by stage, and optionally a
cProfile: the first N articles of the first daily file through the path
`briefings extract` runs a file (`extract_source`: batches of 32, the NER
decoder over a batch at once, `to_dict` of each briefing).

    .venv/bin/python bench/profile_extract.py CORPUS [--n 700] [--prof] [--stages] [--top 30] [--dump FILE]

Run it with PYTHONPATH set to another tree (a `git archive` of main) to
time that code with the same venv. `--stages` wraps each stage's function
in a process-time counter (the wrappers add a little time of their own).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
import zipfile
from collections import defaultdict
from pathlib import Path


def _records(corpus: Path, n: int) -> bytes:
    first = sorted(corpus.glob("*.zip"))[0]
    records: list[dict] = []
    with zipfile.ZipFile(first) as zf:
        for name in zf.namelist():
            records += json.loads(zf.read(name))
    return json.dumps(records[:n], ensure_ascii=False).encode("utf-8")


def _wrap_stages(spent: dict[str, float]) -> None:
    """Process-time counters around each stage (the names in assemble's
    module, where it calls them)."""
    import briefings.assemble as asm
    import briefings.run.extraction as ext

    def timed(name, fn):
        def inner(*a, **k):
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += time.process_time() - t
        return inner

    for name in ("segment", "ner_tags", "extract_actors", "extract_figures", "extract_quotes",
                 "speaker_people", "summarize"):
        setattr(asm, name, timed(name, getattr(asm, name)))
    ext.to_dict = timed("to_dict", ext.to_dict)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--n", type=int, default=700)
    ap.add_argument("--prof", action="store_true")
    ap.add_argument("--stages", action="store_true")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--dump", type=Path, help="also write the cProfile stats here (pstats: callers, callees)")
    args = ap.parse_args()
    import briefings
    from briefings.readers import Source
    from briefings.run.extraction import extract_source, warm_up

    sys.stderr.write(briefings.__file__ + "\n")
    data = _records(args.corpus, args.n)
    warm_up()  # the model and the word lists, as a running build has them
    spent: dict[str, float] = defaultdict(float)
    if args.stages:
        _wrap_stages(spent)
    # CPU time, not wall: on a shared machine the wall clock charges other
    # processes' turns to whatever function was running
    pr = cProfile.Profile(time.process_time) if args.prof else None
    t = time.process_time()
    if pr:
        pr.enable()
    result = extract_source(Source("sample.json", data))
    if pr:
        pr.disable()
    cpu = time.process_time() - t
    n = len(result.briefings)
    print(f"CPU s {cpu:.2f}, {n} briefings, {n / cpu:.1f} per CPU second")
    if spent:
        for name, s in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {name:16s} {s:6.2f} s  {1000 * s / n:5.2f} ms an article")
        print(f"  {'rest':16s} {cpu - sum(spent.values()):6.2f} s")
    if pr:
        if args.dump:
            pr.dump_stats(args.dump)
        pstats.Stats(pr).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
