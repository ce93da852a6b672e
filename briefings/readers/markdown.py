"""Markdown with YAML front matter (title, outlet, url, published, author, tags)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from briefings.model import Article
from briefings.readers.base import ReaderError, Source, article, clean_meta, decode, parse_published

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


class MarkdownReader:
    extensions = (".md", ".markdown")

    def read(self, src: Source) -> Iterator[Article]:
        text = decode(src)
        meta: dict = {}
        if text.startswith("---"):
            m = _FRONT.match(text)
            if not m:
                raise ReaderError(src.path, "front matter is not closed by a '---' line")
            try:
                loaded = yaml.safe_load(m.group(1))
            except yaml.YAMLError as e:
                mark = getattr(e, "problem_mark", None)
                where = f" (line {mark.line + 2})" if mark else ""
                raise ReaderError(src.path, f"broken front matter{where}: {getattr(e, 'problem', e)}") from None
            if loaded is None:
                loaded = {}
            if not isinstance(loaded, dict):
                raise ReaderError(src.path, "front matter is not a mapping of fields")
            meta = loaded
            text = text[m.end() :]
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
            outlet=clean_meta(meta.get("outlet") or meta.get("source")),
            url=clean_meta(meta.get("url")),
            author=clean_meta(meta.get("author")),
            published=parse_published(meta.get("published") or meta.get("date"), src.path),
            tags=[clean_meta(t) for t in tags if clean_meta(t)] if isinstance(tags, list) else [],
        )
