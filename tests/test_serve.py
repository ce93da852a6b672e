"""`mkdocs serve`: an edited seed shows in the open page without a restart."""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request

from conftest import BIN, SEED_ID, copy_project, free_port


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
        seed.write_text(seed.read_text(encoding="utf-8") + f"\n{marker} أمس.\n", encoding="utf-8")
        # livereload reloads the open page once the rebuild is done
        page.wait_for_function(f"document.body.innerText.includes({marker!r})", timeout=90_000)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
