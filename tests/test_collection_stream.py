"""The collection pages read the entries as a stream: a one-off build gives
them unpacked one at a time (a collection's entries at once were the
largest thing it held), and the pages are those a list of them writes."""

from __future__ import annotations

import json
import weakref
from pathlib import Path

from conftest import ROOT

from briefings.assemble import assemble
from briefings.model import Article
from briefings.serialize import to_dict
from briefings.site.collection import entry
from briefings.site.pages import write_all
from briefings.site.render import Renderer

RENDERER = Renderer(ROOT / "templates")

TEXTS = [
    "قال وزير النقل سعد الفلاني إن قطار الرياض ينقل 3000 راكب يومياً منذ 12 مارس 2015.",
    "افتتحت بلدية عمّان حديقة الياسمين أمس بحضور المحافظ خالد العمري، وكلفت 2 مليون دينار.",
    "أعلن وزير النقل سعد الفلاني تمديد خط القطار إلى الدمام بتكلفة 5 مليارات ريال.",
    "سجلت وزارة الصحة 40 إصابة جديدة في مدينة البصرة، وقال الوزير إن النسبة بلغت 3 في المئة.",
    "وصل وفد من الجامعة العربية إلى بيروت في 1 أبريل 2015 لبحث إعادة إعمار المرفأ.",
    "قال المحافظ خالد العمري إن الحديقة تستقبل 500 زائر كل يوم.",
]
OUTLETS = ["okaz", "aawsat", "sabq"]


def _entries() -> list[dict]:
    out = []
    for i, text in enumerate(TEXTS * 2):
        published = f"2015-0{3 + i % 3}-{10 + i:02d}" if i != 7 else None  # one undated
        b = to_dict(assemble(Article(id=f"a{i:04d}", path=f"a{i:04d}.txt", sha256="0" * 64, body=text,
                                     title=text[:24], outlet=OUTLETS[i % 3], published=published)))
        out.append(entry(b))
    return out


class _Entry(dict):
    """An entry that can be watched (dicts take no weak reference)."""


class _Stream:
    """Entries kept packed and unpacked one at a time, each time they are
    read; it counts the passes and the most of its entries alive at once."""

    def __init__(self, entries: list[dict]) -> None:
        self.packed = [json.dumps(e, ensure_ascii=False) for e in entries]
        self.refs: list[weakref.ref] = []
        self.most = 0
        self.passes = 0

    def __iter__(self):
        self.passes += 1
        for p in self.packed:
            e = _Entry(json.loads(p))
            self.refs.append(weakref.ref(e))
            self.most = max(self.most, sum(r() is not None for r in self.refs))
            yield e
            del e


def _pages(entries, stories: dict, docs: Path) -> dict[str, str]:
    made: dict[str, str] = {}

    def put(path: Path, content) -> None:
        made[path.relative_to(docs).as_posix()] = content if isinstance(content, (str, bytes)) else content.render()

    homes = write_all(entries, RENDERER, docs, put, stories)
    made["homes"] = json.dumps(homes, ensure_ascii=False, sort_keys=True)
    return made


def test_the_collection_pages_from_a_stream_are_those_of_a_list(tmp_path):
    entries = _entries()
    # a wire copy: counted once everywhere but on its own outlet's list
    member = {"outlet": "aawsat", "published": entries[3]["published"], "url": None, "title": entries[3]["title"]}
    stories = {"groups": [{"members": [{**member, "id": entries[0]["id"], "outlet": "okaz"},
                                       {**member, "id": entries[3]["id"]}]}], "stories": []}
    listed = _pages(entries, stories, tmp_path / "listed")
    stream = _Stream(entries)
    streamed = _pages(stream, stories, tmp_path / "streamed")
    assert streamed == listed
    assert any(k.startswith("actors/") for k in listed) and any(k.startswith("figures/") for k in listed)
    assert stream.passes == 3  # the actor merge; the other lists; the timeline and the ledger
    # the one being read, the one before it (a loop's variable holds it
    # until the next) and a copy the filter passed over: never the
    # collection's twelve
    assert stream.most <= 3, stream.most


def test_the_collection_pages_from_spooled_parts_are_those_of_a_list(tmp_path):
    """A one-off build spools each entry as the parts the three readings
    use: each reading unpacks its part alone, and the pages are the same."""
    from briefings.site.generate import _Entries
    from briefings.site.pages import PARTS

    entries = _entries()
    member = {"outlet": "aawsat", "published": entries[3]["published"], "url": None, "title": entries[3]["title"]}
    stories = {"groups": [{"members": [{**member, "id": entries[0]["id"], "outlet": "okaz"},
                                       {**member, "id": entries[3]["id"]}]}], "stories": []}
    spool = _Entries(tmp_path / "spool")
    try:
        for e in entries:
            spool.append(e)
        for i, part in enumerate(PARTS):
            assert list(spool.part(i)) == [part(e) for e in entries]
        assert len(PARTS[0](entries[0])) < len(entries[0])  # a part, not the entry
        assert _pages(spool, stories, tmp_path / "spooled") == _pages(entries, stories, tmp_path / "listed")
    finally:
        spool.close()


def test_entry_parts_are_kept_as_the_spool_takes_them(tmp_path):
    """A one-off build keeps each entry's parts as the bytes it spools
    (`EntryParts`): read back, they are not made again, and they spool the
    same parts as the entry would; a damaged file is made again."""
    from types import SimpleNamespace

    from briefings.site.generate import _Entries
    from briefings.site.pages import PARTS
    from briefings.site.per_briefing import EntryParts

    entries = _entries()
    items = [SimpleNamespace(key="ab12", index=i) for i in range(len(entries))]
    made: list[int] = []

    def entry_of(item):
        made.append(item.index)
        return entries[item.index]

    kept = EntryParts(tmp_path / "parts", PARTS)
    first = [kept.of(item, entry_of) for item in items]
    kept.close()
    assert made == list(range(len(entries)))
    again = EntryParts(tmp_path / "parts", PARTS)
    assert [again.of(item, entry_of) for item in items] == first
    assert made == list(range(len(entries)))  # read back, not made again
    spool, packed = _Entries(tmp_path / "s1"), _Entries(tmp_path / "s2")
    try:
        for e, parts in zip(entries, first, strict=True):
            assert parts[0] == e["id"]
            spool.append(e)
            packed.append_packed(parts[1:])
        for i in range(len(PARTS)):
            assert list(packed.part(i)) == list(spool.part(i))
    finally:
        spool.close()
        packed.close()
    (tmp_path / "parts" / "ab" / "ab12.marshal").write_bytes(b"not marshal")
    assert EntryParts(tmp_path / "parts", PARTS).of(items[0], entry_of) == first[0]
    assert made[-1] == 0
