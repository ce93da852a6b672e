"""Rebuilds in proportion to what changed: MkDocs' `--dirty` build renders
only the pages whose Markdown is newer than their HTML, and the writer
rewrites only the Markdown that changed. What `--dirty` misses is made up
for here:

- a change to what every page depends on (mkdocs.yml and its nav, the
  theme, MkDocs, the plugin's code, a hand-written page or file added or
  taken away) makes the next build a cold one (`site_fingerprint`);
- a page whose HTML changes while its Markdown does not (a tag chip leads
  to an actor page that moved) is touched by the generator, so that it is
  older than nothing and rendered again (`touch`);
- the HTML and files of pages that went away are deleted after the build
  (`remove_stale`): `--dirty` leaves them in site/.

The sitemap and the 404 page are rendered by every build, dirty or not;
the search index is files the writer wrote, copied when they changed.
"""

from __future__ import annotations

import hashlib
import logging
import os
from importlib.metadata import version
from pathlib import Path

from briefings.site.paths import FONT_DIR, GENERATED_DIRS, HOME
from briefings.versions import rendering_version

# whatever else a build writes into site/ besides the files of docs/
_BUILD_OUTPUTS = ("sitemap.xml.gz",)


def site_fingerprint(config_file: Path, docs: Path, site: Path) -> str:
    """What every page of the site depends on, beyond its own Markdown
    (and which site/ it was built into)."""
    h = hashlib.sha256(config_file.read_bytes())
    h.update(f"{site.resolve()}\n".encode())
    for dist in ("mkdocs", "mkdocs-material", "pymdown-extensions", "markdown", "briefings"):
        h.update(f"{dist}={version(dist)}\n".encode())
    h.update(rendering_version().encode())
    plugin = Path(__file__).resolve().parents[1] / "plugin.py"
    h.update(plugin.read_bytes())
    generated = (*(f"{d}/" for d in (*GENERATED_DIRS, FONT_DIR)), HOME)
    for p in sorted(docs.rglob("*")):
        rel = p.relative_to(docs).as_posix()
        if p.is_file() and not rel.startswith(generated):
            h.update(f"{rel}\n".encode())
    return h.hexdigest()


def can_build_dirty(stamp: Path, fingerprint: str, site: Path) -> bool:
    """Whether the site in `site` was built whole from the same fingerprint
    (the stamp is written after a build that finished)."""
    try:
        return site.is_dir() and stamp.read_text(encoding="utf-8") == fingerprint
    except OSError:
        return False


def touch(paths: list[Path]) -> None:
    """Make these pages newer than their HTML, so that a dirty build
    renders them again."""
    for p in paths:
        try:
            os.utime(p)
        except FileNotFoundError:
            pass


def remove_stale(site: Path, wanted: set[str]) -> int:
    """Delete the files of site/, in the generated folders, that no file
    of this build made (`wanted`: their paths relative to site/)."""
    removed = 0
    wanted = wanted | set(_BUILD_OUTPUTS)
    for d in GENERATED_DIRS:
        root = site / d
        if not root.is_dir():
            continue
        for dirpath, _, names in os.walk(root):
            for name in names:
                p = Path(dirpath) / name
                if p.relative_to(site).as_posix() not in wanted:
                    p.unlink()
                    removed += 1
    return removed


class QuietDirtyWarning(logging.Filter):
    """MkDocs warns on every dirty build that navigation may be wrong; here
    nothing that the navigation depends on changed since the last cold
    build, so the warning is dropped (it would fail `mkdocs build
    --strict` otherwise)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")
