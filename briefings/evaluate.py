"""Scoring briefings against gold files exactly as ANNOTATION.md describes:
one-to-one pairing per article, normalized strings, optional gold items
that absorb a prediction without counting, micro-averaged P/R/F1."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefings.assemble import assemble
from briefings.lang.ar import candidates, key_text
from briefings.readers import input_files, load, read_source
from briefings.readers.base import ReaderError
from briefings.serialize import to_dict


def norm(s: str | None) -> str:
    return key_text(s or "")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def pair(preds: list, golds: list, match) -> tuple[Tally, list[tuple]]:
    """Greedy one-to-one pairing: required gold first, then optional."""
    t = Tally()
    used: set[int] = set()
    pairs = []
    order = sorted(range(len(golds)), key=lambda i: bool(golds[i].get("optional")))
    for gi in order:
        g = golds[gi]
        hit = next((pi for pi, p in enumerate(preds) if pi not in used and match(p, g)), None)
        if hit is None:
            if not g.get("optional"):
                t.fn += 1
            continue
        used.add(hit)
        if not g.get("optional"):
            t.tp += 1
            pairs.append((preds[hit], g))
    t.fp += len(preds) - len(used)
    return t, pairs


def _names(x: dict) -> set[str]:
    return {norm(n) for n in [x.get("name"), *(x.get("aliases") or [])] if n}


def _unclitic(n: str) -> set[str]:
    """A name and every reading of it without a leading clitic, with and
    without the article (a leading clitic on a prediction is forgiven)."""
    return {n} | {f for s in candidates(n) if s.clitic for f in (s.word, s.bare)}


def actor_match(p: dict, g: dict) -> bool:
    if p["type"] != g["type"]:
        return False
    gn = _names(g)
    return any(_unclitic(n) & gn for n in _names(p))


def _stem(unit: str) -> str:
    k = norm(unit)
    k = k[2:] if k.startswith("ال") else k
    for suf in ("ات", "ون", "ين", "ا", "ه"):
        if k.endswith(suf) and len(k) - len(suf) >= 3:
            return k[: -len(suf)]
    return k


def figure_match(p: dict, g: dict) -> bool:
    if g["kind"] in ("date",) or (g.get("date") and p.get("date")):
        if g.get("date") is None:
            return p["kind"] == "date" and norm(g["text"]) in norm(p["text"]) or norm(p["text"]) in norm(g["text"])
        return p.get("date") == g.get("date")
    if g.get("value") is None or p.get("value") is None or float(p["value"]) != float(g["value"]):
        return False
    unit = g.get("unit")
    if not unit:
        return True
    stem = _stem(unit)
    return stem in norm(p.get("unit")) or stem in norm(p.get("text"))


def _word_f1(a: str, b: str) -> float:
    wa, wb = Counter(norm(a).split()), Counter(norm(b).split())
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / sum(wa.values()), common / sum(wb.values())
    return 2 * p * r / (p + r)


def quote_match_factory(gold_actors: list[dict]):
    def forms_of(name: str) -> set[str]:
        n = norm(name)
        for a in gold_actors:
            if n in _names(a):
                return _names(a)
        return {n}

    def match(p: dict, g: dict) -> bool:
        ps, gs = norm(p.get("speaker")), norm(g.get("speaker"))
        if not ps or not gs:
            return False
        same = ps == gs or ps in gs or gs in ps or ps in forms_of(g.get("speaker") or "")
        return same and _word_f1(p["text"], g["text"]) >= 0.5

    return match


def rouge1(summary: list[str], gold: list[str]) -> float:
    return _word_f1(" ".join(summary), " ".join(gold))


@dataclass
class Scores:
    actors: Tally = field(default_factory=Tally)
    figures: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)
    titles_found: int = 0
    titles_gold: int = 0
    rouge: list[float] = field(default_factory=list)
    lead3: list[float] = field(default_factory=list)
    per_article: list[str] = field(default_factory=list)


def title_found(title: str, predicted: set[str]) -> bool:
    """Whether a gold title is among a paired person's predicted titles
    (normalized): equal, or one inside the other (past three letters)."""
    t = norm(title)
    return t in predicted or any(t in x or x in t for x in predicted if len(x) > 3)


def score_briefing(pred: dict, gold: dict, s: Scores) -> None:
    ta, pairs = pair(pred["actors"], gold["actors"], actor_match)
    tf, _ = pair(pred["figures"], gold["figures"], figure_match)
    tq, _ = pair(pred["quotes"], gold["quotes"], quote_match_factory(gold["actors"]))
    s.actors.add(ta)
    s.figures.add(tf)
    s.quotes.add(tq)
    for p, g in pairs:
        if g["type"] == "person":
            pt = {norm(t) for t in p.get("titles") or []}
            for t in g.get("titles") or []:
                s.titles_gold += 1
                s.titles_found += title_found(t, pt)
    summary = [x["text"] for x in pred["summary"]]
    lead = [x["text"] for x in pred["sentences"][:3]]
    s.rouge.append(rouge1(summary, gold["summary"]))
    s.lead3.append(rouge1(lead, gold["summary"]))
    s.per_article.append(
        f"{pred['source']['path']}: actors F1 {ta.prf()[2]:.2f}, figures F1 {tf.prf()[2]:.2f}, quotes F1 {tq.prf()[2]:.2f}"
    )


def _in_split(stem: str, spec: list[str]) -> bool:
    """Whether a gold file belongs to a split given as names or prefixes
    (`000_f63168924004b052`, `dev07`) and ranges of them (`dev01-dev27`)."""
    for part in spec:
        lo, sep, hi = part.partition("-")
        if sep and lo[:-2] == hi[:-2] and lo[-2:].isdigit() and hi[-2:].isdigit():
            head = lo[:-2]
            num = stem[len(head) : len(head) + 2]
            if stem.startswith(head) and num.isdigit() and int(lo[-2:]) <= int(num) <= int(hi[-2:]):
                return True
        elif stem == part or stem.startswith(part + "_"):
            return True
    return False


def parse_split(text: str) -> tuple[str, list[str]]:
    """`NAME=SPEC`: SPEC is a comma-separated list of names and ranges, or a
    folder whose files' stems are the names."""
    name, sep, spec = text.partition("=")
    if not sep or not name or not spec:
        raise ValueError(f"a split is NAME=SPEC, not {text!r}")
    folder = Path(spec)
    if folder.is_dir():
        return name, sorted(p.stem for p in folder.iterdir())
    return name, [p.strip() for p in spec.split(",") if p.strip()]


def gold_predictions(gold_dir: Path, inputs: list[Path]) -> Iterator[tuple[str, dict, dict]]:
    """(stem, predicted briefing as JSON, gold) of every input article that
    has a gold file, in the inputs' order."""
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))}
    for file, root in input_files(inputs):
        gold = golds.get(file.stem)
        if gold is None:
            continue
        for item in read_source(load(file, root)):
            if not isinstance(item, ReaderError):
                yield file.stem, to_dict(assemble(item)), gold


def score_inputs(gold_dir: Path, inputs: list[Path], splits: dict[str, list[str]] | None = None) -> dict[str, Scores]:
    """Scores of every input that has a gold file, per split (one split,
    `all`, when none are given)."""
    splits = splits or {"all": []}
    out = {name: Scores() for name in splits}
    for stem, pred, gold in gold_predictions(gold_dir, inputs):
        for n, spec in splits.items():
            if not spec or _in_split(stem, spec):
                score_briefing(pred, gold, out[n])
    return out


def summary_numbers(s: Scores) -> dict[str, float]:
    out: dict[str, float] = {"articles": len(s.rouge)}
    for name in ("actors", "figures", "quotes"):
        p, r, f = getattr(s, name).prf()
        out.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
    out["titles_r"] = s.titles_found / s.titles_gold if s.titles_gold else 0.0
    out["summary_rouge1"] = sum(s.rouge) / len(s.rouge) if s.rouge else 0.0
    out["lead3_rouge1"] = sum(s.lead3) / len(s.lead3) if s.lead3 else 0.0
    return out


def format_table(scores: dict[str, Scores], per_article: bool = False) -> str:
    """One column per split, side by side."""
    nums = {n: summary_numbers(s) for n, s in scores.items()}
    names = list(scores)
    rows = [("articles", "articles", "{:.0f}")]
    for name in ("actors", "figures", "quotes"):
        rows += [(f"{name} P", f"{name}_p", "{:.3f}"), (f"{name} R", f"{name}_r", "{:.3f}"),
                 (f"{name} F1", f"{name}_f1", "{:.3f}")]
    rows += [("titles recall", "titles_r", "{:.3f}"), ("summary ROUGE-1", "summary_rouge1", "{:.3f}"),
             ("lead-3 ROUGE-1", "lead3_rouge1", "{:.3f}")]
    lines = []
    if per_article:
        for n in names:
            lines += [f"[{n}] {line}" for line in scores[n].per_article]
    lines.append(f"{'':18}" + "".join(f"{n:>10}" for n in names))
    for label, key, fmt in rows:
        lines.append(f"{label:18}" + "".join(f"{fmt.format(nums[n][key]):>10}" for n in names))
    return "\n".join(lines)


def evaluate_dir(gold_dir: Path, inputs: list[Path]) -> str:
    return format_table(score_inputs(gold_dir, inputs), per_article=True)
