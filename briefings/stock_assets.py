"""The files `briefings init` copies into a project's docs/ (the search
script, the styles, the logo, the about and search pages) kept in step with
the installed package. The search script reads the index the package writes:
a project started with an older version and never edited would otherwise
keep a script that cannot read the new index, and its search would go quiet
with no word why. A copy equal to a version the package once shipped is
replaced by the current one; a copy the user edited is kept, and said once."""

from __future__ import annotations

import hashlib
import json
import logging
from functools import lru_cache
from importlib import resources
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.scaffold import starter

log = logging.getLogger("briefings")


@lru_cache(maxsize=1)
def shipped() -> dict[str, frozenset[str]]:
    """Each stock file (relative to docs/) and the SHA-256 of every version
    of it the package has shipped. A change to a stock file adds its new
    digest here (tests/test_stock_assets.py holds the current ones listed)."""
    text = resources.files("briefings.data").joinpath("stock-assets.json").read_text(encoding="utf-8")
    return {name: frozenset(digests) for name, digests in json.loads(text).items()}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def refresh(docs_dir: Path) -> list[tuple[str, str]]:
    """Bring the stock files of a project's docs/ up to the package's:
    returns (file, what was done) for each one not already current:
    "updated" (an unedited older copy replaced) or "edited" (kept as the
    user left it). A missing file is left missing: the user removed it."""
    package_docs = starter() / "docs"
    if docs_dir.resolve() == package_docs.resolve():
        return []  # the package's own source tree
    done = []
    for name, old in shipped().items():
        mine, theirs = package_docs / name, docs_dir / name
        try:
            have = theirs.read_bytes()
        except OSError:
            continue
        current = mine.read_bytes()
        if have == current:
            continue
        if _digest(have) in old:
            write_if_changed(theirs, current)
            done.append((name, "updated"))
        else:
            log.warning("%s differs from the package's %s and was kept as edited; if search or the pages misbehave, "
                        "compare it with %s", theirs, name, mine)
            done.append((name, "edited"))
    return done
