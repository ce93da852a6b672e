"""Rebuilds in proportion to what changed: MkDocs' `--dirty` build renders
only the pages whose Markdown is newer than their HTML, and the writer
rewrites only the Markdown that changed. What `--dirty` misses is made up
for here:

- a change to what every page depends on (mkdocs.yml and its nav, the
  theme, MkDocs, the code of versions.BUILT, a hand-written page or file
  added or taken away) makes the next build a cold one (`site_fingerprint`);
- a page whose HTML changes while its Markdown does not (a tag chip leads
  to an actor page that moved) is touched by the generator, so that it is
  older than nothing and rendered again (`touch`);
- the HTML and files of pages that went away are deleted after the build
  (`remove_stale`): `--dirty` leaves them in site/.

The sitemap and the 404 page are rendered by every build, dirty or not;
the search index is files the writer wrote, copied when they changed.

A serving process (`mkdocs serve --dirty`, `briefings serve`) builds into a
folder of its own: it starts from a copy of the site the last `briefings
build` left, when that site is still the one the configuration makes
(`built_site`), and renders only the pages that changed since, instead of
every page (at 10,000 articles, 20,000 pages and three minutes).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import stat
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

from briefings.fsutil import hash_stats
from briefings.site.paths import FONT_DIR, GENERATED_DIRS, ROOT_FILES
from briefings.versions import built_version

# whatever else a build writes into site/ besides the files of docs/
_BUILD_OUTPUTS = ("sitemap.xml.gz",)


def site_fingerprint(config_file: Path, docs: Path, site: Path) -> str:
    """What every page of the site depends on, beyond its own Markdown
    (and which site/ it was built into)."""
    h = hashlib.sha256(config_file.read_bytes())
    h.update(f"{site.resolve()}\n".encode())
    for dist in ("mkdocs", "mkdocs-material", "pymdown-extensions", "markdown", "briefings"):
        h.update(f"{dist}={version(dist)}\n".encode())
    h.update(built_version().encode())  # the site's code, its theme layer, the plugin, the engines
    for rel in _hand_written(docs):
        h.update(f"{rel}\n".encode())
    return h.hexdigest()


def _hand_written(docs: Path) -> list[str]:
    """The files of docs/ that the generator does not write, as paths
    relative to it, in the order of their sorted Paths. The generated
    folders are not walked: they hold thousands of pages, and walking them
    was a tenth of a second of every build."""
    generated = (*(f"{d}/" for d in (*GENERATED_DIRS, FONT_DIR)), *ROOT_FILES)
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(docs):
        rel = os.path.relpath(dirpath, docs).replace(os.sep, "/")
        prefix = "" if rel == "." else f"{rel}/"
        # a folder is walked when a hand-written file can be in it
        dirnames[:] = [d for d in dirnames if not f"{prefix}{d}/".startswith(generated)]
        found += [Path(dirpath, f) for f in filenames if not f"{prefix}{f}".startswith(generated)]
    return [p.relative_to(docs).as_posix() for p in sorted(found) if p.is_file()]


def stamp_text(fingerprint: str, site: Path, site_url: str | None) -> str:
    """What a finished build records: the fingerprint it was built from,
    the folder it was built into and the site URL its pages were rendered
    with (a serving process renders with the same, see `built_site`)."""
    return json.dumps({"fingerprint": fingerprint, "site_dir": str(site.resolve()), "site_url": site_url})


def _read_stamp(stamp: Path) -> dict:
    try:
        found = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def can_build_dirty(stamp: Path, fingerprint: str, site: Path) -> bool:
    """Whether the site in `site` was built whole from the same fingerprint
    (the stamp is written after a build that finished)."""
    found = _read_stamp(stamp)
    return site.is_dir() and found.get("fingerprint") == fingerprint and found.get("site_dir") == str(site.resolve())


def built_site(stamp: Path, config_file: Path, docs: Path, engine: str) -> tuple[Path, str | None] | None:
    """The site the last finished build left and the site URL it rendered
    with, when nothing every page depends on has changed since (the
    configuration, the theme, the code, the hand-written pages); None
    otherwise."""
    found = _read_stamp(stamp)
    site = Path(found["site_dir"]) if isinstance(found.get("site_dir"), str) else None
    if site is None or not site.is_dir():
        return None
    if found.get("fingerprint") != f"{site_fingerprint(config_file, docs, site)} {engine}":
        return None
    url = found.get("site_url")
    return site, url if isinstance(url, str) else None


def copy_site(built: Path, site: Path) -> None:
    """Copy a built site into a serving process's folder with each file's
    modification time, so that a dirty build there renders only the pages
    whose Markdown is newer. A copy, not hard links: MkDocs writes a page
    in place, which would change the built site through a link."""
    shutil.copytree(built, site, dirs_exist_ok=True)


def _modified() -> bool:
    return True


def _unmodified() -> bool:
    return False


def settle_modified(files: Iterable) -> list:
    """Answer, once for the whole build, whether each file of a dirty build
    is newer than its output (MkDocs' `File.is_modified`, the same answer):
    MkDocs asks it of a page twice (before reading it, before writing it)
    and with three calls to the file system each (is the output a file,
    its time, the source's time), 50,000 times a build at 10,000 articles.
    Here it is two `stat`s a file, asked once. The answer is the file's own
    until `forget_modified` (a serving process renders edited pages later
    with these very objects): returns the files it was given to."""
    settled = []
    for f in files:
        # a file a plugin made (in memory or in a temporary file): MkDocs' own answer
        if getattr(f, "generated_by", None) is not None or f.abs_src_path is None:
            continue
        try:
            dest = os.stat(f.abs_dest_path)
        except OSError:  # as os.path.isfile: no output, built again
            modified = True
        else:
            modified = not stat.S_ISREG(dest.st_mode) or dest.st_mtime < os.stat(f.abs_src_path).st_mtime
        f.is_modified = _modified if modified else _unmodified
        settled.append(f)
    return settled


def forget_modified(files: Iterable) -> None:
    """The files answer `is_modified` from the file system again."""
    for f in files:
        f.__dict__.pop("is_modified", None)


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
            # strings, not Paths: site/ holds thousands of files
            prefix = os.path.relpath(dirpath, site).replace(os.sep, "/") + "/"
            for name in names:
                if prefix + name not in wanted:
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
    return removed


class QuietDirtyWarning(logging.Filter):
    """MkDocs warns on every dirty build that navigation may be wrong; here
    nothing that the navigation depends on changed since the last cold
    build, so the warning is dropped (it would fail `mkdocs build
    --strict` otherwise)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def inputs_stamp(config_file: Path, docs: Path, templates: Path) -> str:
    """What every page depends on besides the articles, as a serving process
    can see it cheaply between two builds: the configuration, the
    templates and the hand-written pages (their names, sizes and times).
    A serving process renders an edited article's pages alone only while
    this is what its last full build started from."""
    h = hashlib.sha256()
    files = [config_file, *(docs / rel for rel in _hand_written(docs))]
    if templates.is_dir():
        files += sorted(p for p in templates.rglob("*") if p.is_file())
    hash_stats(h, files)
    return h.hexdigest()
