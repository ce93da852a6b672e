"""HTML pages: the main text and metadata, extracted with trafilatura so
that navigation, boilerplate and share buttons are left out."""

from __future__ import annotations

from collections.abc import Iterator

from briefings.model import Article
from briefings.readers.base import MAX_TITLE, ReaderError, Source, article, clean_meta, decode, parse_published


class HtmlReader:
    extensions = (".html", ".htm")

    def read(self, src: Source) -> Iterator[Article]:
        import trafilatura

        html = decode(src)
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
        if doc is None:
            raise ReaderError(src.path, "no article text found in the HTML page")
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        body = (data.get("text") or "").strip("\n")
        title = clean_meta(data.get("title"), MAX_TITLE)
        first, _, rest = body.partition("\n")
        if title and first.strip() == title and rest.strip():
            body = rest.strip("\n")  # the page's heading is the title, not text
        if not body.strip():
            raise ReaderError(src.path, "no article text found in the HTML page")
        yield article(
            src,
            body,
            title=title,
            outlet=data.get("sitename"),
            url=data.get("url"),
            author=data.get("author"),
            published=parse_published(data.get("date"), src.path, strict=False),
            tags=(data.get("tags") or [])[:10] if isinstance(data.get("tags"), list) else [],
        )
