"""The size of a whole-corpus site, estimated from two built ones.

    .venv/bin/python bench/estimate.py SITE_1000 SITE_5000 [--n1 1000 --n2 5000 --target 27000]

SITE_1000 and SITE_5000 are the `site/` folders of two builds of the first
N1 and N2 SaudiNewsNet articles (`bench/site.py --keep --size-only`). Each
kind of file (bench/site.py's KINDS) is carried to TARGET articles the
way it grows:
  - with each article (briefing pages, full texts, JSON, the lists,
    stories): N2's size times TARGET / N2 (N2's rate, not N1's: the first
    articles of the corpus are longer than the rest);
  - with the collection (actor pages, timeline, figures ledger, days): on
    the power of n that N1 -> N2 shows;
  - the search index: its postings at N2's rate, its vocabulary tables
    (`assets/search/f/`, the same at any size) once;
  - the rest (theme assets, feeds, 404, sitemap): as it is.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
from pathlib import Path

# bench/site.py's kinds of file (by path: `site` is also a module of Python's own)
_spec = importlib.util.spec_from_file_location("bench_site", Path(__file__).with_name("site.py"))
_site = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_site)
KINDS = _site.KINDS

PER_ARTICLE = {"briefing pages", "full-text pages", "briefing JSON", "archive lists", "month and outlet lists", "stories"}
PER_COLLECTION = {"actor pages", "timeline", "figures ledger", "days"}


def by_kind(site: Path) -> dict[str, int]:
    sizes = dict.fromkeys((k for k, _ in KINDS), 0)
    for f in site.rglob("*"):
        if f.is_file():
            rel = f.relative_to(site).as_posix()
            sizes[next(k for k, test in KINDS if test(rel))] += f.stat().st_size
    return sizes


def vocabulary(site: Path) -> int:
    return sum(f.stat().st_size for f in (site / "assets" / "search" / "f").rglob("*") if f.is_file())


def estimate(small: dict[str, int], large: dict[str, int], n1: int, n2: int, target: int, fixed: int) -> dict[str, float]:
    out = {}
    for kind, b in large.items():
        if kind in PER_ARTICLE:
            out[kind] = b * target / n2
        elif kind in PER_COLLECTION and small[kind] and b:
            power = math.log(b / small[kind]) / math.log(n2 / n1)
            out[kind] = b * (target / n2) ** power
        elif kind == "search index":
            out[kind] = (b - fixed) * target / n2 + fixed
        else:
            out[kind] = b
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("small", type=Path)
    ap.add_argument("large", type=Path)
    ap.add_argument("--n1", type=int, default=1000)
    ap.add_argument("--n2", type=int, default=5000)
    ap.add_argument("--target", type=int, default=27000)
    args = ap.parse_args()
    small, large = by_kind(args.small), by_kind(args.large)
    est = estimate(small, large, args.n1, args.n2, args.target, vocabulary(args.large))
    print(f"{'kind of file':24s} {args.n1:>7d} KB/art {args.n2:>7d} KB/art {args.target:>7d} MB")
    for kind in est:
        print(f"{kind:24s} {small[kind] / args.n1 / 1024:14.1f} {large[kind] / args.n2 / 1024:14.1f} {est[kind] / 1e6:10.0f}")
    print(f"{'all':24s} {sum(small.values()) / args.n1 / 1024:14.1f} {sum(large.values()) / args.n2 / 1024:14.1f} "
          f"{sum(est.values()) / 1e6:10.0f}")


if __name__ == "__main__":
    main()
