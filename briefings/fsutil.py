"""Atomic file writes: a reader of the tree sees a file either old or new."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

# A write goes through `.<name>.<random>.tmp` beside its file; a process
# killed mid-write (kill -9, a power cut) leaves it behind.
_TEMP_SUFFIX = ".tmp"


def write_if_changed(path: Path, content: str | bytes) -> bool:
    """Write through a temporary file and a rename; leave the file (and its
    mtime) alone when the content is already there. True if written."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=_TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def hash_stats(h, files: Iterable[Path]) -> None:
    """Feed each file's path, size and modification time to the hash `h`:
    a cheap stamp of inputs that is stale when any of them is touched (a
    file gone is left out)."""
    for f in files:
        try:
            st = f.stat()
        except OSError:
            continue
        h.update(f"{f}\x00{st.st_size}\x00{st.st_mtime_ns}\n".encode())


def read_json_object(path: Path) -> dict:
    """A JSON object an earlier build left ({} if missing, unreadable or
    not an object: the caller then does the work again)."""
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return d if isinstance(d, dict) else {}


def link_or_copy(source: Path, path: Path) -> None:
    """Make `path` a hard link to `source` (no copy of the bytes), swapped
    in by a rename like any write here; a copy where links fail. Only for
    a source that is never rewritten in place."""
    try:
        if path.exists() and os.path.samefile(source, path):
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}{_TEMP_SUFFIX}")
        tmp.unlink(missing_ok=True)
        os.link(source, tmp)
        os.replace(tmp, path)
    except OSError:
        write_if_changed(path, source.read_bytes())


def is_temp(name: str) -> bool:
    """Whether a file name is that of a temporary file of the writes here."""
    return name.startswith(".") and name.endswith(_TEMP_SUFFIX)


def remove_temp_files(folder: Path, names: Iterable[str]) -> None:
    """Remove what interrupted writes of these files of a folder left
    behind. Only for a folder that no other process is writing to."""
    names = set(names)
    try:
        found = [p for p in folder.iterdir() if is_temp(p.name)]
    except OSError:
        return
    for p in found:
        # `.index.md.x1y2.tmp` → index.md
        if p.name[1:].rsplit(".", 2)[0] in names:
            p.unlink(missing_ok=True)
