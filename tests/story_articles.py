"""Briefings of articles written for a story test, one outlet each, and
the word share a story's summary compares sentences by."""

from __future__ import annotations

import json

from articles import article

from briefings.readers import Source
from briefings.run import extract_source
from briefings.text.terms import terms


def story_briefings(bodies: tuple[str, ...], title: str, date: str) -> list[dict]:
    """The briefings of one article a body, titled `title` and a number,
    from «صحيفة n», all of `date`."""
    records = [article(body, title=f"{title} {n}", outlet=f"صحيفة {n}", date=date) for n, body in enumerate(bodies)]
    r = extract_source(Source("story.json", json.dumps(records, ensure_ascii=False).encode("utf-8")))
    assert not r.errors, r.errors
    return r.briefings


def word_share(a: str, b: str) -> float:
    """The share of b's words that a holds."""
    wa, wb = set(terms(a)), set(terms(b))
    return len(wa & wb) / len(wb)
