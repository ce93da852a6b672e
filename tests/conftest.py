"""Shared fixtures: a copy of the project to build, a static server on
127.0.0.1, and headless Chromium (Debian's, never a downloaded one)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
SEED_ID = "000_f63168924004b052"


def copy_project(dest: Path, seeds: list[Path] | None = None) -> Path:
    """The project's site sources without generated output: mkdocs.yml,
    templates, the hand-written docs and the given seeds."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "templates", dest / "templates")
    shutil.copytree(
        ROOT / "docs", dest / "docs",
        ignore=shutil.ignore_patterns("index.md", "briefings", "archive", "fonts"),
    )
    (dest / "seeds").mkdir()
    for s in seeds if seeds is not None else sorted((ROOT / "seeds").iterdir()):
        shutil.copy(s, dest / "seeds" / s.name)
    return dest


def briefings_of(folder: Path) -> dict[Path, dict]:
    """The briefings a site offers for download (`<id>.json.gz`), read back."""
    return {p: json.loads(gzip.decompress(p.read_bytes())) for p in sorted(folder.glob("*.json.gz"))}


def run_build(project: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [str(BIN / "briefings"), "build", *extra], cwd=project, env=env, capture_output=True, text=True, timeout=600
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def static_server(root: Path):
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The project with its seeds, built once for the session."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: run `make test`, which installs it")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    yield pg
    ctx.close()
