"""Inputs that once stopped a whole build with a traceback (issue 16), each
written into a folder for a test to build, extract or send to Dask, with a
fragment of the reason it must be skipped for. Each is a file of its own
kind: YAML front matter that cannot construct, JSON too deep or with
numbers too long to convert, broken UTF-16, damaged ZIP archives, and the
empty containers that were once skipped without a word."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

TEXT = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة جدة بسعة 300 سرير."


def _zip(members: dict[str, str], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, text in members.items():
            z.writestr(name, text)
    return buf.getvalue()


def _corrupt_deflate() -> bytes:
    """A member whose deflate stream is garbage after its first bytes."""
    data = bytearray(_zip({"a.txt": TEXT * 40}))
    header = 30 + len("a.txt")
    for i in range(header + 4, header + 40):
        data[i] ^= 0x5A
    return bytes(data)


def _early_end() -> bytes:
    """The central directory intact, the member's data cut short."""
    data = _zip({"a.txt": TEXT * 40})
    cd = data.rfind(b"PK\x01\x02")
    return data[:60] + b"\x00" * (cd - 60) + data[cd:]


def _bad_seek() -> bytes:
    """A central directory entry whose local header offset points past
    the end of the archive."""
    data = bytearray(_zip({"a.txt": TEXT}))
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 42, 0x7FFFFFF0)
    return bytes(data)


def _unsupported_version() -> bytes:
    """An archive that needs version 9.9 of the format to extract."""
    data = bytearray(_zip({"a.txt": TEXT}))
    struct.pack_into("<H", data, 4, 99)
    struct.pack_into("<H", data, data.rfind(b"PK\x01\x02") + 6, 99)
    return bytes(data)


def _unsupported_method() -> bytes:
    """A member compressed by a method (97: WavPack) we do not read."""
    data = bytearray(_zip({"a.txt": TEXT, "b.txt": TEXT}))
    struct.pack_into("<H", data, 8, 97)
    struct.pack_into("<H", data, data.find(b"PK\x01\x02") + 10, 97)
    return bytes(data)


def _lying_size() -> bytes:
    """A member whose headers claim 100 bytes and which inflates to 30 MB."""
    data = bytearray(_zip({"a.txt": "ا" * (15 << 20)}))
    struct.pack_into("<I", data, 22, 100)
    struct.pack_into("<I", data, data.rfind(b"PK\x01\x02") + 24, 100)
    return bytes(data)


def _alias_bomb() -> str:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for name, prev in zip("bcdefghi", "abcdefgh", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "---\n" + "\n".join(lines) + "\n---\n" + TEXT


CRASHERS: dict[str, tuple[bytes | str, str]] = {
    "date-that-does-not-exist.md": (f"---\npublished: 2021-02-30\n---\n{TEXT}", "not a date"),
    "time-that-does-not-exist.md": (f"---\npublished: 2021-01-01 25:61:00\n---\n{TEXT}", "not a date"),
    "year-zero.md": (f"---\npublished: 0000-01-01\n---\n{TEXT}", "not a date"),
    "month-99.md": (f"---\npublished: \"2021-99\"\n---\n{TEXT}", "not a date"),
    "long-integer.md": (f"---\npublished: {'9' * 5000}\n---\n{TEXT}", "not a date"),
    "alias-bomb.md": (_alias_bomb(), "aliases"),
    "deep.json": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "deep.jsonl": ("[" * 100_000 + "\n", "nested too deeply"),
    "long-integer.json": ('{"content": "' + TEXT + '", "published": ' + "9" * 5000 + "}", "not a date"),
    "long-integer.jsonl": ('{"content": "' + TEXT + '", "date": ' + "9" * 5000 + "}\n", "not a date"),
    "empty-array.json": ("[]", "no articles"),
    "empty.zip": (_zip({}), "no articles"),
    "corrupt-deflate.zip": (_corrupt_deflate(), "cannot be read from the archive"),
    "early-end.zip": (_early_end(), "cannot be read from the archive"),
    "bad-seek.zip": (_bad_seek(), "cannot be read from the archive"),
    "unsupported-version.zip": (_unsupported_version(), "not a readable ZIP archive"),
    "unsupported-method.zip": (_unsupported_method(), "compression method 97"),
    "lying-size.zip": (_lying_size(), "cannot be read from the archive"),
}

# Inputs that once stopped the build and are now read, with what they hold.
READABLE: dict[str, bytes | str] = {
    "lone-surrogates.json": '{"title": "عنوان \\ud800", "content": "' + TEXT + ' \\udc00"}',
    "lone-surrogate-utf16.txt": b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x00\xd8" + TEXT.encode("utf-16-le"),
    "odd-length-utf16.txt": b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x41",
}


def write(folder: Path) -> dict[str, str]:
    """Every crasher and readable file into `folder`; returns each
    crasher's name with the fragment its reason must hold."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in {**{n: d for n, (d, _) in CRASHERS.items()}, **READABLE}.items():
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    return {name: reason for name, (_, reason) in CRASHERS.items()}
