"""Input formats → Article. One reader per format, chosen by extension;
everything after the reader is format-blind.

A reader yields Articles, and for multi-article files a ReaderError in
place of a bad record so the others still get through.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from briefings.model import Article
from briefings.readers.base import ReaderError, Source
from briefings.readers.jsonl import JsonLinesReader, JsonReader
from briefings.readers.markdown import MarkdownReader
from briefings.readers.text import TextReader

READERS = [TextReader(), MarkdownReader(), JsonReader(), JsonLinesReader()]
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

__all__ = ["ReaderError", "Source", "read_source", "input_files", "READERS"]


def reader_for(path: str):
    suffix = Path(path).suffix.lower()
    for r in READERS:
        if suffix in r.extensions:
            return r
    return None


def supported(path: Path) -> bool:
    return reader_for(path.name) is not None and not path.name.startswith(".")


def input_files(inputs: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """(file, root) for every supported file under the inputs, in a stable
    order; paths in briefings are relative to the root."""
    for inp in inputs:
        if inp.is_dir():
            for f in sorted(p for p in inp.rglob("*") if p.is_file() and supported(p)):
                if not any(part.startswith(".") for part in f.relative_to(inp).parts):
                    yield f, inp
        elif inp.is_file():
            yield inp, inp.parent


def read_source(src: Source) -> Iterator[Article | ReaderError]:
    reader = reader_for(src.path)
    if reader is None:
        yield ReaderError(src.path, f"no reader for '{Path(src.path).suffix}' files")
        return
    try:
        yield from reader.read(src)
    except ReaderError as e:
        yield e


def load(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    size = path.stat().st_size
    if size > max_bytes:
        raise ReaderError(rel, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    return Source(rel, path.read_bytes())
