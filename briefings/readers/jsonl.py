"""JSON (one article or an array of them) and JSON Lines, as scrapers dump
them: title, content|text|body, url, published|date|date_extracted,
source|outlet, author."""

from __future__ import annotations

import json
from collections.abc import Iterator

from briefings.model import Article
from briefings.readers.base import ReaderError, Source, article, clean_meta, decode, parse_published


def _record(src: Source, rec: object, record: int | None) -> Article:
    if not isinstance(rec, dict):
        raise ReaderError(src.path, "record is not a JSON object", record)
    body = next((rec[k] for k in ("content", "text", "body") if isinstance(rec.get(k), str) and rec[k].strip()), None)
    if body is None:
        raise ReaderError(src.path, "record has no text (content, text or body)", record)
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    published = rec.get("published") or rec.get("date") or rec.get("date_extracted")
    return article(
        src,
        body,
        record=record,
        title=rec.get("title"),
        outlet=clean_meta(rec.get("outlet") or rec.get("source")),
        url=clean_meta(rec.get("url")),
        author=clean_meta(rec.get("author")),
        published=parse_published(published, src.path, record),
    )


class JsonReader:
    extensions = (".json",)

    def read(self, src: Source) -> Iterator[Article | ReaderError]:
        text = decode(src)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise ReaderError(src.path, f"malformed JSON at line {e.lineno}, column {e.colno}: {e.msg}") from None
        if isinstance(data, dict):
            yield _record(src, data, None)
            return
        if not isinstance(data, list):
            raise ReaderError(src.path, "JSON is neither an article object nor an array of them")
        for i, rec in enumerate(data):
            try:
                yield _record(src, rec, i)
            except ReaderError as e:
                yield e


class JsonLinesReader:
    extensions = (".jsonl", ".ndjson")

    def read(self, src: Source) -> Iterator[Article | ReaderError]:
        text = decode(src)
        # a record is a line that is not blank: its index counts records,
        # the error message names the line as an editor numbers it
        lines = (n_line for n_line in enumerate(text.split("\n"), start=1) if n_line[1].strip())
        for record, (n, line) in enumerate(lines):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield ReaderError(src.path, f"malformed JSON on line {n}: {e.msg}", record)
                continue
            try:
                yield _record(src, rec, record)
            except ReaderError as e:
                yield e
