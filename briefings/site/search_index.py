"""The site's Arabic-aware search index.

Words are indexed by their search key (briefings.lang.ar.match): the
matching key without the clitics and the article the corpus tells are
there (والتحالف، للتحالف، التحالف → تحالف; وفرنسا → فرنسا, but فالح
stays whole). The browser makes the same key with no rule of its own: the
plugin writes the tables it reads (`rules.js`: the normalization and the
clitic runs; `f/*.js`: every vocabulary word's key, sharded by a hash),
so a reader finds what they type however it is spelled.

The index is sharded by the first two letters of a base form and written as
small scripts that register themselves: a first search loads only the
shards of its words, and scripts load from a copy on disk as well as from a
server. Briefing details are in chunks of their own.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.lang.ar.match import forms, rules
from briefings.site.outlets import outlet_name
from briefings.site.paths import is_long
from briefings.site.render import Text
from briefings.text.terms import base, terms

if TYPE_CHECKING:
    from briefings.run import LightBriefing

__all__ = ["base", "terms", "shard_of", "postings", "IndexBuilder", "search_tables"]

DOCS_PER_CHUNK = 200
FIELD_WEIGHTS = {"actor": 8.0, "title": 4.0, "summary": 2.0, "body": 1.0}
# A term's bit for each kind of actor whose name holds it (the reader's filter).
ACTOR_KINDS = {"person": 1, "organization": 2, "place": 4}
FORM_SHARDS = 256


def form_shard(k: str) -> int:
    """The forms shard of a key: FNV-1a over its UTF-16 code units, as
    search.js computes it."""
    h = 0x811C9DC5
    data = k.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h = ((h ^ (data[i] | data[i + 1] << 8)) * 0x01000193) & 0xFFFFFFFF
    return h % FORM_SHARDS


@lru_cache(maxsize=1)
def search_tables() -> dict[str, Text]:
    """The tables the browser makes a search key with: the same for every
    collection (they hold the corpus vocabulary, not the briefings').
    A word's entry is 0 when it is its own key, the number of letters its
    key drops from its front, or the key itself."""
    shards: list[dict] = [{} for _ in range(FORM_SHARDS)]
    for k, b in forms().items():
        shards[form_shard(k)][k] = 0 if b == k else len(k) - len(b) if k.endswith(b) else b
    out = {"rules.js": Text(_script("r", "rules", {**rules(), "shards": FORM_SHARDS}))}
    for n, table in enumerate(shards):
        out[f"f/{n}.js"] = Text(_script("f", str(n), dict(sorted(table.items()))))
    return out


def shard_of(term: str) -> str:
    """The shard a base form lives in: its first two letters, as hex code
    points so the file name is plain ASCII."""
    return "-".join(f"{ord(c):x}" for c in term[:2])


def postings(b: dict) -> dict[str, list]:
    """What one briefing adds to the index: for each base form, its weight
    (names of key actors weigh most, then the title, the summary, the text)
    and the first sentence it occurs in; a term of an actor's name also has
    the bits of the kinds of actor it names (ACTOR_KINDS)."""
    scores: dict[str, list] = {}
    kinds: dict[str, int] = {}

    def hit(term: str, weight: float, sentence: int) -> None:
        s = scores.get(term)
        if s is None:
            scores[term] = [weight, sentence]
        else:
            s[0] += weight
            if s[1] < 0 <= sentence:
                s[1] = sentence

    for a in b["actors"]:
        w = FIELD_WEIGHTS["actor"] * (0.5 + a.get("salience", 0))
        first = a["mentions"][0]["sentence"] if a["mentions"] else -1
        bit = ACTOR_KINDS.get(a.get("type", ""), 0)
        for name in sorted({a["name"], *a.get("aliases", [])}):
            for t in terms(name):
                hit(t, w, first)
                kinds[t] = kinds.get(t, 0) | bit
    for t in terms(b["title"]):
        hit(t, FIELD_WEIGHTS["title"], -1)
    for s in b["summary"]:
        for t in terms(s["text"]):
            hit(t, FIELD_WEIGHTS["summary"], s.get("sentence") if s.get("sentence") is not None else -1)
    seen_body: dict[str, int] = {}
    body_weight = FIELD_WEIGHTS["body"]
    for s in b["sentences"]:
        sid = s["id"]
        for t in terms(s["text"]):
            seen = seen_body.get(t, 0)
            if seen < 3:  # a word said often is no more relevant for it
                seen_body[t] = seen + 1
                # hit(), inlined: the body holds most of the words
                sc = scores.get(t)
                if sc is None:
                    scores[t] = [body_weight, sid]
                else:
                    sc[0] += body_weight
                    if sc[1] < 0:
                        sc[1] = sid
    return {t: [round(w, 1), sent, kinds[t]] if kinds.get(t) else [round(w, 1), sent] for t, (w, sent) in scores.items()}


class IndexBuilder:
    """The index of one build. Given the builder of the previous build in
    the same process (`mkdocs serve`), it re-serializes only the shards and
    chunks whose briefings changed, as long as the briefings that were
    there keep their numbers (the same ones in the same order, with some
    added or removed at the end, as an article whose file sorts last);
    otherwise it builds everything."""

    def __init__(self, previous: IndexBuilder | None = None) -> None:
        self.docs: list[list] = []
        self.scores: list[dict[str, list]] = []
        self.postings: dict[str, dict[int, list]] = {}
        self.shard_terms: dict[str, set[str]] = {}
        self.texts: dict[str, Text] = {}
        self._previous = previous

    def add(self, b: LightBriefing, scores: dict[str, list]) -> None:
        """Add a briefing with its postings (`postings` of the whole one)."""
        self.docs.append([b.id, b.title, b.published or "", outlet_name(b.outlet), b.summary, 1 if is_long(b.chars) else 0])
        self.scores.append(scores)

    def write(self, out: Path, put) -> None:
        """Write the shards and doc chunks through `put(path, text)`."""
        prev, self._previous = self._previous, None  # one build back is all it needs
        kept = min(len(prev.docs), len(self.docs)) if prev is not None else 0
        if prev is not None and [d[0] for d in prev.docs[:kept]] == [d[0] for d in self.docs[:kept]]:
            shards, chunks = self._patch(prev, kept)
        else:
            shards, chunks = self._build()
        for name in shards:
            terms = self.shard_terms.get(name)
            if not terms:
                self.shard_terms.pop(name, None)
                self.texts.pop(f"t/{name}.js", None)
                continue
            table, kinds = {}, {}
            for t in sorted(terms):
                flat: list = []
                marks: list = []
                for doc, (w, sent, *kind) in sorted(self.postings[t].items()):
                    flat += [doc, w, sent]
                    if kind:
                        marks += [doc, kind[0]]
                table[t] = flat
                if marks:
                    kinds[t] = marks
            self.texts[f"t/{name}.js"] = Text(_script("t", name, {"p": table, "k": kinds}))
        for n in chunks:
            self.texts[f"d/{n}.js"] = Text(_script("d", str(n), self.docs[n * DOCS_PER_CHUNK : (n + 1) * DOCS_PER_CHUNK]))
        facets = self._facets()
        meta = {"docs": len(self.docs), "chunk": DOCS_PER_CHUNK, "shards": sorted(self.shard_terms),
                "outlets": facets["outlets"], "months": facets["months"]}
        self.texts["meta.js"] = Text(_script("m", "meta", meta))
        self.texts["facets.js"] = Text(_script("x", "facets", {"o": facets["o"], "m": facets["m"]}))
        for rel, text in sorted({**self.texts, **search_tables()}.items()):
            put(out / rel, text)

    def _facets(self) -> dict[str, list]:
        """What the reader's filters read: the outlets and months of the
        collection (in meta.js) and each document's, as indices into them
        (in facets.js, loaded only when a filter is chosen)."""
        outlets = sorted({d[3] for d in self.docs if d[3]})
        months = sorted({d[2][:7] for d in self.docs if len(d[2]) >= 7}, reverse=True)
        o, m = {x: i for i, x in enumerate(outlets)}, {x: i for i, x in enumerate(months)}
        return {"outlets": outlets, "months": months,
                "o": [o.get(d[3], -1) for d in self.docs], "m": [m.get(d[2][:7], -1) for d in self.docs]}

    def _build(self) -> tuple[set[str], set[int]]:
        shards: set[str] = set()
        for doc, scores in enumerate(self.scores):
            self._add_postings(doc, scores, shards)
        self.texts = {}
        return shards, set(range(max(1, -(-len(self.docs) // DOCS_PER_CHUNK))))

    def _patch(self, prev: IndexBuilder, kept: int) -> tuple[set[str], set[int]]:
        """Patch the previous build's index, whose first `kept` documents
        are this build's first ones, in the same order."""
        self.postings, self.shard_terms, self.texts = prev.postings, prev.shard_terms, prev.texts
        shards: set[str] = set()
        chunks: set[int] = set()
        for doc, (old, new) in enumerate(zip(prev.scores[:kept], self.scores[:kept], strict=True)):
            if prev.docs[doc] != self.docs[doc]:
                chunks.add(doc // DOCS_PER_CHUNK)
            if old is new or old == new:
                continue
            # an edit changes a few words' postings: only their shards change
            self._drop_postings(doc, old.keys() - new.keys(), shards)
            self._add_postings(doc, {t: v for t, v in new.items() if old.get(t) != v}, shards)
        for doc in range(kept, len(prev.docs)):  # gone from the end
            self._drop_postings(doc, prev.scores[doc].keys(), shards)
            chunks.add(doc // DOCS_PER_CHUNK)
        for doc in range(kept, len(self.docs)):  # added at the end
            self._add_postings(doc, self.scores[doc], shards)
            chunks.add(doc // DOCS_PER_CHUNK)
        count = max(1, -(-len(self.docs) // DOCS_PER_CHUNK))
        for n in [n for n in chunks if n >= count]:
            chunks.discard(n)
            self.texts.pop(f"d/{n}.js", None)
        return shards, chunks

    def _drop_postings(self, doc: int, terms, touched: set[str]) -> None:
        for t in terms:
            held = self.postings[t]
            del held[doc]
            name = shard_of(t)
            touched.add(name)
            if not held:
                del self.postings[t]
                self.shard_terms[name].discard(t)

    def _add_postings(self, doc: int, scores: dict[str, list], touched: set[str]) -> None:
        for t, posting in scores.items():
            name = shard_of(t)
            held = self.postings.get(t)
            if held is None:
                held = self.postings[t] = {}
                self.shard_terms.setdefault(name, set()).add(t)
            held[doc] = posting
            touched.add(name)


def _script(kind: str, name: str, data) -> str:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # JSON inside a script: a "</" in article text must not close it
    payload = payload.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'__bfSearch("{kind}","{name}",{payload});\n'
