"""HTML pages: the main text and metadata, extracted with trafilatura so
that navigation, boilerplate and share buttons are left out."""

from __future__ import annotations

from collections.abc import Iterator

from briefings.model import Article
from briefings.readers.base import ReaderError, Source, article, clean_meta, decode, parse_published
from briefings.text.shorten import MAX_TITLE

LARGE_PAGE = 2 * 1024 * 1024  # characters


class HtmlReader:
    extensions = (".html", ".htm")

    def read(self, src: Source) -> Iterator[Article]:
        import trafilatura
        from trafilatura.settings import set_date_params

        html = decode(src)
        # a page of megabytes is no news page: trafilatura then skips its
        # second opinions (readability, the extensive date search), which
        # cost more than half its time, to stay within the budget
        large = len(html) > LARGE_PAGE
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
            fast=large, date_extraction_params=set_date_params(extensive=not large),
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
