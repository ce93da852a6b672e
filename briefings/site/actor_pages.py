"""The actor pages: the index (the most mentioned, then every actor by
name on pages that keep their rows), a page of its own for an actor of
OWN_PAGE briefings or more, shared pages for those of two to four.

A build whose actor merge is kept (site/merge_kept.py) makes them in
proportion to what changed: the actors by name are kept in their order
(the actors gone leave it and the new ones are put in place), and only
the pages that show an actor whose component was merged again, or a
companion whose name, link or place by name moved, are rendered; every
other page is kept as the last build wrote it (the writer's `keep`). What
the pages keep is that of the merge the kept file holds (`KeptPages`,
saved with the same token when the merge is saved): a build of a file a
few builds old renders again what changed since that file, and the pages
the builds since rendered from another state (`pending`)."""

from __future__ import annotations

import marshal
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.site.anchored import Anchored
from briefings.site.charts import bars, per_week
from briefings.site.collection import CollectionActor, merge_actors, name_key
from briefings.site.merge_kept import KeptMerge, _file
from briefings.site.paths import full_text_stem
from briefings.site.render import Page, Renderer, Text, day_name

ROWS = 120  # table rows on one page
TOP_ACTORS = 120  # the most mentioned actors, on the actor index's first page
MENTIONS = 30  # briefings listed on an actor page, newest first
WITH_SNIPPET = 5  # of those, the newest show the sentence; the rest a line each
OWN_PAGE = 5  # briefings an actor appears in to have a page of its own
ACTORS_HOME = "actors/index.md"
# every actor by name, and those of two to four briefings by name: pages
# that keep their rows as names come (site/anchored.py)
# (pages of `shortest` to `longest` rows, e times `shortest` on average)
ACTORS = Anchored(44, 2 * ROWS, lambda name: f"actors/names-{name}.md", ACTORS_HOME, "names")  # ~120 rows
# the shared pages are cut on every actor by name, and show those of two to
# four briefings (a sixth of the actors at 1,000 articles): an actor that
# comes to two briefings or leaves for a page of its own moves no cut, so
# renames no page and moves no companion's link (cut on the shared actors
# alone, one new article moved 49-122 pages' links)
ONCE = Anchored(55, 220, lambda name: f"actors/more-{name}.md", ACTORS_HOME, "more")  # ~24 of ~150 actors

Put = Callable[[Path, "str | Page | Text"], None]
Keep = Callable[[str], bool]  # a page, by its path under docs/
# An actor by name: its name's key, slug, name (the order of the pages by
# name), its place in the order of the actors (a kept merge's key, which
# stays; else its position), its count of briefings, and whether its slug
# marks a cut of the pages by name (1) and of the shared pages (2): kept
# with it, so that a build does not hash every slug again
Entry = tuple
# what a page shows of a slug's actors where another page names it: the
# name (of its last actor, most mentioned first), where it leads, and the
# place by name of its last actor by name (companions equal in count are
# ordered so)
Shown = tuple[str, str, tuple]


class State:
    """The actor pages of one merge: every actor by name, what each slug
    shows, and the items and pager of each page by name and each shared
    page (by path)."""

    def __init__(self, order: list[Entry], shown: dict[str, Shown], named: dict[str, tuple], once: dict[str, tuple]):
        self.order, self.shown, self.named, self.once = order, shown, named, once

    def fields(self) -> tuple:
        """What the state file keeps after its token (`State(*fields)` again)."""
        return self.order, self.shown, self.named, self.once


class KeptPages:
    """What a build's actor pages start from and leave for the next: the
    state of the pages of the merge the kept merge started from (`base`;
    None: the pages are made whole), the pages rendered since from
    another state (`pending`, rendered again), and, after the pages, the
    state made (`made`) and the pages this build rendered because what
    they show changed since the base (`changed`)."""

    def __init__(self, base: State | None = None, pending: Iterable[str] = ()) -> None:
        self.base = base
        self.pending = set(pending)
        self.made: State | None = None
        self.changed: set[str] = set()
        self.whole = True  # the last pages were made whole
        self.rendered = 0  # actor pages rendered (for tests and benchmarks)

    @classmethod
    def load(cls, folder: Path, token: bytes | None) -> KeptPages:
        """The pages' state of the kept merge whose file has `token` (none
        when it has none, or the state is of another file or damaged)."""
        if token is None:
            return cls()
        try:
            got, *state = marshal.loads(_state_file(folder).read_bytes())
            base = State(*state) if got == token else None
        except (OSError, ValueError, EOFError, TypeError):
            base = None
        if base is None:
            return cls()
        try:
            got, pending = marshal.loads(_pending_file(folder).read_bytes())
            if got != token:
                return cls()  # the pages since the file are not known
        except (OSError, ValueError, EOFError, TypeError):
            pending = []
        return cls(base, pending)

    def save(self, folder: Path, token: bytes | None, rebased: bool) -> None:
        """After the kept merge was saved (`rebased`: written with
        `token`): the state of its file's merge, and the pages rendered
        since from another."""
        state, pending = _state_file(folder), _pending_file(folder)
        if rebased and self.made is not None:
            write_if_changed(state, marshal.dumps((token, *self.made.fields()), 4))
            write_if_changed(pending, marshal.dumps((token, []), 4))
        elif self.whole or token is None:
            # made whole on a base that was not written: no base to keep
            state.unlink(missing_ok=True)
            pending.unlink(missing_ok=True)
        else:
            write_if_changed(pending, marshal.dumps((token, sorted(self.changed)), 4))

    def advance(self) -> None:
        """A serving process: its kept merge starts from this build now."""
        self.base, self.pending, self.made, self.changed = self.made, set(), None, set()


def _state_file(folder: Path) -> Path:
    return _file(folder).with_suffix(".pages")


def _pending_file(folder: Path) -> Path:
    return _file(folder).with_suffix(".pending")


def actor_pages(entries, renderer, docs, put) -> dict[str, str]:
    """An actor in OWN_PAGE briefings or more has a page of its own; those
    in two to four share pages (ONCE), a section each, so a
    large collection does not become tens of thousands of pages (each page
    carries some 5 KB of theme whatever it holds). An actor of a single
    briefing (four in five of them) leads to the sentence that first names
    them in that briefing: its row in the briefing's table already holds
    all a section would say (kind, titles, nationality, other names, the
    sentences), and the section repeated the briefing's title and a
    sentence of it (two fifths of the actor pages' bytes)."""
    return actor_pages_of(merge_actors(entries), renderer, docs, put)


def actor_pages_of(actors: list[CollectionActor], renderer, docs, put, merge: KeptMerge | None = None,
                   kept: KeptPages | None = None, keep: Keep | None = None) -> dict[str, str]:
    """The actor pages of the merged actors (most mentioned first); returns
    where each actor name leads. With a kept merge, its pages' state
    (`kept`) and the writer's `keep`, only what changed is rendered."""
    if merge is not None and kept is not None and keep is not None and kept.base is not None \
            and merge.delta is not None:
        return _Pages(actors, renderer, docs, put, merge, kept, keep).changed_only()
    return _Pages(actors, renderer, docs, put, merge, kept, keep).whole()


class _Pages:
    def __init__(self, actors: list[CollectionActor], renderer: Renderer, docs: Path, put: Put,
                 merge: KeptMerge | None, kept: KeptPages | None, keep: Keep | None) -> None:
        self.actors, self.renderer, self.docs, self.put = actors, renderer, docs, put
        self.merge, self.kept, self.keep = merge, kept, keep
        self.shown: dict[str, Shown] = {}
        self.rendered = 0
        self.order: list[Entry] = []
        self._ranks: dict[str, int] | None = None

    # the whole: every page rendered
    def whole(self) -> dict[str, str]:
        actors = self.actors
        # a kept merge's keys stay from one build to the next (not when it
        # merged whole: briefings of one id)
        keyed = self.merge is not None and self.merge.delta is not None
        tails = self.merge.keys if keyed else range(len(actors))
        at = dict(zip(tails, actors, strict=True))
        self.of = lambda e: at[e[3]]
        # by the name's key, then slug: actors of one slug (one-word names
        # kept apart) side by side, as the pages named for their last slug
        # need; then as they come (the merge keyed these names)
        order = self.order = sorted(_entry(a.name, a.slug, t, len(a.appearances)) for t, a in at.items())
        named, once = self._cut(order)
        home: dict[str, str] = {a.slug: f"actors/{a.slug}.md" for a in actors if len(a.appearances) >= OWN_PAGE}
        for p in once:
            for e in p.items:
                home[e[1]] = f"{p.path}#{e[1]}"
        for a in actors:
            if len(a.appearances) == 1:
                home[a.slug] = _in_briefing(a.appearances[0])
        last = {e[1]: e[:3] for e in order}
        self.shown = {a.slug: (a.name, home[a.slug], last[a.slug]) for a in actors}
        self._index(named)
        for p in named:
            self._names_page(p)
        own: dict[str, CollectionActor] = {a.slug: a for a in actors if len(a.appearances) >= OWN_PAGE}
        for a in own.values():
            self._own_page(a)
        for p in once:
            self._once_page(p)
        if self.kept is not None:
            self.kept.made = None
        if self.kept is not None and keyed:
            self.kept.made = State(order, self.shown, _pages_state(named), _pages_state(once))
            self.kept.changed, self.kept.whole, self.kept.rendered = set(), True, self.rendered
        return self._names()

    # in proportion to what changed since the kept merge's base
    def changed_only(self) -> dict[str, str]:
        merge, kept = self.merge, self.kept
        assert merge is not None and kept is not None and kept.base is not None and merge.delta is not None
        base = kept.base
        kept.base = None  # changed in place below: no base to a build that fails half way
        gone, new, changed = merge.delta
        self.of = lambda e: merge.actor_at(e[3])
        order = base.order
        out = [_entry(key[1], slug, key, -key[0]) for key, slug in gone]
        come = [_entry(ca.name, ca.slug, key, len(ca.appearances)) for key, ca in new]
        if len(out) + len(come) > 64 and (len(out) + len(come)) * 16 > len(order):
            leaving = set(out)
            order = sorted([e for e in order if e not in leaving] + come)
        else:
            for e in out:
                i = bisect_left(order, e)
                if i == len(order) or order[i] != e:
                    raise KeyError(e)
                del order[i]
            for e in come:
                insort(order, e)
        self.order = order
        named, once = self._cut(order)
        once_at = {e[1]: p.path for p in once for e in p.items}  # a slug's last shared page
        named_state, once_state = _pages_state(named), _pages_state(once)
        # the slugs whose link may move: their actors changed, or their
        # shared page did
        moved = set(changed)
        for path, state in once_state.items():
            if base.once.get(path) != state:
                moved.update(e[1] for e in state[0])
        shown = base.shown
        news: set[str] = set()  # slugs whose name, link or place by name changed
        for s in moved:
            old = shown.get(s)
            if s in changed:
                acts = merge.actors_of(s)
                now = self._shown_of(s, acts, once_at) if acts else None
            else:
                assert old is not None
                home = old[1]
                if not home.startswith("briefings/"):
                    home = f"{once_at[s]}#{s}" if s in once_at else f"actors/{s}.md"
                now = (old[0], home, old[2])
            if now != old:
                news.add(s)
                if now is None:
                    del shown[s]
                else:
                    shown[s] = now
        self.shown = shown
        # the pages that show a changed actor, or name one whose name, link
        # or place moved among its companions
        showing = set(changed)
        company = merge.company
        for s in news:
            showing.update(company.get(s, ()))
        dirty: set[str] = set()  # pages that may show other than the base's
        self._index(named)
        for p in named:
            if base.named.get(p.path) != named_state[p.path] or any(e[1] in changed or e[1] in news for e in p.items):
                dirty.add(p.path)
                self._names_page(p)
            elif p.path in kept.pending or not self.keep(p.path):
                self._names_page(p)
        for p in once:
            if base.once.get(p.path) != once_state[p.path] or any(e[1] in showing for e in p.items):
                dirty.add(p.path)
                self._once_page(p)
            elif p.path in kept.pending or not self.keep(p.path):
                self._once_page(p)
        for s in {e[1] for e in order if e[4] >= OWN_PAGE}:
            path = f"actors/{s}.md"
            if s in showing:
                dirty.add(path)
                self._own_page(self._own_actor(s))
            elif path in kept.pending or not self.keep(path):
                self._own_page(self._own_actor(s))
        kept.made = State(order, shown, named_state, once_state)
        kept.changed, kept.whole, kept.rendered = dirty, False, self.rendered
        return self._names()

    def _own_actor(self, slug: str) -> CollectionActor:
        assert self.merge is not None
        # the last of the slug's actors with a page of its own, as the pages
        # made whole write them
        return [a for a in self.merge.actors_of(slug) if len(a.appearances) >= OWN_PAGE][-1]

    def _shown_of(self, slug: str, acts: list[CollectionActor], once_at: dict[str, str]) -> Shown:
        """What a slug shows, from its actors (most mentioned first), as
        the pages made whole give it."""
        if singles := [a for a in acts if len(a.appearances) == 1]:
            home = _in_briefing(singles[-1].appearances[0])
        elif slug in once_at:
            home = f"{once_at[slug]}#{slug}"
        else:
            home = f"actors/{slug}.md"
        last = max((name_key(a.name), a.slug, a.name) for a in acts)
        return acts[-1].name, home, last

    def _cut(self, order: list[Entry]):
        named = ACTORS.pages(order, _slug, [e[5] & 1 for e in order])
        once = ONCE.pages(order, _slug, [e[5] & 2 for e in order], [1 < e[4] < OWN_PAGE for e in order])
        return named, once

    def _names(self) -> dict[str, str]:
        shown = self.shown
        names: dict[str, str] = {}
        for a in sorted(self.actors, key=lambda a: -len(a.appearances)):
            for n in a.names:
                names.setdefault(n, shown[a.slug][1])
        return names

    def _row(self, a: CollectionActor, exact: bool = True) -> dict:
        n = len(a.appearances)
        return {"name": a.name, "type": a.type, "href": "../" + self.shown[a.slug][1],
                "count": n if exact else count_band(n)}

    # The index: its first page the most mentioned, then every actor by
    # name on pages that keep their rows as names come (an actor added
    # changes its own page and the first, not every page after it, as a
    # list ordered by count did). A page by name gives a band of counts
    # (count_band), the actor's own page and the first page the count: an
    # actor named again left its row as it was unless it crossed a band
    # (exact counts rewrote some 20 pages of names for each new article)
    def _index(self, named) -> None:
        directory = [(f"{p.items[0][2]} … {p.items[-1][2]}", "../" + p.path) for p in named]
        self.put(self.docs / ACTORS_HOME, self.renderer.page(
            "actors.md.j2", title="الفاعلون", items=[self._row(a) for a in self.actors[:TOP_ACTORS]], prefix="../",
            top=True, total=len(self.actors), directory=directory, page=None, pager=[]))

    def _names_page(self, p) -> None:
        self.rendered += 1
        self.put(self.docs / p.path, self.renderer.page(
            "actors.md.j2", title=f"الفاعلون: {p.items[0][2]} … {p.items[-1][2]}",
            items=[self._row(self.of(e), exact=False) for e in p.items], prefix="../", top=False, total=None,
            directory=[], page=None, pager=p.pager))

    def _details(self, a: CollectionActor, company: int = 10) -> dict:
        shown = self.shown
        titles = [t for t, _ in sorted(a.titles.items(), key=lambda x: (-x[1], x[0]))[:8]]
        together = [({"name": shown[s][0]}, "../" + shown[s][1], c)
                    for s, c in _most_common(a.with_, company, self._rank())] if company else []
        nationality = min(a.nationalities.items(), key=lambda x: (-x[1], x[0])) if a.nationalities else None
        # one briefing's nisba in fifty (نظيره التركي read as his) is not his
        nationality = nationality[0] if nationality and nationality[1] >= 0.1 * len(a.appearances) else None
        # what the templates show of the actor, not the actor: its every
        # appearance and companion were pickled into each page's digest
        show = {"name": a.name, "type": a.type, "slug": a.slug, "count": len(a.appearances)}
        return {"a": show, "titles": titles, "aliases": [n for n in a.names if n != a.name][:12], "together": together,
                "nationality": nationality, "appearances": a.appearances[:MENTIONS], "snippets": WITH_SNIPPET,
                "more": max(0, len(a.appearances) - MENTIONS)}

    def _rank(self) -> dict[str, int]:
        """Each slug's place by name (of its last actor by name), as an
        int: companions equal in count sort by it, and ints compare faster
        than the names' tuples (`Shown`'s third), which a cold build's
        thousands of pages sorted (a few companions each way: 10,020)."""
        if self._ranks is None:
            self._ranks = {e[1]: i for i, e in enumerate(self.order)}
        return self._ranks

    def _own_page(self, a: CollectionActor) -> None:
        self.rendered += 1
        # a bar is a week, named as one: its Saturday alone («2015-07-25»
        # under an actor first named on the 27th) read as the day of a mention
        weeks = [(f"أسبوع {day_name(start)}", n) for start, n in per_week([ap["published"] for ap in a.appearances])]
        chart = bars(weeks, f"موجزات ذكرت {a.name} في كل أسبوع")
        self.put(self.docs / "actors" / f"{a.slug}.md", self.renderer.page(
            "actor.md.j2", prefix="../", chart=chart, **self._details(a)))

    def _once_page(self, p) -> None:
        self.rendered += 1
        first, last = p.items[0][2], p.items[-1][2]
        self.put(self.docs / p.path, self.renderer.page(
            "actors_once.md.j2", title=f"فاعلون في موجزات قليلة: {first} … {last}",
            actors=[self._details(self.of(e), company=4) for e in p.items], prefix="../"))


def _slug(e: Entry) -> str:
    return e[1]


def _entry(name: str, slug: str, key, count: int) -> Entry:
    return name_key(name), slug, name, key, count, ACTORS.marks(slug) | ONCE.marks(slug) << 1


def _pages_state(pages) -> dict[str, tuple]:
    """Each page's items and pager, by path: a page whose are the same
    shows the same but for what its actors show."""
    return {p.path: (tuple(p.items), tuple(map(tuple, p.pager))) for p in pages}


def count_band(n: int) -> str:
    """A count as the band it falls in, bands on the 1-2-5 steps (1, 2–4,
    5–9, 10–19, 20–49, 50–99, 100–199 …): what a reader scanning a list
    by name needs (a passing name, a few, dozens, hundreds), and what a
    briefing more rarely changes. The first two edges (2, 5) are where an
    actor's link changes anyway: a sentence of its briefing, a section of
    a shared page (two to four), a page of its own (OWN_PAGE, five)."""
    if n <= 1:
        return str(n)
    scale = 1  # the power of ten n is in
    while n >= 10 * scale:
        scale *= 10
    step = next(m for m in (5, 2, 1) if n >= m * scale)
    up = {1: 2, 2: 5, 5: 10}[step] * scale  # the next step
    return f"{step * scale:,}–{up - 1:,}"


def _in_briefing(ap: dict) -> str:
    """Where an actor of one briefing leads: the first sentence that names
    them, on the page that holds the briefing's full text."""
    stem = full_text_stem(ap["id"]) if ap["long"] else ap["id"]
    return f"briefings/{stem}.md#s-{ap['sentence']}"


def _most_common(counts: dict[str, int], n: int, rank: dict[str, int]) -> list[tuple[str, int]]:
    """The n actors seen most often with one, by name (then slug) among
    equals: `rank` gives each slug its place in that order. Only
    those counted at least as often as the n-th are sorted: a well-known
    actor has thousands of companions, most seen once."""
    cutoff = sorted(counts.values(), reverse=True)[n - 1] if len(counts) > n else 0
    # plain tuples sort in C; a key function was a tenth of a serve rebuild
    ranked = sorted([(-c, rank[s], s) for s, c in counts.items() if c >= cutoff])
    return [(s, -c) for c, _, s in ranked[:n]]
