"""Briefings read back from JSON (`--from-json`) with a publication date
the readers would never write: the pages take `published` for a date (the
days' and months' page names, the timeline index's bound), so such a
briefing is skipped with its reason, not let through to stop the build.
Sentences written for these tests."""

import json
from pathlib import Path

from briefings.assemble import assemble
from briefings.model import Article
from briefings.run import Report, items_from_json
from briefings.serialize import to_dict
from briefings.site import Options, generate

BODY = "افتتحت بلدية عمان حديقة الياسمين الكبرى أمس بحضور المحافظ. وقال المحافظ إن الحديقة ستفتح للزوار يوم 5 أغسطس 2015."
OTHER = "هطلت أمطار غزيرة على مدينة أربيل أمس وأغلقت طرقا عدة. وقال مدير الدفاع المدني إن 30 أسرة أخليت يوم 3 أغسطس 2015."
TEMPLATES = Path(__file__).parent.parent / "templates"


def _write(folder: Path, name: str, published, body: str = BODY) -> None:
    b = to_dict(assemble(Article(id=name, path=f"{name}.txt", sha256="0" * 64, body=body)))
    b["source"]["published"] = published
    (folder / f"{name}.json").write_text(json.dumps(b, ensure_ascii=False), encoding="utf-8")


def test_a_published_that_is_no_date_is_skipped_with_its_reason(tmp_path):
    for name, published in [("a", "2015-08-01"), ("b", "2015-08"), ("c", None), ("d", "201x"), ("e", "Jul 2015"),
                            ("f", 2015), ("g", "٢٠١٥")]:
        _write(tmp_path, name, published)
    report = Report()
    assert [item.light.id for item in items_from_json(tmp_path, report)] == ["a", "b", "c"]
    assert [s["reason"] for s in report.skipped] == [
        "unreadable briefing JSON: 'published' is not a date: '201x'",
        "unreadable briefing JSON: 'published' is not a date: 'Jul 2015'",
        "unreadable briefing JSON: 'published' is not a date: '2015'",
        "unreadable briefing JSON: 'published' is not a date: '٢٠١٥'",
    ]


def test_a_build_from_json_with_such_a_briefing_writes_the_others(tmp_path):
    # "201x" stopped the build in the timeline index (int("201x")) before
    src = tmp_path / "json"
    src.mkdir()
    _write(src, "a", "2015-08-01")
    _write(src, "d", "201x", OTHER)  # not a copy of a: its date is the newest the timeline sees
    docs = tmp_path / "docs"
    opts = Options(inputs=[tmp_path / "seeds"], docs_dir=docs, templates_dir=TEMPLATES, cache_dir=tmp_path / "cache")
    report = generate(opts, jobs=1, from_json=src)
    assert report.built == ["a"] and len(report.skipped) == 1
    assert (docs / "briefings" / "a.md").is_file() and not (docs / "briefings" / "d.md").exists()
