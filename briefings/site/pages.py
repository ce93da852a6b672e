"""The collection's pages: actors, timeline, figures ledger, and the
briefings by outlet and by month. Every long list is paginated so no page
grows with the collection."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from briefings.site.collection import card, ledger, merge_actors, timeline
from briefings.site.render import Renderer

ROWS = 120  # table rows on one page
TIMELINE_ROWS = 100  # timeline rows carry their sentence
BRIEFINGS = 20  # briefings on one list page
MENTIONS = 30  # briefings listed on an actor page, newest first
ONCE_PER_PAGE = 25  # actors of a single briefing, on one shared page
FIGURE_KINDS = ("count", "money", "percent", "measure", "ordinal")

Put = Callable[[Path, str], None]


def _pages(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def _path(folder: str, stem: str, n: int) -> str:
    return f"{folder}/{stem}.md" if n == 1 else f"{folder}/{stem}-{n}.md"


def _pager(folder: str, stem: str, count: int, here: str) -> list[tuple[int, str]]:
    """(number, relative link) of each page, from a page in `here`."""
    up = "../" * here.count("/")
    return [(n, up + _path(folder, stem, n)) for n in range(1, count + 1)]


def write_all(entries: list[dict], renderer: Renderer, docs: Path, put: Put) -> dict[str, str]:
    """Write the collection pages; returns where each actor name leads (a
    page of docs/, with its anchor), for linking the tags."""
    homes = _actor_pages(entries, renderer, docs, put)
    _timeline_pages(entries, renderer, docs, put)
    _ledger_pages(entries, renderer, docs, put)
    _grouped_lists(entries, renderer, docs, put, "outlets", "المصدر", lambda e: e["outlet"] or "غير معروف")
    _grouped_lists(entries, renderer, docs, put, "months", "الشهر", lambda e: (e["published"] or "")[:7] or "undated")
    return homes


def _actor_pages(entries, renderer, docs, put) -> dict[str, str]:
    """An actor in two briefings or more has a page of its own; the many who
    appear once share pages of ONCE_PER_PAGE, a section each, so a large
    collection does not become tens of thousands of pages."""
    actors = merge_actors(entries)
    by_slug = {a.slug: a for a in actors}
    by_name = sorted(actors, key=lambda a: (a.name, a.slug))
    alphabetical = {a.slug: i for i, a in enumerate(by_name)}
    once = [a for a in by_name if len(a.appearances) < 2]
    home: dict[str, str] = {a.slug: f"actors/{a.slug}.md" for a in actors if len(a.appearances) >= 2}
    for i, a in enumerate(once):
        home[a.slug] = f"actors/more-{i // ONCE_PER_PAGE + 1}.md#{a.slug}"
    rows = [{"name": a.name, "type": a.type, "href": "../" + home[a.slug], "count": len(a.appearances)} for a in actors]
    chunks = _pages(rows, ROWS)
    for n, chunk in enumerate(chunks, 1):
        rel = _path("actors", "index", n)
        put(docs / rel, renderer.page("actors.md.j2", title="الفاعلون" if n == 1 else f"الفاعلون: صفحة {n}",
                                      items=chunk, prefix="../", page=n, pager=_pager("actors", "index", len(chunks), rel)))

    def details(a, company: int = 10):
        titles = [t for t, _ in sorted(a.titles.items(), key=lambda x: (-x[1], x[0]))[:8]]
        together = [({"name": by_slug[s].name}, "../" + home[s], c) for s, c in _most_common(a.with_, company, alphabetical)]
        nationality = min(a.nationalities.items(), key=lambda x: (-x[1], x[0]))[0] if a.nationalities else None
        return {"a": a, "titles": titles, "aliases": [n for n in a.names if n != a.name][:12], "together": together,
                "nationality": nationality, "appearances": a.appearances[:MENTIONS],
                "more": max(0, len(a.appearances) - MENTIONS)}

    for a in actors:
        if len(a.appearances) >= 2:
            put(docs / "actors" / f"{a.slug}.md", renderer.page(
                "actor.md.j2", prefix="../", **details(a)))
    names = {}
    for a in sorted(actors, key=lambda a: -len(a.appearances)):
        for n in a.names:
            names.setdefault(n, home[a.slug])
    groups = _pages(once, ONCE_PER_PAGE)
    for n, group in enumerate(groups, 1):
        if not group:
            continue
        first, last = group[0].name, group[-1].name
        put(docs / "actors" / f"more-{n}.md", renderer.page(
            "actors_once.md.j2", title=f"فاعلون في موجز واحد: {first} … {last}", actors=[details(a, company=4) for a in group],
            prefix="../"))
    return names


def _most_common(counts: dict[str, int], n: int, alphabetical: dict[str, int]) -> list[tuple[str, int]]:
    """The n actors seen most often with one, by name (then slug) among
    equals: `alphabetical` gives each slug its place in that order. Only
    those counted at least as often as the n-th are sorted: a well-known
    actor has thousands of companions, most seen once."""
    cutoff = sorted(counts.values(), reverse=True)[n - 1] if len(counts) > n else 0
    # plain tuples sort in C; a key function was a tenth of a serve rebuild
    ranked = sorted([(-c, alphabetical[s], s) for s, c in counts.items() if c >= cutoff])
    return [(s, -c) for c, _, s in ranked[:n]]


def _timeline_pages(entries, renderer, docs, put) -> None:
    events = timeline(entries)
    by_year: dict[str, list] = defaultdict(list)
    for ev in events:
        by_year[ev["date"][:4]].append(ev)
    years = sorted(by_year)
    links = [({"label": y, "href": f"{y}.html"}, len(by_year[y])) for y in years]
    put(docs / "timeline" / "index.md", renderer.page(
        "timeline.md.j2", title="الخط الزمني", events=[], years=links, prefix="../", page=1, pager=[]))
    for y in years:
        chunks = _pages(by_year[y], TIMELINE_ROWS)
        for n, chunk in enumerate(chunks, 1):
            rel = _path("timeline", y, n)
            put(docs / rel, renderer.page(
                "timeline.md.j2", title=f"الخط الزمني: {y}" + (f" ({n})" if n > 1 else ""), events=chunk,
                years=links, prefix="../", page=n, pager=_pager("timeline", y, len(chunks), rel)))


def _ledger_pages(entries, renderer, docs, put) -> None:
    rows = ledger(entries)
    by_kind: dict[str, list] = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)
    kinds = [{"kind": k, "count": len(by_kind[k]), "href": f"{k}.html"} for k in FIGURE_KINDS if by_kind.get(k)]
    put(docs / "figures" / "index.md", renderer.page(
        "ledger.md.j2", title="سجل الأرقام", rows=rows[:ROWS], kinds=kinds, kind=None, prefix="../", page=1,
        pager=[]))
    for k in kinds:
        chunks = _pages(by_kind[k["kind"]], ROWS)
        for n, chunk in enumerate(chunks, 1):
            rel = _path("figures", k["kind"], n)
            put(docs / rel, renderer.page(
                "ledger.md.j2", title="سجل الأرقام", rows=chunk, kinds=kinds, kind=k["kind"], prefix="../", page=n,
                pager=_pager("figures", k["kind"], len(chunks), rel)))


def _grouped_lists(entries, renderer, docs, put, folder: str, label: str, group_of) -> None:
    groups: dict[str, list] = defaultdict(list)
    for e in entries:
        groups[group_of(e)].append(e)
    names = sorted(groups, key=lambda g: (-len(groups[g]), g)) if folder == "outlets" else sorted(groups, reverse=True)
    stems = {g: hashlib.sha1(g.encode()).hexdigest()[:10] if folder == "outlets" else g for g in names}
    counts = Counter({g: len(groups[g]) for g in names})
    index_items = [{"name": g, "href": f"{stems[g]}.md", "count": counts[g]} for g in names]
    put(docs / folder / "index.md", renderer.page("groups.md.j2", title={"outlets": "المصادر", "months": "الأشهر"}[folder],
                                                  groups=index_items, label=label))
    for g in names:
        items = [card(e) for e in sorted(groups[g], key=lambda e: (e["published"] or "", e["id"]), reverse=True)]
        chunks = _pages(items, BRIEFINGS)
        for n, chunk in enumerate(chunks, 1):
            rel = _path(folder, stems[g], n)
            put(docs / rel, renderer.page(
                "index.md.j2", title=f"{label}: {g}" + (f" ({n})" if n > 1 else ""), items=chunk, prefix="../",
                page=n, pager=_pager(folder, stems[g], len(chunks), rel), intro=None))
