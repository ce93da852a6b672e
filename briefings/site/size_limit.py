"""Whether a built site fits the host it is published to, and if not, what
to change. GitHub Pages refuses a published site over 1 GB."""

from __future__ import annotations

import os
from pathlib import Path

GITHUB_PAGES = 1_000_000_000  # bytes: GitHub Pages' published-site limit


def folder_sizes(site: Path) -> dict[str, int]:
    """Bytes under each top-level entry of the site (a file counts as its own)."""
    sizes: dict[str, int] = {}
    for dirpath, _, files in os.walk(site):
        top = Path(dirpath).relative_to(site).parts
        for name in files:
            key = top[0] if top else name
            sizes[key] = sizes.get(key, 0) + os.path.getsize(os.path.join(dirpath, name))
    return sizes


def over_limit(site: Path, limit: int) -> str | None:
    """None when the site fits in `limit` bytes; otherwise one message that
    says by how much it does not, where the bytes are, and what to do."""
    sizes = folder_sizes(site)
    total = sum(sizes.values())
    if total <= limit:
        return None
    largest = sorted(sizes.items(), key=lambda kv: -kv[1])[:4]
    where = ", ".join(f"{name}/ {size / 1e6:.0f} MB" if (site / name).is_dir() else f"{name} {size / 1e6:.0f} MB"
                      for name, size in largest)
    return (f"not published: {site} is {total / 1e6:.0f} MB, over the limit of {limit / 1e6:g} MB "
            f"(GitHub Pages takes {GITHUB_PAGES / 1e6:g} MB) "
            f"(largest: {where}). Publish fewer articles (move older ones out of the seeds folder, or build one "
            f"site per year), or publish to a host with a larger limit and say so with --limit-mb.")
