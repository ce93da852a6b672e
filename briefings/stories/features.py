"""What the stories step needs of one briefing, computed from it alone.

Everything here is a pure function of one briefing dict, small and
picklable, so it can be computed wherever the briefing is made (a worker
process, a Dask worker) and sent to the one place that compares articles.
Words are hashed to 32-bit integers (CRC-32 of the normalized word: the
same on every machine, unlike Python's `hash`), so sets of words and
shingles are sorted NumPy arrays, cheap to keep for 30,000 articles and to
intersect.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from briefings.text.memo import lookup
from briefings.text.normalize import key_text
from briefings.text.terms import terms

SHINGLE = 3  # words per shingle: a copy shares runs of words, a template only its frame
NUM_PERM = 128  # MinHash permutations
SEED = 1
SALIENT = 0.3  # an actor below this salience is a passing mention, not what the article is about
VALUED = ("count", "money", "percent", "measure")  # kinds of figure whose value can name an event (not years or dates)
LEAD_CHARS = 400  # the lead is read in the body's first characters...
LEAD_WORDS = (8, 40)  # ...its first sentences until this many words, at most this many
_SENTENCE_END = re.compile(r"(?<=[.!؟?])\s")
# Two odd multipliers mix three word hashes into one shingle hash (arithmetic
# wraps at 32 bits, which is all a hash needs).
_MIX = (np.uint32(0x9E3779B1), np.uint32(0x85EBCA77))


@dataclass
class Features:
    id: str
    day: int | None  # the publication date as a day number, None when not known to the day
    chars: int  # length of the body: the longer of two copies published the same day is canonical
    text_key: str  # digest of the normalized text: equal keys are copies whatever their punctuation
    words: np.ndarray  # uint32, sorted, unique: the normalized words
    shingles: np.ndarray  # uint32, sorted, unique: runs of SHINGLE normalized words
    signature: np.ndarray  # uint32[NUM_PERM]: MinHash of the shingles
    terms: np.ndarray  # uint32 hashes of the base forms of title and body (with repeats)
    title_terms: np.ndarray  # uint32 hashes of the base forms of the title
    lead_terms: np.ndarray  # uint32 hashes of the base forms of the lead (`lead`): what happened, who, where
    actors: tuple[str, ...]  # ids of the salient actors
    outlet: str | None = None
    # uint32 hashes, sorted, unique: what may name the event rather than its
    # kind: every actor's id and every valued figure's kind and value
    specifics: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.uint32))


_HASHES: dict[str, int] = {}  # word → its hash


def _crc(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def word_hashes(words: list[str] | tuple[str, ...]) -> np.ndarray:
    return np.array(lookup(_HASHES, list(words), _crc, 1_000_000), dtype=np.uint32)


def shingle_hashes(seq: np.ndarray) -> np.ndarray:
    """The sorted unique hashes of every run of SHINGLE words (a text
    shorter than that is one shingle of all its words)."""
    if len(seq) < SHINGLE:
        seq = np.concatenate([seq, np.zeros(SHINGLE - len(seq), dtype=np.uint32)])
    with np.errstate(over="ignore"):
        h = seq[: len(seq) - 2] * _MIX[0] + seq[1 : len(seq) - 1] * _MIX[1] + seq[2:]
    return np.unique(h)


@lru_cache(maxsize=1)
def permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's MinHash permutations for our seed (its affine32 scheme:
    h → a·fmix(h) + b, modulo 2^32, with an odd a), drawn as it draws them
    (a test holds the signatures equal to datasketch's): importing
    datasketch costs a build that adds one article about a second, most of
    it SciPy's integrate and optimize, which MinHash does not use."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    # MurmurHash3's finalizer, as datasketch applies it before permuting
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signatures(sets: list[np.ndarray], chunk: int = 50_000) -> np.ndarray:
    """The MinHash signatures (n × NUM_PERM, uint32) of many sets of 32-bit
    hashes at once: the values datasketch's `MinHash.update_batch` gives
    with the identity for hash function (a test holds them equal), computed
    over all the sets together, a few hundred times faster than a MinHash
    object each."""
    a, b = permutations()
    out = np.full((len(sets), NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    # a run of sets holding about `chunk` hashes: (chunk × NUM_PERM) values at a time
    for i, j in runs([len(s) for s in sets], chunk):
        run = sets[i:j]
        lengths = np.array([len(s) for s in run])
        nonempty = lengths > 0
        if nonempty.any():
            hv = _fmix32(np.concatenate(run).astype(np.uint32))
            with np.errstate(over="ignore"):
                phv = a[:, None] * hv[None, :] + b[:, None]  # a row per permutation: reduced along rows
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])[nonempty]
            out[i:j][nonempty] = np.minimum.reduceat(phv, starts, axis=1).T
    return out


def runs(sizes: list[int], limit: int) -> Iterator[tuple[int, int]]:
    """Consecutive ranges (start, end) of items whose sizes add up to at
    most `limit` (an item larger than it alone): work a run at a time
    bounds the memory of arrays made over many items."""
    i = 0
    while i < len(sizes):
        j, size = i, 0
        while j < len(sizes) and (size == 0 or size + sizes[j] <= limit):
            size += sizes[j]
            j += 1
        yield i, j
        i = j


def day_of(published: str | None) -> int | None:
    if not published or len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def lead(body: str) -> str:
    """The body's first sentence, or first sentences until LEAD_WORDS[0]
    words, cut at LEAD_WORDS[1] words: a news lead says what happened, to
    whom and where, where the rest of a report may be background that a
    running topic's reports share."""
    out = ""
    for part in _SENTENCE_END.split(" ".join(body[:LEAD_CHARS].split())):
        out = (out + " " + part).strip()
        if len(out.split()) >= LEAD_WORDS[0]:
            break
    return " ".join(out.split()[: LEAD_WORDS[1]])


def specific_keys(b: dict) -> list[str]:
    """The actors' ids and the valued figures (`count:30`) of a briefing:
    the reports of one event share some of them, a run of one template
    (the Eid parties of many offices) shares its frame words and few of these."""
    keys = [a["id"] for a in b.get("actors", [])]
    for f in b.get("figures", []):
        if f.get("kind") in VALUED and f.get("value") is not None:
            upper = f.get("value_max")
            keys.append(f"{f['kind']}:{f['value']:g}" + ("" if upper is None else f"-{upper:g}"))
    return keys


def features(briefings: list[dict]) -> list[Features]:
    """The features of briefings (dicts of briefing.schema.json), computed
    together so that their MinHash signatures are one array operation."""
    made = []
    for b in briefings:
        body = b["body"]
        normalized = key_text(body)
        seq = word_hashes(normalized.split())
        title = terms(b.get("title") or "")
        made.append(Features(
            id=b["id"],
            day=day_of(b["source"].get("published")),
            chars=len(body),
            text_key=hashlib.blake2b(normalized.encode("utf-8"), digest_size=12).hexdigest(),
            words=np.unique(seq),
            shingles=shingle_hashes(seq),
            signature=np.empty(0, dtype=np.uint32),
            terms=word_hashes(title + terms(body)),
            title_terms=word_hashes(title),
            lead_terms=word_hashes(terms(lead(body))),
            actors=tuple(sorted({a["id"] for a in b.get("actors", []) if a.get("salience", 0) >= SALIENT})),
            outlet=b["source"].get("outlet"),
            specifics=np.unique(word_hashes(specific_keys(b))),
        ))
    for f, sig in zip(made, signatures([f.shingles for f in made]), strict=True):
        f.signature = sig
    return made


# What the stories keep of a briefing besides its features, computed here
# with them: a build caches the three together under this module's version
# (`versions.FEATURES`), so a change to the linking reuses them.
def slim(b: dict) -> dict:
    """What a story needs of a briefing, without its text: a collection's
    worth of these fits in memory where whole briefings would not."""
    return {
        "id": b["id"], "title": b.get("title"), "source": b["source"], "summary": b.get("summary", []),
        # an actor's sentences, not its mentions: what the merged summary
        # needs to tell a sentence that names no one new (story.summary)
        "actors": [{**{k: v for k, v in a.items() if k != "mentions"},
                    "sentences": sorted({m["sentence"] for m in a.get("mentions", []) if m.get("sentence") is not None})}
                   for a in b.get("actors", [])],
        "quotes": b.get("quotes", []), "figures": b.get("figures", []),
    }


def place(b: dict) -> tuple:
    """Where a briefing came from (its file, its record, its id): the order
    the stories take the collection in, whatever order it came in."""
    record = b["source"].get("record")
    return b["source"]["path"], -1 if record is None else record, b["id"]
