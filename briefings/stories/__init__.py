"""Stories across outlets: wire copies folded into one canonical briefing,
articles about one event grouped into a story, and what a story page
shows. A pure function of the collection's briefings (dicts of
briefing.schema.json); nothing here reads files or knows the site.

    features.py  what is compared of one briefing (computed where it is made)
    copies.py    wire copies: MinHash LSH over shingles, checked exactly
    vectors.py   TF-IDF rows over base forms
    cluster.py   pairs within a few days, average-linkage clusters
    link.py      copies, then stories among the canonical briefings
    incremental.py  the clusters made again only where a change reaches
    story.py     a story's actors, quotes, figures, merged summary, dates
    output.py    the document `briefings stories` writes
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable, Sequence

from briefings.stories.features import Features, features, slim
from briefings.stories.features import place as place_of
from briefings.stories.link import Linked, Linker, link
from briefings.stories.output import document, where
from briefings.stories.story import assemble

__all__ = ["Collector", "Features", "Linked", "Linker", "assemble", "collect", "document", "features", "link", "slim", "where"]

# briefings whose features are computed together: they are held whole
# until then (a batch of 1,000 was 120 MB more at the peak of a build;
# their signatures are one array operation either way)
BATCH = 200


class Collector:
    """Briefings taken one at a time (as a build streams them), their
    features computed a batch at a time; `finish` links them all. A
    briefing given with a key (its digest) whose features are in `known`
    is not read again: a serving process keeps `computed` between builds,
    and a `linker` kept between builds links only what changed."""

    def __init__(self, known: dict[str, tuple] | None = None, linker: Linker | None = None) -> None:
        self.known = known or {}
        self.linker = linker if linker is not None else Linker()
        self.computed: dict[str, tuple] = {}  # key → (features, slim briefing packed, its place)
        self.kept: list[bytes] = []  # the slim briefings, packed
        self.places: list[tuple] = []  # where each came from (the order of `finish`)
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

    def _take(self, key: str | None, f: Features, s: dict | bytes, place: tuple | None = None) -> None:
        # a slim briefing is kept packed (marshal: JSON's types only), a
        # fifth of its objects' memory: a collection's worth were 30 KB a
        # briefing, and only the members of copy groups and stories are
        # unpacked, when the document is made
        packed = s if isinstance(s, bytes) else marshal.dumps(s)
        if place is None:
            place = place_of(marshal.loads(packed) if isinstance(s, bytes) else s)
        self.feats.append(f)
        self.kept.append(packed)
        self.places.append(place)
        if key is not None:
            self.computed[key] = (f, packed, place)

    def _flush(self) -> None:
        for (b, key), f in zip(self._batch, features([b for b, _ in self._batch]), strict=True):
            self._take(key, f, slim(b))
        self._batch = []

    def finish(self) -> tuple[Sequence[dict], Linked]:
        """The slim briefings in one order whatever the order they came in
        (a cache, a cluster, a folder of JSON), and how they link."""
        self._flush()
        order = sorted(range(len(self.kept)), key=self.places.__getitem__)
        kept = _Slims([self.kept[k] for k in order])
        feats = [self.feats[k] for k in order]
        return kept, self.linker.link(feats)


class _Slims(Sequence):
    """Slim briefings kept packed, each unpacked when it is asked for (the
    document asks for a member several times: the last few are kept)."""

    def __init__(self, packed: list[bytes]) -> None:
        self.packed = packed
        self._open: dict[int, dict] = {}

    def __len__(self) -> int:
        return len(self.packed)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [marshal.loads(p) for p in self.packed[k]]
        got = self._open.get(k)
        if got is None:
            if len(self._open) >= 1_024:
                self._open.clear()
            got = self._open[k] = marshal.loads(self.packed[k])
        return got


def collect(briefings: Iterable[dict]) -> dict:
    """The copy groups and stories of a collection, as one document."""
    c = Collector()
    for b in briefings:
        c.add(b)
    return document(*c.finish())
