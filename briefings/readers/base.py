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
from briefings.text.shorten import MAX_NAME, MAX_TITLE, shorten


class ReaderError(Exception):
    """Bad input: the message names the file (and record) and says what is wrong."""

    def __init__(self, path: str, message: str, record: int | None = None) -> None:
        self.path = path
        self.record = record
        self.message = message
        super().__init__(skip_line(path, record, message))


def skip_line(path: str, record: int | None, reason: str) -> str:
    """The one line that reports a skip: names come from the input, so a
    control or bidi character in them is shown escaped, never acted on by
    the terminal."""
    where = f"{path} [record {record}]" if record is not None else path
    return printable(f"{where}: {reason}")


def printable(s: str) -> str:
    """`s` with every character that a terminal would act on or hide
    (controls, bidi and other format characters, separators, surrogates)
    written as a Python escape."""
    if s.isprintable():
        return s
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for c in s)


def describe(e: BaseException) -> str:
    """An unexpected exception as a reason: its type and first line, bounded."""
    text = str(e).split("\n", 1)[0]
    text = text if len(text) <= 160 else text[:160] + "…"
    return f"{type(e).__name__}: {text}" if text else type(e).__name__


def unexpected(path: str, e: BaseException, record: int | None = None) -> ReaderError:
    """Any exception raised while reading one file or record, as the reason
    it is skipped: the record and file boundaries catch everything, so one
    bad input never stops the others. Errors with a known cause get their
    own words."""
    if isinstance(e, ReaderError):
        return e
    if isinstance(e, RecursionError):
        return ReaderError(path, "nested too deeply to read", record)
    if isinstance(e, MemoryError):
        return ReaderError(path, "too large to read in memory", record)
    if isinstance(e, UnicodeError):
        return ReaderError(path, f"cannot be decoded ({describe(e)})", record)
    return ReaderError(path, f"cannot be read ({describe(e)})", record)


def size_message(what: str, size: int, limit: int) -> str:
    """`what` is over the size limit, in bytes and MiB alike, so that the
    numbers can never round to a contradiction."""
    return f"{what} is {size:,} bytes, over the limit of {limit_text(limit)}"


def limit_text(limit: int) -> str:
    return f"{limit:,} bytes ({limit / 2**20:g} MiB)"


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


# Invisible controls that scraped text carries (C0, DEL, C1); a body keeps
# none of these except newlines and tabs.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A lone surrogate (JSON's "\ud800", broken UTF-16) is no character: it
# cannot even be written as UTF-8. It becomes U+FFFD, one for one, as a
# decoder's replacement would.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text from any input as the body keeps it: newlines as \\n, no
    invisible controls, no lone surrogates. What is left is what the
    article shows."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    return _SURROGATE_RE.sub("\ufffd", text)


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
        # a lone surrogate or an odd last byte becomes U+FFFD, as in a
        # browser; text that is mostly such is no UTF-16 text at all
        text = data.decode("utf-16", errors="replace")
        if text.count("\ufffd") > len(text) // 10 + 1:
            raise ReaderError(src.path, "not valid UTF-16 text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _detect(src)
    if text.count("\x00") > len(text) // 10 + 1 or _binary(text):
        raise ReaderError(src.path, "binary data, not text")
    return clean_text(text)


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


# Characters with no place in a title, a name or a tag: controls and
# separators (each a space), and invisible format characters (deleted):
# bidi controls that would reorder what surrounds the value where it is
# shown alone, byte order marks, noncharacters, surrogates.
_SPACE_IN_META_RE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOT_IN_META_RE = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufeff\ufff9-\uffff\ud800-\udfff]")
MAX_URL = 2000


def clean_meta(value: object, limit: int = MAX_NAME) -> str | None:
    """A metadata value (title, outlet, author, tag) as shown: one line of
    text without invisible characters, at most `limit` characters (cut at
    a word, marked …). Anything but a string or a number is no value."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    s = " ".join(_NOT_IN_META_RE.sub("", _SPACE_IN_META_RE.sub(" ", str(value))).split())
    return shorten(s, limit) or None


_DATE_RES = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"),
)
_TIME_RE = re.compile(r"[T ]\s*(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?")


def parse_published(value: object, path: str, record: int | None = None, strict: bool = True) -> str | None:
    """A publication date to ISO (YYYY-MM-DD, or YYYY-MM / YYYY), a date
    that exists; anything else is refused (or, not `strict`, dropped)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
        if strict:
            raise ReaderError(path, f"'published' is not a date but a {type(value).__name__}", record)
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()[:64]
    for i, rx in enumerate(_DATE_RES):
        m = rx.match(s)
        if m:
            parts = m.groups()
            y, mo, d = (parts[2], parts[1], parts[0]) if i == 2 else parts
            # a time after the date must exist too (25:61 does not)
            t = _TIME_RE.match(s, m.end())
            if t and (int(t[1]) > 23 or int(t[2]) > 59 or int(t[3] or 0) > 60):
                break
            try:
                return dt.date(int(y), int(mo), int(d)).isoformat()
            except ValueError:
                break
    else:
        m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", s)
        if m and int(m[1]) >= 1 and (m[2] is None or 1 <= int(m[2]) <= 12):
            return f"{int(m[1]):04d}" + (f"-{int(m[2]):02d}" if m[2] else "")
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
# the letters (str.isalpha) of the two Arabic blocks detect_language counts
_ARABIC_LETTERS = re.compile("[" + "".join(c for c in map(chr, [*range(0x600, 0x700), *range(0x750, 0x780)]) if c.isalpha())
                             + "]+")


def detect_language(text: str) -> str:
    """ar when Arabic letters dominate; else a guess among a few languages
    by their commonest words; und when nothing fits."""
    sample = text[:5000]
    # Arabic letters that are half the characters are half the letters:
    # most texts are decided here, by a regex, without the count below
    if sample and 2 * sum(map(len, _ARABIC_LETTERS.findall(sample))) >= len(sample):
        return "ar"
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


MAX_TAGS = 20
# One article's text, at most: thirty times the longest news article of the
# corpus (31,520), a book. Extraction and the site grow in step with the
# length (bench/length.py: about 6 s a MiB for a whole build on one core),
# so with this bound an input of any size is built or skipped within the
# budget of 60 s.
MAX_ARTICLE = 1_000_000


def article(src: Source, body: str, *, record: int | None = None, **meta) -> Article:
    """An Article from a reader's body and metadata. An outlet dateline
    opening the text (إيلاف من لندن:) gives the place, and the outlet when
    the metadata has none."""
    body = clean_text(body)
    if len(body) > MAX_ARTICLE:
        raise ReaderError(src.path, f"the article is {len(body):,} characters long, over the limit of "
                                    f"{MAX_ARTICLE:,} for one article", record)
    m = DATELINE_RE.match(body)
    if m:
        meta["outlet"] = meta.get("outlet") or m.group("outlet")
        meta["dateline"] = m.group("place")
    # every value shown alone (page title, lists, tags) is cleaned in one
    # place: no control or bidi character may reorder what surrounds it
    for k in ("outlet", "dateline", "author"):
        meta[k] = clean_meta(meta.get(k))
    url = clean_meta(meta.pop("url", None), MAX_URL + 1)
    meta["url"] = url if url and len(url) <= MAX_URL else None
    tags = [clean_meta(t) for t in meta.pop("tags", None) or []]
    meta["tags"] = list(dict.fromkeys(t for t in tags if t))[:MAX_TAGS]
    title = clean_meta(meta.pop("title", None), MAX_TITLE)
    derived = False
    if not title:
        title = clean_meta(derive_title(body), MAX_TITLE) or "مقال بلا عنوان"
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
