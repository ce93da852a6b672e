"""What every reader shares: decoding bytes, the reader error, ids and the
metadata clean-up, so each reader only knows its own format."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from briefings.model import Article


class ReaderError(Exception):
    """Bad input: the message names the file (and record) and says what is wrong."""

    def __init__(self, path: str, message: str, record: int | None = None) -> None:
        self.path = path
        self.record = record
        self.message = message
        where = f"{path} [record {record}]" if record is not None else path
        super().__init__(f"{where}: {message}")


@dataclass
class Source:
    """An input file as read: its path relative to the collection root and
    its bytes."""

    path: str
    data: bytes

    # every record of a ZIP or JSON Lines dump carries its file's digest:
    # hash a large dump once, not once per record
    @functools.cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


# Invisible controls that scraped text carries; a body keeps none of these
# except newlines and tabs.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(src: Source) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 by its BOM, else
    the encoding charset-normalizer finds (Windows-1256, ISO-8859-6)."""
    data = src.data
    if not data.strip():
        raise ReaderError(src.path, "empty file")
    sample = data[:4096]
    if not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
        if controls > max(2, len(sample) // 20):
            raise ReaderError(src.path, "binary data, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _detect(src)
    if text.count("\x00") > len(text) // 10 + 1 or _binary(text):
        raise ReaderError(src.path, "binary data, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", text)


def _detect(src: Source) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(src.data, cp_isolation=["cp1256", "iso8859_6", "utf_16", "utf_8"]).best()
    if best is None:
        best = from_bytes(src.data).best()
    if best is None:
        raise ReaderError(src.path, "cannot decode: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text")
    return str(best)


def _binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\n\r\t")
    return bad > len(sample) * 0.1


def clean_meta(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


_DATE_RES = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"),
)


def parse_published(value: object, path: str, record: int | None = None, strict: bool = True) -> str | None:
    """A publication date to ISO (YYYY-MM-DD, or YYYY-MM / YYYY)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    for i, rx in enumerate(_DATE_RES):
        m = rx.match(s)
        if m:
            parts = m.groups()
            y, mo, d = (parts[2], parts[1], parts[0]) if i == 2 else parts
            try:
                return dt.date(int(y), int(mo), int(d)).isoformat()
            except ValueError:
                break
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", s)
    if m:
        return s
    if strict:
        raise ReaderError(path, f"'published' is not a date: {s[:40]!r}", record)
    return None


def slug(path: str, record: int | None = None) -> str:
    """A stable id, safe as a URL and a file name: the file's ASCII stem when
    it has one, with a hash of path and record so that ids stay unique."""
    stem = Path(path).stem if not path.endswith("/") else "article"
    ascii_stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-_")[:60]
    if record is None and ascii_stem and ascii_stem == stem:
        return ascii_stem
    digest = hashlib.sha1(f"{path}\x00{'' if record is None else record}".encode()).hexdigest()[:10]
    base = ascii_stem or "article"
    return f"{base}-{digest}"


def derive_title(body: str, limit: int = 12) -> str:
    """A clean, short title from the lead: its first sentence without the
    dateline, cut at a clause boundary or after `limit` words."""
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    first = DATELINE_RE.sub("", first, count=1)
    sentence = re.split(r"(?<=[.!?؟])\s", first, maxsplit=1)[0]
    clause = re.split(r"[،,؛;:]", sentence, maxsplit=1)[0].strip()
    words = clause.split()
    if len(words) > limit:
        # end before a preposition that opens a trailing phrase, so the
        # title reads whole rather than cut
        cut = max((i for i in range(6, limit + 1) if words[i] in _PHRASE_OPENERS), default=None)
        words = words[:cut] if cut else [*words[:limit], "…"]
    title = " ".join(words).rstrip(".!؟?:،")
    return title or "مقال بلا عنوان"


_PHRASE_OPENERS = {"حول", "في", "على", "من", "الى", "إلى", "بعد", "مع", "عن", "خلال", "بين", "لدى", "ضمن", "عبر", "منذ"}


# An outlet dateline: إيلاف من لندن: … or لندن - إيلاف: …
DATELINE_RE = re.compile(r"^\s*(?P<outlet>[^\s:،]{2,20}(?:\s[^\s:،]{2,20})?)\s+من\s+(?P<place>[^\s:،]{2,20}(?:\s[^\s:،]{2,20})?)\s*:\s*")


_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with"},
    "fr": {"le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour"},
    "es": {"el", "los", "las", "del", "que", "y", "una", "por", "con", "para"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "zu"},
}
RTL_LANGUAGES = {"ar", "fa", "ur", "he", "ps"}


def detect_language(text: str) -> str:
    """ar when Arabic letters dominate; else a guess among a few languages
    by their commonest words; und when nothing fits."""
    sample = text[:5000]
    # count each distinct character once: a few dozen tests, not thousands
    counts = [(c, n) for c, n in Counter(sample).items() if c.isalpha()]
    letters = sum(n for _, n in counts)
    if not letters:
        return "und"
    if sum(n for c, n in counts if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f") / letters >= 0.5:
        return "ar"
    if sum(n for c, n in counts if "\u0590" <= c <= "\u05ff") / letters >= 0.5:
        return "he"
    words = re.findall(r"[a-zà-ÿ]+", sample.lower())
    scores = {lang: sum(w in sw for w in words) for lang, sw in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else "und"


_BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def article(src: Source, body: str, *, record: int | None = None, **meta) -> Article:
    """An Article from a reader's body and metadata. An outlet dateline
    opening the text (إيلاف من لندن:) gives the place, and the outlet when
    the metadata has none."""
    m = DATELINE_RE.match(body)
    if m:
        meta["outlet"] = meta.get("outlet") or m.group("outlet")
        meta["dateline"] = m.group("place")
    title = clean_meta(meta.pop("title", None))
    # a title is shown alone (page title, lists): no bidi control may
    # reorder what surrounds it there
    title = _BIDI_CONTROLS.sub("", title) if title else title
    derived = False
    if not title:
        title = _BIDI_CONTROLS.sub("", derive_title(body))
        derived = True
    return Article(
        id=slug(src.path, record),
        path=src.path,
        sha256=src.sha256,
        body=body,
        title=title,
        title_derived=derived,
        record=record,
        language=detect_language(body),
        **meta,
    )
