"""Each story's page data (`stories.assemble`: headline, dates, actors,
quotes by speaker, figures side by side, merged summary) kept from one
build to the next, so that a rebuild assembles only the stories whose
members changed: assembling every story again was a tenth of a build that
adds one article at 10,000 articles (1,700 stories), and grows with the
archive.

`assemble` is a pure function of its members' slim briefings and their
weights, so a story is looked up by the bytes of those (marshal: the same
bytes are the same data). Its result is kept as marshal bytes, read back
fresh at each use, so nothing a build does to it reaches the next build.
A serving process keeps them in memory (`ServeState.assembled`), a
one-off build in the stories cache's folder (named for the stories code,
`stories_version`, pruned with it). Only the stories of this build are
kept; a missing or damaged file means assembling every story, as before.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.stories import assemble
from briefings.versions import stories_version

_PY = f"py{sys.version_info[0]}{sys.version_info[1]}"  # marshal's format is the Python version's


class StoryPages:
    def __init__(self, cache_dir: Path | None, memory: dict[bytes, bytes] | None = None) -> None:
        """`memory`: what a serving process kept from its previous build
        (then nothing is read or written on disk); `cache_dir` otherwise."""
        self.file = None if memory is not None or cache_dir is None else (
            cache_dir / "stories" / stories_version() / f"assembled-{_PY}.marshal")
        self.old: dict[bytes, bytes] = memory if memory is not None else self._load()
        self.new: dict[bytes, bytes] = {}
        self.assembled = 0  # stories not found, assembled by this build

    def _load(self) -> dict[bytes, bytes]:
        try:
            found = marshal.loads(self.file.read_bytes())
        except Exception:  # noqa: BLE001 - missing, damaged or foreign: every story is assembled
            return {}
        return found if isinstance(found, dict) else {}

    def __call__(self, briefings: list[dict], weight: dict[str, int] | None = None) -> dict:
        """`stories.assemble`, from the last build's result when its
        members are the same."""
        try:
            key = hashlib.blake2b(marshal.dumps((briefings, sorted((weight or {}).items()))), digest_size=16).digest()
        except ValueError:  # not plain data: not kept
            return assemble(briefings, weight)
        packed = self.old.get(key)
        if packed is None:
            got = assemble(briefings, weight)
            self.assembled += 1
            try:
                packed = marshal.dumps(got)
            except ValueError:
                return got
        self.new[key] = packed
        return marshal.loads(packed)

    def save(self) -> dict[bytes, bytes]:
        """Keep this build's stories (on disk for a one-off build); returns
        them for a serving process to keep."""
        if self.file is not None and self.new.keys() != self.old.keys():
            write_if_changed(self.file, marshal.dumps(self.new))
        return self.new
