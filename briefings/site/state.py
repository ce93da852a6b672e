"""What a serving process keeps from one build to the next (`mkdocs serve`
builds again and again in one process). The MkDocs plugin owns one and
hands it to each build; a one-off build has none."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefings.run import RunMemory
from briefings.site.actor_pages import KeptPages
from briefings.site.merge_kept import KeptMerge
from briefings.site.render import Renderer
from briefings.site.search_index import IndexBuilder
from briefings.stories import Linker
from briefings.versions import templates_version


@dataclass
class ServeState:
    run: RunMemory = field(default_factory=RunMemory)  # light briefings, synced last-good stores
    renderer_: tuple[str, Renderer] | None = None  # compiled templates, for their version
    entries: dict[str, dict] = field(default_factory=dict)  # briefing digest → its collection entry
    postings: dict[tuple[str, int], dict] = field(default_factory=dict)  # (cache key, index) → search postings
    index: IndexBuilder | None = None  # the search index to patch
    stories: dict[str, tuple] = field(default_factory=dict)  # briefing digest → its stories features and slim form
    linker: Linker = field(default_factory=Linker)  # the stories' pairs of the last build (stories.link)
    assembled: dict[bytes, bytes] | None = None  # a story's members → its page data (site/story_pages.py)
    merge: KeptMerge | None = None  # the actor merge of the last build (site/merge_kept.py)
    actor_pages: KeptPages = field(default_factory=KeptPages)  # what its actor pages kept (site/actor_pages.py)

    def renderer(self, templates_dir: Path) -> Renderer:
        """The renderer of these templates, compiled once while they stay
        the same."""
        key = f"{templates_dir.resolve()}\x00{templates_version(templates_dir)}"
        if self.renderer_ is None or self.renderer_[0] != key:
            self.renderer_ = (key, Renderer(templates_dir))
        return self.renderer_[1]
