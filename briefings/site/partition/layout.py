"""Where a partitioned build keeps things: the partition of a briefing,
and the project's folders a partitioned build reads and writes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from briefings.site.paths import FONT_DIR, GENERATED_DIRS, ROOT_FILES

PARTS = "partitions"  # under the cache folder: each partition's briefings, config, docs and cache
TOP = "_top"  # the top-level site's sources, beside the partitions
UNDATED = "undated"
_DATE = re.compile(r"(\d{4})-(\d{2})")
# what the generator writes into docs/: the rest is hand-written
GENERATED = (*(f"{d}/" for d in (*GENERATED_DIRS, FONT_DIR)), *ROOT_FILES)


def part_of(published: str | None, by: str) -> str:
    """The partition of a briefing: its year (2015) or month (2015-08)."""
    m = _DATE.match(published or "")
    if not m:
        return UNDATED
    return m.group(1) if by == "year" else f"{m.group(1)}-{m.group(2)}"


@dataclass
class Project:
    """What a partitioned build needs of the project's mkdocs.yml."""

    config_file: Path
    docs: Path
    site: Path
    seeds: Path
    templates: Path
    cache: Path
    max_bytes: int
    from_json: Path | None

    @classmethod
    def of(cls, cfg, plugin) -> Project:
        root = Path(cfg["config_file_path"]).resolve().parent
        pc = plugin.config
        return cls(Path(cfg["config_file_path"]).resolve(), Path(cfg["docs_dir"]).resolve(),
                   Path(cfg["site_dir"]).resolve(), root / pc.seeds, root / pc.templates, root / pc.cache,
                   pc.max_mb * 1024 * 1024, Path(pc.from_json).resolve() if pc.from_json else None)

    @property
    def parts_dir(self) -> Path:
        return self.cache / PARTS
