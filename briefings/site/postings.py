"""Each briefing's search postings, computed once. They are the site's: a
change to the search weights or word forms recomputes them (the search
version, `versions.py`) without extracting any article again."""

from __future__ import annotations

from pathlib import Path

from briefings.site.per_briefing import PerBriefing
from briefings.site.search_index import postings
from briefings.versions import search_version


class Postings(PerBriefing):
    def __init__(self, cache_dir: Path, memory: dict[tuple[str, int], dict] | None = None) -> None:
        super().__init__(cache_dir / "search" / search_version(), postings, memory)
