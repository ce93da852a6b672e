"""Input formats → Article. One reader per format, chosen by extension;
everything after the reader is format-blind.

A reader yields Articles, and for multi-article files a ReaderError in
place of a bad record so the others still get through.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefings.model import Article
from briefings.readers.base import ReaderError, Source, describe, limit_text, size_message, unexpected
from briefings.readers.html import HtmlReader
from briefings.readers.jsonl import JsonLinesReader, JsonReader
from briefings.readers.markdown import MarkdownReader
from briefings.readers.text import TextReader

READERS = [TextReader(), MarkdownReader(), JsonReader(), JsonLinesReader(), HtmlReader()]
ARCHIVES = (".zip",)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Records of one file, at most: three times the largest daily dump of the
# corpus (3,218). Twenty MiB of tiny records would otherwise be a million
# pages, and as many skip lines for a million bad ones.
MAX_RECORDS = 10_000

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
    order; paths in briefings are relative to the root. Symbolic links to
    folders are not followed; a file that resolves outside its root is
    listed, and `load` refuses it with a reason."""
    for inp in inputs:
        if inp.is_dir():
            found = []
            inside = inp.resolve()
            for folder, dirs, names in os.walk(inp):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found += [Path(folder, n) for n in names if supported(Path(n))]
                # a linked folder is not walked; one that leads outside is
                # listed, so that it is refused with its reason
                found += [Path(folder, d) for d in dirs
                          if Path(folder, d).is_symlink() and not Path(folder, d).resolve().is_relative_to(inside)]
            yield from ((f, inp) for f in sorted(found))
        elif inp.is_file():
            yield inp, inp.parent


def read_source(src: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReaderError]:
    """Every article of one input, and a ReaderError for each file or
    record that cannot be read. Nothing raised while reading escapes: an
    exception ends this file (or record) with its reason, never the build.
    A file gives at most MAX_RECORDS articles and reasons together."""
    for n, item in enumerate(_read_source(src, max_bytes)):
        if n == MAX_RECORDS:
            yield ReaderError(src.path, f"holds more than {MAX_RECORDS:,} records: those after are not read")
            return
        yield item


def _read_source(src: Source, max_bytes: int) -> Iterator[Article | ReaderError]:
    if src.path.lower().endswith(ARCHIVES):
        yield from _read_zip(src, max_bytes)
        return
    reader = reader_for(src.path)
    if reader is None:
        yield ReaderError(src.path, f"no reader for '{Path(src.path).suffix}' files")
        return
    try:
        yield from reader.read(src)
    except Exception as e:  # noqa: BLE001 - the file boundary: reported with its reason
        yield unexpected(src.path, e)


# Compression methods read by streaming with a bound on what one read
# inflates; bzip2 and LZMA inflate a whole block at once, however large.
_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
_CHUNK = 1 << 16


def _read_zip(src: Source, max_bytes: int) -> Iterator[Article | ReaderError]:
    """Every supported member of a ZIP archive, as if it were a file at
    `archive.zip/member`; a bad member is reported and the rest still read.
    What the archive inflates to, all members together, is held to the
    size limit of one input: a member is streamed and stopped there,
    whatever size its header claims."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(src.data))
        infos = sorted(zf.infolist(), key=lambda i: i.filename)
    except Exception as e:  # noqa: BLE001 - any damage to the directory
        yield ReaderError(src.path, f"not a readable ZIP archive ({describe(e)})")
        return
    left = max_bytes
    members = 0
    with zf:
        for info in infos:
            name = info.filename
            if info.is_dir() or name.startswith(("__MACOSX/", ".")) or "/." in name:
                continue
            if reader_for(name) is None:
                continue
            members += 1
            inner = f"{src.path}/{name}"
            if info.compress_type not in _METHODS:
                yield ReaderError(inner, f"compression method {info.compress_type} is not read (only stored and deflate)")
                continue
            try:
                data = _inflate(zf, info, left)
            except _TooLarge:
                yield ReaderError(inner, f"inflates to more than the limit of {limit_text(max_bytes)}"
                                  + ("" if left == max_bytes else ", with the members before it"))
                continue
            except Exception as e:  # noqa: BLE001 - a damaged member: the others are still read
                yield ReaderError(inner, f"cannot be read from the archive ({describe(e)})")
                continue
            left -= len(data)
            yield from read_source(Source(inner, data), max_bytes)
    if not members:
        yield ReaderError(src.path, "no articles: the archive holds no file of a supported kind")


class _TooLarge(Exception):
    pass


def _inflate(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's bytes, read a bounded chunk at a time (one read of
    zipfile's own inflates up to a gigabyte), stopped past `limit`."""
    chunks = []
    size = 0
    with zf.open(info) as f:
        while chunk := f.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise _TooLarge
            chunks.append(chunk)
    return b"".join(chunks)


def load(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """An input file's bytes. A file that resolves outside its input folder
    (a symbolic link to /etc/passwd) is refused, and so is one over the
    size limit: what is read is never more than the limit. Raises only
    ReaderError, with the reason."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    try:
        real = path.resolve()
        if not real.is_relative_to(root.resolve()):
            raise ReaderError(rel, "refused: it resolves outside the input folder (a symbolic link)")
        if not real.is_file():
            raise ReaderError(rel, "not a regular file")
        with open(real, "rb") as f:
            data = f.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise ReaderError(rel, size_message("file", os.fstat(f.fileno()).st_size, max_bytes))
    except OSError as e:
        raise ReaderError(rel, f"cannot read: {e.strerror or describe(e)}") from None
    except Exception as e:  # noqa: BLE001 - the file boundary
        raise unexpected(rel, e) from None
    return Source(rel, data)
