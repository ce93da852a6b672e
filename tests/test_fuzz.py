"""Fuzzing each input format, over its structure and its bytes: YAML front
matter with anchors and aliases and values that construct to nothing,
JSON of any shape and depth, JSON Lines, text in any encoding, HTML tag
soup, and ZIP archives with their bytes flipped or cut. Whatever comes in,
a file gives briefings and skips with their reasons, never an exception;
each briefing validates, its spans are slices of its body, and its page
has front matter that MkDocs reads back. A real build over a folder of such
files finishes and accounts for every file."""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import jsonschema
import yaml
from conftest import ROOT, briefings_of, copy_project, run_build
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data
from test_extract_cli import load_schema

from briefings.readers.base import Source
from briefings.run.extraction import FileResult, extract_source
from briefings.site.render import Renderer

SCHEMA = load_schema()
RENDERER = Renderer(ROOT / "templates")
TEXT = "قال وزير الخارجية محمد العتيبي إن 30 شخصاً وصلوا إلى بغداد يوم 5 مايو 2021. وأكد أن «الزيارة ناجحة جداً للبلدين»."
FIELDS = ["title", "content", "text", "body", "url", "published", "date", "date_extracted", "source", "outlet",
          "author", "tags"]
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Values that once failed to construct or convert, and text with what
# has no place in a page.
NASTY_STRINGS = ["2021-02-30", "0000-01-01", "2021-99", "2021-01-01 25:61:00", "9" * 5000, "\ud800", "a\udc00b",
                 "\x85\u2028\u2029\ufffe\uffff", '" onfocus=alert(1) x="', "[x](javascript:alert(1)) {: onclick=x }",
                 "\u202e\u2066", "<script>alert(1)</script>", "---\ntitle: x\n---", "\x00\x1b[2J", TEXT]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
    st.sampled_from(NASTY_STRINGS), st.dates().map(str),
)
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=6)), inner, max_size=5),
), max_leaves=20)
records = st.dictionaries(st.sampled_from(FIELDS), st.one_of(json_values, st.just(TEXT)), max_size=8).map(
    lambda r: {"content": TEXT, **r} if len(r) % 2 else r)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """The bytes with a few flipped, a run cut out, or the tail cut off."""
    if not data:
        return data
    out = bytearray(data)
    how = rng.randrange(3)
    if how == 0:
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif how == 1:
        a = rng.randrange(len(out))
        del out[a : a + rng.randint(1, 64)]
    else:
        del out[rng.randrange(len(out)) :]
    return bytes(out)


def check(name: str, data: bytes) -> FileResult:
    """Extract one file as a worker would, and hold its result to the rules."""
    result = extract_source(Source(name, data))
    assert isinstance(result, FileResult)
    for e in result.errors:
        assert e["path"] == name or e["path"].startswith(f"{name}/"), e
        assert e["reason"] and "\n" not in e["reason"]
    for b in result.briefings:
        jsonschema.validate(b, SCHEMA)
        body = b["body"]
        for s in b["sentences"] + b["figures"] + b["quotes"] + [m for a in b["actors"] for m in a["mentions"]]:
            assert body[s["start"] : s["end"]] == s["text"]
        json.dumps(b, ensure_ascii=False).encode("utf-8")  # writable: no lone surrogate
        text, meta = get_data(RENDERER.briefing(b))
        assert meta.get("title") and not text.startswith("---")
    return result


def front_matter(fields: dict, share: list) -> str:
    """YAML front matter of the fields, with `share` placed several times so
    that the dump writes anchors and aliases to it."""
    doc = {**fields, "related": [share, share, {"again": share}]}
    return yaml.safe_dump(doc, allow_unicode=True, width=1000)


@FUZZ
@given(st.dictionaries(st.sampled_from(FIELDS), scalars, max_size=6), st.lists(scalars, max_size=4),
       st.sampled_from(["", "a: &x [1, 2]\nb: [*x, *x]\n", "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n",
                        "published: 2021-02-30\n", "published: 0000-01-01 00:00:00\n", "n: " + "7" * 5000 + "\n",
                        "x: " + "[" * 2000 + "]" * 2000 + "\n", "t: !!python/object/apply:os.system [echo]\n"]),
       st.randoms(use_true_random=False))
def test_markdown_front_matter(fields, share, raw, rng):
    try:
        fm = front_matter(fields, share)
    except (yaml.YAMLError, UnicodeEncodeError):
        fm = "title: x\n"
    doc = f"---\n{raw}{fm}---\n\n{TEXT}\n".encode("utf-8", "surrogatepass")
    check("a.md", doc)
    check("b.md", mutate(doc, rng))


@FUZZ
@given(st.one_of(records, st.lists(records, max_size=4), json_values), st.integers(0, 3000),
       st.sampled_from(["", "\\ud800", "\\udfff\\ud800", "\\u0000", "\\u0085"]), st.randoms(use_true_random=False))
def test_json(value, depth, escape, rng):
    text = json.dumps(value, ensure_ascii=False)
    text = text.replace(TEXT, TEXT + escape)  # escapes that decode to what no page can hold
    data = ("[" * depth + text + "]" * depth).encode("utf-8", "surrogatepass")
    check("a.json", data)
    check("b.json", mutate(data, rng))
    check("c.json", text.replace("30", "3" * 5000).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.lists(st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)), st.text(max_size=30),
                          st.just("[" * 50_000)), max_size=5),
       st.randoms(use_true_random=False))
def test_json_lines(lines, rng):
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    check("a.jsonl", data)
    check("b.jsonl", mutate(data, rng))


@FUZZ
@given(st.text(max_size=300), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"]),
       st.binary(max_size=3), st.randoms(use_true_random=False))
def test_text_in_any_encoding(text, encoding, tail, rng):
    data = (TEXT + "\n" + text).encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    check("a.txt", data + tail)  # an odd byte after UTF-16, a stray one after the rest
    check("b.txt", mutate(data, rng))


TAGS = ["p", "div", "article", "script", "style", "iframe", "a", "img", "svg", "table", "td", "h1", "title", "meta"]


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(TAGS), st.sampled_from(["", ' onload="x()"', ' href="javascript:x"', ' src=x']),
                          st.one_of(st.text(max_size=30), st.sampled_from(NASTY_STRINGS))), max_size=12),
       st.randoms(use_true_random=False))
def test_html_tag_soup(parts, rng):
    body = "".join(f"<{t}{a}>{x}" + (f"</{t}>" if i % 2 else "") for i, (t, a, x) in enumerate(parts))
    data = f"<html><head><title>{TEXT[:20]}</title></head><body><article><p>{TEXT}</p>{body}</article></body></html>"
    data = data.encode("utf-8", "surrogatepass")
    check("a.html", data)
    check("b.html", mutate(data, rng))


def _zip(members: list[tuple[str, bytes]], method: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in members:
            z.writestr(name, data)
    return buf.getvalue()


member_names = st.one_of(st.sampled_from(["a.txt", "b.json", "c.jsonl", "d.md", "../../e.txt", "f/\x1b[2J.txt",
                                          "\u202eg.json", ".hidden.txt", "h.zip"]), st.text(max_size=8).map(
                                          # zipfile cuts a name at a NUL: it could not write the archive
                                          lambda s: s.replace("\x00", "") + ".txt"))
member_data = st.one_of(st.just(TEXT.encode()), records.map(lambda r: json.dumps(r).encode()),
                        st.binary(max_size=60), st.just(b""))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(member_names, member_data), max_size=4, unique_by=lambda m: m[0]),
       st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]),
       st.randoms(use_true_random=False))
def test_zip_flipped_and_cut(members, method, rng):
    data = _zip(members, method)
    check("a.zip", data)
    for _ in range(4):
        check("b.zip", mutate(data, rng))


def test_a_build_over_fuzzed_files_finishes_and_accounts_for_every_file(tmp_path):
    """The real command over forty damaged files of every kind: it ends
    well, and each file is built or named in a skip."""
    rng = random.Random(16)
    good = {
        "txt": TEXT.encode(),
        "md": f"---\ntitle: خبر\npublished: 2021-05-04\ntags: [أ, ب]\n---\n\n{TEXT}\n".encode(),
        "json": json.dumps([{"title": "أ", "content": TEXT}, {"title": "ب", "content": TEXT}], ensure_ascii=False).encode(),
        "jsonl": (json.dumps({"content": TEXT}, ensure_ascii=False) + "\n").encode() * 3,
        "html": f"<html><body><article><h1>خبر</h1><p>{TEXT}</p></article></body></html>".encode(),
        "zip": _zip([("a.txt", TEXT.encode()), ("b.json", json.dumps({"content": TEXT}).encode())], zipfile.ZIP_DEFLATED),
    }
    project = copy_project(tmp_path / "p", seeds=[])
    names = []
    for i in range(40):
        ext = list(good)[i % len(good)]
        name = f"f{i:02d}.{ext}"
        (project / "seeds" / name).write_bytes(mutate(good[ext], rng))
        names.append(name)
    result = run_build(project, "--report", "report.json")
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads((project / "report.json").read_text(encoding="utf-8"))
    built = {b["source"]["path"].split("/")[0] for b in briefings_of(project / "docs" / "briefings").values()}
    skipped = {s["path"].split("/")[0] for s in report["skipped"]}
    assert set(names) <= built | skipped
    assert report["built"] > 0 and report["skipped"]
    assert (project / "site" / "index.html").is_file()


def test_fuzzed_files_are_the_readers_whole_job():
    """The formats fuzzed above are every format the readers take."""
    from briefings.readers import ARCHIVES, READERS

    fuzzed = {".md", ".json", ".jsonl", ".txt", ".html", ".zip"}
    taken = {e for r in READERS for e in r.extensions} | set(ARCHIVES)
    assert {e for e in taken if e not in fuzzed} <= {".markdown", ".ndjson", ".text", ".htm"}
    assert Path(__file__).read_text(encoding="utf-8").count("@given") >= len(fuzzed)
