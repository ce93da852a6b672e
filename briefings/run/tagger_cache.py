"""The NER tagger kept pickled in the build cache.

Making the tagger reads crfsuite's dump of the model (parsed line by line)
and the word lists its features look up: about a second, a fifth of a
build that adds one article, paid again by every build that extracts
anything. Unpickled, the same tagger takes about a quarter of that.

The pickle lives in a folder named for the extraction version, a digest of
the model file's bytes, the word lists and the code that reads them
(briefings/versions.py): a retrained model, an edited list or new feature
code is another folder, made at its first build, and an old one goes as
the other versioned caches do (run/prune.py). A file that cannot be read
back as a tagger is ignored and made again.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable
from functools import partial
from importlib import resources
from io import BytesIO
from pathlib import Path

from briefings.extract import gazetteer as gz
from briefings.extract import ner
from briefings.fsutil import write_if_changed
from briefings.versions import extraction_version

log = logging.getLogger("briefings")

FOLDER = "tagger"
# the form of the pickle (what is pickled by name): a new form, a new file
FILE = "tagger-3.pickle"
# crfsuite's own tagger (a C object: not picklable) is opened again from
# the model file as the pickle is read: it is only asked to decode in
# tests, which compare its tags with ours
_CRFSUITE = "crfsuite-model"


# Gazetteer lists the tagger's features share with the actor rules, which
# load them anyway: pickled by name and taken from the gazetteer as the
# tagger is read back, so that a process holds each once, as it does when
# it makes the tagger. (A list not among them is pickled with the tagger.)
SHARED = ("places", "nisbas", "title_heads", "org_heads", "geonames")


# A container of this many entries or more that is not shared is pickled
# whole by the plain pickler, as bytes in its persistent id: the tagger's
# word lists hold about 960,000 objects, and `persistent_id`, a Python call
# for each object the pickler meets, was most of the dump's second (run
# on every cold build). Its entries (strings, numbers, tuples of them)
# share nothing with the rest of the tagger.
_BLOB = 1000
_BLOB_TYPES = (dict, set, frozenset)


class _Pickler(pickle.Pickler):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._shared = {id(getattr(gz, name)()): name for name in SHARED if hasattr(gz, name)}
        # id → the persistent id of a container pickled whole, so that one
        # met twice is one object when read back (the ids stay valid: the
        # containers live while the dump runs)
        self._blobs: dict[int, tuple[str, int, bytes]] = {}
        self._protocol = kwargs.get("protocol", args[1] if len(args) > 1 else None)

    def persistent_id(self, obj: object) -> object:
        import pycrfsuite

        if isinstance(obj, pycrfsuite.Tagger):
            return _CRFSUITE
        name = self._shared.get(id(obj))
        if name is not None:
            return f"gz:{name}"
        if type(obj) in _BLOB_TYPES and len(obj) >= _BLOB:  # type: ignore[arg-type]
            pid = self._blobs.get(id(obj))
            if pid is None:
                pid = self._blobs[id(obj)] = (_WHOLE, len(self._blobs), pickle.dumps(obj, self._protocol))
            return pid
        return None


_WHOLE = "whole"


class _Unpickler(pickle.Unpickler):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._wholes: dict[int, object] = {}

    def persistent_load(self, pid: object) -> object:
        if pid == _CRFSUITE:
            import pycrfsuite

            t = pycrfsuite.Tagger()
            t.open(str(resources.files("briefings.data") / ner.MODEL))
            return t
        if isinstance(pid, str) and pid.startswith("gz:") and pid[3:] in SHARED:
            return getattr(gz, pid[3:])()
        if isinstance(pid, tuple) and len(pid) == 3 and pid[0] == _WHOLE and isinstance(pid[2], bytes):
            n = pid[1]
            if n not in self._wholes:
                self._wholes[n] = pickle.loads(pid[2])
            return self._wholes[n]
        raise pickle.UnpicklingError(f"unknown persistent id {pid!r}")


def tagger_file(cache_dir: Path, key: str | None = None) -> Path:
    return cache_dir / FOLDER / (key or extraction_version()) / FILE


def cached_tagger(path: Path, make: Callable[[], ner.Tagger] | None = None) -> ner.Tagger:
    """The tagger pickled at `path`, or, when there is none that reads back
    as a tagger, a new one (`make`, the package's model by default),
    pickled there for the next build."""
    try:
        with path.open("rb") as f:
            tagger = _Unpickler(f).load()
        if isinstance(tagger, ner.Tagger):
            return tagger
        log.debug("%s holds no tagger: made again", path)
    except FileNotFoundError:
        pass
    except Exception as e:  # noqa: BLE001 - a damaged or foreign file is only a cache miss
        log.debug("%s could not be read: made again", path, exc_info=e)
    tagger = (make or ner.Tagger)()
    try:
        buf = BytesIO()
        _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(tagger)  # before any use: its word table empty
        write_if_changed(path, buf.getvalue())
    except (OSError, pickle.PicklingError, TypeError) as e:
        log.debug("the tagger could not be kept in %s", path, exc_info=e)
    return tagger


def use(cache_dir: Path) -> None:
    """From now on this process (and the workers it forks) loads the
    default tagger from this build cache."""
    ner.load_with(partial(cached_tagger, tagger_file(cache_dir)))
