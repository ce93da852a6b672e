"""`briefings extract seeds -o out` writes JSON valid against the shared
schema, with every span's body[start:end] equal to its text."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
from conftest import ROOT, SEED_ID

BIN = Path(sys.executable).parent
SCHEMA = ROOT.parent / "shared" / "briefing.schema.json"


def load_schema():
    if SCHEMA.is_file():
        return json.loads(SCHEMA.read_text(encoding="utf-8"))
    return json.loads((ROOT / "tests" / "briefing.schema.json").read_text(encoding="utf-8"))


def test_extract_seeds_validates(tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([str(BIN / "briefings"), "extract", str(ROOT / "seeds"), "-o", str(out), "--cache", str(tmp_path / "c")],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    files = sorted(out.iterdir())
    assert [f.name for f in files] == [f"{SEED_ID}.json"]
    schema = load_schema()
    d = json.loads(files[0].read_text(encoding="utf-8"))
    jsonschema.validate(d, schema)
    body = d["body"]
    spans = d["sentences"] + d["figures"] + d["quotes"] + [m for a in d["actors"] for m in a["mentions"]]
    assert spans
    for s in spans:
        assert body[s["start"] : s["end"]] == s["text"]
    names = {a["name"] for a in d["actors"]}
    assert "قاسم الأعرجي" in names
    assert 2100 in {f["value"] for f in d["figures"]}
    assert d["quotes"]


def test_seed_people_with_titles_and_nationality(tmp_path):
    from briefings.assemble import assemble
    from briefings.readers import load, read_source

    [article] = list(read_source(load(ROOT / "seeds" / f"{SEED_ID}.txt", ROOT / "seeds")))
    people = {a.name: a for a in assemble(article).actors if a.type == "person"}
    expected = {
        "قاسم الأعرجي": ("مستشار الأمن القومي العراقي", "العراق"),
        "عبد الأمير الشمري": ("الفريق الاول الركن", None),
        "جون برينان": ("اللواء", "الولايات المتحدة"),
        "ريتشارد بيل": ("العميد", "المملكة المتحدة"),
        "فنسنت كوست": ("العميد", "فرنسا"),
        "جو بايدن": ("الرئيس الأميركي", "الولايات المتحدة"),
    }
    assert set(expected) <= set(people)
    for name, (title, nationality) in expected.items():
        assert title in people[name].titles, (name, people[name].titles)
        assert people[name].nationality == nationality, (name, people[name].nationality)
    assert "قائد قوات عمليات العزم الصلب في العراق" in people["جون برينان"].titles
