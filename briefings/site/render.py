"""Briefing → Markdown pages through the Jinja2 templates in `templates/`.

Article text is data: every value a template prints is HTML-escaped and
its Markdown syntax neutralized unless the template marks it safe, so a
`<script>`, a `|` or a `{{ }}` in an article shows as text and does nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import json
import pickle
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from briefings.scaffold import template_folders
from briefings.serialize import split_statements
from briefings.site.outlets import outlet_name
from briefings.site.paths import full_text_stem, is_long
from briefings.text.shorten import shorten

# Characters that can start markup in HTML or in Markdown (a link needs its
# brackets, an autolink or tag its angle brackets, emphasis its stars);
# each becomes a numeric character reference, which both show as the plain
# character. Periods, colons and dashes, frequent in text and harmless
# without the others, stay as they are.
_SPECIAL = re.compile(r"""[\\`*_{}\[\]()#|~<>&"']""")


def esc(value: Any) -> Markup:
    """Text safe both as HTML and as Markdown, in one pass."""
    if isinstance(value, Markup):
        return value
    return Markup(_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", "" if value is None else str(value)))


def safe_url(url: str | None) -> str | None:
    """Only http and https URLs become links."""
    if not url:
        return None
    u = url.strip()
    if re.match(r"^https?://[^\s<>\"']+$", u, re.I):
        return u
    return None


def slug_markup(value: Any) -> Markup:
    """An id for URLs and attributes; ids are made safe by the readers, and
    anything else is refused rather than escaped into a broken link."""
    s = str(value)
    if not re.fullmatch(r"[A-Za-z0-9_-]+", s):
        raise ValueError(f"unsafe id {s!r}")
    return Markup(s)


def path_markup(value: Any) -> Markup:
    """A relative link the generator made (../actors/x.md)."""
    s = str(value)
    if not re.fullmatch(r"[A-Za-z0-9_./#-]*", s) or "//" in s or s.startswith("/"):
        raise ValueError(f"unsafe path {s!r}")
    return Markup(s)


def number(value: float | None) -> str:
    """Numbers in one style: grouped thousands, no trailing .0."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def year(value: float | None) -> str:
    """A year as it is written: 1436, not 1,436 as a number is grouped."""
    if value is not None and float(value).is_integer():
        return str(int(value))
    return number(value)


# Arabic counts a noun by its number: one and two are the noun's own
# singular and dual, three to ten its plural, eleven to ninety-nine (by the
# last two digits) its singular accusative, a round hundred its singular.
# noun → (singular, dual, plural, accusative)
NOUNS = {
    "موجز": ("موجز", "موجزان", "موجزات", "موجزاً"),
    "مقال": ("مقال", "مقالان", "مقالات", "مقالاً"),
    "فاعل": ("فاعل", "فاعلان", "فاعلين", "فاعلاً"),
    "قيمة": ("قيمة", "قيمتان", "قيم", "قيمة"),
    "رقم": ("رقم", "رقمان", "أرقام", "رقماً"),
}


def count_noun(n: int, noun: str) -> str:
    """`n` of `noun` as Arabic says it (3 مقالات، 11 مقالاً، مقالان), not
    "2 مقال" or "3 مقالاً"; the number in digits."""
    one, two, few, many = NOUNS[noun]
    if n == 1:
        return f"{one} واحدة" if one.endswith("ة") else f"{one} واحد"
    if n == 2:
        return two
    tail = n % 100
    if 3 <= tail <= 10:
        return f"{n:,} {few}"
    if 11 <= tail <= 99:
        return f"{n:,} {many}"
    return f"{n:,} {one}"


@cache
def _months() -> dict[int, str]:
    """The months as the search's filter names them (the browser's Arabic:
    CLDR's, as Babel gives them)."""
    from babel.dates import get_month_names

    return dict(get_month_names("wide", locale="ar"))


def month_name(value: str) -> str:
    """YYYY-MM as أغسطس 2015: an ISO month after Arabic words reads
    backwards (08-2015) where the page cannot isolate it, in a title or
    the header; anything else as it is."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", value or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return value
    return f"{_months()[int(m.group(2))]} {m.group(1)}"


def day_name(value: str) -> str:
    """YYYY-MM-DD as 6 أغسطس 2015, YYYY-MM as month_name does; anything
    else (a year) as it is."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return month_name(value)
    return f"{int(m.group(3))} {_months()[int(m.group(2))]} {m.group(1)}"


def next_to(value: str, other: str) -> bool:
    """Whether two days (YYYY-MM-DD) are one day apart: a day page's link
    to its neighbour says «اليوم السابق» then, and the neighbour's date when
    days without news lie between (3 أغسطس's «اليوم السابق» led to 27
    يوليو)."""
    try:
        return abs((dt.date.fromisoformat(value) - dt.date.fromisoformat(other)).days) == 1
    except (TypeError, ValueError):
        return False


@cache
def _currency_names() -> dict[str, str]:
    """ISO code → the currency's Arabic name: its name with the nisba that
    fixes it (ريال سعودي، دولار أمريكي), else its word (يورو)."""
    from briefings.lang.ar.lexicon import entries

    names: dict[str, str] = {}
    for name, code in entries("currency_nisbas"):
        names.setdefault(code, name)
    for e in entries("currencies"):
        if e[1] != "-" and len(e) == 2:
            names.setdefault(e[1], e[0])
    return names


def currency_name(code: str | None) -> str:
    """A figure's currency as an Arabic reader names it, not its ISO code
    (USD); a code the lists do not name, as it is."""
    return _currency_names().get(code or "", code or "")


# What YAML reads as itself inside a double-quoted string: printable
# characters but line breaks. YAML refuses C1 controls, U+FFFE and U+FFFF in
# a document and reads U+0085, U+2028 and U+2029 as new lines; JSON's own
# escapes (of quotes, backslashes and C0 controls) are YAML's too.
_NOT_YAML_RAW = re.compile("[^\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


def _yaml_escape(m: re.Match) -> str:
    c = ord(m.group())
    if 0xD800 <= c <= 0xDFFF:
        return "\\ufffd"  # a lone surrogate is no character: as a decoder replaces it
    return f"\\u{c:04x}" if c <= 0xFFFF else f"\\U{c:08x}"


def yaml_str(value: Any) -> Markup:
    """A string for YAML front matter, as a double-quoted scalar that reads
    back as the same string whatever it holds. It is HTML-escaped, quotes
    included: Material prints front matter (title, description, tags) into
    the page head and into attributes without escaping it."""
    quoted = json.dumps(html.escape(str(value or ""), quote=True), ensure_ascii=False)
    return Markup(_NOT_YAML_RAW.sub(_yaml_escape, quoted))


def environment(templates_dir: Path) -> Environment:
    # the project's templates/ first, then the package's: a project
    # overrides a template by a file of the same name
    env = Environment(
        loader=FileSystemLoader([str(p) for p in template_folders(templates_dir)]),
        autoescape=False,
        finalize=esc,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["url"] = lambda u: Markup(html.escape(safe_url(u) or "", quote=True))
    env.filters["number"] = number
    env.filters["year"] = year
    env.filters["yaml"] = yaml_str
    env.filters["esc"] = esc
    env.filters["slug"] = slug_markup
    env.filters["path"] = path_markup
    env.filters["clip"] = shorten
    env.filters["outlet"] = outlet_name
    env.filters["count"] = count_noun
    env.filters["currency"] = currency_name
    env.filters["month"] = month_name
    env.filters["day"] = day_name
    env.tests["next_to"] = next_to
    return env


KIND_LABELS = {
    "person": "شخص", "organization": "منظمة", "place": "مكان",
    "count": "عدد", "money": "مال", "percent": "نسبة", "measure": "قياس", "ordinal": "ترتيب",
    "date": "تاريخ", "year": "سنة", "direct": "مباشر", "reported": "منقول",
    "about": "نحو", "more_than": "أكثر من", "less_than": "أقل من", "at_least": "على الأقل",
    "at_most": "على الأكثر", "range": "ما بين", "exact": "",
    "lede": "مقدمة", "body": "متن", "subheading": "عنوان فرعي", "caption": "تعليق صورة", "dateline": "", "other": "",
}


def briefing_context(d: dict) -> dict:
    """What the briefing template sees: the briefing JSON, with each
    sentence's pieces laid out for the full text."""
    body = d["body"]
    paras = []
    by_para: dict[int, list[dict]] = {}
    for s in d["sentences"]:
        by_para.setdefault(s.get("paragraph", 0), []).append(s)
    for i, p in enumerate(d.get("paragraphs") or [{"start": 0, "end": len(body), "kind": "body"}]):
        sents = by_para.get(i, [])
        paras.append({"kind": p["kind"], "sentences": [{"id": s["id"], "text": body[s["start"] : s["end"]]} for s in sents]})
    long = is_long(len(body))
    # evidence links lead to the sentence on the page that holds the text
    text_page = f"{full_text_stem(d['id'])}.html" if long else ""
    # a statement with no speaker has its own section
    quotes, unattributed = split_statements(d)
    return {"b": d, "paragraphs": paras, "labels": KIND_LABELS, "long": long, "text_page": Markup(text_page),
            "quotes": said_once(quotes), "unattributed": said_once(unattributed)}


def said_once(statements: list[dict]) -> list[dict]:
    """The statements as the page lists them: the same words by the same
    speaker, said again further on (a ministry's closing line under each of
    three verdicts), once, with the sentences of the others in `again`."""
    first: dict[tuple, dict] = {}
    out = []
    for q in statements:
        k = (q.get("speaker_id") or q.get("speaker"), q["text"])
        if k in first:
            first[k]["again"].append(q["sentence"])
            continue
        first[k] = {**q, "again": []}
        out.append(first[k])
    return out


class Renderer:
    def __init__(self, templates_dir: Path) -> None:
        self.env = environment(templates_dir)

    def briefing(self, d: dict, also: list[dict] | None = None) -> str:
        return self.env.get_template("briefing.md.j2").render(**briefing_context(d), also=also or [])

    def briefing_page(self, d: dict, also: list[dict]) -> Page:
        """A briefing's page with the copies of its text published elsewhere
        (rendered only when that changed)."""
        context = briefing_context(d)
        del context["labels"]  # render() gives every template its labels
        return Page(self, "briefing.md.j2", {**context, "also": also})

    def full_text(self, d: dict) -> str:
        return self.env.get_template("fulltext.md.j2").render(**briefing_context(d))

    def page(self, template: str, **context: Any) -> Page:
        return Page(self, template, context)

    def render(self, template: str, context: dict) -> str:
        return self.env.get_template(template).render(labels=KIND_LABELS, **context)


class Page:
    """A page to render, lazily: its digest tells whether the page already
    written from the same template and data can stay as it is."""

    def __init__(self, renderer: Renderer, template: str, context: dict) -> None:
        self.renderer = renderer
        self.template = template
        self.context = context

    def digest(self) -> str:
        # pickle without its memo: twice as fast as repr, and the bytes do
        # not depend on which equal strings happen to be one object
        buf = io.BytesIO()
        pickler = pickle.Pickler(buf, protocol=5)
        pickler.fast = True
        pickler.dump((self.template, sorted(self.context.items())))
        return hashlib.sha1(buf.getvalue()).hexdigest()

    def render(self) -> str:
        return self.renderer.render(self.template, self.context)


class Text:
    """A page already rendered, with its digest computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._digest: str | None = None

    def digest(self) -> str:
        if self._digest is None:
            self._digest = hashlib.sha1(self.text.encode("utf-8")).hexdigest()
        return self._digest

    def render(self) -> str:
        return self.text


class Made(Text):
    """A file made only when it is to be written: its digest is that of
    what makes it (the code and data of a version), so a build that finds
    it written from the same does not make it at all."""

    def __init__(self, digest: str, make: Callable[[], str]) -> None:
        self._digest = digest
        self._make = make

    def render(self) -> str:
        return self._make()
