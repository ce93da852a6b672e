"""The actor merge kept from one build to the next: a build merges again
only the part of the collection its new, changed and removed briefings
reach, and keeps the actors of the rest.

Every join of the merge (site/collection.join) is made inside a component
of the graph of what could join: a mention and its keys (its name's, its
other names', its short forms'), a person's shorter name and the longer
names it opens, a lone surname and the full names ending with it. A join
is decided by its component's counts and the order of its own mentions
(their briefings' ids, then their places in the briefing), so the merge of
a component alone is the merge of the collection there. A build takes the
components the changed briefings' mentions (old and new) were or are in,
with every component their keys reach, merges those mentions again, and
keeps every other component's actors as they were. What spans components
is done whole: who appears with whom (each briefing's actors) and the
order of the actors (kept sorted: a changed component's actors are taken
out and its new ones put in place). A serving process keeps the merge in
its state, starting from the file; a one-off build keeps it in the cache
(a file named for the code's version, in sections: a build with nothing to
merge again reads the signatures, the actors and their companions, not
the index of components).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import struct
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable
from operator import itemgetter
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.site.collection import (
    MERGE_FIELDS,
    ActorMerge,
    CollectionActor,
    Counts,
    Keyed,
    _match_key,
    _opens,
    canonical,
    grouped,
    join,
    keyed_mentions,
)
from briefings.versions import package_hash

LONE = "~"  # a lone surname's node: "~" and the word
# the share of the mentions a build merges again that has it write the
# kept merge (a new article's components are a few hundredths of them)
SAVE_SHARE = 0.05
# fewer actors than this that go or come are taken out of the order and
# put in one by one (_many)
BULK = 64
_PY = f"py{sys.version_info[0]}{sys.version_info[1]}"

Place = tuple[str, int]  # a mention: its briefing's id and its place among the briefing's actors


def _nodes(k: Keyed) -> list[str]:
    """The nodes of the graph a mention touches: its keys, or a lone
    surname's node (a mention with neither is a group of its own)."""
    if k.own is not None:
        return [k.own, *k.others, *k.shorts]
    m = k.mention
    if m.type == "person":
        words = _match_key(m.name).split()
        if len(words) == 1:
            return [LONE + words[0]]
    return []


def _person_words(node: str) -> list[str] | None:
    return node[len("person:"):].split() if node.startswith("person:") else None


class _Persons:
    """The person keys by their words, to find the names a key opens, the
    names that open it (collection._join_short_persons) and the full
    names a lone surname may be (collection._join_lone_surnames). Plain
    dicts and sets: the kept file holds them as they are."""

    def __init__(self, tables: tuple | None = None) -> None:
        # (first word, a later word) → keys; (first word, last word) → keys;
        # last word → keys; the lone surname nodes
        self.by_pair: dict[tuple[str, str], set[str]]
        self.by_ends: dict[tuple[str, str], set[str]]
        self.by_last: dict[str, set[str]]
        self.lone: set[str]
        self.by_pair, self.by_ends, self.by_last, self.lone = tables if tables is not None else ({}, {}, {}, set())

    def tables(self) -> tuple:
        return self.by_pair, self.by_ends, self.by_last, self.lone

    def add(self, node: str) -> None:
        if node.startswith(LONE):
            self.lone.add(node)
            return
        words = _person_words(node)
        if words is None:
            return
        for w in set(words[1:]):
            self.by_pair.setdefault((words[0], w), set()).add(node)
        self.by_ends.setdefault((words[0], words[-1]), set()).add(node)
        self.by_last.setdefault(words[-1], set()).add(node)

    def remove(self, node: str) -> None:
        if node.startswith(LONE):
            self.lone.discard(node)
            return
        words = _person_words(node)
        if words is None:
            return
        for w in set(words[1:]):
            _discard(self.by_pair, (words[0], w), node)
        _discard(self.by_ends, (words[0], words[-1]), node)
        _discard(self.by_last, words[-1], node)

    def related(self, node: str) -> Iterable[str]:
        """The nodes a join may tie to this one (a superset does no harm:
        a component merged with more than it needs is merged the same)."""
        if node.startswith(LONE):
            return self.by_last.get(node[len(LONE):], ())
        words = _person_words(node)
        if words is None:
            return ()
        k = " ".join(words)
        out = [n for n in self.by_pair.get((words[0], words[-1]), ()) if n != node and _opens(k, n[7:])]
        for w in set(words[1:]):
            out.extend(n for n in self.by_ends.get((words[0], w), ()) if n != node and _opens(n[7:], k))
        if LONE + words[-1] in self.lone:
            out.append(LONE + words[-1])
        return out


def _discard(table: dict, key, node: str) -> None:
    got = table.get(key)
    if got is not None:
        got.discard(node)
        if not got:
            del table[key]


Key = tuple  # an actor's place in the order of the actors: (-appearances, name, first mention)
# a component: its nodes, its mentions, and each of its actors' key, last
# mention (the owner of a shared slug's companions) and slug
Component = tuple[list[str], list[Place], list[tuple[Key, Place, str]]]


def _key(first: Place, ca: CollectionActor) -> Key:
    """The order a whole merge gives the actors: most mentioned first, then
    by name, then by first mention (never equal for two actors)."""
    return (-len(ca.appearances), ca.name, first)


def _many(changes: int, kept: int) -> bool:
    """Whether so many actors go or come that the order is made again in
    one pass: one by one, each is a move of the list's tail (a cold build's
    100,000 actors would be moved some 5 billion times)."""
    return changes > BULK and changes * 16 > kept


def _same(a: CollectionActor, b: CollectionActor) -> bool:
    """Whether two actors show the same (but for their companions, which
    change with the briefings' sets of actors): names in their order."""
    return (a.slug == b.slug and a.name == b.name and a.type == b.type and a.appearances == b.appearances
            and list(a.names.items()) == list(b.names.items()) and a.titles == b.titles
            and a.nationalities == b.nationalities)


def _signature(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


class _Lost(Exception):
    """The kept file's index could not be read when a build came to need it."""


class _Index:
    """What a build that merges again needs besides the actors: the
    components, how their nodes reach them, and each briefing's. A kept
    file's is read only when a build has something to merge again."""

    def __init__(self, state: tuple | None = None) -> None:
        self.comps: dict[int, Component]
        self.comp_of: dict[str, int]  # node → component
        self.comps_of: dict[str, list[int]]  # id → the components of its mentions
        self.slugs_at: dict[str, list[str]]  # id → the slug of each of its mentions
        self.slug_keys: dict[str, list[tuple[Place, Key]]]  # slug → the last mention and key of each of its actors
        if state is None:
            self.comps, self.comp_of, self.comps_of, self.slugs_at, self.slug_keys = {}, {}, {}, {}, {}
            self.persons = _Persons()
        else:
            self.comps, self.comp_of, self.comps_of, self.slugs_at, self.slug_keys, tables = state
            self.persons = _Persons(tables)

    def state(self) -> tuple:
        return self.comps, self.comp_of, self.comps_of, self.slugs_at, self.slug_keys, self.persons.tables()


class _Union:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


class KeptMerge:
    """An `ActorMerge` (add each briefing's entry, then finish) that keeps
    its components for the next build. The result is that of a merge of
    the same briefings made whole (tests/test_merge_kept.py), but for the
    order of each actor's companions (`with_`), which the pages sort.

    What a build costs is in proportion to what changed: the actors are
    kept in their order (a changed component's leave it and its new ones
    are put in place, by bisection), only the slugs whose actors or
    companions changed have their companions given again, and a kept
    file's index (components, nodes, person keys) is read only by a build
    that merges something again."""

    def __init__(self, held: bool = False) -> None:
        """`held`: a serving process's, which keeps each briefing's entry
        and mentions so that an entry it keeps (the same object) is not
        signed or keyed again."""
        self.held: dict[str, list] | None = {} if held else None  # id → [entry, signature, mentions or None]
        self.last_redone = 0  # mentions the last finish merged again (for tests and benchmarks)
        # what the last finish changed since the merge it started from (its
        # file's, or a serving process's last build's): the actors gone (key,
        # slug), the actors made (key, actor), and the slugs whose actors or
        # companions changed; None when it merged whole (the actor pages
        # are then made whole too, site/actor_pages.py)
        self.delta: tuple[list[tuple[Key, str]], list[tuple[Key, CollectionActor]], set[str]] | None = None
        self.token: bytes | None = None  # the kept file's, made new at each save (None: no file)
        self._clear()
        self._begin()

    def _clear(self) -> None:
        self.sig: dict[str, bytes] = {}  # id → the signature of its merge part
        self.keys: list[Key] = []  # the actors' keys, in order
        self.actors: list[CollectionActor] = []  # the actors, in the same order
        self.company: dict[str, dict[str, int]] = {}  # slug → slug → briefings naming both
        self.next_id = 0
        self.mentions = 0  # in all
        self._index: _Index | Callable[[], _Index] = _Index()
        self.dirty = True  # changed since it was saved or loaded
        self.token = None

    def _begin(self) -> None:
        # this build's: each briefing's mentions, or what they are made of
        # when unchanged (the bytes of its entry, or the entry: keyed only
        # if a change reaches it)
        self.recs: dict[str, list[Keyed] | bytes | dict] = {}
        self.new_sig: dict[str, bytes] = {}
        self.dupes = False
        self.redone = 0
        self._delta: tuple[list, list, set[str]] | None = ([], [], set())

    @property
    def index(self) -> _Index:
        if not isinstance(self._index, _Index):
            self._index = self._index()
        return self._index

    def add(self, e: dict, raw: bytes | None = None) -> None:
        """One briefing's entry; `raw`, the bytes of its merge part
        (collection.canonical: their digest stands for it; without them,
        the digest of its merge part's bytes, or, in a serving process, of
        the very entry it had last time)."""
        if not e["actors"]:
            return
        bid = e["id"]
        if bid in self.recs:
            self.dupes = True  # two briefings of one id: merged whole, in the order they came
            self.recs[f"{bid}\x00{len(self.recs)}"] = keyed_mentions(e)
            return
        if raw is not None:
            self.add_raw(bid, raw)
            return
        old = self.held.get(bid) if self.held is not None else None
        if old is None or old[0] is not e:
            # the same bytes a one-off build signs (a serving process's
            # first build is based on the file such a build kept)
            old = [e, _signature(canonical({k: e[k] for k in MERGE_FIELDS if k in e})), None]
            if self.held is not None:
                self.held[bid] = old
        self.new_sig[bid] = old[1]
        self.recs[bid] = old[2] if old[2] is not None else e

    def add_raw(self, bid: str, raw: bytes) -> None:
        """A briefing with actors by its id and the bytes of its merge part
        alone: the entry is unpacked only if a change reaches it."""
        if bid in self.recs:
            self.add(marshal.loads(raw))  # two briefings of one id: merged whole
            return
        self.new_sig[bid] = _signature(raw)
        self.recs[bid] = raw

    def actor_at(self, key: Key) -> CollectionActor:
        return self.actors[self._at(key)]

    def actors_of(self, slug: str) -> list[CollectionActor]:
        """The actors of a slug, most mentioned first (as in the order)."""
        return [self.actors[self._at(key)] for key in sorted(k for _, k in self.index.slug_keys.get(slug, ()))]

    def _rec(self, bid: str) -> list[Keyed]:
        got = self.recs[bid]
        if isinstance(got, list):
            return got
        keyed = self.recs[bid] = keyed_mentions(marshal.loads(got) if isinstance(got, bytes) else got)
        if self.held is not None and (old := self.held.get(bid)) is not None and old[0] is got:
            old[2] = keyed
        return keyed

    def finish(self) -> list[CollectionActor]:
        if self.dupes:
            return self._whole()
        sig = self.sig
        changed = [bid for bid, s in self.new_sig.items() if sig.get(bid) != s]
        removed = [bid for bid in sig if bid not in self.new_sig] if len(sig) + len(changed) > len(self.new_sig) else []
        if changed or removed:
            try:
                try:
                    self._redo(changed, removed)
                except _Lost:
                    # the kept file went while this build ran: merged whole
                    self._clear()
                    self._redo(list(self.new_sig), [])
                    self._delta = None
            except BaseException:
                # half redone is no base for the next build: it merges whole
                self._clear()
                self._begin()
                raise
            self.dirty = True
        self.sig = self.new_sig
        if self.held is not None:
            for bid in removed:
                self.held.pop(bid, None)
        actors = list(self.actors)
        self.last_redone = self.redone
        self.delta = self._delta
        self._begin()
        return actors

    def _whole(self) -> list[CollectionActor]:
        """Briefings of one id: the merge made whole, and nothing kept."""
        merge = ActorMerge()
        for bid in list(self.recs):
            recs = self._rec(bid)
            merge.briefing_mentions.append([(k.mention, k.own) for k in recs])
            merge.counts.add(recs)
        self._clear()
        self._begin()
        self.delta = None
        if self.held is not None:
            self.held.clear()
        return merge.finish()

    def _at(self, key: Key) -> int:
        i = bisect_left(self.keys, key)
        if i == len(self.keys) or self.keys[i] != key:
            raise KeyError(key)
        return i

    def _redo(self, changed: list[str], removed: list[str]) -> None:
        ix = self.index
        rec, dirty = self._rec, set(changed) | set(removed)
        redo: set[int] = set()
        for bid in dirty:
            redo.update(ix.comps_of.get(bid, ()))
        queue: list[Place] = [(bid, i) for bid in changed for i in range(len(rec(bid)))]
        for cid in redo:
            queue.extend(p for p in ix.comps[cid][1] if p[0] not in dirty)
        work: set[Place] = set()
        seen: set[str] = set()
        nodes_queue: list[str] = []
        persons, comp_of, comps = ix.persons, ix.comp_of, ix.comps
        # the closure: every mention and node the changed ones reach
        while queue or nodes_queue:
            while queue:
                place = queue.pop()
                if place in work:
                    continue
                work.add(place)
                for n in _nodes(rec(place[0])[place[1]]):
                    if n not in seen:
                        seen.add(n)
                        nodes_queue.append(n)
            while nodes_queue:
                n = nodes_queue.pop()
                cid = comp_of.get(n)
                if cid is not None and cid not in redo:
                    redo.add(cid)
                    queue.extend(comps[cid][1])
                for r in persons.related(n):
                    if r not in seen:
                        seen.add(r)
                        nodes_queue.append(r)
        # who appears with whom in the briefings touched, before
        touched = {bid for bid, _ in work} | set(removed)
        before = {bid: sorted(set(ix.slugs_at[bid])) for bid in touched if bid in ix.slugs_at}
        slugs: set[str] = set()  # whose actors or companions change
        gone: set[Key] = set()  # the actors of the components merged again
        # the old components go (their nodes and actors with them)
        for cid in redo:
            nodes, members, actors = comps.pop(cid)
            for n in nodes:
                if comp_of.get(n) == cid:
                    del comp_of[n]
                    persons.remove(n)
            for bid, _ in members:
                of = ix.comps_of.get(bid)
                if of is not None and cid in of:
                    of.remove(cid)
            for key, last, slug in actors:
                gone.add(key)
                if self._delta is not None:
                    self._delta[0].append((key, slug))
                mine = ix.slug_keys[slug]
                mine.remove((last, key))
                if not mine:
                    del ix.slug_keys[slug]
                slugs.add(slug)
        # the actors before, to tell which came out of the merge as they were
        olds = {key: self.actors[self._at(key)] for key in gone} if self._delta is not None else {}
        if _many(len(gone), len(self.keys)):
            kept = [i for i, key in enumerate(self.keys) if key not in gone]
            self.keys, self.actors = [self.keys[i] for i in kept], [self.actors[i] for i in kept]
        else:
            for key in gone:
                i = self._at(key)
                del self.keys[i], self.actors[i]
        for bid in removed:
            ix.comps_of.pop(bid, None)
            self.mentions -= len(ix.slugs_at.pop(bid, ()))
        for bid in changed:
            ix.comps_of[bid] = []
            self.mentions += len(rec(bid)) - len(ix.slugs_at.get(bid, ()))
            ix.slugs_at[bid] = [""] * len(rec(bid))
        self.redone += len(work)
        places = sorted(work)
        # the components of what is merged again, each kept apart
        label = _Union()
        present: set[str] = set()
        for p in places:
            label.find(p)
            for n in _nodes(rec(p[0])[p[1]]):
                present.add(n)
                label.union(n, p)
        for n in present:
            persons.add(n)
        for n in present:
            for r in persons.related(n):
                if r in present:
                    label.union(n, r)
        # one merge of them all: the components keep to themselves
        counts = Counts()
        keyed = []
        at = 0
        while at < len(places):
            bid, end = places[at][0], at
            while end < len(places) and places[end][0] == bid:
                end += 1
            mine = [rec(bid)[i] for _, i in places[at:end]]
            counts.add(mine)
            keyed.extend((k.mention, k.own) for k in mine)
            at = end
        flat, uf = join(keyed, counts)
        made: dict[object, Component] = {}
        for p in places:
            root = label.find(p)
            if root not in made:
                made[root] = ([], [], [])
            made[root][1].append(p)
        for n in present:
            made[label.find(n)][0].append(n)
        new: list[tuple[Key, CollectionActor]] = []
        for members, ca in grouped(flat, uf):
            first, last = places[members[0]], places[members[-1]]
            key = _key(first, ca)
            made[label.find(first)][2].append((key, last, ca.slug))
            new.append((key, ca))
            if self._delta is not None:
                self._delta[1].append((key, ca))
            ix.slug_keys.setdefault(ca.slug, []).append((last, key))
            slugs.add(ca.slug)
            for m in members:
                bid, pos = places[m]
                ix.slugs_at[bid][pos] = ca.slug
        if _many(len(new), len(self.keys)):
            pairs = sorted([*zip(self.keys, self.actors, strict=True), *new], key=itemgetter(0))
            self.keys, self.actors = [k for k, _ in pairs], [ca for _, ca in pairs]
        else:
            for key, ca in new:
                i = bisect_left(self.keys, key)
                self.keys.insert(i, key)
                self.actors.insert(i, ca)
        for c in made.values():
            cid = self.next_id
            self.next_id += 1
            comps[cid] = c
            for n in c[0]:
                comp_of[n] = cid
            for bid in dict.fromkeys(bid for bid, _ in c[1]):
                ix.comps_of.setdefault(bid, []).append(cid)
        if self._delta is not None:
            # the slugs whose actors changed: an actor merged again as it was
            # (most of a large component's) changes nothing a page shows
            # (a slug of several actors counts whatever they are: which of
            # them shows its companions may have moved)
            same = {key for key, ca in new if (o := olds.get(key)) is not None and _same(o, ca)
                    and len(ix.slug_keys.get(ca.slug, ())) == 1}
            self._delta[2].update(slug for key, slug in self._delta[0] if key not in same)
            self._delta[2].update(ca.slug for key, ca in new if key not in same)
        # who appears with whom: the briefings whose actors changed, again
        for bid in touched:
            old = before.get(bid, [])
            new_ = sorted(set(ix.slugs_at[bid])) if bid in ix.slugs_at else []
            if old != new_:
                self._count_together(old, -1)
                self._count_together(new_, 1)
                slugs.update(old)
                slugs.update(new_)
                if self._delta is not None:
                    self._delta[2].update(old)
                    self._delta[2].update(new_)
        # each slug's companions go to the actor of its last mention (one-
        # word names kept apart share a slug), as collection._merged does
        for s in slugs:
            owned = ix.slug_keys.get(s)
            if not owned:
                continue
            for _, key in owned:
                self.actors[self._at(key)].with_ = {}
            # the very counts the merge keeps (the pages only read them)
            self.actors[self._at(max(owned)[1])].with_ = self.company.get(s) or {}

    def _count_together(self, together: list[str], by: int) -> None:
        company = self.company
        for s in together:
            mine = company.get(s)
            if mine is None:
                mine = company[s] = {}
            for o in together:
                if o != s:
                    n = mine.get(o, 0) + by
                    if n:
                        mine[o] = n
                    else:
                        del mine[o]
            if not mine:
                del company[s]

    # Kept in the cache by a one-off build, with marshal (plain lists,
    # dicts, sets and tuples: it reads them several times faster than
    # pickle), in sections: what every build reads (the signatures, the
    # actors in their order, the companions), then the index, which only a
    # build with something to merge again reads.
    def save(self, folder: Path, share: float = SAVE_SHARE, force: bool = False) -> bool:
        """Into the cache folder (another version's file goes), when this
        build merged again more than `share` of the mentions since the
        file was written: the file is as large as the merge's actors, and
        writing it was as long as merging them again (0.1 s at 1,000
        articles). A file a few builds old is as good a base: the briefings
        changed since are merged again, each build, until one writes it.
        `force`: written whatever changed (the actor pages had no state of
        the file's merge to keep). Returns whether it wrote the file (with
        a new `token`)."""
        path = _file(folder)
        if path.exists() and not force and (not self.dirty or self.last_redone <= share * self.mentions):
            return False
        try:
            index = self.index.state()
        except _Lost:  # the file it was read from went since: the next build merges whole
            return False
        token = os.urandom(16)
        for old in folder.glob("actor-merge-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
        owners = [i for i, ca in enumerate(self.actors) if ca.with_]
        sections = [marshal.dumps(x, 4) for x in (
            (self.sig, self.next_id, self.mentions, token), self.keys, [_plain(ca) for ca in self.actors], owners, self.company,
            index)]
        head = _MAGIC + struct.pack(f"<{len(sections)}Q", *map(len, sections))
        write_if_changed(path, b"".join([head, *sections]))
        self.dirty = False
        self.token = token
        return True

    @classmethod
    def load(cls, folder: Path, held: bool = False) -> KeptMerge:
        """The merge the last build kept in `folder` (a new one when there
        is none, or it is damaged or of other code). Its index is read
        when a build first needs it."""
        kept = cls(held)
        path = _file(folder)
        try:
            with path.open("rb") as f:
                stat = os.fstat(f.fileno())
                if f.read(len(_MAGIC)) != _MAGIC:
                    raise ValueError("not a kept merge of this form")
                sizes = struct.unpack(f"<{_SECTIONS}Q", f.read(8 * _SECTIONS))
                if sum(sizes) + len(_MAGIC) + 8 * _SECTIONS != stat.st_size:
                    raise ValueError("a kept merge of another size")
                (sig, next_id, mentions, token), keys, plain, owners, company = (
                    marshal.loads(f.read(n)) for n in sizes[:-1])
            actors = [CollectionActor(*ca) for ca in plain]
            if len(actors) != len(keys):
                raise ValueError("a kept merge whose actors and keys differ")
            for i in owners:
                ca = actors[i]
                ca.with_ = company.get(ca.slug) or {}
        except Exception:  # noqa: BLE001 - missing, damaged, or made by other code: merged whole
            return cls(held)
        kept.sig, kept.next_id, kept.mentions, kept.keys, kept.actors, kept.company, kept.token = (
            sig, next_id, mentions, keys, actors, company, token)
        at, stamp = len(_MAGIC) + 8 * _SECTIONS + sum(sizes[:-1]), (stat.st_size, stat.st_mtime_ns, stat.st_ino)

        def index() -> _Index:
            try:
                with path.open("rb") as f:
                    now = os.fstat(f.fileno())
                    if (now.st_size, now.st_mtime_ns, now.st_ino) != stamp:
                        raise _Lost("the kept merge was written again")
                    f.seek(at)
                    return _Index(marshal.loads(f.read(sizes[-1])))
            except (OSError, ValueError, EOFError, TypeError) as e:
                raise _Lost(str(e)) from e

        kept._index = index
        kept.dirty = False
        return kept


_MAGIC = b"briefings-kept-merge-3\n"
_SECTIONS = 6  # head, keys, actors, owners of companions, companions, index


def _plain(ca: CollectionActor) -> tuple:
    """An actor as marshal keeps it: CollectionActor's fields but its
    companions (which the kept merge counts by slug)."""
    return (ca.slug, ca.name, ca.type, ca.names, ca.titles, ca.nationalities, ca.appearances)


def _file(folder: Path) -> Path:
    # the keys are the site's and the language's code's (names, normalizing)
    return folder / f"actor-merge-{package_hash(('site', 'lang'))}-{_PY}.marshal"
