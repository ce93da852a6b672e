"""The search index of the last build, kept in the cache, so that a one-off
build patches it (an article added re-serializes the few shards its words
fall in) instead of building the whole index again, as a serving process
does with the builder it keeps in memory.

A kept index is a valid base whatever happened since it was saved: the
builder diffs each document's postings against it and re-serializes what
differs, and remakes from its postings any file the writer no longer has.
A missing, damaged or other version's file means a whole build.

It also says which briefing (its digest) each document was, with the
postings of the few that a copy group folded: a briefing whose digest is
the same at the same place has the same postings, so a build takes them
from here rather than reading them back from the postings cache, and the
builder sees the very same object, not one to compare term by term.

It is kept with `marshal` (plain dicts, lists and sets), which writes it
in about two thirds of pickle's time (0.3 against 0.4-0.5 s at 1,000
briefings, in a build) and reads it as fast. Its format belongs to the
Python version, which names the file."""

from __future__ import annotations

import marshal
import sys
from dataclasses import dataclass, field
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.site.search_index import IndexBuilder

_PY = f"py{sys.version_info[0]}{sys.version_info[1]}"


def _file(folder: Path) -> Path:
    return folder / f"index-{_PY}.marshal"


@dataclass
class Kept:
    """The last build's index, and what it knew of each document."""

    index: IndexBuilder | None = None
    digests: list[str | None] = field(default_factory=list)  # document → its briefing's digest
    unfolded: dict[int, dict] = field(default_factory=dict)  # document → its postings before a copy group folded them

    def postings(self, doc: int, digest: str | None) -> dict | None:
        """The postings of document `doc` when it is the same briefing as
        last time (None: read them from the postings cache)."""
        if self.index is None or digest is None or doc >= len(self.digests) or self.digests[doc] != digest:
            return None
        return self.unfolded.get(doc, self.index.scores[doc])


def load(folder: Path) -> Kept:
    """The index kept in `folder`: the postings cache's (its postings are
    those of that version)."""
    try:
        state = marshal.loads(_file(folder).read_bytes())
        index = IndexBuilder.__new__(IndexBuilder)
        index.__setstate__(state["index"])
        kept = Kept(index, state["digests"], state["unfolded"])
        if not isinstance(kept.digests, list) or len(kept.digests) != len(index.scores):
            return Kept()
        return kept
    except Exception:  # noqa: BLE001 - missing, damaged, or made by other code: built whole
        return Kept()


def save(folder: Path, index: IndexBuilder, digests: list[str | None], raw: list[dict]) -> None:
    """`raw`: each document's postings as added, before the copy groups
    were folded into their canonical briefings (which replaces them)."""
    unfolded = {doc: scores for doc, scores in enumerate(raw) if scores is not index.scores[doc]}
    state = {"index": index.__getstate__(), "digests": digests, "unfolded": unfolded}
    write_if_changed(_file(folder), marshal.dumps(state, 4))
    (_file(folder).parent / "index.pickle").unlink(missing_ok=True)  # the form before this one
