"""`mkdocs serve`: an edited seed shows in the open page without a restart."""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request

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
        page.wait_for_function(f"document.body.innerText.includes({marker!r})", timeout=90_000)
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
