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
order of the actors. A serving process keeps the merge in its state; a
one-off build keeps it in the cache (a file named for the code's version).
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.site.collection import (
    ActorMerge,
    CollectionActor,
    Counts,
    Keyed,
    _match_key,
    _opens,
    grouped,
    join,
    keyed_mentions,
)
from briefings.versions import package_hash

LONE = "~"  # a lone surname's node: "~" and the word
# the share of the mentions a build merges again that has it write the
# kept merge (a new article's components are a few hundredths of them)
SAVE_SHARE = 0.05
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
    names a lone surname may be (collection._join_lone_surnames)."""

    def __init__(self) -> None:
        self.by_pair: dict[tuple[str, str], set[str]] = defaultdict(set)  # (first word, a later word) → keys
        self.by_ends: dict[tuple[str, str], set[str]] = defaultdict(set)  # (first word, last word) → keys
        self.by_last: dict[str, set[str]] = defaultdict(set)  # last word → keys
        self.lone: set[str] = set()  # lone surname nodes

    def add(self, node: str) -> None:
        if node.startswith(LONE):
            self.lone.add(node)
            return
        words = _person_words(node)
        if words is None:
            return
        for w in set(words[1:]):
            self.by_pair[(words[0], w)].add(node)
        self.by_ends[(words[0], words[-1])].add(node)
        self.by_last[words[-1]].add(node)

    def remove(self, node: str) -> None:
        if node.startswith(LONE):
            self.lone.discard(node)
            return
        words = _person_words(node)
        if words is None:
            return
        for w in set(words[1:]):
            self.by_pair[(words[0], w)].discard(node)
        self.by_ends[(words[0], words[-1])].discard(node)
        self.by_last[words[-1]].discard(node)

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


@dataclass
class _Component:
    nodes: list[str]
    members: list[Place]
    # each group's actor with its first and last mention (the order of
    # the actors among equals; who gets the companions of a shared slug)
    actors: list[tuple[Place, Place, CollectionActor]]


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
    order of each actor's companions (`with_`), which the pages sort."""

    def __init__(self, held: bool = False) -> None:
        """`held`: a serving process's, which keeps each briefing's entry
        and mentions so that an entry it keeps (the same object) is not
        keyed again."""
        self.sig: dict[str, object] = {}  # id → what its mentions were made of
        self.comps: dict[int, _Component] = {}
        self.comp_of: dict[str, int] = {}  # node → component
        self.comps_of: dict[str, list[int]] = {}  # id → the components of its mentions
        self.slugs_at: dict[str, list[str]] = {}  # id → the slug of each of its mentions
        self.company: dict[str, dict[str, int]] = {}  # slug → slug → briefings naming both
        self.next_id = 0
        self.held: dict[str, tuple[dict, list[Keyed]]] | None = {} if held else None
        self._persons: _Persons | None = None  # made when first asked (a build that redoes nothing needs none)
        self.last_redone = 0  # mentions the last finish merged again (for tests and benchmarks)
        self.dirty = True  # changed since it was saved or loaded
        self._begin()

    def _begin(self) -> None:
        # this build's: each briefing's mentions, or the bytes of an
        # unchanged one's entry (keyed only if a change reaches it)
        self.recs: dict[str, list[Keyed] | bytes] = {}
        self.new_sig: dict[str, object] = {}
        self.dupes = False
        self.redone = 0

    @property
    def persons(self) -> _Persons:
        if self._persons is None:
            self._persons = _Persons()
            for n in self.comp_of:
                self._persons.add(n)
        return self._persons

    def add(self, e: dict, raw: bytes | None = None) -> None:
        """One briefing's entry; `raw`, the bytes it was read from (their
        digest stands for it; without them, its mentions do)."""
        if not e["actors"]:
            return
        bid = e["id"]
        if bid in self.recs:
            self.dupes = True  # two briefings of one id: merged whole, in the order they came
            self.recs[f"{bid}\x00{len(self.recs)}"] = keyed_mentions(e)
            return
        if raw is not None:
            sig = self.new_sig[bid] = hashlib.blake2b(raw, digest_size=16).digest()
            self.recs[bid] = raw if self.sig.get(bid) == sig else keyed_mentions(e)
            return
        old = self.held.get(bid) if self.held is not None else None
        recs = old[1] if old is not None and old[0] is e else keyed_mentions(e)
        if self.held is not None:
            self.held[bid] = (e, recs)
        self.recs[bid] = self.new_sig[bid] = recs

    def _rec(self, bid: str) -> list[Keyed]:
        got = self.recs[bid]
        if isinstance(got, bytes):
            got = self.recs[bid] = keyed_mentions(marshal.loads(got))
        return got

    def finish(self) -> list[CollectionActor]:
        if self.dupes:
            return self._whole()
        changed = [bid for bid, s in self.new_sig.items() if self.sig.get(bid, _MISSING) != s]
        removed = [bid for bid in self.sig if bid not in self.new_sig]
        if changed or removed:
            try:
                self._redo(changed, removed)
            except BaseException:
                # half redone is no base for the next build: it merges whole
                self.__init__(held=self.held is not None)  # type: ignore[misc]
                raise
            self.dirty = True
        self.sig = self.new_sig
        if self.held is not None:
            for bid in removed:
                self.held.pop(bid, None)
        actors = self._assemble()
        self.last_redone = self.redone
        self._begin()
        return actors

    def _whole(self) -> list[CollectionActor]:
        """Briefings of one id: the merge made whole, and nothing kept."""
        merge = ActorMerge()
        for bid in list(self.recs):
            recs = self._rec(bid)
            merge.briefing_mentions.append([(k.mention, k.own) for k in recs])
            merge.counts.add(recs)
        self.__init__(held=self.held is not None)  # type: ignore[misc]
        return merge.finish()

    def _redo(self, changed: list[str], removed: list[str]) -> None:
        rec, dirty = self._rec, set(changed) | set(removed)
        redo: set[int] = set()
        for bid in dirty:
            redo.update(self.comps_of.get(bid, ()))
        queue: list[Place] = [(bid, i) for bid in changed for i in range(len(rec(bid)))]
        for cid in redo:
            queue.extend(p for p in self.comps[cid].members if p[0] not in dirty)
        work: set[Place] = set()
        seen: set[str] = set()
        nodes_queue: list[str] = []
        persons = self.persons
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
                cid = self.comp_of.get(n)
                if cid is not None and cid not in redo:
                    redo.add(cid)
                    queue.extend(self.comps[cid].members)
                for r in persons.related(n):
                    if r not in seen:
                        seen.add(r)
                        nodes_queue.append(r)
        # who appears with whom in the briefings touched, before
        touched = {bid for bid, _ in work} | set(removed)
        before = {bid: sorted(set(self.slugs_at[bid])) for bid in touched if bid in self.slugs_at}
        # the old components go (their nodes with them)
        for cid in redo:
            c = self.comps.pop(cid)
            for n in c.nodes:
                if self.comp_of.get(n) == cid:
                    del self.comp_of[n]
                    persons.remove(n)
            for bid, _ in c.members:
                of = self.comps_of.get(bid)
                if of is not None and cid in of:
                    of.remove(cid)
        for bid in removed:
            self.comps_of.pop(bid, None)
            self.slugs_at.pop(bid, None)
        for bid in changed:
            self.comps_of[bid] = []
            self.slugs_at[bid] = [""] * len(rec(bid))
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
        made: dict[object, _Component] = {}
        for p in places:
            root = label.find(p)
            if root not in made:
                made[root] = _Component([], [], [])
            made[root].members.append(p)
        for n in present:
            made[label.find(n)].nodes.append(n)
        for members, ca in grouped(flat, uf):
            first, last = places[members[0]], places[members[-1]]
            made[label.find(first)].actors.append((first, last, ca))
            for i in members:
                bid, pos = places[i]
                self.slugs_at[bid][pos] = ca.slug
        for c in made.values():
            cid = self.next_id
            self.next_id += 1
            self.comps[cid] = c
            for n in c.nodes:
                self.comp_of[n] = cid
            for bid in dict.fromkeys(bid for bid, _ in c.members):
                self.comps_of.setdefault(bid, []).append(cid)
        # who appears with whom: the briefings whose actors changed, again
        for bid in touched:
            old = before.get(bid, [])
            new = sorted(set(self.slugs_at[bid])) if bid in self.slugs_at else []
            if old != new:
                self._count_together(old, -1)
                self._count_together(new, 1)

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

    def _assemble(self) -> list[CollectionActor]:
        """Every component's actors, with who appears with whom, in the
        order a whole merge gives them."""
        kept = [a for c in self.comps.values() for a in c.actors]
        # one actor's companions a slug (one-word names kept apart share
        # one): the actor of its last mention's, as collection._merged does
        owner: dict[str, tuple[Place, CollectionActor]] = {}
        for _, last, ca in kept:
            ca.with_ = {}
            o = owner.get(ca.slug)
            if o is None or o[0] < last:
                owner[ca.slug] = (last, ca)
        for s, (_, ca) in owner.items():
            # the very counts the merge keeps (the pages only read them)
            ca.with_ = self.company.get(s) or {}
        kept.sort(key=lambda a: (-len(a[2].appearances), a[2].name, a[0]))
        return [ca for _, _, ca in kept]

    # kept in the cache by a one-off build, with marshal (plain lists,
    # dicts and tuples: it reads them several times faster than pickle)
    def save(self, folder: Path, share: float = SAVE_SHARE) -> None:
        """Into the cache folder (another version's file goes), when this
        build merged again more than `share` of the mentions since the
        file was written: the file is as large as the merge's actors, and
        writing it was as long as merging them again (0.1 s at 1,000
        articles). A file a few builds old is as good a base: the briefings
        changed since are merged again, each build, until one writes it."""
        path = _file(folder)
        if path.exists() and (not self.dirty or self.last_redone <= share * sum(map(len, self.slugs_at.values()))):
            return
        for old in folder.glob("actor-merge-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
        comps = {cid: (c.nodes, c.members, [(first, last, _plain(ca)) for first, last, ca in c.actors])
                 for cid, c in self.comps.items()}
        state = (self.sig, comps, self.comp_of, self.comps_of, self.slugs_at, self.company, self.next_id)
        write_if_changed(path, marshal.dumps(state, 4))
        self.dirty = False

    @classmethod
    def load(cls, folder: Path) -> KeptMerge:
        """The merge the last build kept in `folder` (a new one when there
        is none, or it is damaged or of other code)."""
        kept = cls()
        try:
            sig, comps, kept.comp_of, kept.comps_of, kept.slugs_at, kept.company, kept.next_id = marshal.loads(
                _file(folder).read_bytes())
            kept.comps = {cid: _Component(nodes, members, [(first, last, CollectionActor(*ca)) for first, last, ca in actors])
                          for cid, (nodes, members, actors) in comps.items()}
            kept.sig = sig
            kept.dirty = False
        except Exception:  # noqa: BLE001 - missing, damaged, or made by other code: merged whole
            return cls()
        return kept


def _plain(ca: CollectionActor) -> tuple:
    """An actor as marshal keeps it: CollectionActor's fields but its
    companions (which the kept merge counts by slug)."""
    return (ca.slug, ca.name, ca.type, ca.names, ca.titles, ca.nationalities, ca.appearances)


_MISSING = object()


def _file(folder: Path) -> Path:
    # the keys are the site's and the language's code's (names, normalizing)
    return folder / f"actor-merge-{package_hash(('site', 'lang'))}-{_PY}.marshal"
