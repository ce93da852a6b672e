"""Markdown with YAML front matter (title, outlet, url, published, author, tags)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from briefings.model import Article
from briefings.readers.base import ReaderError, Source, article, decode, limit_text, parse_published

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Front matter holds a title and a few fields: more than this is not front
# matter, and YAML is parsed in pure Python (the loader below).
MAX_FRONT_MATTER = 64 * 1024


class FrontMatterLoader(yaml.BaseLoader):
    """YAML as plain data: every scalar a string (so no date that does not
    exist, no year 0 and no 5,000-digit integer can fail to construct; the
    reader parses `published` itself) and no aliases (a few hundred bytes
    of nested aliases expand to gigabytes)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in front matter",
                                              event.start_mark)
        return super().compose_node(parent, index)


def front_matter(text: str, path: str) -> tuple[dict, str]:
    """(fields, the text after them) of a Markdown file."""
    if not text.startswith("---"):
        return {}, text
    m = _FRONT.match(text[: MAX_FRONT_MATTER + 16])
    if not m:
        if _FRONT.match(text):
            raise ReaderError(path, f"front matter is over the limit of {limit_text(MAX_FRONT_MATTER)}")
        raise ReaderError(path, "front matter is not closed by a '---' line")
    try:
        loaded = yaml.load(m.group(1), Loader=FrontMatterLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise ReaderError(path, f"broken front matter{where}: {getattr(e, 'problem', None) or e}") from None
    if loaded is None or loaded == "":
        loaded = {}
    if not isinstance(loaded, dict):
        raise ReaderError(path, "front matter is not a mapping of fields")
    return loaded, text[m.end() :]


class MarkdownReader:
    extensions = (".md", ".markdown")

    def read(self, src: Source) -> Iterator[Article]:
        meta, text = front_matter(decode(src), src.path)
        body = text.strip("\n")
        if not body.strip():
            raise ReaderError(src.path, "no article text")
        tags = meta.get("tags") or []
        if isinstance(tags, str):
            tags = [t.strip() for t in tags.split(",")]
        yield article(
            src,
            body,
            title=meta.get("title"),
            outlet=meta.get("outlet") or meta.get("source"),
            url=meta.get("url"),
            author=meta.get("author"),
            published=parse_published(meta.get("published") or meta.get("date"), src.path),
            tags=tags if isinstance(tags, list) else [],
        )
