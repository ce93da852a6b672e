"""`briefings extract seeds -o out` writes JSON valid against the
schema, with every span's body[start:end] equal to its text."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
from conftest import ROOT, SEED_ID

BIN = Path(sys.executable).parent
SCHEMA = ROOT / "briefings" / "data" / "briefing.schema.json"  # the contract's schema, as the package ships it


def load_schema():
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


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


def test_a_record_that_keeps_failing_keeps_its_last_good_briefing(tmp_path):
    """In a file of many records, one that breaks is kept as its last good
    briefing, marked stale, on the first rerun and on every one after."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    runs = iter(range(100))
    dump = seeds / "dump.jsonl"
    first = {"title": "زيارة", "content": "قال وزير الزراعة سالم النعيمي إن 40 شاحنة وصلت إلى الموصل."}
    second = {"title": "مطر", "content": "هطلت أمطار غزيرة على مدينة أربيل أمس وأغلقت طرقاً عدة."}

    def run() -> dict[str, dict]:
        out = tmp_path / f"out{next(runs)}"  # a fresh folder: what this run built, nothing older
        r = subprocess.run([str(BIN / "briefings"), "extract", str(seeds), "-o", str(out), "--cache", str(tmp_path / "c")],
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        docs = [json.loads(f.read_text(encoding="utf-8")) for f in out.iterdir()]
        return {d["source"]["record"]: d for d in docs}

    def write(*records: dict) -> None:
        dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    write(first, second)
    good = run()
    assert len(good) == 2 and not any("stale" in d for d in good.values())
    write(first, {"title": "مطر", "content": ""})
    for _ in range(2):
        now = run()
        assert set(now) == set(good)
        stale = [d for d in now.values() if "stale" in d]
        assert len(stale) == 1 and "أربيل" in stale[0]["body"]
    write(first, {**second, "content": second["content"] + " وقال الدفاع المدني إن الطرق فتحت."})
    fixed = run()
    assert not any("stale" in d for d in fixed.values())
    assert any("الدفاع المدني" in d["body"] for d in fixed.values())


def test_extract_over_worker_processes_skips_what_once_stopped_it(tmp_path):
    """`extract` on two worker processes over the inputs that once ended a
    run with a traceback: each is a skip with its reason, the rest built."""
    from crashers import READABLE, write

    expected = write(tmp_path / "in")
    out, report = tmp_path / "out", tmp_path / "report.json"
    r = subprocess.run([str(BIN / "briefings"), "extract", str(tmp_path / "in"), str(ROOT / "seeds"), "-o", str(out),
                        "--cache", str(tmp_path / "c"), "--jobs", "2", "--report", str(report)],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    skipped = json.loads(report.read_text(encoding="utf-8"))["skipped"]
    for name, reason in expected.items():
        assert any((s["path"] == name or s["path"].startswith(f"{name}/")) and reason in s["reason"] for s in skipped), name
    built = {json.loads(f.read_text(encoding="utf-8"))["source"]["path"] for f in out.iterdir()}
    assert set(READABLE) | {f"{SEED_ID}.txt"} <= built
    assert "Traceback" not in r.stderr


def test_written_json_is_the_briefing_under_its_claimed_id(tmp_path):
    """A briefing extracted now is written from the JSON its cache entry
    holds: the file must still be the briefing under the id it was given,
    a repeated id included (the second file's gets a hash)."""
    text = "قال وزير الخارجية محمد علي إن 30 شخصاً وصلوا إلى بغداد أمس.\n"
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "خبر.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    r = subprocess.run([str(BIN / "briefings"), "extract", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out),
                        "--cache", str(tmp_path / "c")], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    files = sorted(out.iterdir())
    assert len(files) == 2 and len({f.stem for f in files}) == 2
    # the same bytes under the same relative path: one cache entry
    [entry] = [json.loads(p.read_text(encoding="utf-8"))["briefings"][0]
               for p in (tmp_path / "c" / "extract").rglob("*.json") if ".light-" not in p.name]
    first, second = sorted(f.stem for f in files)
    assert first == entry["id"] and second.startswith(entry["id"] + "-")
    for f in files:
        written = f.read_text(encoding="utf-8")
        d = json.loads(written)
        assert d["id"] == f.stem
        assert written == json.dumps(d, ensure_ascii=False) + "\n"  # one line, as json.dumps writes it
        assert {**entry, "id": f.stem} == d
