"""Entity-level scoring, conlleval-style: an entity counts when its span
and type are exactly right."""

from __future__ import annotations

from collections import Counter

from briefings.extract.ner import spans


def score(gold: list[list[str]], pred: list[list[str]], types=("PER", "ORG", "LOC")) -> dict[str, dict[str, float]]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs = {s for s in spans(g) if s[2] in types}
        ps = {s for s in spans(p) if s[2] in types}
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    out = {}
    for t in [*types, "micro"]:
        a = sum(tp.values()) if t == "micro" else tp[t]
        b = sum(fp.values()) if t == "micro" else fp[t]
        c = sum(fn.values()) if t == "micro" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[t] = {"precision": p, "recall": r, "f1": f, "support": a + c}
    return out


def format_scores(scores: dict[str, dict[str, float]]) -> str:
    lines = [f"{'type':8} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}"]
    for t, s in scores.items():
        lines.append(f"{t:8} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f} {int(s['support']):8d}")
    return "\n".join(lines)
