"""The pages' Markdown and HTML on disk between MkDocs' two passes.

MkDocs reads and renders every page first (so that links between pages
can be checked), then writes them one by one; every page's Markdown and
HTML stay in memory from the first pass to the end of the build: at
27,000 articles, some 49,000 pages and most of a cold build's peak after
the generator's. The plugin puts them here as each page is rendered and
takes them back just before the page is written, then lets them go: the
build holds one page's text at a time. The file is a temporary one (gone
when closed or when the process ends), read by offset.
"""

from __future__ import annotations

from pathlib import Path

from briefings.site.byte_spool import ByteSpool


class PageSpool:
    def __init__(self, folder: Path) -> None:
        self.spool = ByteSpool(folder, ".pages-")
        # a page's key → where its Markdown and its HTML are (offset, and
        # the length of each, in bytes)
        self.at: dict[str, tuple[int, int, int]] = {}

    def put(self, key: str, markdown: str, html: str) -> None:
        md, content = markdown.encode("utf-8", "surrogatepass"), html.encode("utf-8", "surrogatepass")
        self.at[key] = (self.spool.add(md + content), len(md), len(content))

    def take(self, key: str) -> tuple[str, str] | None:
        """A page's Markdown and HTML, once: None for a page not put here
        (or taken already)."""
        where = self.at.pop(key, None)
        if where is None:
            return None
        offset, md, content = where
        data = self.spool.read(offset, md + content)
        return data[:md].decode("utf-8", "surrogatepass"), data[md:].decode("utf-8", "surrogatepass")

    def __len__(self) -> int:
        return len(self.at)

    def close(self) -> None:
        self.spool.close()
        self.at.clear()
