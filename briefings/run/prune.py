"""Old versions of the caches taken away. The extraction cache, the search
postings, the collection entries (and their parts as a build spools them), the stories' features and the pickled NER
tagger are kept per version of the code that wrote them, so an upgrade
starts a new folder beside the old one, and a 27,000-article archive
leaves about a gigabyte behind at each. A version folder goes once no
run has used it for two weeks: two checkouts (or a benchmark of one
against another) sharing a cache keep theirs, and going back to a version
within the fortnight costs nothing. The last good briefings are hard
links, so taking an old entry away loses none."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from briefings.versions import extraction_version, features_version, rendering_version, search_version, stories_version

KEEP_SECONDS = 14 * 24 * 3600
_USED = ".used"


def versioned(cache_dir: Path) -> dict[Path, str]:
    """Each versioned cache folder and the name of its current version."""
    return {cache_dir / "extract": extraction_version(), cache_dir / "search": search_version(),
            cache_dir / "stories": stories_version(), cache_dir / "story-features": features_version(),
            cache_dir / "entries": rendering_version(),
            cache_dir / "entry-parts": rendering_version(),
            cache_dir / "tagger": extraction_version()}


def prune(cache_dir: Path, now: float | None = None, keep: float = KEEP_SECONDS) -> list[Path]:
    """Mark the current versions used and remove the versions (and the
    extraction cache's unversioned folders of before) unused for `keep`
    seconds. Returns what was removed."""
    now = time.time() if now is None else now
    removed = []
    for parent, current in versioned(cache_dir).items():
        if not parent.is_dir():
            continue
        mine = parent / current
        if mine.is_dir():
            (mine / _USED).touch()
        for folder in parent.iterdir():
            if folder.name == current or not folder.is_dir() or folder.is_symlink():
                continue
            marker = folder / _USED
            try:
                used = (marker if marker.exists() else folder).stat().st_mtime
            except OSError:
                continue
            if now - used > keep:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
    return removed
