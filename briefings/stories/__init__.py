"""Stories across outlets: wire copies folded into one canonical briefing,
articles about one event grouped into a story, and what a story page
shows. A pure function of the collection's briefings (dicts of
briefing.schema.json); nothing here reads files or knows the site.

    features.py  what is compared of one briefing (computed where it is made)
    copies.py    wire copies: MinHash LSH over shingles, checked exactly
    vectors.py   TF-IDF rows over base forms
    cluster.py   pairs within a few days, average-linkage clusters
    link.py      copies, then stories among the canonical briefings
    story.py     a story's actors, quotes, figures, merged summary, dates
    output.py    the document `briefings stories` writes
"""

from __future__ import annotations

from collections.abc import Iterable

from briefings.stories.features import Features, features
from briefings.stories.link import Linked, link
from briefings.stories.output import document, where
from briefings.stories.story import assemble

__all__ = ["Features", "Linked", "assemble", "collect", "document", "features", "link", "slim", "where"]

BATCH = 1_000  # briefings whose features are computed together


def slim(b: dict) -> dict:
    """What a story needs of a briefing, without its text: a collection's
    worth of these fits in memory where whole briefings would not."""
    return {
        "id": b["id"], "title": b.get("title"), "source": b["source"], "summary": b.get("summary", []),
        "actors": [{k: v for k, v in a.items() if k != "mentions"} for a in b.get("actors", [])],
        "quotes": b.get("quotes", []), "figures": b.get("figures", []),
    }


def collect(briefings: Iterable[dict]) -> dict:
    """The copy groups and stories of a collection, as one document."""
    kept: list[dict] = []
    feats: list[Features] = []
    batch: list[dict] = []
    for b in briefings:
        batch.append(b)
        if len(batch) >= BATCH:
            feats += features(batch)
            kept += [slim(x) for x in batch]
            batch = []
    feats += features(batch)
    kept += [slim(x) for x in batch]
    # one order whatever the order they came in (a cache, a cluster, a folder of JSON)
    order = sorted(range(len(kept)), key=lambda k: _place(kept[k]))
    kept = [kept[k] for k in order]
    feats = [feats[k] for k in order]
    return document(kept, link(feats))


def _place(b: dict) -> tuple:
    record = b["source"].get("record")
    return b["source"]["path"], -1 if record is None else record, b["id"]
