"""The top level's search index made from the split's spool files, a
partition at a time and a bucket of regions at a time, is the index a
build with every briefing in memory writes, file for file."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.assemble import assemble
from briefings.model import Article
from briefings.run import LightBriefing
from briefings.serialize import to_dict
from briefings.site import search_index
from briefings.site.partition import spool
from briefings.site.partition.spool import SpoolWriter, read_spool, write_index
from briefings.site.search_index import IndexBuilder, postings

DISPATCH = "أعلنت وزارة الزراعة إطلاق مشروع لزراعة مليون شجرة في منطقة القصيم لمكافحة التصحر."
PARTS = {
    "2015-07": [
        ("قال وزير النقل إن قطار الرياض الجديد ينقل 3000 راكب يومياً.", "okaz"),
        (DISPATCH + " وتبدأ المرحلة الأولى الشهر القادم.", "okaz"),
        ("افتتحت بلدية عمّان حديقة الياسمين الكبرى أمس بحضور المحافظ.", "alriyadh"),
        (DISPATCH + " وتبدأ المرحلة الأولى الشهر المقبل.", "aawsat"),
    ],
    "2015-08": [
        ("أعلنت وزارة الصحة تسجيل 40 إصابة جديدة في مدينة البصرة.", "sabq"),
        ("وصل وفد من الجامعة العربية إلى بيروت لبحث إعادة إعمار المرفأ.", None),
        ("أكد وزير الزراعة أن مشروع التشجير في القصيم يزرع مليون شجرة خلال عامين.", "aawsat"),
    ],
}
GROUPS = {"2015-07": [{"members": [{"id": "b2015-07-1"}, {"id": "b2015-07-3"}]}], "2015-08": []}


def _briefings() -> dict[str, list[dict]]:
    out = {}
    for key, texts in PARTS.items():
        out[key] = [to_dict(assemble(Article(id=f"b{key}-{n}", path=f"{key}/{n}.txt", sha256="0" * 64, body=text,
                                             title=text[:24], outlet=outlet, published=f"{key}-0{n + 1}")))
                    for n, (text, outlet) in enumerate(texts)]
    return out


def _in_memory(briefings: dict[str, list[dict]]) -> dict[str, str]:
    """What top.py wrote before the spool: one IndexBuilder holding all."""
    index = IndexBuilder()
    starts, groups = [], []
    for key, bs in briefings.items():
        starts.append([len(index.docs), f"{key}/"])
        for b in bs:
            index.add(LightBriefing.of(b), postings(b))
        groups += GROUPS[key]
    out: dict[str, str] = {}
    index.write(Path("/idx"), lambda p, t: out.__setitem__(p.relative_to("/idx").as_posix(), t.render()), groups,
                parts=starts)
    return out


def _spooled(briefings: dict[str, list[dict]], tmp: Path) -> dict[str, str]:
    parts = []
    for key, bs in briefings.items():
        w = SpoolWriter(tmp / key / spool.SPOOL)
        for b in bs:
            w.add(LightBriefing.of(b), postings(b))
        w.close()
        parts.append((key, w.path, GROUPS[key]))
    out: dict[str, str] = {}
    write_index(parts, Path("/idx"), lambda p, t: out.__setitem__(p.relative_to("/idx").as_posix(), t.render()),
                tmp / "scratch")
    return out


@pytest.mark.parametrize("buckets", [1, 3, 128])
@pytest.mark.parametrize("shard_bytes", [24_000, 60])
def test_the_spooled_index_equals_the_one_held_in_memory(tmp_path, monkeypatch, buckets, shard_bytes):
    monkeypatch.setattr(spool, "BUCKETS", buckets)
    monkeypatch.setattr(search_index, "SHARD_BYTES", shard_bytes)  # 60: regions split by the next letters
    briefings = _briefings()
    want = _in_memory(briefings)
    got = _spooled(briefings, tmp_path)
    assert got.keys() == want.keys()
    for rel in want:
        assert got[rel] == want[rel], rel
    shards = [rel for rel in want if rel.startswith("t/")]
    assert len(shards) > 5
    if shard_bytes == 60:
        assert any(rel.startswith("c/") for rel in want)  # a split region offers completions
    # the scratch buckets are gone, the spools stay for the next top level
    assert not any((tmp_path / "scratch").iterdir())


def test_a_spool_is_put_in_place_only_when_closed(tmp_path):
    b = _briefings()["2015-08"][0]
    w = SpoolWriter(tmp_path / "p" / spool.SPOOL)
    w.add(LightBriefing.of(b), postings(b))
    assert not w.path.exists()
    w.close()
    [(light, scores)] = list(read_spool(w.path))
    assert light == LightBriefing.of(b) and scores == postings(b)
    w2 = SpoolWriter(w.path)
    w2.abandon()  # a split that failed leaves the last good spool
    assert len(list(read_spool(w.path))) == 1
