"""Wire copies and stories measured on a corpus (SaudiNewsNet).

    python bench/stories.py CORPUS_DIR [--cache DIR]          # extract (or read the cache), then measure
    python bench/stories.py --from-json DIR                   # briefings written by `briefings extract -o DIR`

Prints:
- copies recall, computed exactly: every pair of articles with the same
  normalized text or a word Jaccard of at least 0.9 (found by exhaustive
  set-similarity join with prefix filtering, which misses no such pair)
  and whether `link` put it in one copy group;
- copies precision on the labelled sample bench/data/copy-pairs.tsv
  (`--sample-copies N` prints a fresh sample to label instead);
- stories precision and recall on bench/data/story-pairs.tsv, tune
  (`--sweep` prints tune's curve over thresholds), and test with `--test`
  only (a round looks at test once, for its final variant); and on
  bench/data/story-pairs-2.tsv and -3.tsv (drawn from whole stories),
  tune2 and tune3 and, with `--test` only, held2 and held3;
- `--draw-uniform N --seed S --draw-out FILE` prints N new pairs drawn
  from the stories of the code run (half inside stories, uniform over
  their pairs; a quarter left apart near the threshold; a quarter left
  apart sharing a salient actor) as rows of story-pairs-2.tsv without
  label, and writes each side's title and lead to FILE to read;
- `--write-df DIR` writes the reference document frequencies that
  vectors.py ships (from the whole corpus: `briefings/stories/`);
- `--draw-stories N` prints N new article pairs to label instead (the
  strata of the first 350 pairs in their proportions, none labelled yet),
  each with its split (a SHA-1 of the pair: odd is test), and each side's
  title and lead to read;
- the time of the stories step (features, copies, stories, page data) on
  the first 1,000 and 10,000 articles and on all, on one core, and of
  linking again after one more article (`Linker`), checked equal to a
  first link.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")  # one core

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefings.run import Options, Report, briefings, briefings_from_json  # noqa: E402
from briefings.stories import Linker, document, features, link, slim  # noqa: E402
from briefings.stories.copies import word_jaccard  # noqa: E402

DATA = ROOT / "bench" / "data"


def load(args) -> list[dict]:
    report = Report()
    found = (briefings_from_json(Path(args.from_json), report) if args.from_json else
             briefings(Options(inputs=[Path(args.corpus)], cache_dir=Path(args.cache)), report, jobs=args.jobs))
    kept = [slim(b) | {"body": b["body"]} for b in found]
    kept.sort(key=lambda b: (b["source"]["path"], -1 if b["source"].get("record") is None else b["source"]["record"], b["id"]))
    print(f"{len(kept)} articles ({len(report.skipped)} skipped)", file=sys.stderr)
    return kept


def required_pairs(feats, t: float = 0.9) -> set[tuple[int, int]]:
    """Every pair with the same normalized text or a word Jaccard ≥ t.
    Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007): with
    each set's words ordered rarest first, two sets of Jaccard ≥ t share a
    word among the first |x| - ceil(t·|x|) + 1 of either; so comparing every
    pair that shares a prefix word, and only those, finds them all."""
    pairs: set[tuple[int, int]] = set()
    by_text = defaultdict(list)
    for k, f in enumerate(feats):
        by_text[f.text_key].append(k)
    for ks in by_text.values():
        pairs.update((a, b) for n, a in enumerate(ks) for b in ks[n + 1 :])
    df: dict[int, int] = defaultdict(int)
    for f in feats:
        for w in f.words.tolist():
            df[w] += 1
    postings: dict[int, list[int]] = defaultdict(list)
    for k, f in enumerate(feats):
        words = sorted(f.words.tolist(), key=lambda w: (df[w], w))
        for w in words[: len(words) - math.ceil(t * len(words)) + 1]:
            postings[w].append(k)
    seen = set()
    for ks in postings.values():
        for n, a in enumerate(ks):
            for b in ks[n + 1 :]:
                p = (a, b) if a < b else (b, a)
                if p in seen:
                    continue
                seen.add(p)
                na, nb = len(feats[a].words), len(feats[b].words)
                if min(na, nb) >= t * max(na, nb) and word_jaccard(feats[a], feats[b]) >= t:
                    pairs.add(p)
    return pairs


def place(b: dict) -> tuple[str, int | None]:
    return b["source"]["path"], b["source"].get("record")


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def copies(bs: list[dict], feats, linked, args) -> None:
    group = np.full(len(bs), -1)
    for n, g in enumerate(linked.groups):
        group[g.members] = n
    t = time.process_time()
    need = required_pairs(feats)
    found = sum(1 for a, b in need if group[a] >= 0 and group[a] == group[b])
    print(f"copies: {len(linked.groups)} groups holding {int((group >= 0).sum())} articles")
    print(f"copies recall: {found}/{len(need)} = {found / max(1, len(need)):.4f} of the pairs with the same normalized "
          f"text or a word Jaccard >= 0.9 (all of them, found exactly in {time.process_time() - t:.0f} s)")
    grouped = [(a, b) for g in linked.groups for n, a in enumerate(g.members) for b in g.members[n + 1 :]]
    if args.sample_copies:
        rng = random.Random(args.seed)
        beyond = [p for p in grouped if p not in need and (p[1], p[0]) not in need]
        sample = [(p, "any") for p in rng.sample(grouped, min(args.sample_copies, len(grouped)))]
        sample += [(p, "beyond") for p in rng.sample(beyond, min(args.sample_copies // 2, len(beyond)))]
        for n, ((a, b), kind) in enumerate(sample):
            print(f"#{n} {kind} J={word_jaccard(feats[a], feats[b]):.2f}\t{place(bs[a])}\t{place(bs[b])}")
            for x in (bs[a], bs[b]):
                print(f"  [{x['source'].get('outlet')} {x['source'].get('published')}] {x['title']} :: "
                      f"{' '.join(x['body'][: args.chars].split())} … {' '.join(x['body'][-args.chars // 2 :].split())}")
        return
    labels = DATA / "copy-pairs.tsv"
    if not labels.exists():
        return
    index = {place(b): k for k, b in enumerate(bs)}
    rows = read_tsv(labels)
    still, good, by_kind = 0, 0, defaultdict(lambda: [0, 0])
    for r in rows:
        a, b = index[(r["a_path"], int(r["a_record"]))], index[(r["b_path"], int(r["b_record"]))]
        if group[a] < 0 or group[a] != group[b]:
            continue
        still += 1
        good += r["label"] == "1"
        by_kind[r["sampled_as"]][0] += 1
        by_kind[r["sampled_as"]][1] += r["label"] == "1"
    parts = ", ".join(f"{k}: {g}/{n}" for k, (n, g) in sorted(by_kind.items()))
    print(f"copies precision: {good}/{still} = {good / max(1, still):.3f} of the labelled grouped pairs that are copies "
          f"({parts}; {len(rows) - still} labelled pairs no longer grouped)")


def stories(bs: list[dict], linked, args, splits: tuple[str, ...] = ("tune", "test")) -> None:
    story = np.full(len(bs), -1)
    for n, s in enumerate(linked.stories):
        story[s] = n
    story = story[linked.canonical]  # a copy is in its canonical article's story
    index = {place(b): k for k, b in enumerate(bs)}
    rows = read_tsv(DATA / "story-pairs.tsv")
    # tune's pairs drawn where a model errs (-r3) or where two models
    # disagree (-r4, -r5) are measured apart too: the rest of tune is drawn as
    # test is, and its numbers stay comparable
    parts = [(split, lambda r, split=split: r["split"] == split) for split in splits]
    aimed = ("-r3", "-r4", "-r5")
    if "tune" in splits and any(r["sampled_as"].endswith(aimed) for r in rows):
        parts += [("tune as drawn", lambda r: r["split"] == "tune" and not r["sampled_as"].endswith(aimed)),
                  ("tune where it errs (-r3)", lambda r: r["split"] == "tune" and r["sampled_as"].endswith("-r3")),
                  ("tune where the eighth round differs (-r4)",
                   lambda r: r["split"] == "tune" and r["sampled_as"].endswith("-r4")),
                  ("tune where a stricter core differs (-r5)",
                   lambda r: r["split"] == "tune" and r["sampled_as"].endswith("-r5"))]
    # the samples drawn from whole stories (`--draw-uniform`), each from
    # the stories of the code of its day: tune2/held2, tune3/held3, tune4/held4
    for k in ("2", "3", "4", "5"):  # -5 is all tune (drawn inside stories of 20 or more)
        path = DATA / f"story-pairs-{k}.tsv"
        more = [r for r in read_tsv(path) if r["label"] != ""] if path.exists() else []
        for r in more:
            r["split"] += k
        rows = rows + more
        for split, name in (("tune", "tune" + k), ("test", "held" + k)):
            if split in splits and more:
                parts.append((f"{name} ({path.name})", lambda r, name=name: r["split"] == name))
    for split, chosen in parts:
        tp = fp = fn = 0
        for r in rows:
            if not chosen(r):
                continue
            a, b = index[(r["a_path"], int(r["a_record"]))], index[(r["b_path"], int(r["b_record"]))]
            same = linked.canonical[a] == linked.canonical[b] or (story[a] >= 0 and story[a] == story[b])
            gold = r["label"] == "1"
            tp, fp, fn = tp + (same and gold), fp + (same and not gold), fn + (not same and gold)
        print(f"stories {split}: precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, tp + fn):.3f} "
              f"({tp + fn} pairs of one story, {sum(map(chosen, rows))} pairs)")


# the strata of bench/data/story-pairs.tsv and their shares of the first 350
# pairs: by the TF-IDF cosine of two canonical articles at most two days apart
STRATA = (("high", 50), ("mid-high", 70), ("middle", 70), ("low", 60), ("shared-actor", 50), ("same-day-low", 30), ("random", 20))


def split_of(a: tuple, b: tuple, salt: str = "") -> str:
    """A SHA-1 of the pair (with `salt` before it, if any): odd is test."""
    key = f"{salt}{a[0]}\t{a[1]}\t{b[0]}\t{b[1]}"
    return "test" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 else "tune"


def draw_stories(bs: list[dict], feats, linked, args) -> None:
    """Pairs to label, drawn by their cosine before they are read (and
    printed in random order, without it), so that the labels owe nothing
    to the model they will measure."""
    from briefings.stories.cluster import similar_pairs
    from briefings.stories.vectors import tfidf

    canon = np.flatnonzero(linked.canonical == np.arange(len(bs)))
    sub = [feats[k] for k in canon]
    i, j, s = similar_pairs(tfidf(sub), [f.day for f in sub], 0.05, 2)
    a_, b_ = canon[i], canon[j]
    index = {place(b): k for k, b in enumerate(bs)}
    taken = set()
    for r in read_tsv(DATA / "story-pairs.tsv"):
        a, b = (int(linked.canonical[index[(r[f"{x}_path"], int(r[f"{x}_record"]))]]) for x in "ab")
        taken.add((min(a, b), max(a, b)))
    low = (s >= 0.05) & (s < 0.1)
    shared = np.array([bool(set(feats[a].actors) & set(feats[b].actors)) for a, b in zip(a_, b_, strict=True)])
    same_day = np.array([feats[a].day is not None and feats[a].day == feats[b].day for a, b in zip(a_, b_, strict=True)])
    masks = {"high": s >= 0.5, "mid-high": (s >= 0.3) & (s < 0.5), "middle": (s >= 0.2) & (s < 0.3),
             "low": (s >= 0.1) & (s < 0.2), "shared-actor": low & shared, "same-day-low": low & same_day & ~shared}
    rng = random.Random(args.seed)
    total = sum(k for _, k in STRATA)
    out = []
    for name, share in STRATA:
        want = round(args.draw_stories * share / total)
        if name == "random":  # any two dated canonical articles at most two days apart
            dated = [k for k in canon.tolist() if feats[k].day is not None]
            tries = 0
            while want and tries < 100 * want:
                tries += 1
                a, b = sorted(rng.sample(dated, 2))
                if abs(feats[a].day - feats[b].day) <= 2 and (a, b) not in taken:
                    taken.add((a, b))
                    out.append((name, a, b))
                    want -= 1
            continue
        idx = np.flatnonzero(masks[name]).tolist()
        rng.shuffle(idx)
        for t in idx:
            p = (int(min(a_[t], b_[t])), int(max(a_[t], b_[t])))
            if want and p not in taken:
                taken.add(p)
                out.append((name, *p))
                want -= 1
    rng.shuffle(out)
    for n, (name, a, b) in enumerate(out):
        pa, pb = place(bs[a]), place(bs[b])
        print("\t".join(map(str, (f"#{n}", split_of(pa, pb), name, pa[0], pa[1], bs[a]["source"].get("url") or "",
                                   pb[0], pb[1], bs[b]["source"].get("url") or ""))))
        for x in (bs[a], bs[b]):
            print(f"  [{x['source'].get('outlet')} {x['source'].get('published')}] {x['title']} :: "
                  f"{' '.join(x['body'][: args.chars].split())}")


def draw_uniform(bs: list[dict], feats, linked, args) -> None:
    """A sample that sees whole stories (bench/data/story-pairs-2.tsv),
    drawn from the stories of the code run, before any label is read:
    `in-story`, uniform over the pairs of canonical articles inside one of
    its stories (what pairwise precision weighs: a large story weighs by
    its pairs); `apart-near`, uniform over the candidate pairs it leaves
    apart scoring SCORED_NEAR or more (where an event's reports may have
    been split); `apart-actor`, uniform over the pairs of canonical
    articles at most two days apart it leaves apart that share a salient
    actor named in at most 5% of them. Printed shuffled, without stratum
    or score, each with its split (a SHA-1 of the pair: odd is held)."""
    from briefings.stories.link import scores

    n = len(bs)
    canon = np.flatnonzero(linked.canonical == np.arange(n))
    pos = np.full(n, -1)
    pos[canon] = np.arange(len(canon))
    story = np.full(len(canon), -1)
    for k, c in enumerate(linked.stories):
        story[pos[c]] = k
    sub = [feats[k] for k in canon]
    m = len(sub)
    i, j, s = scores(sub)
    together = (story[i] >= 0) & (story[i] == story[j])
    rng = np.random.default_rng(args.seed)
    index = {place(b): k for k, b in enumerate(bs)}
    taken = set()
    # pairs of the files before the one drawn for are left out (the file
    # drawn for is not read: so the draw that made it can be made again)
    for r in (r for name in args.draw_exclude for r in read_tsv(DATA / name)):
        a, b = (int(pos[linked.canonical[index[(r[f"{x}_path"], int(r[f"{x}_record"]))]]]) for x in "ab")
        taken.add((min(a, b), max(a, b)))
    # the held days (a blind sample's) are never read item by item: a pair
    # with a side of one of them, or a copy of one, is not drawn
    held_day = np.array([any(day in b["source"]["path"] for day in args.draw_skip_days) for b in bs])
    skipped = np.zeros(n, dtype=bool)
    np.logical_or.at(skipped, linked.canonical, held_day)
    skipped = skipped[canon]
    # every pair inside a story, as one number each
    inside = np.concatenate([(np.array(c)[:, None] * m + np.array(c)[None, :])[np.triu_indices(len(c), 1)]
                             for c in (sorted(pos[c].tolist()) for c in linked.stories)])
    near = (i * m + j)[~together & (s >= SCORED_NEAR)]
    days = np.array([f.day if f.day is not None else -99 for f in sub])
    postings: dict[str, list[int]] = defaultdict(list)
    for k, f in enumerate(sub):
        for a in f.actors:
            postings[a].append(k)
    shared = []
    for ks in postings.values():
        if len(ks) < 2 or len(ks) > 0.05 * m:
            continue
        ks = np.array(ks)
        a, b = np.triu_indices(len(ks), 1)
        a, b = ks[a], ks[b]
        ok = (np.abs(days[a] - days[b]) <= 2) & (days[a] >= 0) & (days[b] >= 0)
        shared.append(np.minimum(a, b)[ok] * m + np.maximum(a, b)[ok])
    shared = np.unique(np.concatenate(shared))
    shared = shared[(story[shared // m] < 0) | (story[shared // m] != story[shared % m])]
    out = []
    tag = args.draw_tag
    for name, pool, want in ((f"in-story-{tag}", inside, args.draw_uniform // 2), (f"apart-near-{tag}", near, args.draw_uniform // 4),
                             (f"apart-actor-{tag}", shared, args.draw_uniform // 4)):
        print(f"# {name}: {len(pool)} pairs, {want} drawn", file=sys.stderr)
        for code in rng.permutation(pool).tolist():
            if not want:
                break
            p = (code // m, code % m)
            if p in taken or skipped[p[0]] or skipped[p[1]]:
                continue
            taken.add(p)
            out.append((name, int(canon[p[0]]), int(canon[p[1]])))
            want -= 1
    order = rng.permutation(len(out))
    with open(args.draw_out, "w", encoding="utf-8") as text:
        for n_, o in enumerate(order.tolist()):
            name, a, b = out[o]
            pa, pb = place(bs[a]), place(bs[b])
            print("\t".join(map(str, (split_of(pa, pb, args.split_salt).replace("test", "held"), "", name, pa[0], pa[1],
                                       bs[a]["source"].get("url") or "", pb[0], pb[1], bs[b]["source"].get("url") or ""))))
            text.write(f"#{n_}\n")
            for x in (bs[a], bs[b]):
                text.write(f"  [{x['source'].get('outlet')} {x['source'].get('published')}] {x['title']} :: "
                           f"{' '.join(x['body'][: args.chars].split())}\n")


SCORED_NEAR = 0.1  # a pair left apart scoring this or more is near the threshold (0.08 on average)


def timings(bs: list[dict]) -> None:
    for n in (1_000, 10_000, len(bs)):
        part = bs[:n]
        t0 = time.process_time()
        feats = features(part)
        t1 = time.process_time()
        linker = Linker()
        linked = linker.link(feats[:-1])
        t2 = time.process_time()
        again = linker.link(feats)  # the next article added to what was linked: only its pairs are computed
        t3 = time.process_time()
        linked = link(feats)
        t4 = time.process_time()
        doc = document(part, linked)
        t5 = time.process_time()
        equal = (again.stories == linked.stories and np.array_equal(again.canonical, linked.canonical)
                 and [g.members for g in again.groups] == [g.members for g in linked.groups])
        print(f"time at {n:>6,}: {t1 - t0 + t4 - t3 + t5 - t4:5.1f} s on one core (features {t1 - t0:.1f}, copies and "
              f"stories {t4 - t3:.1f}, page data {t5 - t4:.1f}); {len(doc['groups'])} copy groups, "
              f"{len(doc['stories'])} stories; linked again after one more article {t3 - t2:.1f} s "
              f"(the first {n - 1:,} from scratch {t2 - t1:.1f} s), {'equal' if equal else 'NOT EQUAL'} to a first link")


def write_df(bs: list[dict], feats, linked, folder: Path) -> None:
    """The reference document frequencies (briefings/stories/df.txt.gz and
    df-titles.txt.gz): in how many canonical articles each base form is
    found, of title and body and of the title alone, those in two or more."""
    import gzip
    from collections import Counter

    from briefings.text.terms import terms

    canon = np.flatnonzero(linked.canonical == np.arange(len(bs)))
    for name, text in (("df.txt.gz", lambda b: terms(b.get("title") or "") + terms(b["body"])),
                       ("df-titles.txt.gz", lambda b: terms(b.get("title") or ""))):
        df = Counter()
        for k in canon.tolist():
            df.update(set(text(bs[k])))
        rows = sorted(((t, c) for t, c in df.items() if c >= 2), key=lambda x: (-x[1], x[0]))
        with gzip.GzipFile(folder / name, "wb", mtime=0) as f:
            f.write((f"# articles\t{len(canon)}\n" + "".join(f"{t}\t{c}\n" for t, c in rows)).encode("utf-8"))
        print(f"{name}: {len(rows)} terms of {len(df)}, over {len(canon)} canonical articles")


def sweep(bs: list[dict], feats, args) -> None:
    for th in (0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.25):
        linked = link(feats, threshold=th)
        print(f"threshold {th}: ", end="")
        stories(bs, linked, args, splits=("tune",))  # chosen on tune alone


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", help="folder of the corpus (SaudiNewsNet's daily ZIP files)")
    ap.add_argument("--cache", default=str(ROOT / ".briefings-cache"))
    ap.add_argument("--from-json", default=None)
    ap.add_argument("-j", "--jobs", type=int, default=None)
    ap.add_argument("--sample-copies", type=int, default=0, help="print this many grouped pairs to label, and half as many beyond the definition")
    ap.add_argument("--draw-stories", type=int, default=0, help="print this many new story pairs to label (title and lead)")
    ap.add_argument("--draw-uniform", type=int, default=0,
                    help="print this many pairs for bench/data/story-pairs-2.tsv (half inside stories, half apart)")
    ap.add_argument("--draw-exclude", nargs="+", default=["story-pairs.tsv"], metavar="FILE",
                    help="with --draw-uniform: files of bench/data whose pairs are not drawn again "
                         "(story-pairs-2.tsv was drawn with story-pairs.tsv alone; story-pairs-3.tsv with both)")
    ap.add_argument("--draw-tag", default="s2", help="with --draw-uniform: the strata's suffix (s2: story-pairs-2.tsv)")
    ap.add_argument("--draw-skip-days", nargs="*", default=[], metavar="DAY",
                    help="with --draw-uniform: days (2015-07-26) none of whose articles, nor their copies, is drawn")
    ap.add_argument("--split-salt", default="",
                    help="with --draw-uniform: put before the pair in the SHA-1 that splits tune from held "
                         "(story-pairs-4.tsv: 'story-pairs-4')")
    ap.add_argument("--draw-out", default="pairs-to-read.txt", help="with --draw-uniform: where the texts to read go")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--chars", type=int, default=300)
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--no-timings", action="store_true")
    ap.add_argument("--write-df", default=None, metavar="DIR",
                    help="write the reference document frequencies (briefings/stories/df*.txt.gz) into DIR")
    ap.add_argument("--test", action="store_true", help="also score the test pairs (once a round, the final variant)")
    args = ap.parse_args()
    if not args.corpus and not args.from_json:
        ap.error("give the corpus folder or --from-json DIR")
    bs = load(args)
    feats = features(bs)
    linked = link(feats)
    if args.draw_stories:
        draw_stories(bs, feats, linked, args)
        return 0
    if args.draw_uniform:
        draw_uniform(bs, feats, linked, args)
        return 0
    if args.write_df:
        write_df(bs, feats, linked, Path(args.write_df))
        return 0
    copies(bs, feats, linked, args)
    if args.sample_copies:
        return 0
    if args.sweep:
        sweep(bs, feats, args)
        return 0
    stories(bs, linked, args, splits=("tune", "test") if args.test else ("tune",))
    if not args.no_timings:
        timings(bs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
