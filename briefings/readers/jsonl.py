"""JSON (one article or an array of them) and JSON Lines, as scrapers dump
them: title, content|text|body, url, published|date|date_extracted,
source|outlet, author."""

from __future__ import annotations

import json
from collections.abc import Iterator

from briefings.model import Article
from briefings.readers.base import ReaderError, Source, article, decode, parse_published, unexpected


def _int(digits: str) -> int | str:
    # a number longer than any field could need stays its digits: Python
    # refuses to convert more than 4,300 of them, and a title may be one
    return int(digits) if len(digits) <= 100 else digits


def loads(text: str, path: str, record: int | None = None, line: int | None = None) -> object:
    """JSON to Python, with every way it can fail as a reason (naming the
    line of a JSON Lines file as an editor numbers it)."""
    try:
        return json.loads(text, parse_int=_int)
    except json.JSONDecodeError as e:
        where = f" on line {line}" if line is not None else f" at line {e.lineno}, column {e.colno}"
        raise ReaderError(path, f"malformed JSON{where}: {e.msg}", record) from None
    except RecursionError:
        raise ReaderError(path, "malformed JSON: nested too deeply", record) from None


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
        outlet=rec.get("outlet") or rec.get("source"),
        url=rec.get("url"),
        author=rec.get("author"),
        published=parse_published(published, src.path, record),
    )


def _records(src: Source, recs: Iterator[tuple[int | None, object]]) -> Iterator[Article | ReaderError]:
    """Each record's article, or its reason: the record boundary catches
    everything, so one bad record never stops the others."""
    for record, rec in recs:
        try:
            yield _record(src, rec, record)
        except Exception as e:  # noqa: BLE001 - reported with its record
            yield unexpected(src.path, e, record)


class JsonReader:
    extensions = (".json",)

    def read(self, src: Source) -> Iterator[Article | ReaderError]:
        data = loads(decode(src), src.path)
        if isinstance(data, dict):
            yield from _records(src, iter([(None, data)]))
            return
        if not isinstance(data, list):
            raise ReaderError(src.path, "JSON is neither an article object nor an array of them")
        if not data:
            raise ReaderError(src.path, "no articles: the JSON array is empty")
        yield from _records(src, enumerate(data))


class JsonLinesReader:
    extensions = (".jsonl", ".ndjson")

    def read(self, src: Source) -> Iterator[Article | ReaderError]:
        text = decode(src)
        # a record is a line that is not blank: its index counts records,
        # the error message names the line as an editor numbers it
        lines = (n_line for n_line in enumerate(text.split("\n"), start=1) if n_line[1].strip())
        for record, (n, line) in enumerate(lines):
            try:
                rec = loads(line, src.path, record, n)
            except ReaderError as e:
                yield e
                continue
            yield from _records(src, iter([(record, rec)]))
