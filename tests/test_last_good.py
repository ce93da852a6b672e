"""A file of many articles that once built and then cannot be read at all
keeps every article's last good briefing, marked stale, as a file of one
article does: a rerun never loses a briefing that was good."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import BIN

RECORDS = [
    {"title": "زيارة", "content": "قال وزير الزراعة سالم النعيمي إن 40 شاحنة وصلت إلى الموصل."},
    {"title": "مطر", "content": "هطلت أمطار غزيرة على مدينة أربيل أمس وأغلقت طرقاً عدة."},
    {"title": "ميناء", "content": "أعلنت هيئة الموانئ افتتاح رصيف جديد في ميناء أم قصر يستقبل 12 سفينة."},
]


def _json(records: list[dict]) -> bytes:
    return json.dumps(records, ensure_ascii=False).encode("utf-8")


def _jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def _zip(records: list[dict]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("day/one.json", _json(records[:-1]))
        z.writestr("day/two.txt", records[-1]["content"])
    return buf.getvalue()


# each format, and what makes the whole file unreadable
CASES = {
    "dump.json": (_json, lambda data: data[: len(data) // 2]),  # truncated JSON
    "dump.jsonl": (_jsonl, lambda data: bytes(range(32)) * 64),  # binary, not text
    "dump.zip": (_zip, lambda data: data[: len(data) // 2]),  # a truncated archive
}


def extract(seeds: Path, out: Path, cache: Path) -> dict[str, dict]:
    r = subprocess.run([str(BIN / "briefings"), "extract", str(seeds), "-o", str(out), "--cache", str(cache), "-j", "1"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    docs = [json.loads(f.read_text(encoding="utf-8")) for f in out.iterdir()]
    return {d["id"]: d for d in docs}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_unreadable_file_of_many_articles_keeps_them_all_stale(tmp_path, name):
    make, damage = CASES[name]
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "other.txt").write_text("افتتحت بلدية عمان حديقة الياسمين الكبرى أمس بحضور المحافظ.", encoding="utf-8")
    data = make(RECORDS)
    (seeds / name).write_bytes(data)
    good = extract(seeds, tmp_path / "out0", tmp_path / "cache")
    assert len(good) == 4 and not any("stale" in d for d in good.values())

    (seeds / name).write_bytes(damage(data))
    for run in (1, 2):  # and it stays so on every rerun
        now = extract(seeds, tmp_path / f"out{run}", tmp_path / "cache")
        assert set(now) == set(good)
        stale = {i: d for i, d in now.items() if "stale" in d}
        assert len(stale) == 3, stale.keys()
        for i, d in stale.items():
            assert d["body"] == good[i]["body"]
            assert d["stale"]  # the reason the file failed

    (seeds / name).write_bytes(make(RECORDS[:2]))  # mended, one record fewer
    mended = extract(seeds, tmp_path / "out3", tmp_path / "cache")
    assert len(mended) == 3 and not any("stale" in d for d in mended.values())
