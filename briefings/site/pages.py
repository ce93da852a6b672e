"""The collection's pages: the archive of briefings, actors, timeline,
figures ledger, and the briefings by outlet and by month. Every long list
is cut into pages, so no page grows with the collection: lists that grow
at their newest end numbered from the oldest (site/paginator.py), lists
that grow anywhere (actors by name, a year's events) where an item
hashes to a mark (site/anchored.py), so that an item added changes the
page it falls on, not every page after it."""

from __future__ import annotations

import bisect
import hashlib
import marshal
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefings.site.actor_pages import (  # noqa: F401 - OWN_PAGE, actor_pages, count_band: as this module gave them
    OWN_PAGE,
    ROWS,
    Keep,
    KeptPages,
    Put,
    actor_pages,
    actor_pages_of,
    count_band,
)
from briefings.site.anchored import Anchored
from briefings.site.charts import bars, per_day
from briefings.site.collection import (
    ActorMerge,
    canonical,
    card,
    events_of,
    fold_repeats,
    ledger,
    merge_part,
    ordered_events,
    ordered_rows,
    rows_of,
)
from briefings.site.front import FrontData, write_front
from briefings.site.merge_kept import KeptMerge
from briefings.site.outlets import outlet_name
from briefings.site.paginator import FromOldest
from briefings.site.render import KIND_LABELS, Renderer, count_noun, currency_name, day_name, month_name

TIMELINE_ROWS = 100  # timeline rows carry their sentence
BRIEFINGS = 20  # briefings on one page of the archive, each with its lead sentence
LIST_ROWS = 100  # briefings of an outlet or a month on one page: a line each
FIGURE_KINDS = ("count", "money", "percent", "measure", "ordinal")


ARCHIVE = FromOldest(BRIEFINGS, "archive/index.md", lambda n: f"archive/page-{n}.md", lambda n: f"archive/undated-{n}.md")
SERIES = 60  # values of one figure charted on a ledger page, the newest
TIMELINE_HOME = "timeline/index.md"


def _newest_first(entries: list[dict]) -> list[dict]:
    return sorted(entries, key=lambda e: (e["published"] or "", e["id"]), reverse=True)


def _dated_undated(cards: list[dict]) -> tuple[list[dict], list[dict]]:
    """Rows newest first (cards, ledger rows), split where the undated ones
    begin (they sort last)."""
    cut = next((i for i, c in enumerate(cards) if not c["published"]), len(cards))
    return cards[:cut], cards[cut:]


def _title(label: str, p, count: int) -> str:
    """The title of a page of a list numbered from the oldest: the first
    page is the list's own; a numbered page says which, an undated one so."""
    if p.number == 0:
        return label
    return f"{label}: صفحة {p.number}" if p.number <= count else f"{label}: بلا تاريخ ({p.number - count})"


def write_all(entries: Iterable[dict], renderer: Renderer, docs: Path, put: Put, stories: dict | None = None,
              tagged: list[tuple[str, list[str]]] | None = None, merge: ActorMerge | KeptMerge | None = None,
              kept: KeptPages | None = None, keep: Keep | None = None) -> dict[str, str]:
    """Write the collection pages; returns where each actor name leads (a
    page of docs/, with its anchor), for linking the tags. `stories` is
    the stories document of the collection: a wire copy is counted once,
    in its canonical briefing, everywhere but on its own outlet's list.

    `entries` is read once for each kind of page, and no list of them is
    made: a build may give them unpacked one at a time (a collection's
    entries at once were the largest thing a build held). `tagged`, when
    given, gets each briefing's id and tags as they are read. `merge`: the
    actor merge the last build kept (site/merge_kept.py; None: merged
    whole); `kept`, the state its actor pages left, and `keep`, the
    writer's (a page kept as it is): with both, only the actor pages
    whose actors changed are rendered (site/actor_pages.py)."""
    stories = stories or {"groups": [], "stories": []}
    copies_of: dict[str, list[dict]] = {}
    for g in stories["groups"]:
        copies_of[g["members"][0]["id"]] = [{**m, "outlet": outlet_name(m["outlet"])} for m in g["members"][1:]]
    copies = {m["id"] for ms in copies_of.values() for m in ms}
    # Three readings of the entries (a spooled entry is unpacked at each,
    # and the eleven readings before were a third of these pages' time),
    # each keeping only what its pages show, so that no step holds more
    # than it did alone: the actor merge (the largest, and the actor
    # pages give the others where an actor leads); the archive, the
    # outlet and month lists and the story, day and front pages; the
    # timeline and the ledger.
    merge = merge if merge is not None else ActorMerge()
    heads = getattr(entries, "heads", None)
    if heads is not None and isinstance(merge, KeptMerge) and (raws := entries.raw_part(0)) is not None:
        # each entry's id and tags as the spool kept them beside its parts:
        # a merge part is unpacked only where a change reaches it
        for (bid, tags, actors), raw in zip(heads, raws, strict=True):
            if tagged is not None and tags:
                tagged.append((bid, tags))
            if actors and bid not in copies:
                merge.add_raw(bid, raw)
    else:
        for e, raw in _signed(entries, 0):
            if tagged is not None and e["tags"]:
                tagged.append((e["id"], e["tags"]))
            if e["id"] not in copies:
                merge.add(e, raw)
    actors = merge.finish()
    homes = actor_pages_of(actors, renderer, docs, put, merge if isinstance(merge, KeptMerge) else None, kept, keep)
    del merge, actors
    cards: list[dict] = []
    outlets: dict[str, list] = defaultdict(list)
    months: dict[str, list] = defaultdict(list)
    front = FrontData(stories, copies_of)
    for e in _reading(entries, 1):
        line = card(e, lead=False)  # one object on both lists: they only read it
        outlets[e["outlet"] or "غير معروف"].append(line)  # a copy on its own outlet's list
        if e["id"] in copies:
            continue
        cards.append(card(e))
        months[(e["published"] or "")[:7] or "undated"].append(line)
        front.add(e)
    _archive_list(cards, renderer, docs, put)
    del cards
    _grouped_pages(outlets, renderer, docs, put, "outlets", "المصدر")
    _grouped_pages(months, renderer, docs, put, "months", "الشهر")
    del outlets, months
    chart = front.chart()
    write_front(stories, front, copies_of, homes, renderer, docs, put)
    del front
    events: list[dict] = []
    rows: list[tuple[tuple[str, str], list[dict]]] = []
    newest = ""
    for e in _Once(_reading(entries, 2), copies):
        events.extend(events_of(e))
        newest = max(newest, e["published"] or "")
        if r := rows_of(e):
            rows.append(r)
    _timeline_of(ordered_events(events), chart, renderer, docs, put, newest)
    _ledger_of(ordered_rows(rows), renderer, docs, put)
    return homes


# What each of write_all's three readings uses of an entry: a build that
# spools the entries keeps each part apart (generate._Entries), and a
# reading unpacks its part only, not the whole entry three times.
def _lists_part(e: dict) -> dict:
    part = {k: e[k] for k in ("id", "title", "published", "outlet", "long", "stale", "summary")}
    part["actors"] = [{"salience": a.get("salience", 0)} for a in e["actors"]]  # all the front page ranks by
    return part


def _figures_part(e: dict) -> dict:
    return {k: e[k] for k in ("id", "title", "published", "long", "figures", "outlet")}


PARTS = (merge_part, _lists_part, _figures_part)


def head(e: dict) -> tuple[str, list[str], bool]:
    """What the actor merge's reading needs of an entry but its merge
    part: its id, its tags, whether it names any actor."""
    return e["id"], list(e["tags"]), bool(e["actors"])


def packed(e: dict) -> tuple[bytes, ...]:
    """An entry's parts as a build spools them, marshal's bytes of each:
    the merge part's canonical (collection.canonical), as a kept merge
    knows an unchanged briefing by them; the others as marshal's newest
    version packs them (shorter, and nothing is known by their bytes)."""
    return (canonical(merge_part(e)), *(marshal.dumps(part(e)) for part in PARTS[1:]))


def _reading(entries: Iterable[dict], part: int) -> Iterable[dict]:
    """The entries as one reading needs them: a spool that keeps them in
    parts (`part(i)`, i in PARTS' order) gives that part alone."""
    of = getattr(entries, "part", None)
    return of(part) if of is not None else entries


def _signed(entries: Iterable[dict], part: int) -> Iterator[tuple[dict, bytes | None]]:
    """The entries of a reading with the bytes each was read from (None
    when they are held, not spooled): a kept merge knows an unchanged
    briefing by them."""
    raw = getattr(entries, "raw_part", None)
    if raw is not None and (got := raw(part)) is not None:
        return ((marshal.loads(b), b) for b in got)
    return ((e, None) for e in _reading(entries, part))


class _Once:
    """The entries that are no wire copy, read as often as asked."""

    def __init__(self, entries: Iterable[dict], copies: set[str]) -> None:
        self.entries, self.copies = entries, copies

    def __iter__(self) -> Iterator[dict]:
        return (e for e in self.entries if e["id"] not in self.copies)


def _archive_pages(entries, renderer, docs, put) -> None:
    """The home page and the archive: every briefing, newest first, with
    its lead sentence (the briefing's page has the whole summary; only this
    one list shows any of it, so the site does not hold it three times)."""
    _archive_list([card(e) for e in entries], renderer, docs, put)


def _archive_list(cards: list[dict], renderer, docs, put) -> None:
    items = _newest_first(cards)  # a card has what orders it
    dated, undated = _dated_undated(items)
    count = ARCHIVE.dated_pages(dated)
    for p in ARCHIVE.pages(dated, undated):
        intro = f"{count_noun(len(items), 'موجز')}، الأحدث أولاً، والنسخ المتطابقة مرة واحدة." if p.number == 0 and items else None
        put(docs / p.path, renderer.page("index.md.j2", title=_title("الموجزات", p, count), items=p.items,
                                         page=FromOldest.label(p.number, count), pager=p.pager, prefix="../", intro=intro))


def _timeline_pages(entries, renderer, docs, put) -> None:
    """The timeline's index (the years with their counts, the chart of
    articles a day, the latest events) and each year's events, oldest
    first, on pages cut where an event hashes to a mark (site/anchored.py):
    an article's events change the pages they fall on, not every later
    page of their year. A year's pages link their neighbours, the index,
    and the years before and after: with every year and its count on every
    page, as before, one new event changed all of them (228 pages at
    1,000 articles, most of them years an article names once)."""
    entries = list(entries)
    chart = bars(per_day([e["published"] for e in entries]), "عدد الموجزات في كل يوم")
    events: list[dict] = []
    for e in entries:
        events.extend(events_of(e))
    newest = max((e["published"] or "" for e in entries), default="")
    _timeline_of(ordered_events(events), chart, renderer, docs, put, newest)


def _latest(events: list[dict], newest: str) -> list[dict]:
    """The events a reader arriving at the timeline sees, newest first:
    those up to a month after the newest briefing (what the week ahead
    holds, not the 2050 of a forecast nor an article's misprinted year)."""
    if len(newest) >= 4:
        # a briefing dated by its month or year alone (2015-07, 2015): the
        # month after that month's or year's end
        y, m = int(newest[:4]), int(newest[5:7]) if len(newest) >= 7 else 12
        limit = f"{y + m // 12:04d}-{m % 12 + 1:02d}{newest[7:10] if len(newest) >= 10 else '-31'}"
        end = bisect.bisect_right([ev["date"] for ev in events], limit)
    else:
        end = len(events)
    return events[max(0, end - TIMELINE_ROWS):end][::-1]


def _timeline_of(events: list[dict], chart: str, renderer, docs, put, newest: str = "") -> None:
    """The timeline's pages of its events, in order; `chart`: articles a
    day; `newest`: the newest briefing's date. Rows that repeat one of
    their date in another briefing's words are one row (`fold_repeats`)."""
    events = fold_repeats(events)
    by_year: dict[str, list] = defaultdict(list)
    for ev in events:
        by_year[ev["date"][:4]].append(ev)
    years = sorted(by_year)
    # newest first on the index, as its events
    links = [({"label": y, "href": f"{y}.html"}, len(by_year[y])) for y in reversed(years)]
    # on arrival: the chart of articles a day and the latest events, newest first
    put(docs / TIMELINE_HOME, renderer.page(
        "timeline.md.j2", title="الخط الزمني", events=_latest(events, newest), years=links, prefix="../",
        page=1, pager=[], chart=chart, latest=True))
    for i, y in enumerate(years):
        pages = Anchored(TIMELINE_ROWS * 3 // 8, TIMELINE_ROWS * 3 // 2, lambda name, y=y: f"timeline/{y}-{name}.md", TIMELINE_HOME,
                         "timeline", first=f"timeline/{y}.md").pages(by_year[y], _event_key)
        for j, p in enumerate(pages):
            pager = list(p.pager)
            if j == 0 and i > 0:
                pager.insert(0, (years[i - 1], f"{years[i - 1]}.md"))
            if j + 1 == len(pages) and i + 1 < len(years):
                pager.append((years[i + 1], f"{years[i + 1]}.md"))
            span = f" ({day_name(p.items[0]['date'])} … {day_name(p.items[-1]['date'])})" if j else ""
            put(docs / p.path, renderer.page(
                "timeline.md.j2", title=f"الخط الزمني: {y}{span}", events=p.items, years=[], prefix="../",
                page=None, pager=pager, chart="", latest=False))


def _event_key(ev: dict) -> str:
    """What names a timeline page that ends at this event: its date and
    sentence (events of one sentence and date are side by side)."""
    return hashlib.sha1(f"{ev['date']}\x00{ev['id']}\x00{ev['sentence']}".encode()).hexdigest()[:12]


def _ledger_pages(entries, renderer, docs, put) -> None:
    _ledger_of(ledger(entries), renderer, docs, put)


def _ledger_of(rows: list[dict], renderer, docs, put) -> None:
    by_kind: dict[str, list] = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)
    kinds = [{"kind": k, "count": len(by_kind[k]), "href": f"{k}.html"} for k in FIGURE_KINDS if by_kind.get(k)]
    put(docs / "figures" / "index.md", renderer.page(
        "ledger.md.j2", title="سجل الأرقام", rows=rows[:ROWS], kinds=kinds, kind=None, prefix="../", page=1,
        pager=[], chart=_series(rows)))
    # a kind's pages link the other kinds without their counts: with them,
    # every page of the ledger changed with every figure added
    plain = [{**k, "count": None} for k in kinds]
    for k in kinds:
        kind = k["kind"]
        chart = _series(by_kind[kind])
        # numbered from the oldest: today's figures change the kind's first
        # page and its newest numbered one, not every page
        dated, undated = _dated_undated(by_kind[kind])
        lists = FromOldest(ROWS, f"figures/{kind}.md", lambda n, kind=kind: f"figures/{kind}-{n}.md",
                           lambda n, kind=kind: f"figures/{kind}-undated-{n}.md")
        count = lists.dated_pages(dated)
        for p in lists.pages(dated, undated):
            put(docs / p.path, renderer.page(
                "ledger.md.j2", title="سجل الأرقام", rows=p.items, kinds=plain, kind=kind, prefix="../",
                page=FromOldest.label(p.number, count), pager=p.pager, chart=chart if p.number == 0 else ""))


def _series(rows: list[dict]):
    """The chart of one figure across articles: of the unit (or currency)
    the ledger rows give most often, three values or more, each article's
    value in date order."""
    by_unit: dict[tuple, list] = defaultdict(list)
    for r in rows:
        unit = r["currency"] or r["unit"]
        if unit and r["value"] is not None and r["published"]:
            by_unit[(r["kind"], unit)].append(r)
    if not by_unit:
        return ""
    (kind, unit), series = max(by_unit.items(), key=lambda x: (len(x[1]), x[0]))
    if len(series) < 3:
        return ""
    series = sorted(series, key=lambda r: (r["published"], r["id"]))[-SERIES:]
    if series[0]["currency"]:
        unit = currency_name(unit)
    return bars([(f"{r['published']} · {r['title'][:60]}", r["value"]) for r in series],
                f"{KIND_LABELS[kind]} بوحدة {unit} عبر المقالات", unit)


def _grouped_lists(entries, renderer, docs, put, folder: str, label: str, group_of) -> None:
    groups: dict[str, list] = defaultdict(list)  # a group's cards
    for e in entries:
        groups[group_of(e)].append(card(e, lead=False))
    _grouped_pages(groups, renderer, docs, put, folder, label)


def _month_label(month: str) -> str:
    return "بلا تاريخ" if month == "undated" else month_name(month)


def _grouped_pages(groups: dict[str, list], renderer, docs, put, folder: str, label: str) -> None:
    names = sorted(groups, key=lambda g: (-len(groups[g]), g)) if folder == "outlets" else sorted(groups, reverse=True)
    stems = {g: hashlib.sha1(g.encode()).hexdigest()[:10] if folder == "outlets" else g for g in names}
    counts = Counter({g: len(groups[g]) for g in names})
    # a month by its name (أغسطس 2015): YYYY-MM after Arabic words reads
    # backwards; the briefings with no date under an Arabic label, not "undated"
    shown = _month_label if folder == "months" else str
    index_items = [{"name": shown(g), "href": f"{stems[g]}.md", "count": counts[g]} for g in names]
    put(docs / folder / "index.md", renderer.page("groups.md.j2", title={"outlets": "المصادر", "months": "الأشهر"}[folder],
                                                  groups=index_items, label=label))
    for g in names:
        # numbered from the oldest: today's briefing changes the list's first
        # page and its newest numbered one, not every page
        dated, undated = _dated_undated(_newest_first(groups[g]))
        stem = stems[g]
        lists = FromOldest(LIST_ROWS, f"{folder}/{stem}.md", lambda n, stem=stem: f"{folder}/{stem}-{n}.md",
                           lambda n, stem=stem: f"{folder}/{stem}-undated-{n}.md")
        count = lists.dated_pages(dated)
        for p in lists.pages(dated, undated):
            # an outlet's own page does not name the outlet on every line
            items = [{**c, "outlet": None} for c in p.items] if folder == "outlets" else p.items
            put(docs / p.path, renderer.page(
                "index.md.j2", title=_title(f"{label}: {shown(g)}", p, count), items=items,
                prefix="../", page=FromOldest.label(p.number, count), pager=p.pager, intro=None))
