"""Each briefing's stories features (`briefings.stories.features`) and slim
form, kept on disk between builds, so that a rebuild computes them only for
the briefings that changed: computing them for the whole collection was a
third of a rebuild that added one article.

They are pickled (NumPy arrays) in the cache folder, in shards by the first
two characters of the briefing's digest (its cache entry's key, so the
briefings of one input file stay together): an added file writes one
shard. The version of the code that makes them (`features_version`: the
features' module and the text functions it calls) names their folder; a
shard that does not load is computed again. The stories' `Linker` (the
pairs of the last link) is kept in a folder named for the whole stories
code (`stories_version`), or in a serving process's memory: a change to
the linking or clustering links afresh over the features kept."""

from __future__ import annotations

import pickle
from collections import defaultdict
from pathlib import Path

from briefings.fsutil import write_if_changed
from briefings.stories import Linker
from briefings.versions import features_version, stories_version


class StoryFeatures:
    def __init__(self, cache_dir: Path, memory: dict[str, tuple] | None = None, linker: Linker | None = None) -> None:
        """`memory`, `linker`: what a serving process kept from its previous
        build; without them, what the last build left on disk."""
        self.folder = cache_dir / "stories" / stories_version()  # the linker's
        self.shards = cache_dir / "story-features" / features_version()
        self.linker = linker if linker is not None else Linker.load(self.folder / "linker.state")
        if not self.linker.keys:  # a serving process's first build starts from the last build's
            self.linker.__dict__.update(Linker.load(self.folder / "linker.state").__dict__)
        # a serving process keeps its linker in memory: writing it at each
        # edit (27 MB at 27,000 articles) would serve no one
        self._linker_on_disk = linker is None
        self.loaded: dict[str, set[str]] = {}  # shard → the digests it held on disk
        self.known: dict[str, tuple] = dict(memory) if memory else self._load()
        if memory:  # what the last build of this process saved
            for key in memory:
                self.loaded.setdefault(key[:2], set()).add(key)

    def _load(self) -> dict[str, tuple]:
        known: dict[str, tuple] = {}
        if not self.shards.is_dir():
            return known
        for f in sorted(self.shards.glob("*.pickle")):
            try:
                shard = pickle.loads(f.read_bytes())
            except Exception:  # noqa: BLE001 - a damaged shard is computed again, whatever the damage
                continue
            if isinstance(shard, dict):
                known.update(shard)
                self.loaded[f.stem] = set(shard)
        return known

    def save(self, computed: dict[str, tuple]) -> None:
        """Write the shards whose briefings changed since they were loaded
        (`computed`: digest → features and slim form, of this build)."""
        shards: dict[str, dict[str, tuple]] = defaultdict(dict)
        for key, value in computed.items():
            shards[key[:2]][key] = value
        if self._linker_on_disk:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.linker.save(self.folder / "linker.state")
        for name in self.loaded.keys() - shards.keys():
            (self.shards / f"{name}.pickle").unlink(missing_ok=True)
        for name, shard in shards.items():
            if self.loaded.get(name) != shard.keys() or not (self.shards / f"{name}.pickle").is_file():
                self.shards.mkdir(parents=True, exist_ok=True)
                write_if_changed(self.shards / f"{name}.pickle", pickle.dumps(dict(sorted(shard.items())), protocol=5))
