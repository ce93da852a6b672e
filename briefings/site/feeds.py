"""Atom feeds of the newest briefings and the newest stories, made with
feedgen. They sit at the site's root (`paths.FEED_BRIEFINGS`, which says
why) and their links are relative to it, so the feeds work
from any host and from a copy on disk; ids are tag-free URNs that stay
the same wherever the site is published. Dates come from the articles,
never from the clock, so an unchanged collection writes the same feed.
"""

from __future__ import annotations

import datetime as dt
import re

FEED_ITEMS = 50  # entries in a feed: the newest
EPOCH = "1970-01-01"
# what XML 1.0 cannot hold (lxml refuses it): article text is data, whatever it carries
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(s: str | None) -> str:
    return _NOT_XML.sub("", s or "")


def _when(published: str | None) -> dt.datetime:
    try:
        d = dt.date.fromisoformat((published or EPOCH)[:10])
    except ValueError:
        d = dt.date.fromisoformat(EPOCH)
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc)


def atom(feed_id: str, title: str, entries: list[dict]) -> str:
    """An Atom document of entries (id, title, href, published, summary,
    author), newest first, at most FEED_ITEMS of them."""
    from feedgen.feed import FeedGenerator

    entries = sorted(entries, key=lambda e: (e["published"] or "", e["id"]), reverse=True)[:FEED_ITEMS]
    fg = FeedGenerator()
    fg.id(f"urn:briefings:{feed_id}")
    fg.title(title)
    fg.language("ar")
    fg.link(href="index.html", rel="alternate")
    fg.updated(_when(entries[0]["published"] if entries else None))
    for e in reversed(entries):  # feedgen puts each new entry first
        fe = fg.add_entry()
        fe.id(f"urn:briefings:{feed_id}:{e['id']}")
        fe.title(_text(e["title"]))
        fe.link(href=e["href"], rel="alternate")
        fe.updated(_when(e["published"]))
        fe.published(_when(e["published"]))
        if e.get("summary"):
            fe.summary(_text(e["summary"]))
        if e.get("author"):
            fe.author(name=_text(e["author"]))
    return fg.atom_str(pretty=True).decode("utf-8")
