"""A hostile corpus (tests/hostile/, written for these tests): bad files are
skipped with one clear line each, every other article is built, and no
article text reaches a page as markup."""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import copy_project, run_build, static_server

HOSTILE = Path(__file__).resolve().parent / "hostile"
EXPECTED_SKIPS = {
    "empty.txt": "empty file",
    "binary.txt": "binary data",
    "broken-front-matter.md": "broken front matter",
    "list-front-matter.md": "not a mapping",
    "bad-date.md": "not a date",
    "malformed.json": "malformed JSON",
    "lines.jsonl": "malformed JSON",
    "no-sentence.txt": "no sentence",
    "big.txt": "over the limit of 1,048,576 bytes (1 MiB)",
    "archive.zip/bad.json": "malformed JSON",
}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile"), seeds=sorted(HOSTILE.iterdir()))
    seeds = project / "seeds"
    (seeds / "big.txt").write_text("كلمة " * 300_000, encoding="utf-8")  # 3 MB, over the limit set below
    long_name = "مقال " + "طويل جدا " * 9 + "../x"  # near the 255-byte limit of a file name
    (seeds / (long_name.replace("/", "_") + ".txt")).write_text("افتتح المحافظ مستشفى جديداً في المدينة.", encoding="utf-8")
    (seeds / "عنوان بمسافات وعلامات ' & #.txt").write_text("وصل الوفد إلى المطار صباح اليوم.", encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("../../evil.json", json.dumps({"title": "أرشيف", "content": "أعلنت الشركة أرباحاً بلغت 5 ملايين دولار."}))
        z.writestr("bad.json", "{oops")
        z.writestr("day.json", json.dumps([{"title": "أ", "content": "قالت الهيئة إن الموسم ناجح."}, {"title": "ب", "content": "افتتح معرض الكتاب أبوابه أمس."}]))
    (seeds / "archive.zip").write_bytes(buf.getvalue())
    cfg = project / "mkdocs.yml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n      max_mb: 1\n"), encoding="utf-8")
    result = run_build(project, "--report", "report.json")
    return project, result


def test_bad_files_are_skipped_with_one_line_each(hostile_site):
    project, result = hostile_site
    assert result.returncode == 0, result.stderr
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    skipped = {s["path"]: s["reason"] for s in report["skipped"]}
    for name, reason in EXPECTED_SKIPS.items():
        assert name in skipped, (name, skipped)
        assert reason in skipped[name], (name, skipped[name])
        line = next(x for x in result.stderr.splitlines() if x.startswith(name))
        assert reason in line
    assert report["built"] >= 13


def test_strict_fails_the_build(hostile_site):
    project, _ = hostile_site
    result = run_build(project, "--strict")
    assert result.returncode != 0


def test_encodings_are_decoded(hostile_site):
    project, _ = hostile_site
    pages = project / "docs" / "briefings"
    assert "أعلنت وزارة التربية اليوم" in (pages / "windows-1256.json").read_text(encoding="utf-8")
    assert "وقالت البلدية إن الطريق" in (pages / "iso-8859-6.json").read_text(encoding="utf-8")
    assert "ماراثون المدينة" in (pages / "utf-16.json").read_text(encoding="utf-8")
    bom = json.loads((pages / "bom-crlf.json").read_text(encoding="utf-8"))
    assert "\r" not in bom["body"] and not bom["body"].startswith("\ufeff")
    controls = json.loads((pages / "controls.json").read_text(encoding="utf-8"))
    assert "\x00" not in controls["body"]
    assert "القاهرة" in {a["name"] for a in controls["actors"]}


def test_other_language_gets_a_page(hostile_site):
    project, _ = hostile_site
    d = json.loads((project / "docs" / "briefings" / "english.json").read_text(encoding="utf-8"))
    assert d["language"] == "en"
    html = (project / "site" / "briefings" / "english.html").read_text(encoding="utf-8")
    assert 'lang="en" dir="ltr"' in html


def test_ids_are_safe_and_unique(hostile_site):
    project, _ = hostile_site
    ids = [json.loads(p.read_text(encoding="utf-8"))["id"] for p in (project / "docs" / "briefings").glob("*.json")]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{1,80}", i) for i in ids), ids
    assert not (project / "evil.json").exists() and not (project.parent / "evil.json").exists()


def test_markdown_and_html_carry_no_article_markup(hostile_site):
    project, _ = hostile_site
    for md in (project / "docs" / "briefings").glob("injection*.md"):
        text = md.read_text(encoding="utf-8")
        # the front matter holds the title as a YAML string, HTML-escaped;
        # the Markdown after it is what Markdown would interpret
        text = text.split("\n---\n", 1)[1]
        assert "<script" not in text and "<img" not in text and "<svg" not in text and "<iframe" not in text
        # no link can form: its brackets are references, not syntax
        assert not re.search(r"\]\s*\(\s*(javascript|data):", text)
        assert not re.search(r"<\s*(javascript|data):", text)
        assert "{{" not in text and "{%" not in text and "<!--" not in text
        assert "| عمود |" not in text
    for html in (project / "site" / "briefings").glob("injection*.html"):
        text = html.read_text(encoding="utf-8")
        content = text[text.index('<article class="md-content__inner') : text.index("</article>")]
        # no tag from the article, and no event handler inside any tag
        assert not re.search(r"<(script|img|iframe|svg|style|object|embed)\b|<[^>]*\son\w+\s*=", content, re.I), content
        assert not re.search(r"""href=["']\s*(javascript|data):""", text, re.I)
        assert "<h1" in text and text.count("<h1") == 1  # `# عنوان` in the text made no heading


def test_no_dialog_and_no_handlers_in_chromium(hostile_site, page):
    project, _ = hostile_site
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    with static_server(project / "site") as base:
        for html in sorted((project / "site" / "briefings").glob("*.html")):
            page.goto(f"{base}/briefings/{html.name}")
            page.wait_for_load_state("load")
            found = page.evaluate(
                """() => {
                  const bad = [];
                  for (const el of document.querySelectorAll('.md-content *')) {
                    for (const a of el.attributes) {
                      if (a.name.startsWith('on')) bad.push(el.tagName + ' ' + a.name);
                      if (/^(href|src|action)$/.test(a.name) && /^\\s*(javascript|data):/i.test(a.value)) bad.push(a.value);
                    }
                    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'STYLE'].includes(el.tagName.toUpperCase())) bad.push(el.tagName);
                  }
                  return bad;
                }"""
            )
            assert found == [], (html.name, found)
            assert page.evaluate("getComputedStyle(document.body).display") != "none"
    assert dialogs == []


def test_rerun_is_byte_identical_and_touches_nothing(tmp_path):
    project = copy_project(tmp_path / "p", seeds=[HOSTILE / "injection.txt", HOSTILE / "lines.jsonl"])
    assert run_build(project).returncode == 0
    gen = project / "docs"
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in gen.rglob("*.md")} | {
        p: (p.read_bytes(), p.stat().st_mtime_ns) for p in gen.rglob("*.json")
    }
    assert run_build(project).returncode == 0
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in before}
    assert after == before


def test_removed_article_leaves_nothing_and_a_broken_one_stays_marked_stale(tmp_path):
    project = copy_project(tmp_path / "p", seeds=[HOSTILE / "injection.txt", HOSTILE / "windows-1256.txt"])
    assert run_build(project).returncode == 0
    pages = project / "docs" / "briefings"
    assert (pages / "windows-1256.md").exists()
    (project / "seeds" / "windows-1256.txt").unlink()
    assert run_build(project).returncode == 0
    assert not (pages / "windows-1256.md").exists() and not (pages / "windows-1256.json").exists()
    assert "windows-1256" not in (project / "docs" / "index.md").read_text(encoding="utf-8")
    # an article that breaks keeps its last good briefing, marked stale
    (project / "seeds" / "injection.txt").write_bytes(b"")
    result = run_build(project)
    assert result.returncode == 0
    d = json.loads((pages / "injection.json").read_text(encoding="utf-8"))
    assert d["stale"] == "empty file"
    assert "bf-stale" in (project / "site" / "briefings" / "injection.html").read_text(encoding="utf-8")
    shutil.rmtree(project)
