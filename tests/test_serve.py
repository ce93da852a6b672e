"""`mkdocs serve`: an edited seed shows in the open page without a restart."""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request
from pathlib import Path

from conftest import BIN, SEED_ID, copy_project, free_port
from playwright.sync_api import Error as PlaywrightError

from briefings.site import GENERATED_DIRS


def wait_http(url: str, timeout: float) -> None:
    end = time.time() + timeout
    while time.time() < end:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not come up")


def test_serve_regenerates_an_edited_seed(tmp_path, page):
    project = copy_project(tmp_path / "p")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}", "--livereload", "--dirty"],
        cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/briefings/{SEED_ID}.html"
        wait_http(url, 120)
        page.goto(url)
        marker = "وأعلنت بلدية المدينة افتتاح حديقة السنديان الكبرى"
        assert marker not in page.content()
        seed = project / "seeds" / f"{SEED_ID}.txt"
        original = seed.read_text(encoding="utf-8")
        seed.write_text(original + f"\n{marker} أمس.\n", encoding="utf-8")
        # livereload reloads the open page once the rebuild is done
        page.wait_for_function(f"document.body && document.body.innerText.includes({marker!r})", timeout=90_000)
        # the search index was patched, not left as it was
        eventually(page, url, lambda pg: SEED_ID in search(pg, "السنديان"))

        # a new article: its page, and its words in the search
        (project / "seeds" / "zz-new.md").write_text(NEW_ARTICLE, encoding="utf-8")
        eventually(page, f"http://127.0.0.1:{port}/briefings/zz-new.html", lambda pg: "zz-new" in search(pg, "الزعفران"))

        # the edit undone: the word leaves the page and the index
        seed.write_text(original, encoding="utf-8")
        eventually(page, url, lambda pg: marker not in pg.content() and SEED_ID not in search(pg, "السنديان"))

        # a hand-written page is still watched (docs/ is watched without
        # the folders the generator writes)
        about = project / "docs" / "about.md"
        about.write_text(about.read_text(encoding="utf-8") + "\nصفحة كتبها فريق التحرير بيده.\n", encoding="utf-8")
        eventually(page, f"http://127.0.0.1:{port}/about.html", lambda pg: "كتبها فريق التحرير بيده" in pg.content())
    finally:
        stop(proc)

    # what serving left in docs/, rebuild after rebuild, is what one fresh
    # generation from the same seeds writes
    fresh = copy_project(tmp_path / "fresh", seeds=sorted((project / "seeds").iterdir()))
    done = subprocess.run([str(BIN / "briefings"), "generate"], cwd=fresh, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert generated(project) == generated(fresh)


NEW_ARTICLE = """---
title: مهرجان الزعفران في مدينة تالين
published: 2024-03-02
---

افتتح محافظ المدينة سالم الراشد مهرجان الزعفران السنوي بحضور 4000 زائر.

وقال الراشد إن "المهرجان يجمع المزارعين والتجار من كل المحافظات في مكان واحد".
"""


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def search(page, query: str) -> list[str]:
    page.wait_for_function("typeof window.briefingsSearch === 'function'")
    return page.evaluate("q => window.briefingsSearch(q).then(r => r.hits.map(h => h.id))", query)


def eventually(page, url: str, check, timeout: float = 90) -> None:
    """Open url until check(page) holds. Livereload may reload a page
    while it is read (a rebuild follows the one that showed an edit): that
    read is simply done again."""
    end = time.time() + timeout
    last: object = None
    while time.time() < end:
        try:
            page.goto(url)
            last = check(page)
            if last:
                return
        except PlaywrightError as e:
            last = e
        time.sleep(0.5)
    raise AssertionError(f"{url}: never true ({last})")


def generated(project) -> dict[str, bytes]:
    docs = project / "docs"
    out = {}
    for d in GENERATED_DIRS:
        for p in sorted((docs / d).rglob("*")) if (docs / d).is_dir() else []:
            if p.is_file():
                out[p.relative_to(docs).as_posix()] = p.read_bytes()
    out["index.md"] = (docs / "index.md").read_bytes()
    return out


RAIN = "أمطار على {city}\n\nهطلت أمطار غزيرة على مدينة {city} أمس وأغلقت الطرق المؤدية إلى {road}."
STARTS = {f"r{i}.txt": RAIN.format(city=c, road=r) for i, (c, r) in enumerate(
    [("أبها", "السودة"), ("الطائف", "الهدا"), ("جدة", "المطار"), ("تبوك", "حقل")])}


def _built_starts(tmp_path: Path, timeout: int) -> tuple[Path, dict[str, str]]:
    """A project of the STARTS articles built once with `briefings build`,
    and the environment it was built in."""
    project = copy_project(tmp_path / "p", seeds=[])
    for name, text in STARTS.items():
        (project / "seeds" / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    built = subprocess.run([str(BIN / "briefings"), "build"], cwd=project, env=env, capture_output=True, text=True,
                           timeout=timeout)
    assert built.returncode == 0, built.stderr
    return project, env


def test_serve_starts_from_the_built_site(tmp_path):
    """A dirty serve starts from a copy of the site the last build left:
    the pages that did not change since are not rendered again, and what
    it serves is what a build of the same seeds makes, byte for byte."""
    project, env = _built_starts(tmp_path, timeout=600)
    site = project / "site"
    kept = "briefings/r3.html"
    stamp = (site / kept).stat().st_mtime_ns
    # since the build: an edit, an addition and a removal
    (project / "seeds" / "r0.txt").write_text(STARTS["r0.txt"].replace("السودة", "النماص"), encoding="utf-8")
    (project / "seeds" / "r9.txt").write_text(RAIN.format(city="حائل", road="أجا"), encoding="utf-8")
    (project / "seeds" / "r1.txt").unlink()

    serving_tmp = tmp_path / "tmp"
    serving_tmp.mkdir()
    port = free_port()
    proc = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}", "--dirty"],
        cwd=project, env={**env, "TMPDIR": str(serving_tmp)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/briefings/r9.html", 300)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/briefings/r0.html", timeout=10) as r:
            assert "النماص" in r.read().decode("utf-8")
        (served,) = serving_tmp.glob("mkdocs_*")
        # not rendered again: the copy keeps the built page's time
        assert (served / kept).stat().st_mtime_ns == stamp
        assert not (served / "briefings" / "r1.html").exists()
        snapshot = tree_bytes(served)
    finally:
        stop(proc)
    rebuilt = subprocess.run([str(BIN / "briefings"), "build"], cwd=project, env=env, capture_output=True, text=True,
                             timeout=600)
    assert rebuilt.returncode == 0, rebuilt.stderr
    after = tree_bytes(site)
    assert sorted(snapshot) == sorted(after)
    assert [rel for rel in after if snapshot[rel] != after[rel]] == []


def tree_bytes(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_serve_shows_an_edit_first_then_the_rest(tmp_path, page):
    """An edited article's page is generated and rendered alone and shown
    first; a full build follows that brings the collection pages and the
    search index up to date; the site served then is, byte for byte, what
    a cold build of the same seeds makes."""
    project, env = _built_starts(tmp_path, timeout=900)
    serving_tmp = tmp_path / "tmp"
    serving_tmp.mkdir()
    log = tmp_path / "serve.log"
    port = free_port()
    with log.open("w") as out:
        proc = subprocess.Popen(
            [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}", "--dirty"],
            cwd=project, env={**env, "TMPDIR": str(serving_tmp)}, stdout=out, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{base}/briefings/r0.html", 600)
        (served,) = serving_tmp.glob("mkdocs_*")
        page.goto(f"{base}/briefings/r0.html")
        marker = "وقال رئيس البلدية منصور القحطاني إن فرق الطوارئ فتحت طريق الخزامى"
        assert marker not in page.content()
        (project / "seeds" / "r0.txt").write_text(STARTS["r0.txt"] + f"\n\n{marker}.\n", encoding="utf-8")
        # livereload reloads the open page once the quick pass is done (and
        # again after the full build: the body may be between two pages)
        page.wait_for_function(f"document.body && document.body.innerText.includes({marker!r})", timeout=300_000)
        # ... and then the full build brings the rest: the search finds
        # the new word, an actor page for the new name is made
        eventually(page, f"{base}/briefings/r0.html", lambda pg: "r0" in search(pg, "الخزامى"), timeout=300)
        settle(log)
        lines = log.read_text().splitlines()
        quick = [i for i, line in enumerate(lines) if "shown in" in line and "the rest of the site follows" in line]
        # MkDocs' build logger drops a message it has logged before, so a
        # second "Documentation built in 0.33 seconds" never shows; the
        # serve command's "Building documentation..." is not filtered
        full = [i for i, line in enumerate(lines) if "Building documentation" in line]
        # the page was shown by the quick pass, and a full build followed it
        # (settle: every rebuild the server started has ended)
        assert quick and full[-1] > quick[0], "\n".join(lines[-30:])
        assert "منصور القحطاني" in (served / "actors" / "index.html").read_text(encoding="utf-8") or any(
            "منصور القحطاني" in p.read_text(encoding="utf-8") for p in (served / "actors").rglob("*.html"))

        # a new article is shown first too (a page MkDocs had no file for)
        (project / "seeds" / "r9.txt").write_text(RAIN.format(city="حائل", road="أجا"), encoding="utf-8")
        wait_http(f"{base}/briefings/r9.html", 300)
        eventually(page, f"{base}/briefings/r9.html", lambda pg: "r9" in search(pg, "حائل"), timeout=300)
        settle(log)
        assert log.read_text().count("the rest of the site follows") == 2
        snapshot = tree_bytes(served)
    finally:
        stop(proc)
    # a cold build of the same seeds in a fresh folder
    fresh = copy_project(tmp_path / "fresh", seeds=sorted((project / "seeds").iterdir()))
    cold = subprocess.run([str(BIN / "briefings"), "build"], cwd=fresh, env=env, capture_output=True, text=True,
                          timeout=900)
    assert cold.returncode == 0, cold.stderr
    after = tree_bytes(fresh / "site")
    assert sorted(snapshot) == sorted(after)
    assert [rel for rel in after if snapshot[rel] != after[rel]] == []


def settle(log, timeout: float = 300) -> None:
    """Wait until the server has finished every rebuild it started (each
    one it detects ends with the browsers reloaded) and starts no other
    for three seconds."""
    end, quiet_since = time.time() + timeout, None
    while time.time() < end:
        text = log.read_text()
        idle = text.count("Detected file changes") == text.count("Reloading browsers")
        if not idle:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.time()
        elif time.time() - quiet_since > 3:
            return
        time.sleep(0.3)
    raise AssertionError("the server kept building")
