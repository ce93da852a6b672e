"""Plain text like the sample: the lead may open with an outlet dateline
(`إيلاف من لندن:`); a short first line followed by a blank one is a title."""

from __future__ import annotations

from collections.abc import Iterator

from briefings.model import Article
from briefings.readers.base import DATELINE_RE, ReaderError, Source, article, decode


class TextReader:
    extensions = (".txt", ".text")

    def read(self, src: Source) -> Iterator[Article]:
        text = decode(src).strip("\n")
        lines = text.split("\n")
        title = None
        first = lines[0].strip()
        if (
            len(lines) > 2
            and not lines[1].strip()
            and len(first.split()) <= 15
            and first[-1:] not in ".!؟?:"
            and not DATELINE_RE.match(first)
        ):
            title = first
            text = "\n".join(lines[2:]).strip("\n")
        if not text.strip():
            raise ReaderError(src.path, "no article text")
        yield article(src, text, title=title)
