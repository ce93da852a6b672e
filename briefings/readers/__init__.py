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
from briefings.readers.html import HtmlReader
from briefings.readers.jsonl import JsonLinesReader, JsonReader
from briefings.readers.markdown import MarkdownReader
from briefings.readers.text import TextReader

READERS = [TextReader(), MarkdownReader(), JsonReader(), JsonLinesReader(), HtmlReader()]
ARCHIVES = (".zip",)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

__all__ = ["ReaderError", "Source", "read_source", "input_files", "READERS"]


def reader_for(path: str):
    suffix = Path(path).suffix.lower()
    for r in READERS:
        if suffix in r.extensions:
            return r
    return None


def supported(path: Path) -> bool:
    return (reader_for(path.name) is not None or path.suffix.lower() in ARCHIVES) and not path.name.startswith(".")


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


def read_source(src: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReaderError]:
    if src.path.lower().endswith(ARCHIVES):
        yield from _read_zip(src, max_bytes)
        return
    reader = reader_for(src.path)
    if reader is None:
        yield ReaderError(src.path, f"no reader for '{Path(src.path).suffix}' files")
        return
    try:
        yield from reader.read(src)
    except ReaderError as e:
        yield e


def _read_zip(src: Source, max_bytes: int) -> Iterator[Article | ReaderError]:
    """Every supported member of a ZIP archive, as if it were a file at
    `archive.zip/member`; a bad member is reported and the rest still read."""
    import io
    import zipfile

    try:
        zf = zipfile.ZipFile(io.BytesIO(src.data))
    except zipfile.BadZipFile:
        yield ReaderError(src.path, "not a readable ZIP archive")
        return
    with zf:
        for info in sorted(zf.infolist(), key=lambda i: i.filename):
            name = info.filename
            if info.is_dir() or name.startswith(("__MACOSX/", ".")) or "/." in name:
                continue
            inner = f"{src.path}/{name}"
            if reader_for(name) is None:
                continue
            if info.file_size > max_bytes:
                yield ReaderError(inner, f"member is {info.file_size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
                continue
            try:
                data = zf.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError) as e:
                yield ReaderError(inner, f"cannot read from the archive: {e}")
                continue
            yield from read_source(Source(inner, data), max_bytes)


def load(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    size = path.stat().st_size
    if size > max_bytes:
        raise ReaderError(rel, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
    return Source(rel, path.read_bytes())
