"""The actor merge kept from one build to the next (site/merge_kept.py):
after briefings are added, edited and removed, the actors it keeps and
merges again are those a merge of the same briefings made whole gives."""

from __future__ import annotations

import marshal
import random

import pytest

from briefings.site import merge_kept
from briefings.site.collection import merge_actors
from briefings.site.merge_kept import KeptMerge

# names that join every way the merge joins them: one name in several
# forms (a shorter name that opens longer ones, fathers named or not),
# lone surnames (one full name ending so, or several), other names and
# short forms, bodies with their short forms, places named two ways
_FIRST = ["محمد", "عادل", "سلمان", "خالد", "فيصل"]
_FATHER = ["عبدالله", "أحمد", "نايف", "بندر"]
_LAST = ["الجبير", "الفيصل", "العساف", "الشمري"]
_BODIES = ["وزارة الداخلية", "الوزارة", "وزارة الخارجية", "هيئة الإذاعة البريطانية", "بي بي سي", "الهيئة",
           "هيئة الطيران المدني"]
_PLACES = ["مصر", "جمهورية مصر العربية", "الولايات المتحدة", "أمريكا", "جدة", "الرياض", "مدينة الرياض"]


def _person(r: random.Random) -> str:
    form = r.randint(1, 6)
    if form == 1:
        return r.choice(_LAST + _FIRST[:2])  # a lone name
    if form == 2:
        return f"{r.choice(_FIRST)} {r.choice(_LAST)}"
    if form == 3:
        return f"{r.choice(_FIRST)} {r.choice(_FATHER)} {r.choice(_LAST)}"
    if form == 4:
        return f"{r.choice(_FIRST)} بن {r.choice(_FATHER)}"
    if form == 5:
        return f"{r.choice(_FIRST)} بن {r.choice(_FATHER)} {r.choice(_LAST)}"
    return f"{r.choice(_FIRST)} بن {r.choice(_FATHER)} بن {r.choice(_FIRST)} {r.choice(_LAST)}"


def _actor(r: random.Random, sentence: int) -> dict:
    roll = r.random()
    if roll < 0.2:
        typ, name, pool = "organization", r.choice(_BODIES), _BODIES
    elif roll < 0.35:
        typ, name, pool = "place", r.choice(_PLACES), _PLACES
    else:
        typ, name, pool = "person", _person(r), None
    if pool is not None:
        aliases = r.sample(pool, r.randint(0, 2))
    else:
        # other names, and short forms inside the name (its first and last words)
        aliases = [_person(r) for _ in range(r.randint(0, 1))]
        words = name.split()
        if len(words) > 2 and r.random() < 0.5:
            aliases.append(f"{words[0]} {words[-1]}")
    return {"name": name, "type": typ, "aliases": aliases, "titles": r.sample(["الأمير", "الوزير", "الملك"], r.randint(0, 2)),
            "nationality": r.choice([None, "سعودي", "مصري"]), "salience": 1.0, "sentence": sentence,
            "text": f"جملة {sentence} عن {name}", "mentions": r.randint(1, 3)}


def _briefing(r: random.Random, bid: str) -> dict:
    return {"id": bid, "title": f"عنوان {bid} {r.randint(0, 9)}", "published": f"2015-01-{1 + r.randint(0, 5):02d}",
            "long": False, "actors": [_actor(r, i) for i in range(r.randint(0, 6))]}


def _everything(actors) -> list:
    """All a page can show of the merged actors, in their order (the
    companions' counts as a mapping: the pages order them themselves)."""
    return [(a.slug, a.name, a.type, list(a.names.items()), list(a.titles.items()), list(a.nationalities.items()),
             a.appearances, sorted(a.with_.items())) for a in actors]


_BYTES: dict[int, tuple[dict, bytes]] = {}


def _bytes(e: dict) -> bytes:
    """An entry's bytes as a build's cache keeps them (marshal's bytes of
    one dict change as its strings gain references: a cache's do not)."""
    if (got := _BYTES.get(id(e))) is None or got[0] is not e:
        got = _BYTES[id(e)] = (e, marshal.dumps(e))
    return got[1]


def _kept_finish(merge: KeptMerge, briefings: dict[str, dict], raw: bool) -> list:
    for e in briefings.values():
        merge.add(e, _bytes(e) if raw else None)
    return _everything(merge.finish())


@pytest.mark.parametrize("bulk", [64, 0])
def test_a_kept_merge_gives_what_a_whole_merge_gives_after_additions_edits_and_removals(tmp_path, monkeypatch, bulk):
    """Forty random collections, each changed ten times (briefings added,
    edited into others, removed, a copy group's briefing leaving the
    merge), merged by one kept merge (by the entries' bytes, kept on disk
    between builds as a one-off build does, or by their mentions in
    memory as a serving process does) and whole: the same actors, names,
    titles, appearances and companions, in the same order. With `bulk` 0
    the order is made again in one pass whenever a sixteenth of the
    actors goes or comes (a cold build's way), else one by one."""
    monkeypatch.setattr(merge_kept, "BULK", bulk)
    redone = whole = 0
    for seed in range(40):
        r = random.Random(seed)
        raw = seed % 2 == 0
        ids = [f"b{r.randint(0, 99):02d}-{i}" for i in range(30)]
        live = {bid: _briefing(r, bid) for bid in r.sample(ids, 12)}
        merge = KeptMerge(held=not raw)
        assert _kept_finish(merge, live, raw) == _everything(merge_actors(live.values())), seed
        for step in range(10):
            for _ in range(r.randint(0, 3)):  # new
                bid = r.choice(ids)
                live[bid] = _briefing(r, bid)
            for bid in r.sample(sorted(live), min(len(live), r.randint(0, 2))):  # edited
                e = live[bid]
                if r.random() < 0.5 and e["actors"]:
                    e = {**e, "actors": e["actors"][:-1] + [_actor(r, 9)]}
                else:
                    e = {**e, "title": e["title"] + " ـ"}
                live[bid] = e
            for bid in r.sample(sorted(live), min(len(live), r.randint(0, 2))):  # removed
                del live[bid]
            if raw and step % 3 == 1:  # a one-off build reads the last one's from disk
                merge.save(tmp_path)
                merge = KeptMerge.load(tmp_path)
            elif raw and step % 3 == 2:  # or one a few builds old (it wrote none since)
                merge.save(tmp_path, share=1.0)
                merge = KeptMerge.load(tmp_path)
            shuffled = list(live.values())
            r.shuffle(shuffled)
            got = _kept_finish(merge, dict((e["id"], e) for e in shuffled), raw)
            assert got == _everything(merge_actors(live.values())), (seed, step)
            redone += merge.last_redone
            whole += sum(len(e["actors"]) for e in live.values())
    # and what it merged again is a part of the whole
    assert redone < whole


def test_a_kept_merge_merges_again_only_what_a_change_reaches():
    """A briefing naming only a new place merges that place alone; one
    naming a man already known merges him again with every name of his,
    and not the other actors."""
    r = random.Random(3)
    live = {f"b{i:02d}": _briefing(r, f"b{i:02d}") for i in range(40)}
    merge = KeptMerge()
    _kept_finish(merge, live, True)
    assert merge.last_redone == sum(len(e["actors"]) for e in live.values())
    place = {"name": "تبوك", "type": "place", "aliases": [], "titles": [], "nationality": None, "salience": 1.0,
             "sentence": 0, "text": "جملة عن تبوك", "mentions": 1}
    live["new"] = {"id": "new", "title": "جديد", "published": "2015-01-09", "long": False, "actors": [place]}
    assert _kept_finish(merge, live, True) == _everything(merge_actors(live.values()))
    assert merge.last_redone == 1
    # nothing changed: nothing merged again
    assert _kept_finish(merge, live, True) == _everything(merge_actors(live.values()))
    assert merge.last_redone == 0
    # a known man named again: his mentions (all his names') merged again, not the rest
    known = next(a for e in live.values() for a in e["actors"] if a["type"] == "person" and len(a["name"].split()) > 2)
    live["again"] = {**live["new"], "id": "again", "actors": [{**place, "name": known["name"], "type": "person"}]}
    assert _kept_finish(merge, live, True) == _everything(merge_actors(live.values()))
    assert 1 < merge.last_redone < sum(len(e["actors"]) for e in live.values())


def test_a_build_with_nothing_to_merge_again_reads_no_index_and_keeps_its_actors(tmp_path):
    """The kept file's index (components, nodes, person keys) is read only
    by a build that merges something again, and a build that adds one
    briefing keeps every other actor as it was (the same objects, in their
    order): what it does is in proportion to what changed. A file written
    again under a build that has read the rest of it gives a whole merge,
    not a wrong one."""
    from briefings.site.merge_kept import _Index

    r = random.Random(11)
    live = {f"b{i:02d}": _briefing(r, f"b{i:02d}") for i in range(60)}
    merge = KeptMerge()
    _kept_finish(merge, live, True)
    merge.save(tmp_path)
    merge = KeptMerge.load(tmp_path)
    assert _kept_finish(merge, live, True) == _everything(merge_actors(live.values()))
    assert merge.last_redone == 0 and not isinstance(merge._index, _Index)  # never read
    before = {id(a) for a in merge.actors}
    place = {"name": "تبوك", "type": "place", "aliases": [], "titles": [], "nationality": None, "salience": 1.0,
             "sentence": 0, "text": "جملة عن تبوك", "mentions": 1}
    live["new"] = {"id": "new", "title": "جديد", "published": "2015-01-09", "long": False, "actors": [place]}
    assert _kept_finish(merge, live, True) == _everything(merge_actors(live.values()))
    assert merge.last_redone == 1 and isinstance(merge._index, _Index)
    assert sum(id(a) not in before for a in merge.actors) == 1 == len(merge.actors) - len(before)
    assert merge.keys == sorted(merge.keys)
    # the file changes between the build's first read and its index's
    merge.save(tmp_path, share=0.0)
    merge = KeptMerge.load(tmp_path)
    del live["new"]
    other = KeptMerge()
    _kept_finish(other, {"x": {**live["b00"], "id": "x", "actors": [place]}}, True)
    other.save(tmp_path, share=0.0)
    assert _kept_finish(merge, live, True) == _everything(merge_actors(live.values()))
    assert merge.last_redone == sum(len(e["actors"]) for e in live.values())  # whole
    # a file that went before a build that merged nothing again saves it
    merge = KeptMerge.load(tmp_path)
    for f in tmp_path.iterdir():
        f.unlink()
    _kept_finish(merge, {"x": {**live["b00"], "id": "x", "actors": [place]}}, True)
    merge.save(tmp_path)  # its index cannot be read: no file, no error
    assert not any(tmp_path.iterdir())
