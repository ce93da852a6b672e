"""The one miner of local places (briefings.training.local_places): one
pass over a corpus of daily ZIPs writes both lists, the governorates'
and villages' words (local_places.txt) and the settlements' names with
their counts (places-local.tsv.gz), each without the days it holds out.
A corpus of sentences written for this test."""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

from briefings.lang.ar import key
from briefings.training import local_places


def _day(folder: Path, day: str, texts: list[str]) -> None:
    with zipfile.ZipFile(folder / f"{day}.zip", "w") as z:
        z.writestr(f"{day}.json", json.dumps([{"content": t} for t in texts], ensure_ascii=False))


def _corpus(tmp_path: Path) -> Path:
    # زمردة: a made-up village, written after قرية; قلونة: a made-up
    # centre, written after مركز (a settlement's cue, not the first
    # list's); a different word after each, or it would be a name's first
    texts = ["وصل الوفد إلى قرية زمردة صباح أمس.", "وافتتح مركز قلونة مدرسة جديدة.",
             "ويقيم أهالي قرية زمردة مهرجانا سنويا.", "وزار المحافظ مركز قلونة أمس.",
             "وتقع قرية زمردة شرق المحافظة.", "وبلغ عدد سكان مركز قلونة ألف نسمة.",
             "ووصلت الأمطار إلى قرية زمردة.", "وأعلن مركز قلونة الصحي عن حملة."]
    _day(tmp_path, "2015-07-21", texts)
    # the blind day: its words never count
    _day(tmp_path, "2015-07-26", ["وزار الوفد قرية سلوان ثم قرية سلوان ثم قرية سلوان."])
    return tmp_path


def test_one_pass_counts_both_lists(tmp_path):
    c = local_places.count(_corpus(tmp_path))
    assert c.local[key("زمردة")] == 4 and c.local_total[key("زمردة")] == 4
    assert c.after[key("زمردة")] == 4 and c.after[key("قلونة")] == 4
    assert c.local[key("قلونة")] == 0  # مركز is no cue of the first list
    assert key("سلوان") not in c.local_total  # the blind day is never read


def test_the_miner_writes_both_lists(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    corpus = _corpus(tmp_path / "corpus")
    out, lst = tmp_path / "local.tsv.gz", tmp_path / "local_places.txt"
    monkeypatch.setattr(sys, "argv", ["local_places", str(corpus), "--out", str(out), "--list", str(lst)])
    local_places.main()
    listed = [ln for ln in lst.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert listed == ["زمردة"]
    rows = [ln.split("\t") for ln in gzip.decompress(out.read_bytes()).decode("utf-8").splitlines()]
    assert ["قلونة", "4", "4"] in rows
    assert not any(r[0] == "زمردة" for r in rows)  # the first list's names are known to the second
