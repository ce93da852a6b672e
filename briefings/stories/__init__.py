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

from collections.abc import Callable, Iterable

from briefings.stories.features import Features, features
from briefings.stories.link import Linked, link
from briefings.stories.output import document, where
from briefings.stories.story import assemble

__all__ = ["Collector", "Features", "Linked", "assemble", "collect", "document", "features", "link", "slim", "where"]

BATCH = 1_000  # briefings whose features are computed together


def slim(b: dict) -> dict:
    """What a story needs of a briefing, without its text: a collection's
    worth of these fits in memory where whole briefings would not."""
    return {
        "id": b["id"], "title": b.get("title"), "source": b["source"], "summary": b.get("summary", []),
        "actors": [{k: v for k, v in a.items() if k != "mentions"} for a in b.get("actors", [])],
        "quotes": b.get("quotes", []), "figures": b.get("figures", []),
    }


class Collector:
    """Briefings taken one at a time (as a build streams them), their
    features computed a batch at a time; `finish` links them all. A
    briefing given with a key (its digest) whose features are in `known`
    is not read again: a serving process keeps `computed` between builds."""

    def __init__(self, known: dict[str, tuple] | None = None) -> None:
        self.known = known or {}
        self.computed: dict[str, tuple] = {}  # key → (features, slim briefing)
        self.kept: list[dict] = []
        self.feats: list[Features] = []
        self._batch: list[tuple[dict, str | None]] = []

    def add(self, b: dict | Callable[[], dict], key: str | None = None) -> None:
        """A briefing, or what gives it when it is needed (a cached one is
        read back only when its features are not known)."""
        got = self.known.get(key) if key is not None else None
        if got is not None:
            self._take(key, *got)
            return
        self._batch.append((b() if callable(b) else b, key))
        if len(self._batch) >= BATCH:
            self._flush()

    def _take(self, key: str | None, f: Features, s: dict) -> None:
        self.feats.append(f)
        self.kept.append(s)
        if key is not None:
            self.computed[key] = (f, s)

    def _flush(self) -> None:
        for (b, key), f in zip(self._batch, features([b for b, _ in self._batch]), strict=True):
            self._take(key, f, slim(b))
        self._batch = []

    def finish(self) -> tuple[list[dict], Linked]:
        """The slim briefings in one order whatever the order they came in
        (a cache, a cluster, a folder of JSON), and how they link."""
        self._flush()
        order = sorted(range(len(self.kept)), key=lambda k: _place(self.kept[k]))
        kept = [self.kept[k] for k in order]
        feats = [self.feats[k] for k in order]
        return kept, link(feats)


def collect(briefings: Iterable[dict]) -> dict:
    """The copy groups and stories of a collection, as one document."""
    c = Collector()
    for b in briefings:
        c.add(b)
    return document(*c.finish())


def _place(b: dict) -> tuple:
    record = b["source"].get("record")
    return b["source"]["path"], -1 if record is None else record, b["id"]
