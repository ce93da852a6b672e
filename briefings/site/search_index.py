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

import hashlib
import json
from collections.abc import Callable, Container, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.lang.ar.match import forms, readings, rules
from briefings.site.outlets import outlet_name
from briefings.site.paths import is_long
from briefings.site.render import Made, Text
from briefings.text.terms import base, terms
from briefings.versions import search_version

if TYPE_CHECKING:
    from briefings.run import LightBriefing

__all__ = ["base", "terms", "shard_of", "postings", "IndexBuilder", "search_tables"]

# A result's details come in chunks of this many briefings, in input order:
# the ten results a first query shows fall in as many chunks, so a chunk
# is small (a first query loads at most 300 kB at 10,000 briefings).
DOCS_PER_CHUNK = 16
LEAD_CHARS = 200  # of the first summary sentence, shown where no sentence can be fetched
FIELD_WEIGHTS = {"actor": 8.0, "title": 4.0, "summary": 2.0, "body": 1.0}
READING_WEIGHT = 0.5  # a word outside the vocabulary, read without a clitic it may carry
# A term's bit for each kind of actor whose name holds it (the reader's filter).
ACTOR_KINDS = {"person": 1, "organization": 2, "place": 4}
FORM_SHARDS = 256
# A shard of the index is the terms of one beginning (two letters, more
# where they are many): one over this many bytes is split by the next
# letter, so that a query loads little however large the collection.
SHARD_BYTES = 24_000
MAX_PREFIX = 8
# What a beginning that was split offers a word being typed: its commonest
# terms, each with its best documents.
COMPLETIONS = 8
COMPLETION_DOCS = 40


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


def _tables_when_needed() -> dict[str, Text]:
    """search_tables' files, made only when one is to be written: they
    depend on the search code and the word lists alone (the search
    version), and making them was a tenth of a rebuild."""
    version = search_version()
    return {rel: Made(f"tables:{version}:{rel}", lambda rel=rel: search_tables()[rel].render())
            for rel in [*(f"f/{n}.js" for n in range(FORM_SHARDS)), "rules.js"]}


def shard_of(term: str, split: Container[str] = ()) -> str:
    """The shard a term lives in: its first two letters, and one letter
    more for each of its beginnings that was split (`split`); named by
    their code points in hex, so the file name is plain ASCII."""
    k = 2
    while k < len(term) and term[:k] in split:
        k += 1
    return _name(term[:k])


@lru_cache(maxsize=65_536)
def _region_name(prefix: str) -> str:
    """shard_of a term of these first two letters, before any split: a
    build asks it for every posting (a tenth of the index's time)."""
    return _name(prefix)


def _name(prefix: str) -> str:
    return "-".join(f"{ord(c):x}" for c in prefix)


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
    for t, (w, sent) in list(scores.items()):
        for r in readings(t):
            if r not in scores:
                scores[r] = [w * READING_WEIGHT, sent]
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
        self.shard_terms: dict[str, set[str]] = {}  # region (first two letters) → its terms
        self.regions: dict[str, tuple[dict[str, Text], set[str]]] = {}  # region → its files, its split beginnings
        self.texts: dict[str, Text] = {}
        self.also: dict[int, list[str]] = {}  # a copy group's canonical document → the other outlets
        # of each file of a region, which terms it holds (a digest): a file
        # of the same terms, none of whose postings changed (`changed`), is
        # the same file, and is not made again when its region is
        self.signatures: dict[str, str] = {}
        self.changed: set[str] | None = None  # while patching: terms whose postings were added, changed or dropped
        self._previous = previous

    def add(self, b: LightBriefing, scores: dict[str, list]) -> None:
        """Add a briefing with its postings (`postings` of the whole one)."""
        self.docs.append([b.id, b.title, b.published or "", outlet_name(b.outlet), _lead(b.summary),
                          1 if is_long(b.chars) else 0])
        self.scores.append(scores)

    def write(self, out: Path, put, groups: Iterable[dict] = (), parts: list | None = None) -> None:
        """Write the shards and doc chunks through `put(path, text)`.
        `groups` are the collection's wire copies (the stories document's
        groups, first member canonical): each group is one result. `parts`:
        of a partitioned site, [first document, folder/] of each partition."""
        prev, self._previous = self._previous, None  # one build back is all it needs
        self.fold(groups)
        kept = min(len(prev.docs), len(self.docs)) if prev is not None else 0
        if prev is not None and [d[0] for d in prev.docs[:kept]] == [d[0] for d in self.docs[:kept]]:
            shards, chunks = self._patch(prev, kept)
        else:
            shards, chunks = self._build()
        done: set[str] = set()

        def now(rel: str, text: Text, make: Callable[[], str]) -> Made:
            # a file is written as it is made and then kept as its digest,
            # made again from the postings should a later build need its
            # text (as an index kept on disk is): the index's text, a
            # seventh of the site, is never held all at once
            put(out / rel, text)
            done.add(rel)
            return Made(text.digest(), make)

        for name in shards:  # the regions (first two letters) an added or dropped posting touched
            terms = self.shard_terms.get(name)
            if not terms:
                self.shard_terms.pop(name, None)
                self.regions.pop(name, None)
                continue
            files, split = self.region(terms, self.regions.get(name, ({}, set()))[0])
            self.regions[name] = ({rel: now(rel, text, lambda name=name, rel=rel: self._region_file(name, rel))
                                   for rel, text in files.items()}, split)
        for n in chunks:
            rel = f"d/{n}.js"
            self.texts[rel] = now(rel, Text(self._chunk(n)), lambda n=n: self._chunk(n))
        facets = self._facets()
        split = sorted(p for _files, nodes in self.regions.values() for p in nodes)
        meta = {"docs": len(self.docs), "chunk": DOCS_PER_CHUNK, "split": split,
                "outlets": facets["outlets"], "months": facets["months"]}
        if parts:
            meta["parts"] = parts
        self.texts["meta.js"] = Text(_script("m", "meta", meta))
        self.texts["facets.js"] = Text(_script("x", "facets", {"o": facets["o"], "m": facets["m"]}))
        for rel, text in sorted({**self.files, **_tables_when_needed()}.items()):
            if rel not in done:
                put(out / rel, text)

    def fold(self, groups: Iterable[dict]) -> None:
        """A group of wire copies is one result, its canonical briefing:
        the copies' words are its words (a copy may differ by a sentence,
        found there with no sentence of the canonical's to show), the
        copies keep their numbers but post nothing, and the canonical's
        row names the other outlets ("also published by", row[6]).
        Postings are replaced, never changed: they are the build cache's."""
        at = {d[0]: n for n, d in enumerate(self.docs)}
        self.also = {}
        for g in groups:
            docs = [at[m["id"]] for m in g["members"] if m["id"] in at]
            if len(docs) < 2:
                continue
            canonical, copies = docs[0], docs[1:]
            merged = dict(self.scores[canonical])
            for c in copies:
                for t, (w, _sent, *bits) in self.scores[c].items():
                    if t not in merged:
                        merged[t] = [w, -1, *bits]
                self.scores[c] = {}
            self.scores[canonical] = merged
            own = self.docs[canonical][3]
            others = list(dict.fromkeys(self.docs[c][3] for c in copies if self.docs[c][3] and self.docs[c][3] != own))
            if others:
                self.also[canonical] = others
                self.docs[canonical] = [*self.docs[canonical][:6], others]

    def __getstate__(self) -> dict:
        """What a later build patches (kept in the cache by a one-off
        build, `index_state`): the postings and documents, and of each file
        only its digest; the file is made again from the postings should a
        build need its text (the writer lost it), since its postings are
        the same while its digest is."""
        return {"docs": self.docs, "scores": self.scores, "postings": self.postings,
                "shard_terms": self.shard_terms, "also": self.also, "signatures": self.signatures,
                "regions": {name: ({rel: t.digest() for rel, t in files.items()}, split)
                            for name, (files, split) in self.regions.items()},
                "texts": {rel: t.digest() for rel, t in self.texts.items()}}

    def __setstate__(self, state: dict) -> None:
        self.docs, self.scores, self.postings = state["docs"], state["scores"], state["postings"]
        self.shard_terms, self.also, self._previous = state["shard_terms"], state["also"], None
        self.signatures, self.changed = state.get("signatures", {}), None
        self.regions = {name: ({rel: Made(digest, lambda name=name, rel=rel: self._region_file(name, rel))
                                for rel, digest in files.items()}, split)
                        for name, (files, split) in state["regions"].items()}
        # meta.js and facets.js are made by every write
        self.texts = {rel: Made(digest, lambda n=int(rel[2:-3]): self._chunk(n))
                      for rel, digest in state["texts"].items() if rel.startswith("d/")}

    def _region_file(self, name: str, rel: str) -> str:
        # the same text while the region's postings are the same, as they
        # are while its file's digest is
        return self.region(self.shard_terms[name])[0][rel].render()

    def _chunk(self, n: int) -> str:
        return _script("d", str(n), self.docs[n * DOCS_PER_CHUNK : (n + 1) * DOCS_PER_CHUNK])

    @property
    def files(self) -> dict[str, Text]:
        """The collection's files of the index, by path."""
        shards = {rel: text for files, _nodes in self.regions.values() for rel, text in files.items()}
        return {**self.texts, **shards}

    def written_elsewhere(self, name: str, split: set[str]) -> None:
        """Region `name`'s shards were written by another builder (a
        partitioned index makes one bucket of regions at a time): `write`
        needs only its split beginnings, for the meta file."""
        self.regions[name] = ({}, split)

    def region(self, terms: set[str], old: dict[str, Text] | None = None) -> tuple[dict[str, Text], set[str]]:
        """The files of the terms of one region: its shards, split by the
        next letter while over SHARD_BYTES, and what each split beginning
        offers a word being typed; and the beginnings split. `old`: the
        region's files as the last build made them, each kept when it holds
        the same terms and none of their postings changed (a new article
        touches a few terms of a region whose files it changed all: at
        27,000 articles re-serializing them grew with the archive)."""
        size = {t: 2 * len(t) + 6 + 12 * len(self.postings[t]) for t in terms}  # about their bytes
        files: dict[str, Text] = {}
        split: set[str] = set()
        changed, signatures = self.changed, self.signatures

        def shard(ts: list[str], kind: str, name: str, best: int | None = None,
                  shown: Callable[[], list[str]] | None = None) -> Text:
            # `ts`: the terms the file is made from (`shown`: those it holds, chosen among them)
            rel = f"{kind}/{name}.js"
            sig = hashlib.blake2b("\x00".join(ts).encode("utf-8"), digest_size=12).hexdigest()
            if old and changed is not None and rel in old and signatures.get(rel) == sig and changed.isdisjoint(ts):
                return old[rel]
            signatures[rel] = sig
            return self._shard(ts if shown is None else shown(), kind, name, best)

        def assign(prefix: str, ts: list[str]) -> None:
            if sum(size[t] for t in ts) <= SHARD_BYTES or len(prefix) >= MAX_PREFIX:
                files[f"t/{_name(prefix)}.js"] = shard(ts, "t", _name(prefix))
                return
            split.add(prefix)
            own = [t for t in ts if len(t) == len(prefix)]
            if own:
                files[f"t/{_name(prefix)}.js"] = shard(own, "t", _name(prefix))
            children: dict[str, list[str]] = {}
            for t in ts:
                if len(t) > len(prefix):
                    children.setdefault(t[: len(prefix) + 1], []).append(t)
            for child, cts in sorted(children.items()):
                assign(child, cts)
            files[f"c/{_name(prefix)}.js"] = shard(
                ts, "c", _name(prefix), COMPLETION_DOCS, lambda: sorted(ts, key=lambda t: (-len(self.postings[t]), t))[:COMPLETIONS])

        ts = sorted(terms)
        assign(ts[0][:2], ts)
        return files, split

    def _shard(self, terms: list[str], kind: str, name: str, best: int | None = None) -> Text:
        """Postings as the browser reads them: {"p": term → [doc, weight,
        sentence, …]}, {"k": term → [doc, kinds, …]} for actors' names;
        with `best`, only each term's documents of most weight. A doc is
        written as the difference from the term's previous one (in order,
        so a common word's are one or two digits where the number takes
        five), a whole weight without its ".0": the index is a seventh of
        the site."""
        table, kinds = {}, {}
        for t in sorted(terms):
            held = sorted(self.postings[t].items())
            if best is not None and len(held) > best:
                held = sorted(sorted(held, key=lambda d: (-d[1][0], d[0]))[:best])
            flat: list = []
            marks: list = []
            last = last_marked = 0
            for doc, (w, sent, *bits) in held:
                flat += [doc - last, int(w) if w == int(w) else w, sent]
                last = doc
                if bits:
                    marks += [doc - last_marked, bits[0]]
                    last_marked = doc
            table[t] = flat
            if marks:
                kinds[t] = marks
        return Text(_script(kind, name, {"p": table, "k": kinds}))

    def _facets(self) -> dict[str, list]:
        """What the reader's filters read: the outlets and months of the
        collection (in meta.js) and each document's, as indices into them
        (in facets.js, loaded only when a filter is chosen)."""
        outlets = sorted({d[3] for d in self.docs if d[3]})
        months = sorted({d[2][:7] for d in self.docs if len(d[2]) >= 7}, reverse=True)
        o, m = {x: i for i, x in enumerate(outlets)}, {x: i for i, x in enumerate(months)}
        # a group's canonical briefing is found by each of its outlets
        by_outlet: list = [o.get(d[3], -1) for d in self.docs]
        for doc, others in self.also.items():
            by_outlet[doc] = [by_outlet[doc], *(o[x] for x in others)]
        return {"outlets": outlets, "months": months,
                "o": by_outlet, "m": [m.get(d[2][:7], -1) for d in self.docs]}

    def _build(self) -> tuple[set[str], set[int]]:
        shards: set[str] = set()
        for doc, scores in enumerate(self.scores):
            self.add_postings(doc, scores, shards)
        self.texts = {}
        return shards, set(range(max(1, -(-len(self.docs) // DOCS_PER_CHUNK))))

    def _patch(self, prev: IndexBuilder, kept: int) -> tuple[set[str], set[int]]:
        """Patch the previous build's index, whose first `kept` documents
        are this build's first ones, in the same order."""
        self.postings, self.shard_terms, self.texts, self.regions = prev.postings, prev.shard_terms, prev.texts, prev.regions
        self.signatures, self.changed = prev.signatures, set()
        shards: set[str] = set()
        chunks: set[int] = set()
        for doc, (old, new) in enumerate(zip(prev.scores[:kept], self.scores[:kept], strict=True)):
            if prev.docs[doc] != self.docs[doc]:
                chunks.add(doc // DOCS_PER_CHUNK)
            if old is new or old == new:
                continue
            # an edit changes a few words' postings: only their shards change
            self._drop_postings(doc, old.keys() - new.keys(), shards)
            self.add_postings(doc, {t: v for t, v in new.items() if old.get(t) != v}, shards)
        for doc in range(kept, len(prev.docs)):  # gone from the end
            self._drop_postings(doc, prev.scores[doc].keys(), shards)
            chunks.add(doc // DOCS_PER_CHUNK)
        for doc in range(kept, len(self.docs)):  # added at the end
            self.add_postings(doc, self.scores[doc], shards)
            chunks.add(doc // DOCS_PER_CHUNK)
        count = max(1, -(-len(self.docs) // DOCS_PER_CHUNK))
        for n in [n for n in chunks if n >= count]:
            chunks.discard(n)
            self.texts.pop(f"d/{n}.js", None)
        return shards, chunks

    def _drop_postings(self, doc: int, terms, touched: set[str]) -> None:
        if self.changed is not None:
            self.changed.update(terms)
        for t in terms:
            held = self.postings[t]
            del held[doc]
            name = _region_name(t[:2])
            touched.add(name)
            if not held:
                del self.postings[t]
                self.shard_terms[name].discard(t)

    def add_postings(self, doc: int, scores: dict[str, list], touched: set[str]) -> None:
        if self.changed is not None:
            self.changed.update(scores)
        for t, posting in scores.items():
            name = _region_name(t[:2])
            held = self.postings.get(t)
            if held is None:
                held = self.postings[t] = {}
                self.shard_terms.setdefault(name, set()).add(t)
            held[doc] = posting
            touched.add(name)


def _lead(text: str) -> str:
    if len(text) <= LEAD_CHARS:
        return text
    cut = text.rfind(" ", 0, LEAD_CHARS)
    return text[: cut if cut > LEAD_CHARS // 2 else LEAD_CHARS] + " …"


def _script(kind: str, name: str, data) -> str:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # JSON inside a script: a "</" in article text must not close it
    payload = payload.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'__bfSearch("{kind}","{name}",{payload});\n'
