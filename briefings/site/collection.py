"""Across articles: one actor per entity (alias merging), the timeline, the
figures ledger, and the briefings by outlet and by month.

It keeps a compact entry per briefing (names, dates, figures and the
sentences they came from), never the article text, so the collection pages
scale with what they show.
"""

from __future__ import annotations

import hashlib
import marshal
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from briefings.lang.ar.names import name_key as match_name_key
from briefings.lang.ar.names import named_fathers
from briefings.lang.ar.normalize import key_text
from briefings.site.outlets import outlet_name
from briefings.site.paths import is_long
from briefings.text.terms import terms

SNIPPET = 120  # a sentence in a list: the timeline, an actor's briefings
LIST_SUMMARY = 320  # a summary sentence in a list of briefings
LEAD = 200  # the one summary sentence a list of briefings shows
TAGS = 8  # tags of a briefing's page (briefing.md.j2 shows as many)


def _snippet(text: str, size: int = SNIPPET) -> str:
    """A sentence shortened at a word boundary for a list; the page it links
    to has it whole."""
    head = text[: size * 4]  # enough for the snippet: a sentence may be a megabyte
    text = " ".join(head.split())
    if len(text) <= size and len(head) < size * 4:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > 0 else size] + " …"


BEFORE = SNIPPET // 3  # of a snippet around a word, the characters before it


def _around(text: str, start: int, end: int, size: int = SNIPPET) -> str:
    """A sentence shortened for a list so that it shows its characters
    start:end (the date a timeline row is about, the name an actor's page
    lists the article for). A sentence's first words miss them often: in a
    sample of 2,943 corpus briefings, 2,040 of 5,882 dated figures end past
    the 120th character of their sentence. Such a snippet opens a few words
    before them, after an ellipsis."""
    head = _snippet(text, size)
    # spaces squeezed only move the span left: a head this long holds it
    if start >= len(text) or len(head.removesuffix(" …")) >= end:
        return head
    begin = max(0, start - BEFORE)
    space = text.find(" ", begin, start)
    begin = space + 1 if space != -1 else start
    return "… " + _snippet(text[begin:], max(size, end - begin + 1))


CARD = ("id", "title", "published", "outlet", "long", "stale")


def card(e: dict, lead: bool = True) -> dict:
    """What a list of briefings shows of one: a page holds these, not every
    actor and figure of each; `lead`, its first summary sentence, shorter
    than on the briefing's page."""
    c = {k: e[k] for k in CARD}
    c["lead"] = (_snippet(e["summary"][0], LEAD) if e["summary"] else "") if lead else None
    return c


def _span(starts: dict[int, int], sentence: int, item: dict) -> tuple[int, int]:
    """Where an item (a figure, a mention) lies in its sentence's text."""
    at = starts.get(sentence, 0)
    return max(0, item["start"] - at), max(0, item["end"] - at)


def entry(b: dict) -> dict:
    """What the collection keeps of one briefing."""
    sents = {s["id"]: s["text"] for s in b["sentences"]}
    starts = {s["id"]: s["start"] for s in b["sentences"]}
    actors = []
    for a in b["actors"]:
        first = a["mentions"][0]["sentence"] if a["mentions"] else 0
        where = _span(starts, first, a["mentions"][0]) if a["mentions"] else (0, 0)
        actors.append({
            "name": a["name"], "type": a["type"], "aliases": a.get("aliases") or [],
            "titles": a.get("titles") or [], "nationality": a.get("nationality"),
            "salience": a.get("salience", 0), "sentence": first, "text": _around(sents.get(first, ""), *where),
            "mentions": len(a["mentions"]),
        })
    figures = []
    for f in b["figures"]:
        figures.append({
            "kind": f["kind"], "text": f["text"], "value": f.get("value"), "value_max": f.get("value_max"),
            "approx": f.get("approx", "exact"), "unit": f.get("unit"), "currency": f.get("currency"),
            "date": f.get("date"), "relative": f.get("relative", False), "calendar": f.get("calendar"),
            "sentence": f["sentence"], "context": _around(sents.get(f["sentence"], ""), *_span(starts, f["sentence"], f)) if f["kind"] in ("date", "year") else None,
        })
    return {
        "id": b["id"], "title": b["title"], "published": b["source"].get("published"), "long": is_long(len(b["body"])),
        "outlet": outlet_name(b["source"].get("outlet")), "summary": [_snippet(s["text"], LIST_SUMMARY) for s in b["summary"]],
        "actors": actors, "figures": figures, "stale": bool(b.get("stale")),
        "tags": (b.get("tags") or [])[:TAGS],
    }


# what the actor merge reads of an entry (and the pages of its reading:
# pages.PARTS[0]); a kept merge knows a briefing unchanged by its bytes
MERGE_FIELDS = ("id", "title", "published", "long", "actors", "tags")


def merge_part(e: dict) -> dict:
    return {k: e[k] for k in MERGE_FIELDS}


def canonical(part: dict) -> bytes:
    """A part's bytes, the same for equal parts in every build: marshal's
    version 2. Versions 3 and 4 flag a string by whether it is interned
    and any object by whether something else holds it (its reference
    count), so one briefing packed afresh in two builds (a stale or
    read-back one, which no cache keeps packed) gave other bytes each time,
    and a kept merge merged it again at every build."""
    return marshal.dumps(part, 2)


@dataclass
class CollectionActor:
    slug: str
    name: str
    type: str
    # counts in plain dicts: tens of thousands of actors, and a Counter
    # costs several times a dict to make
    names: dict[str, int] = field(default_factory=dict)
    titles: dict[str, int] = field(default_factory=dict)
    nationalities: dict[str, int] = field(default_factory=dict)
    appearances: list[dict] = field(default_factory=list)  # briefing, sentence, date
    with_: dict[str, int] = field(default_factory=dict)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


# actor names recur across the collection and across serve rebuilds
name_key = lru_cache(maxsize=200_000)(key_text)


# a name's key for the merge (the page's address keeps name_key)
_match_key = lru_cache(maxsize=200_000)(match_name_key)


def _key_of(typ: str, name: str) -> str | None:
    """A name keyed for matching across briefings; a one-word person name
    (a surname) is kept apart: it joins a full name only when that full
    name is the only one it can stand for."""
    k = _match_key(name)
    return f"{typ}:{k}" if k and (typ != "person" or " " in k) else None


def _undefined(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


def _inside(short: str, long: str) -> bool:
    """Whether a key's words are the longer key's, in order (the article
    aside: الوزارة is inside وزارة الداخلية)."""
    it = iter(_undefined(w) for w in long.split())
    return all(any(_undefined(w) == x for x in it) for w in short.split())


def _keys(a: dict) -> tuple[str | None, list[str], list[str]]:
    """An actor's name key, the keys of its other names (أمريكا for
    الولايات المتحدة, بي بي سي for هيئة الإذاعة البريطانية) and those of
    its short forms, aliases inside its name (الوزارة of وزارة الداخلية,
    محمد بن نايف of محمد بن نايف بن عبدالعزيز). A short form stands for
    the full name in its own briefing only: across briefings الوزارة is
    every ministry."""
    typ = a["type"]
    own = _key_of(typ, a["name"])
    others, shorts = [], []
    for n in a["aliases"]:
        k = _key_of(typ, n)
        if k is None or k == own:
            continue
        (shorts if own is not None and _inside(k.split(":", 1)[1], own.split(":", 1)[1]) else others).append(k)
    return own, others, shorts


# An other name joins two names across briefings when the briefings that
# give one as the other's are at least this share of the briefings that
# name the rarer: one briefing whose actor took الخليج for the United States
# (or حزب الله for الميليشيات) does not make one actor of two.
LINK_SHARE = 0.1
# A short form joins the full name that gives it in this share of the
# briefings that give it (محمد بن نايف: his; الوزارة: no one's).
SHORT_SHARE = 0.8


def _head(e: dict) -> dict:
    """What an actor's appearance names of its briefing."""
    return {"id": e["id"], "title": e["title"], "published": e["published"], "long": e["long"]}


class _Mention(NamedTuple):
    """An actor of one briefing as the merge keeps it: a tuple (a tenth
    of an entry's actor dict with its aliases) and its briefing's head,
    shared by the briefing's actors. The merge holds one for every actor
    of every briefing at once: its step is the generator's peak."""

    head: dict
    name: str
    type: str
    titles: list[str]
    nationality: str | None
    sentence: int
    text: str
    mentions: int


def merge_actors(entries: Iterable[dict]) -> list[CollectionActor]:
    """One actor per entity across the collection: actors of different
    briefings that share a name or an alias are one. Of each entry only
    its actors and its head are kept (entries may be read one at a time)."""
    merge = ActorMerge()
    for e in entries:
        merge.add(e)
    return merge.finish()


class Keyed(NamedTuple):
    """A mention with its keys for the merge: its name's (None: kept
    apart), its other names' and its short forms' (`_keys`)."""

    mention: _Mention
    own: str | None
    others: tuple[str, ...]
    shorts: tuple[str, ...]


def keyed_mentions(e: dict) -> list[Keyed]:
    """A briefing's actors as the merge keeps them, in its own order."""
    head = _head(e)
    out = []
    for a in e["actors"]:
        own, others, short = _keys(a)
        out.append(Keyed(_Mention(head, a["name"], a["type"], a["titles"], a["nationality"], a["sentence"],
                                  a["text"], a["mentions"]), own, tuple(others), tuple(short)))
    return out


class Counts:
    """What the merge weighs, summed over briefings (whatever their
    order): the briefings naming each key (as a name or an other name),
    each (name, other name) pair and each (short form, name) pair."""

    def __init__(self) -> None:
        self.briefings: dict[str, int] = defaultdict(int)  # a key → briefings naming it (name or alias)
        self.links: dict[tuple[str, str], int] = defaultdict(int)  # (name, other name) → briefings
        self.shorts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # short → name → briefings

    def add(self, mentions: Iterable[Keyed]) -> None:
        """One briefing's mentions (every one of them that names a key
        this count is of)."""
        named: set[str] = set()
        links: set[tuple[str, str]] = set()
        shorts: set[tuple[str, str]] = set()
        for k in mentions:
            own = k.own
            if own is None:
                continue
            named.add(own)
            named.update(k.others)
            links.update((own, o) for o in k.others)
            shorts.update((s, own) for s in k.shorts)
        for k in named:
            self.briefings[k] += 1
        for pair in links:
            self.links[pair] += 1
        for k, own in shorts:
            self.shorts[k][own] += 1


class ActorMerge:
    """`merge_actors` fed one entry at a time, so that the one reading of
    the entries a build makes serves it and the other lists alike. Actors
    that go by the same name are one; other names and short forms join
    them by how many briefings agree.

    The result is a function of the set of briefings, not of the order
    they come in: a site that got C after A and B has the actor pages of
    one built from A, B and C at once, whatever order its inputs stream
    in. `add` only counts (sums, whatever the order) and keeps each
    briefing's mentions; `finish` puts the briefings in the order of
    their ids and tries names, other names and short forms in the order
    of their keys, so that every join and every tie (which name's first
    mention stands for a group, which full name a short form joins when
    two are as common) falls the same way for the same briefings.
    (site/merge_kept.py keeps the merge of one build for the next.)"""

    def __init__(self) -> None:
        # each briefing's mentions with their name keys (None: kept apart), as added
        self.briefing_mentions: list[list[tuple[_Mention, str | None]]] = []
        self.counts = Counts()

    def add(self, e: dict, raw: bytes | None = None) -> None:
        """One briefing's entry (`raw`, the bytes it was read from, is for
        a kept merge's sake: site/merge_kept.py)."""
        if not e["actors"]:
            return
        keyed = keyed_mentions(e)
        self.briefing_mentions.append([(k.mention, k.own) for k in keyed])
        self.counts.add(keyed)

    def finish(self) -> list[CollectionActor]:
        # the briefings in the order of their ids (a briefing's actors in
        # its own order): a group's root is its first mention in that order
        self.briefing_mentions.sort(key=lambda ms: ms[0][0].head["id"])
        keyed = [mk for ms in self.briefing_mentions for mk in ms]
        self.briefing_mentions = []
        flat, uf = join(keyed, self.counts)
        self.counts = Counts()
        return _merged(flat, uf)


def join(keyed: list[tuple[_Mention, str | None]], counts: Counts) -> tuple[list[_Mention], _Union]:
    """The groups of these mentions, given in the order of their
    briefings' ids (a briefing's in its own order) with their name keys,
    by the counts of their briefings: one actor a group of the union."""
    count = counts.briefings
    flat = [m for m, _ in keyed]
    uf = _Union()
    by_key: dict[str, int] = {}  # a name key → its first mention
    for i, (_, own) in enumerate(keyed):
        uf.find(i)
        if own is None:
            continue
        if own in by_key:
            uf.union(i, by_key[own])
        else:
            by_key[own] = i
    # an other name: a node of its own (a name nobody used as a name
    # still joins the names that give it)
    for (own, other), n in sorted(counts.links.items()):
        if n >= max(1.0, LINK_SHARE * min(count[own], count[other])):
            if other in by_key:
                uf.union(by_key[own], by_key[other])
            else:
                by_key[other] = by_key[own]
    # a short form used as a name elsewhere joins the one full name
    # that most briefings give it for (in the order of the short
    # forms: a join changes the groups the next one weighs)
    for short in sorted(counts.shorts):
        if short not in by_key:
            continue
        roots: dict[int, int] = defaultdict(int)
        for own, n in counts.shorts[short].items():
            roots[uf.find(by_key[own])] += n
        root, n = max(roots.items(), key=lambda x: (x[1], -x[0]))
        if n >= SHORT_SHARE * sum(roots.values()):
            uf.union(by_key[short], root)
    _join_short_persons(flat, uf, by_key)
    _join_lone_surnames(flat, uf)
    return flat, uf


def _opens(short: str, long: str) -> bool:
    """Whether a person's shorter name is the longer's: the same first
    name and the same fathers as far as it names them (فيصل بن خالد is not
    فيصل بن بندر بن خالد), then its other words inside the rest (عادل
    الجبير of عادل بن أحمد الجبير)."""
    s, lg = short.split(), long.split()
    fathers = named_fathers(s)
    return s[:fathers] == lg[:fathers] and _inside(" ".join(s[fathers:]), " ".join(lg[fathers:]))


def _join_short_persons(flat: list[_Mention], uf: _Union, by_key: dict[str, int]) -> None:
    """A person's name that opens a longer name and is inside it (سلمان بن
    عبدالعزيز of سلمان بن عبدالعزيز آل سعود, محمد بن نايف of محمد بن نايف بن
    عبدالعزيز) joins it when the briefings that give a name holding it are
    mostly that person's (محمد عبدالله opens too many names to join any)."""
    # the longest names first (then by name: the same order for the same
    # names, whatever order the briefings came in): a name joins a longer
    # one after that one gathered the names it opens, so it weighs whole
    # men, not their names apart (محمد بن نايف after محمد بن نايف بن عبدالعزيز
    # took محمد بن نايف بن عبدالعزيز آل سعود)
    persons = sorted((k.split(":", 1)[1] for k in by_key if k.startswith("person:")),
                     key=lambda k: (-len(k.split()), k))
    by_first_word: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k in persons:
        words = k.split()
        for w in set(words[1:]):
            by_first_word[(words[0], w)].append(k)
    briefings: dict[int, set[str]] = defaultdict(set)
    for i, m in enumerate(flat):
        if m.type == "person":
            briefings[uf.find(i)].add(m.head["id"])
    for k in persons:
        words = k.split()
        roots: dict[int, int] = defaultdict(int)
        for long in by_first_word.get((words[0], words[-1]), ()):
            if len(long) > len(k) and _opens(k, long):
                r = uf.find(by_key[f"person:{long}"])
                roots[r] = len(briefings[r])
        if not roots:
            continue
        root, n = max(roots.items(), key=lambda x: (x[1], -x[0]))
        if n >= SHORT_SHARE * sum(roots.values()):
            own = uf.find(by_key[f"person:{k}"])
            if own != root:
                # the joined name's briefings count for the names after it
                # (the root left may be either); the smaller set goes in
                uf.union(own, root)
                big, small = sorted((briefings.pop(own, set()), briefings.pop(root, set())), key=len, reverse=True)
                big |= small
                briefings[uf.find(root)] = big


def _join_lone_surnames(flat: list[_Mention], uf: _Union) -> None:
    """A lone surname joins the one full name that ends with it."""
    surnames: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(flat):
        if m.type == "person":
            k = _match_key(m.name).split()  # محمد عبد الله's surname is عبدالله, not الله
            if len(k) > 1:
                surnames[k[-1]].add(uf.find(i))
    for i, m in enumerate(flat):
        k = _match_key(m.name).split()
        if m.type == "person" and len(k) == 1:
            roots = {uf.find(j) for j in surnames.get(k[0], set())}
            if len(roots) == 1:
                uf.union(i, roots.pop())


def grouped(flat: list[_Mention], uf: _Union) -> list[tuple[list[int], CollectionActor]]:
    """Each group's members (their places in `flat`, in order) and its
    actor, in the order of their first members; the actors' companions
    (`with_`) are left to the caller, who knows every briefing."""
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(flat)):
        groups[uf.find(i)].append(i)
    actors = []
    for _, members in sorted(groups.items()):
        names: dict[str, int] = {}
        for i in members:
            n = flat[i].name
            names[n] = names.get(n, 0) + 1
        typ = flat[members[0]].type
        # a person or a body by its fullest name; a place by the name most
        # briefings give it (مصر, not جمهورية مصر العربية of one statement)
        full = ([n for n in names if len(name_key(n).split()) > 1] if typ != "place" else []) or list(names)
        name = max(sorted(full), key=lambda n: (names[n], len(n)))
        slug = {"person": "p", "organization": "o", "place": "l"}[typ] + "-" + hashlib.sha1(
            f"{typ}:{name_key(name)}".encode()).hexdigest()[:10]
        ca = CollectionActor(slug=slug, name=name, type=typ, names=names)
        seen = set()
        for i in members:
            m = flat[i]
            e = m.head
            for t in m.titles:
                ca.titles[t] = ca.titles.get(t, 0) + 1
            if m.nationality:
                ca.nationalities[m.nationality] = ca.nationalities.get(m.nationality, 0) + 1
            # one appearance a briefing, its first (the sort below is
            # stable, and a briefing's appearances sort alike)
            if e["id"] not in seen:
                seen.add(e["id"])
                ca.appearances.append({"id": e["id"], "title": e["title"], "published": e["published"],
                                       "long": e["long"], "sentence": m.sentence, "text": m.text,
                                       "mentions": m.mentions})
        ca.appearances.sort(key=lambda x: (x["published"] or "", x["id"]), reverse=True)
        actors.append((members, ca))
    return actors


def _merged(flat: list[_Mention], uf: _Union) -> list[CollectionActor]:
    actors = []
    member_of: dict[int, CollectionActor] = {}
    for members, ca in grouped(flat, uf):
        for i in members:
            member_of[i] = ca
        actors.append(ca)
    # who appears with whom: actors of the same briefing
    by_briefing: dict[str, set[str]] = defaultdict(set)
    slugs = {}
    for i, m in enumerate(flat):
        by_briefing[m.head["id"]].add(member_of[i].slug)
        slugs[member_of[i].slug] = member_of[i]
    for together in by_briefing.values():
        # in order, so that page digests do not depend on set order
        together = sorted(together)
        for s in together:
            company = slugs[s].with_
            for o in together:
                if o != s:
                    company[o] = company.get(o, 0) + 1
    actors.sort(key=lambda c: (-len(c.appearances), c.name))
    return actors


def timeline(entries: Iterable[dict]) -> list[dict]:
    """Dated events of all briefings, oldest first: every figure with a
    date, with the sentence it came from."""
    events: list[dict] = []
    for e in entries:
        events.extend(events_of(e))
    return ordered_events(events)


def events_of(e: dict) -> list[dict]:
    """One briefing's rows of the timeline."""
    return [{"date": f["date"], "text": f["text"], "context": f["context"], "relative": f["relative"],
             "id": e["id"], "long": e["long"], "title": e["title"], "sentence": f["sentence"],
             "outlet": e.get("outlet")}
            for f in e["figures"] if f["kind"] in ("date", "year") and f.get("date")]


def ordered_events(events: list[dict]) -> list[dict]:
    events.sort(key=lambda x: (x["date"], x["id"], x["sentence"]))
    return events


# Two rows of one date whose contexts share at least REPEAT_WORDS base
# forms and REPEAT of their words together (Jaccard) say one thing: three
# papers' near-identical sentences of one event (the same agency copy, a
# word changed), or one paper's sentence in two articles. Read on the
# 4,352 rows of 2015-08-01 and 08-02 (557 folded; 28 drawn of them, all
# one statement: «27 أيار (مايو)» and «27 مايو» of FIFA's arrests, the
# same 2013 figure in two outlets' market reports). Word share alone, as a
# containment, folded short snippets («… في الشهر السابق.») of other
# statements: hence the union and the floor of shared words.
REPEAT = 0.5
REPEAT_WORDS = 5
_COMMON = 64  # a word on more rows of a date than this finds no candidates (all would share it)


def fold_repeats(events: list[dict]) -> list[dict]:
    """The timeline's rows, in their order, with the rows that repeat an
    earlier one of the same date (another briefing's near-identical
    sentence) folded into it: the first keeps its place and lists the
    others under `also` (outlet and sentence), so a reader sees one event
    once and every outlet that gave it."""
    out: list[dict] = []
    start = 0
    while start < len(events):
        end = start
        while end < len(events) and events[end]["date"] == events[start]["date"]:
            end += 1
        out.extend(_fold_day(events[start:end]))
        start = end
    return out


def _one_a_sentence(rows: list[dict]) -> list[dict]:
    """A date's rows, one a sentence: a sentence that gives its date twice
    («يوم الأربعاء ١٤٣٦/١١/١٨هـ الموافق ٢٠١٥/٩/٢», «أمس الأحد … الأحد», «العام
    الماضي» and «2014») tells one moment, and the row links to that
    sentence. The written date is kept over a relative one (the «~» rows:
    «السبت القادم» beside «1 أغسطس 2015م»). On 2015-07-27 and 08-03, 109 of
    3,854 rows: each a second name of its sentence's date."""
    at: dict[tuple[str, int], int] = {}
    out: list[dict] = []
    for ev in rows:
        k = (ev["id"], ev["sentence"])
        if k not in at:
            at[k] = len(out)
            out.append(ev)
        elif out[at[k]]["relative"] and not ev["relative"]:
            out[at[k]] = ev
    return out


def _fold_day(rows: list[dict]) -> list[dict]:
    rows = _one_a_sentence(rows)
    if len(rows) == 1:
        return rows
    kept: list[dict] = []
    words: list[frozenset[str]] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for ev in rows:
        mine = frozenset(terms(ev["context"] or ""))
        into = None
        if len(mine) >= REPEAT_WORDS:
            candidates = sorted({i for w in mine if len(p := postings.get(w, ())) <= _COMMON for i in p})
            for i in candidates:
                if ev["id"] in kept[i].get("_ids", (kept[i]["id"],)):
                    continue
                shared = len(mine & words[i])
                if shared >= REPEAT_WORDS and shared >= REPEAT * len(mine | words[i]):
                    into = i
                    break
        if into is None:
            for w in mine:
                postings[w].append(len(kept))
            kept.append(ev)
            words.append(mine)
        else:
            head = kept[into] = {**kept[into]}
            also = head.setdefault("also", [])
            outlet = ev.get("outlet") or "غير معروف"
            members = head.setdefault("_ids", [head["id"]])
            members.append(ev["id"])
            # an outlet is named once (two articles of one paper: «الرياض، الرياض»), never the row's own
            if outlet != (head.get("outlet") or "غير معروف") and all(o["outlet"] != outlet for o in also):
                head["also"] = [*also, {"outlet": outlet, "id": ev["id"], "long": ev["long"], "sentence": ev["sentence"]}]
    for ev in kept:
        ev.pop("_ids", None)
        if "also" in ev and not ev["also"]:
            del ev["also"]
    return kept


def ledger(entries: Iterable[dict]) -> list[dict]:
    """Every figure that counts or measures, newest briefing first."""
    # each briefing's rows made as it is read, then put in order (the
    # entries are not held to be sorted)
    of: list[tuple[tuple[str, str], list[dict]]] = []
    for e in entries:
        if rows := rows_of(e):
            of.append(rows)
    return ordered_rows(of)


def rows_of(e: dict) -> tuple[tuple[str, str], list[dict]] | None:
    """One briefing's rows of the ledger, with what orders them."""
    rows = [{**f, "id": e["id"], "title": e["title"], "published": e["published"], "long": e["long"]}
            for f in e["figures"] if f["kind"] not in ("date", "year")]
    return ((e["published"] or "", e["id"]), rows) if rows else None


def ordered_rows(of: list[tuple[tuple[str, str], list[dict]]]) -> list[dict]:
    of.sort(key=lambda x: x[0], reverse=True)
    return [r for _, rows in of for r in rows]
