"""A hostile corpus (tests/hostile/, written for these tests): bad files are
skipped with one clear line each, every other article is built, and no
article text reaches a page as markup."""

from __future__ import annotations

import html as html_lib
import io
import json
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import briefings_of, copy_project, run_build, static_server
from crashers import READABLE
from crashers import write as write_crashers

HOSTILE = Path(__file__).resolve().parent / "hostile"
SECRET = "SECRET-OUTSIDE-THE-INPUT-FOLDER"
CONTROL_NAME = "ctrl\x1b[31mred\x07.txt"  # a terminal escape and a bell in a file name
# The first summary sentence carries a quote that once closed Material's
# <meta name="description" content="…"> and added a refresh to elsewhere.
REFRESH = 'قال الوزير إن " http-equiv="refresh" content="0;url=https://evil.example/" الخطة ناجحة في بغداد.'
HOSTILE_META = r"""---
title: "عنوان \u0085 فيه\ufffe \" onfocus=alert(1) autofocus x=\" {: onfocus=alert(2) } [رابط](javascript:alert(3))"
outlet: "صحيفة \u202eالغد\u202c"
author: "كاتب \u2066مجهول\u2069 \" onmouseover=alert(4) x=\""
published: 2021-05-04
tags: ["\u0085 <img src=x onerror=alert(5)>", "\" autofocus onfocus=alert(6) x=\"", "[وسم](javascript:alert(7))"]
---

""" + REFRESH.replace("الخطة", "الخطة\ufffe").replace("في", "\u2028في") + " وأعلنت وزارة الصحة عن 30 مستشفى.\n"
# a quotation nobody is found to have said (no speech verb, the article's
# opening), markup inside: not a quote, shown in a section of its own
UNATTRIBUTED = ("«سنرفع الأسعار في الأشهر المقبلة <script>alert('unattributed')</script> مهما كانت الظروف». "
                "بهذه الكلمات افتتح المؤتمر الصحفي في المدينة. "
                "وقال وزير التجارة سالم الخالدي إن الرقابة ستشتد على المحلات.\n")
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
    "passwd.txt": "resolves outside the input folder",
    "outside": "resolves outside the input folder",
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
    for name, reason in write_crashers(seeds / "crash").items():
        EXPECTED_SKIPS[f"crash/{name}"] = reason
    # inputs that resolve outside the input folder: a file and a folder
    outside = project.parent / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"قال الحارس إن {SECRET} في الخزنة.", encoding="utf-8")
    os.symlink(outside / "secret.txt", seeds / "passwd.txt")
    os.symlink(outside, seeds / "outside")
    (seeds / CONTROL_NAME).write_bytes(b"")  # skipped: its name is printed
    with zipfile.ZipFile(seeds / "names.zip", "w") as z:
        z.writestr("\u202ebad\x1b[2J.json", "{oops")
    (seeds / "hostile-meta.md").write_text(HOSTILE_META, encoding="utf-8")
    (seeds / "refresh.md").write_text(f"---\ntitle: خبر\n---\n\n{REFRESH} وأعلنت الوزارة عن 30 مستشفى.\n", encoding="utf-8")
    # a 240 KB title of brackets and quotes, as a title line and as a field
    (seeds / "long-title.txt").write_text("[(«\"" * 60_000 + "\n\nوصل الوفد إلى المطار صباح اليوم.", encoding="utf-8")
    (seeds / "long-title.json").write_text(json.dumps({"title": "[(«\"" * 60_000, "content": "وصل الوفد إلى المطار."}),
                                           encoding="utf-8")
    (seeds / "injection-unattributed.txt").write_text(UNATTRIBUTED, encoding="utf-8")
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
        # an archive's damaged member is named as archive/member
        where = name if name in skipped else next((p for p in skipped if p.startswith(f"{name}/")), name)
        assert where in skipped, (name, skipped)
        assert reason in skipped[where], (name, skipped[where])
        line = next(x for x in result.stderr.splitlines() if x.startswith(where))
        assert reason in line
    assert report["built"] >= 13


def test_a_statement_without_speaker_has_its_own_section_escaped(hostile_site):
    project, _ = hostile_site
    d = briefings_of(project / "docs" / "briefings")[project / "docs" / "briefings" / "injection-unattributed.json.gz"]
    assert [q["speaker"] for q in d["quotes"]] == ["سالم الخالدي"]
    [said] = d["unattributed_statements"]
    assert "<script>" in said["text"] and said["sentence"] == 0
    html = (project / "site" / "briefings" / "injection-unattributed.html").read_text(encoding="utf-8")
    quotes = html[html.index(">الاقتباسات<") : html.index(">النص الكامل<")]
    heading = quotes.index(">تصريحات لم يُعرف قائلها<")
    # the quote with its speaker first, then the section, its statement
    # escaped and linked to its sentence, with no speaker shown
    assert quotes.index("سالم الخالدي") < heading
    section = quotes[heading:]
    assert "سالم الخالدي" not in section and "bf-speaker" not in section
    assert "<script" not in section
    shown = re.search(r'<blockquote class="bf-quote bf-direct"><p>([^<]*)</p><footer>[^<]*'
                      r'<a class="bf-ev" href="#s-0"', section)
    assert shown, section
    assert "&#60;script&#62;" in shown[1] and html_lib.unescape(shown[1]) == said["text"]


def test_strict_fails_the_build(hostile_site):
    project, _ = hostile_site
    result = run_build(project, "--strict")
    assert result.returncode != 0


def test_encodings_are_decoded(hostile_site):
    project, _ = hostile_site
    pages = project / "docs" / "briefings"
    built = briefings_of(pages)
    assert "أعلنت وزارة التربية اليوم" in built[pages / "windows-1256.json.gz"]["body"]
    assert "وقالت البلدية إن الطريق" in built[pages / "iso-8859-6.json.gz"]["body"]
    assert "ماراثون المدينة" in built[pages / "utf-16.json.gz"]["body"]
    bom = built[pages / "bom-crlf.json.gz"]
    assert "\r" not in bom["body"] and not bom["body"].startswith("\ufeff")
    controls = built[pages / "controls.json.gz"]
    assert "\x00" not in controls["body"]
    assert "القاهرة" in {a["name"] for a in controls["actors"]}


def test_other_language_gets_a_page(hostile_site):
    project, _ = hostile_site
    d = briefings_of(project / "docs" / "briefings")[project / "docs" / "briefings" / "english.json.gz"]
    assert d["language"] == "en"
    html = (project / "site" / "briefings" / "english.html").read_text(encoding="utf-8")
    assert 'lang="en" dir="ltr"' in html


def test_ids_are_safe_and_unique(hostile_site):
    project, _ = hostile_site
    ids = [b["id"] for b in briefings_of(project / "docs" / "briefings").values()]
    assert ids
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


def test_rerun_is_byte_identical_and_touches_nothing(tmp_path):
    project = copy_project(tmp_path / "p", seeds=[HOSTILE / "injection.txt", HOSTILE / "lines.jsonl"])
    assert run_build(project).returncode == 0
    gen = project / "docs"
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in gen.rglob("*.md")} | {
        p: (p.read_bytes(), p.stat().st_mtime_ns) for p in gen.rglob("*.json.gz")
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
    assert not (pages / "windows-1256.md").exists() and not (pages / "windows-1256.json.gz").exists()
    assert "windows-1256" not in (project / "docs" / "index.md").read_text(encoding="utf-8")
    # an article that breaks keeps its last good briefing, marked stale
    (project / "seeds" / "injection.txt").write_bytes(b"")
    result = run_build(project)
    assert result.returncode == 0
    d = briefings_of(pages)[pages / "injection.json.gz"]
    assert d["stale"] == "empty file"
    assert "bf-stale" in (project / "site" / "briefings" / "injection.html").read_text(encoding="utf-8")
    shutil.rmtree(project)


def test_inputs_that_once_stopped_the_build_are_skipped_or_read(hostile_site):
    project, result = hostile_site
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    skipped = {s["path"] for s in report["skipped"]}
    for name in READABLE:
        assert f"crash/{name}" not in skipped
    built = list(briefings_of(project / "docs" / "briefings").values())
    sources = {b["source"]["path"] for b in built}
    assert {f"crash/{n}" for n in READABLE} <= sources
    assert "crash/unsupported-method.zip/b.txt" in sources  # the archive's other member is still read
    assert all("\ud800" not in b["body"] and "\udc00" not in b["body"] for b in built)


def test_nothing_outside_the_input_folder_is_read(hostile_site):
    project, _ = hostile_site
    for folder in (project / "site", project / "docs", project / ".briefings-cache"):
        for f in folder.rglob("*"):
            if f.is_file() and f.suffix in (".html", ".md", ".json", ".js"):
                assert SECRET not in f.read_text(encoding="utf-8", errors="replace"), f


def test_skip_lines_show_controls_escaped(hostile_site):
    project, result = hostile_site
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "ctrl\\x1b[31mred\\x07.txt: empty file" in result.stderr  # named, with its controls escaped
    assert "names.zip/\\u202ebad\\x1b[2J.json: malformed JSON" in result.stderr
    assert "\u202e" not in result.stderr


def test_titles_names_and_tags_are_bounded_and_clean(hostile_site):
    project, _ = hostile_site
    built = {b["source"]["path"]: b for b in briefings_of(project / "docs" / "briefings").values()}
    for b in built.values():
        assert len(b["title"]) <= 200
        assert all(len(t) <= 100 for t in b.get("tags", []))
        assert all(len(a["name"]) <= 100 for a in b["actors"])
    assert len(built["long-title.txt"]["title"]) <= 200 and built["long-title.txt"]["title"].startswith("[(«")
    meta = built["hostile-meta.md"]
    for value in (meta["title"], meta["source"]["outlet"], meta["source"]["author"], *meta["tags"]):
        assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe]", value), value
    assert meta["source"]["outlet"] == "صحيفة الغد"
    months = project / "site" / "months"
    assert not any("99" in p.stem.split("-")[-1] for p in months.glob("*.html"))


def test_every_generated_page_has_front_matter_that_parses(hostile_site):
    """What MkDocs reads: a page whose front matter fails to parse would be
    shown as Markdown. Every generated page parses, and what it holds is
    safe in an HTML attribute (Material prints it unescaped)."""
    from mkdocs.utils.meta import get_data

    project, _ = hostile_site
    docs = project / "docs"
    pages = [p for p in docs.rglob("*.md") if p.relative_to(docs).parts[0] != "about.md"]
    assert len(pages) > 30
    for p in pages:
        text, meta = get_data(p.read_text(encoding="utf-8"))
        assert meta.get("title") and not text.startswith("---"), p
        for value in [meta.get("title"), meta.get("description"), *(meta.get("tags") or [])]:
            assert value is None or not re.search("[\"<>]", value), (p, value)
    html = (project / "site" / "briefings" / "refresh.html").read_text(encoding="utf-8")
    assert '<meta name="description" content="قال الوزير إن &quot; http-equiv=&quot;refresh&quot;' in html


def test_a_page_whose_front_matter_breaks_fails_the_build(tmp_path):
    """The plugin stops the build rather than let MkDocs show a generated
    page's front matter as Markdown. (Nothing changed, so the rebuild
    keeps the page as it finds it.)"""
    project = copy_project(tmp_path / "p", seeds=[HOSTILE / "injection.txt"])
    assert run_build(project).returncode == 0
    page = project / "docs" / "briefings" / "injection.md"
    page.write_text(page.read_text(encoding="utf-8").replace("title: ", "title: [", 1), encoding="utf-8")
    result = run_build(project)
    assert result.returncode != 0
    assert "briefings/injection.md: the generated page's front matter does not parse" in result.stderr


def test_no_page_of_a_hostile_site_runs_script_or_navigates_away(hostile_site, page):
    """Every page of the site built from hostile titles, summaries, tags,
    outlets and authors: no event handler attribute, no javascript: or
    data: URL, no <meta http-equiv>, no dialog and no navigation away."""
    project, _ = hostile_site
    site = project / "site"
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    frames: list[str] = []
    page.on("framenavigated", lambda f: frames.append(f.url) if f == page.main_frame else None)
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30
    with static_server(site) as base:
        for html in pages:
            url = f"{base}/{html.relative_to(site).as_posix()}"
            frames.clear()
            page.goto(url)
            page.wait_for_load_state("load")
            found = page.evaluate(
                """() => {
                  const bad = [];
                  for (const el of document.querySelectorAll('*')) {
                    for (const a of el.attributes) {
                      if (a.name.startsWith('on')) bad.push(el.tagName + ' ' + a.name);
                      if (/^(href|src|action|formaction|xlink:href|poster|data|srcdoc)$/.test(a.name)
                          && /^\\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(el.tagName + ' ' + a.value);
                    }
                    if (el.tagName === 'META' && el.hasAttribute('http-equiv')) bad.push('meta http-equiv');
                  }
                  // the page's own content holds no element that runs or styles anything
                  // but our charts: an SVG of bars, lines, labels and titles, nothing else
                  const chart = el => el.tagName.toUpperCase() === 'SVG' && el.classList.contains('bf-chart')
                    && [...el.querySelectorAll('*')].every(c => ['RECT', 'LINE', 'TEXT', 'TITLE'].includes(c.tagName.toUpperCase()));
                  for (const el of document.querySelectorAll('.md-content *')) {
                    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'STYLE'].includes(el.tagName.toUpperCase()) && !chart(el)) bad.push(el.tagName);
                  }
                  if (getComputedStyle(document.body).display === 'none') bad.push('body hidden');
                  return bad;
                }"""
            )
            assert found == [], (html.name, found)
            assert all(u.startswith(base) for u in frames), (html.name, frames)
            assert page.url.startswith(url.split("#")[0]), (html.name, page.url)
    assert dialogs == []
