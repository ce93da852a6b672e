"""Corpus persons of two taggers, labelled (issue 12, nineteenth round):
the person actors the shipped tagger and a candidate (a retrained model,
read with the article's pass) give on articles of non-held days, drawn at
random from each stratum (found by both, by the shipped tagger only, by
the candidate only) and labelled by reading the sentence, so that a filter
of the candidate's persons can be chosen without the check split.

    .venv/bin/python bench/ner_persons.py CORPUS draw --model CAND [--out PATH]
    .venv/bin/python bench/ner_persons.py CORPUS score --model CAND [--sample PATH]
    .venv/bin/python bench/ner_persons.py CORPUS marginals --model CAND   # how surely the CRF reads each

`bench/data/ner-persons-23.json` keeps each drawn person's file, record,
url, first mention's offsets, the name as the extractor gave it, the
stratum it was drawn from and the stratum's size in the pool, and the
label: `y` a person, named whole; `x` a person, the name cut or joined
to another word; `n` no person (a thing, a place, an organization, a
common word). No text of the corpus but the names. Drawn (seed 23) from
2015-08-02 and 2015-08-06, no held day (`day_articles` refuses them).

`score` tags the sampled articles with the shipped tagger and with the
candidate (each as the draw did, or as the tree now reads it) and counts,
per stratum, the labelled persons each finds (a person actor of that
article with the same name, normalized): `y` found is a tp, `x` or `n`
found an fp, `y` not found an fn. The strata's sizes weigh the sample to
the pool, so the two taggers' person tp / fp in the pool are estimated.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from corpus import day_articles, labelled_articles

from briefings.assemble import assemble
from briefings.evaluate import norm
from briefings.extract import ner

SAMPLE = Path(__file__).parent / "data" / "ner-persons-23.json"
DAYS = ("2015-08-02", "2015-08-06")
STRATA = ("both", "shipped", "candidate")


class MarginTagger(ner.Tagger):
    """A tagger that unnames a person span its CRF reads unsurely: the mean
    over the span's words of P(B-PER) + P(I-PER) (crfsuite's
    forward-backward) under `threshold`, before the rules and the pass.
    A measure for choosing, not shipped: a second pass over every sentence
    with a person costs extraction time."""

    def __init__(self, model_path: str | None, threshold: float, **kw) -> None:
        super().__init__(model_path, **kw)
        self.threshold = threshold

    def _decode(self, sentences: list[list[str]]) -> list[list[str]]:
        out = super()._decode(sentences)
        for toks, tags in zip(sentences, out, strict=True):
            found = [(a, b) for a, b, typ in ner.spans(tags) if typ == "PER"]
            if not found:
                continue
            feats = self._features.sentence(toks)
            if self._mark:
                feats = [[*f, *(self._mark + x for x in f)] for f in feats]
            self._crfsuite.set(feats)
            for a, b in found:
                p = sum(self._crfsuite.marginal("B-PER", i) + self._crfsuite.marginal("I-PER", i)
                        for i in range(a, b)) / (b - a)
                if p < self.threshold:
                    tags[a:b] = ["O"] * (b - a)
        return out


def tagger(model: str | None, consistent: bool, threshold: float = 0.0) -> ner.Tagger:
    """The shipped tagger (model None) or a candidate, with a person
    threshold when `threshold` is set."""
    if threshold:
        return MarginTagger(model, threshold, consistent=consistent)
    return ner.Tagger(model, consistent=consistent) if model else ner.Tagger()


def persons(arts: list, model: str | None, consistent: bool,
            threshold: float = 0.0) -> dict[tuple[str, int], dict[str, object]]:
    """Each article's person actors under one tagger, by normalized name."""
    ner.default_tagger.cache_clear()
    ner.load_with(lambda: tagger(model, consistent, threshold))
    out = {}
    for a in arts:
        b = assemble(a)
        out[(a.path, a.record)] = {norm(x.name): x for x in b.actors if x.type == "person"}
    ner.default_tagger.cache_clear()
    return out


def strata(arts: list, model: str, consistent: bool) -> dict[str, list[tuple[object, object]]]:
    """(article, actor) of each stratum: found by both taggers, by the
    shipped one only, by the candidate only."""
    old = persons(arts, None, ner.CONSISTENT)
    new = persons(arts, model, consistent)
    out: dict[str, list] = {s: [] for s in STRATA}
    for a in arts:
        k = (a.path, a.record)
        for n, x in old[k].items():
            out["both" if n in new[k] else "shipped"].append((a, x))
        for n, x in new[k].items():
            if n not in old[k]:
                out["candidate"].append((a, x))
    return out


def draw(corpus: Path, model: str, consistent: bool, n_articles: int, sizes: dict[str, int], out: Path,
         days: tuple[str, ...], seed: int) -> None:
    """Print the drawn persons to label, each in its sentence, and write
    their ids to `out` with no labels (never over the labelled sample)."""
    rng = random.Random(seed)
    arts = day_articles(corpus, days, 300)
    rng.shuffle(arts)
    arts = arts[:n_articles]
    by = strata(arts, model, consistent)
    items = []
    for s in STRATA:
        pool = by[s]
        for a, x in rng.sample(pool, min(sizes[s], len(pool))):
            m = x.mentions[0]
            items.append({"path": a.path, "record": a.record, "url": a.url, "start": m.start, "end": m.end,
                          "name": x.name, "stratum": s, "pool": len(pool), "label": None})
    rng.shuffle(items)  # labelled blind to the stratum
    for i, w in enumerate(items):
        a = next(a for a in arts if (a.path, a.record) == (w["path"], w["record"]))
        lo = a.body.rfind("\n", 0, w["start"]) + 1
        hi = a.body.find("\n", w["end"])
        hi = len(a.body) if hi < 0 else hi
        lo, hi = max(lo, w["start"] - 200), min(hi, w["end"] + 200)
        print(f"## {i} [{w['name']}]\n{a.body[lo:w['start']]}⟦{a.body[w['start']:w['end']]}⟧{a.body[w['end']:hi]}\n")
    out.write_text(json.dumps({"articles": n_articles, "days": list(days), "seed": seed, "items": items},
                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def tally(items: list[dict], found: dict[tuple[str, int], dict[str, object]]) -> dict[str, Counter]:
    """tp / fp / fn of one tagger's persons on the labelled items, per
    stratum."""
    out = {s: Counter() for s in STRATA}
    for w in items:
        hit = norm(w["name"]) in found[(w["path"], w["record"])]
        c = out[w["stratum"]]
        if w["label"] == "y":
            c["tp" if hit else "fn"] += 1
        elif hit:
            c["fp"] += 1
            c["fp_" + w["label"]] += 1  # n: no person; x: a person cut or joined
    return out


def weighed(items: list[dict], counts: dict[str, Counter]) -> tuple[float, float, float]:
    """tp / fp / fn in the pool: each stratum's counts times its pool size
    over its sample size."""
    n = Counter(w["stratum"] for w in items)
    pool = {w["stratum"]: w["pool"] for w in items}
    return tuple(sum(counts[s][x] * pool[s] / n[s] for s in n) for x in ("tp", "fp", "fn"))


def score(corpus: Path, model: str, consistent: bool, sample: Path = SAMPLE, threshold: float = 0.0) -> None:
    data = json.loads(sample.read_text(encoding="utf-8"))
    items = [w for w in data["items"] if w["label"]]
    arts = labelled_articles(corpus, {(w["path"], w["record"]) for w in items})
    for w in items:
        if arts[(w["path"], w["record"])].url != w["url"]:
            raise SystemExit(f"{w['path']} record {w['record']}: not as labelled")
    arts = list(arts.values())
    print(f"labelled {len(items)}: " + ", ".join(f"{s} {sum(w['stratum'] == s for w in items)} of "
                                                 f"{next((w['pool'] for w in items if w['stratum'] == s), 0)}"
                                                 for s in STRATA)
          + "  labels " + str(dict(Counter(w["label"] for w in items))))
    for name, m, c in (("shipped", None, ner.CONSISTENT), ("candidate", model, consistent)):
        counts = tally(items, persons(arts, m, c, threshold))
        tp, fp, fn = weighed(items, counts)
        p, r = tp / max(tp + fp, 1e-9), tp / max(tp + fn, 1e-9)
        strat = "  ".join(f"{s} {counts[s]['tp']}/{counts[s]['fp']}/{counts[s]['fn']}"
                          f" (fp n {counts[s]['fp_n']}, x {counts[s]['fp_x']})" for s in STRATA)
        print(f"{name:10} tp/fp/fn by stratum: {strat}   pool estimate tp {tp:.0f} fp {fp:.0f} fn {fn:.0f}"
              f"  P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")


def marginals(corpus: Path, model: str, sample: Path = SAMPLE) -> None:
    """How surely the candidate's CRF reads each labelled person as one:
    the mean over the mention's words of P(B-PER) + P(I-PER), from
    crfsuite's forward-backward (the shipped decoder is Viterbi only, so
    a threshold would cost extraction a second pass: measured here, not
    shipped). Printed per label, for the tagger's own persons (found by
    both taggers or by it alone); `--model shipped` reads the shipped
    model on its own."""
    from briefings.text.tokens import sentence_tokens

    data = json.loads(sample.read_text(encoding="utf-8"))
    shipped = model == "shipped"  # the shipped model, on its own persons
    own = "candidate" if shipped else "shipped"
    items = [w for w in data["items"] if w["label"] and w["stratum"] != own]
    arts = labelled_articles(corpus, {(w["path"], w["record"]) for w in items})
    tagger = ner.Tagger(None if shipped else model)
    crf = tagger._crfsuite
    by: dict[str, list[float]] = {}
    for w in items:
        a = arts[(w["path"], w["record"])]
        b = assemble(a)
        s = next(s for s in b.sentences if s.start <= w["start"] < s.end)
        toks = sentence_tokens(a.body, [s])[0]
        feats = tagger._features.sentence([t.text for t in toks])
        if tagger._mark:
            feats = [[*f, *(tagger._mark + x for x in f)] for f in feats]
        crf.set(feats)
        at = [i for i, t in enumerate(toks) if t.start < w["end"] and t.end > w["start"]]
        p = sum(crf.marginal("B-PER", i) + crf.marginal("I-PER", i) for i in at) / max(len(at), 1)
        by.setdefault(w["label"], []).append(p)
        by.setdefault(f"{w['label']} ({w['stratum']} only)" if w["stratum"] != "both" else "_", []).append(p)
    for label, ps in sorted(by.items()):
        ps.sort()
        q = [ps[int(f * (len(ps) - 1))] for f in (0.1, 0.25, 0.5, 0.75, 0.9)]
        print(f"{label}: {len(ps)} persons, P(PER) deciles 10/25/50/75/90: " + " ".join(f"{x:.2f}" for x in q))
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        kept = {label: sum(p >= t for p in ps) for label, ps in by.items()}
        print(f"threshold {t}: kept y {kept.get('y', 0)}/{len(by.get('y', []))}, x {kept.get('x', 0)}/"
              f"{len(by.get('x', []))}, n {kept.get('n', 0)}/{len(by.get('n', []))}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("mode", choices=("draw", "score", "marginals"))
    ap.add_argument("--model", required=True, help="the candidate model file")
    ap.add_argument("--no-pass", action="store_true", help="read the candidate without the article's pass")
    ap.add_argument("--articles", type=int, default=600, help="draw: articles in the pool")
    ap.add_argument("--both", type=int, default=30, help="draw: persons found by both taggers")
    ap.add_argument("--only", type=int, default=45, help="draw: persons found by one tagger, from each")
    ap.add_argument("--out", type=Path, default=Path("ner-persons-draw.json"), help="draw: where the ids go")
    ap.add_argument("--days", default=",".join(DAYS), help="draw: the daily files, comma-separated")
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--sample", type=Path, default=SAMPLE, help="score: the labelled sample")
    ap.add_argument("--threshold", type=float, default=0.0,
                    help="score: both taggers unname a person span their CRF reads under this (MarginTagger)")
    a = ap.parse_args()
    if a.mode == "draw":
        sizes = {"both": a.both, "shipped": a.only, "candidate": a.only}
        draw(a.corpus, a.model, not a.no_pass, a.articles, sizes, a.out, tuple(a.days.split(",")), a.seed)
    elif a.mode == "marginals":
        marginals(a.corpus, a.model, a.sample)
    else:
        score(a.corpus, a.model, not a.no_pass, a.sample, a.threshold)


if __name__ == "__main__":
    main()
