"""Generated files of different kinds never share a name: a long article's
full text (`<id>-text.md`) is no other article's page, whatever the
inputs are named, and briefings read back from JSON get the same care."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import BIN, briefings_of

from briefings.run import Report, items_from_json

SHORT = "افتتحت بلدية عمان حديقة الياسمين الكبرى أمس بحضور المحافظ."
LONG_SENTENCE = "وقال وزير النقل إن قطار الرياض الجديد ينقل {} راكب يومياً بين الأحياء الشمالية والجنوبية."


def test_a_long_article_and_one_named_for_its_full_text_write_two_pages(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "report-text.txt").write_text(SHORT, encoding="utf-8")
    long_body = "\n\n".join(LONG_SENTENCE.format(i + 100) for i in range(200))  # over 12,000 characters
    (seeds / "report.txt").write_text(long_body, encoding="utf-8")
    (seeds / "Report.txt").write_text("هطلت أمطار غزيرة على مدينة أربيل أمس وأغلقت طرقاً عدة.", encoding="utf-8")
    docs = tmp_path / "docs"
    r = subprocess.run([str(BIN / "briefings"), "generate", "--seeds", str(seeds), "--docs", str(docs),
                        "--templates", str(Path(__file__).parent.parent / "templates"), "--cache", str(tmp_path / "c")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    out = docs / "briefings"
    data = {b["source"]["path"]: p.name.removesuffix(".json.gz") for p, b in briefings_of(out).items()}
    assert set(data) == {"report-text.txt", "report.txt", "Report.txt"}
    # three briefings, three pages, and one full-text page, all apart
    # (also where the file system ignores case)
    names = [p.name.lower() for p in out.glob("*.md")]
    assert len(names) == 4 == len(set(names))
    full_text = (out / f"{data['report.txt']}-text.md").read_text(encoding="utf-8")
    assert "قطار الرياض" in full_text and "الياسمين" not in full_text
    short_page = (out / f"{data['report-text.txt']}.md").read_text(encoding="utf-8")
    assert "الياسمين" in short_page and "قطار الرياض" not in short_page


def test_briefings_read_back_from_json_get_safe_and_distinct_ids(tmp_path):
    def briefing(i: str) -> dict:
        return {"id": i, "title": i, "body": SHORT, "summary": [], "source": {"path": f"{i}.txt"}}

    for n, i in enumerate(["x", "X", "x-text", "../../escape", "y"]):
        (tmp_path / f"{n}.json").write_text(json.dumps(briefing(i)), encoding="utf-8")
    report = Report()
    ids = [item.light.id for item in items_from_json(tmp_path, report)]
    assert len(ids) == 4 and len({i.lower() for i in ids}) == 4
    assert ids[0] == "x" and ids[-1] == "y"
    assert not any(i.lower().endswith("-text") for i in ids)
    assert [s["reason"] for s in report.skipped] == ["unreadable briefing JSON: unsafe id '../../escape'"]
