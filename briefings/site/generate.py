"""Briefings → pages in docs/: each briefing's page and JSON, the
collection pages and the search index, through the one writer (a page is
written only when its content changes; pages of articles that are gone
are deleted)."""

from __future__ import annotations

import gc
import gzip
import hashlib
import json
import logging
import marshal
import os
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefings.fsutil import hash_stats, read_json_object, write_if_changed
from briefings.run import Options as RunOptions
from briefings.run import Report, items, items_from_json, results
from briefings.site import index_state
from briefings.site.actor_pages import KeptPages
from briefings.site.byte_spool import ByteSpool
from briefings.site.collection import entry, name_key
from briefings.site.dirty import touch
from briefings.site.merge_kept import KeptMerge
from briefings.site.outlets import outlet_name
from briefings.site.pages import PARTS, head, packed, write_all
from briefings.site.paths import GENERATED_DIR, GENERATED_DIRS, SEARCH_DIR, download_name, full_text_stem, is_long
from briefings.site.per_briefing import EntryParts, PerBriefing
from briefings.site.postings import Postings
from briefings.site.render import Renderer
from briefings.site.search_index import IndexBuilder
from briefings.site.state import ServeState
from briefings.site.story_features import StoryFeatures
from briefings.site.story_pages import StoryPages
from briefings.site.writer import Writer
from briefings.stock_assets import refresh as refresh_stock_files
from briefings.stories import Collector, document
from briefings.stories.features import _HASHES as STORY_WORD_HASHES
from briefings.text.terms import _TERMS as TERMS
from briefings.text.terms import base as base_form
from briefings.text.tokens import _KEYS as TOKEN_KEYS
from briefings.versions import generated_version, rendering_version, templates_version

log = logging.getLogger("briefings")


__all__ = ["Options", "Report", "generate"]


def download(whole: dict) -> bytes:
    """A briefing's JSON as the site offers it: compact and gzipped, about a
    sixth of the indented text (the site holds every briefing twice
    otherwise: once on its page, once as data). mtime 0: the same briefing
    gives the same bytes, so an unchanged one is not written again."""
    return gzip.compress(_compact(whole).encode("utf-8"), compresslevel=9, mtime=0)


def _compact(whole: dict) -> str:
    return json.dumps(whole, ensure_ascii=False, separators=(",", ":")) + "\n"


@dataclass
class Options(RunOptions):
    docs_dir: Path = Path("docs")
    templates_dir: Path = Path("templates")
    # a partition of a partitioned site writes no index of its own: the
    # top level's covers every partition (site/partition.py)
    search: bool = True


def _fingerprint(opts: Options, from_json: Path | None) -> str:
    """What the generated pages depend on, cheaply: the code
    (versions.GENERATED: the extraction's, the site's, the stories' and
    the plugin's), the templates, the options the configuration gives,
    and each input file's path, size and modification time (without the
    stories' code, an edit to the linking left a built site as it was:
    nothing else had changed, so the build was skipped)."""
    h = hashlib.sha256(
        f"{generated_version()}\x00{templates_version(opts.templates_dir)}\x00"
        f"{opts.max_bytes}\x00{opts.search}".encode()
    )
    inputs = [from_json] if from_json else opts.inputs
    for inp in inputs:
        hash_stats(h, sorted(inp.rglob("*")) if inp.is_dir() else [inp])
    return h.hexdigest()


def generate(
    opts: Options, jobs: int | None = None, progress: bool = False, from_json: Path | None = None,
    shortcut: bool = True, state: ServeState | None = None,
) -> Report:
    """Write the site's pages into docs/. `state` is what a serving process
    keeps between builds (None: a one-off build)."""
    refresh_stock_files(opts.docs_dir)
    # The cycle collector off while the collection is read and indexed: its
    # passes over hundreds of thousands of entries, postings and briefings
    # read back (none of them in a cycle, all freed by their counts) were a
    # fifth of a build that adds one article. It is on again after, and a
    # serving process collects between builds.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate(opts, jobs, progress, from_json, shortcut, state)
    finally:
        if enabled:
            gc.enable()


def _generate(opts: Options, jobs: int | None, progress: bool, from_json: Path | None, shortcut: bool,
              state: ServeState | None) -> Report:
    # a briefing whose data did not change keeps its pages unless the
    # templates or the code that renders them did
    pages_version = rendering_version() + templates_version(opts.templates_dir)
    writer = Writer(opts.docs_dir, opts.cache_dir / "manifest.json", GENERATED_DIRS, pages_version)
    fingerprint = _fingerprint(opts, from_json)
    if shortcut and (done := writer.unchanged(fingerprint)) is not None:
        return done  # nothing that the pages depend on has changed: no work at all

    renderer = state.renderer(opts.templates_dir) if state is not None else Renderer(opts.templates_dir)
    entries = _Entries(opts.cache_dir if state is None else None)
    try:
        return _stream_and_write(opts, from_json, state, jobs, progress, writer, fingerprint, renderer, entries)
    finally:
        entries.close()


def _stream_and_write(opts: Options, from_json: Path | None, state: ServeState | None, jobs: int | None, progress: bool,
                      writer: Writer, fingerprint: str, renderer: Renderer, entries: _Entries) -> Report:
    report = Report()
    out_dir = opts.docs_dir / GENERATED_DIR
    # a serving process patches the index it kept; a one-off build (or a
    # serving one's first) the one the last build left in the cache
    postings = Postings(opts.cache_dir, state.postings if state is not None else None)
    kept = index_state.Kept()
    if not opts.search:  # a partition: the top level indexes its briefings
        index = IndexBuilder()
    elif state is not None and state.index is not None:
        index = IndexBuilder(state.index)
    else:
        kept = index_state.load(postings.folder)
        index = IndexBuilder(kept.index)
    digests: list[str | None] = []  # of the documents of the index, in order
    shared = _Shared()
    # each briefing's collection entry, kept on disk: an unchanged briefing
    # is not read back whole for it
    entries_kept = PerBriefing(opts.cache_dir / "entries" / rendering_version(), entry)
    # a one-off build spools each entry's parts as they were kept
    parts_kept = EntryParts(opts.cache_dir / "entry-parts" / rendering_version(), PARTS, packed,
                            head) if state is None else None
    known_entries, kept_entries = (state.entries if state is not None else {}), {}
    story_features = StoryFeatures(opts.cache_dir, state.stories if state is not None else None,
                                   state.linker if state is not None else None)
    collector = Collector(story_features.known, story_features.linker)
    rendered: set[str] = set()  # briefings whose page is written in this build
    # a page rendered here carries the note of copies published elsewhere
    # the last build gave it (the stories, which decide it, come after the
    # stream): a page whose note stays is then written once, not without
    # it and again with it (MkDocs rendered such pages again, same as they were)
    also_file = opts.cache_dir / "also-published.json"
    noted = read_json_object(also_file) if also_file.exists() else None
    if from_json:
        stream = items_from_json(from_json, report)
    else:
        if state is None and not writer.manifest.get("briefings") and (jobs or os.cpu_count() or 1) > 1:
            report.extracted += _extract_first(opts, jobs, progress)
        stream = items(opts, report, jobs, progress, memory=state.run if state is not None else None)
    for item in stream:
        b = item.light
        digest = item.digest
        if digest is None:
            digest = hashlib.sha256(_compact(item.whole()).encode("utf-8")).hexdigest()
        page, data = out_dir / f"{b.id}.md", out_dir / download_name(b.id)
        pages = [page, data]
        if is_long(b.chars):
            pages.append(out_dir / f"{full_text_stem(b.id)}.md")
        # a light briefing (kept by a serving process) is read back whole
        # only when something below needs more than it holds, and then once
        if not writer.briefing_current(b.id, digest, pages):
            rendered.add(b.id)
            whole = item.whole()
            writer.put(page, renderer.briefing(whole, (noted or {}).get(b.id)))
            writer.put(data, download(whole))
            if len(pages) > 2:
                writer.put(pages[2], renderer.full_text(whole))
        report.built.append(b.id)
        parts = parts_kept.of(item, entries_kept.of) if parts_kept is not None else None
        if parts is not None and parts[0] == b.id:
            entries.append_packed(parts[1:-1], parts[-1])
        else:
            e = known_entries.get(digest) or entries_kept.of(item)
            if e["id"] != b.id:  # the same briefing under another id claimed in this collection
                e = {**e, "id": b.id}
            if state is not None:
                kept_entries[digest] = e
            entries.append(e)
        collector.add(item.whole, digest)
        if opts.search:
            scores = kept.postings(len(digests), item.digest)
            if scores is None:
                scores = postings.of(item)
                if state is None:  # a serving process keeps the very objects of its postings memory
                    scores = shared(scores)
            index.add(b, scores)
            digests.append(item.digest)
    postings.close()
    entries_kept.close()
    if parts_kept is not None:
        parts_kept.close()
    # What is let go as soon as it is done with (a build's peak is what it
    # holds at once, and memory freed is reused by what comes next rather
    # than given back): the last build's index and the shared postings
    # after the stream, the stories' features and slim briefings before
    # the index is written, the index (of a one-off build) before the
    # collection pages.
    del kept, shared
    raw = list(index.scores)  # before the copy groups fold them
    story_pages = StoryPages(opts.cache_dir, state.assembled if state is not None else None)
    stories = document(*collector.finish(), assemble=story_pages)
    story_pages.save()
    assembled = story_pages.new if state is not None else None  # a serving process's next build looks them up
    del story_pages
    story_features.save(collector.computed)
    computed = collector.computed if state is not None else None
    del collector, story_features
    if opts.search:
        index.write(opts.docs_dir / SEARCH_DIR, writer.put, stories["groups"])  # a copy group is one result
        if state is None:
            index_state.save(postings.folder, index, digests, raw)
    del raw
    if state is None:
        index = None
        _forget_words()
    _also_published(stories, writer, renderer, out_dir, rendered, also_file, noted)
    tagged: list[tuple[str, list[str]]] = []  # (id, tags) of each briefing, as write_all reads them
    # the actor merge of the last build: a serving process's, or the cache's
    # (a serving process's first build starts from the one the last one-off
    # build kept: merged whole, it was the slowest step of that build)
    if state is not None:
        if state.merge is None:
            state.merge = KeptMerge.load(opts.cache_dir, held=True)
            state.actor_pages = KeptPages.load(opts.cache_dir, state.merge.token)
        merge, kept_pages = state.merge, state.actor_pages
    else:
        merge = KeptMerge.load(opts.cache_dir)
        kept_pages = KeptPages.load(opts.cache_dir, merge.token)
    tag_links = write_all(entries, renderer, opts.docs_dir, writer.put, stories, tagged, merge, kept_pages, writer.keep)
    if state is None:
        # the pages' state is that of the merge the file keeps: pages made
        # whole have the merge written with them
        saved = merge.save(opts.cache_dir, force=kept_pages.whole and kept_pages.made is not None)
        kept_pages.save(opts.cache_dir, merge.token, saved)
    else:
        kept_pages.advance()  # a serving process's merge starts from this build
    del merge, kept_pages
    links_file = opts.cache_dir / "tag-links.json"
    _touch_pages_whose_chips_moved(tagged, out_dir, read_json_object(links_file), tag_links)
    del tagged
    write_if_changed(links_file, json.dumps(tag_links, ensure_ascii=False, sort_keys=True))
    if state is not None:
        state.entries, state.index, state.postings = kept_entries, index, postings.kept
        state.stories, state.assembled = computed, assembled
    else:
        name_key.cache_clear()  # the actors' names, keyed for the merge (write_all)
    writer.finish(fingerprint, report)
    write_if_changed(opts.cache_dir / "report.json", report.to_json())
    return report


def _extract_first(opts: Options, jobs: int | None, progress: bool) -> int:
    """A cold build extracts every article into the cache before it
    streams the briefings, and its worker processes are gone before the
    collection grows. Streamed together, the workers (each holding the
    extractor, 0.7-0.8 GB at 27,000 articles) ran only a few files ahead
    of this process, so they lived as long as the stream, and the build's
    processes together held both at their largest (2.6 GB at 27,000). The
    stream then reads each briefing back from the cache. Only a build with
    nothing built before (no manifest) and worker processes does so: a
    rebuild extracts a few articles, and reading every input file twice
    would cost it more than the workers' memory."""
    extracted = 0
    for got in results(opts, jobs, progress):
        extracted += got.extracted
    return extracted


def _forget_words() -> None:
    """A one-off build is done with words once the stories are linked and
    the index written: the tables of what was made of each word (search
    terms, stories' hashes, token keys: up to a million words each) go
    before the collection pages (the actor merge is the generator's peak)
    and MkDocs, which renders the site after it in the same process. A
    serving process keeps them for its next build."""
    # their modules' own tables, cleared here: text/ is part of the
    # extraction version (versions.py), and a change there would extract
    # every article again
    TERMS.clear()
    base_form.cache_clear()
    TOKEN_KEYS.clear()
    STORY_WORD_HASHES.clear()


class _Entries:
    """The collection entries of a build, in input order, read as often as
    the collection pages ask. A one-off build spools each to a temporary
    file in the cache folder (marshal, 6.5 KB a briefing; 20 KB as dicts)
    and reads them back one at a time: the collection pages keep what they
    show of each, never all the entries at once, and the build holds none
    of them while the briefings stream (the file is the system's page
    cache's, not the process's). Each entry is spooled as the parts the
    collection pages' readings use (`pages.PARTS`), so that a reading
    unpacks its part alone (`part(i)`): whole, an entry was unpacked at
    each of them. A serving process keeps the very entries it hands on to
    its next build."""

    def __init__(self, spool: Path | None) -> None:
        self.held: list[dict] = []  # a serving process's
        # a one-off build's: the size of each part of each entry in the
        # file, entry after entry
        self.sizes = array("L")
        self.spool = ByteSpool(spool, ".entries-") if spool is not None else None
        # a one-off build's: each entry's id, tags and whether it names
        # actors (pages.head), held as they are (None once an entry came
        # without them)
        self.heads: list[tuple] | None = [] if spool is not None else None

    def append(self, e: dict) -> None:
        if self.spool is None:
            self.held.append(e)
            return
        for data in packed(e):
            self.spool.add(data)
            self.sizes.append(len(data))
        if self.heads is not None:
            self.heads.append(head(e))

    def append_packed(self, parts: tuple[bytes, ...], got: tuple | None = None) -> None:
        """An entry's parts as `append` would spool them (marshal bytes of
        each, in PARTS' order), and its head (pages.head) when known (an
        EntryParts made without `head` keeps none)."""
        if self.spool is None:
            raise TypeError("a serving process keeps its entries whole")
        if got is None:
            self.heads = None
        elif self.heads is not None:
            self.heads.append(got)
        for data in parts:
            self.spool.add(data)
            self.sizes.append(len(data))

    def __iter__(self) -> Iterator[dict]:
        if self.spool is None:
            return iter(self.held)
        raise TypeError("a spool of entries is read by its parts")

    def part(self, i: int) -> Iterable[dict]:
        return self.held if self.spool is None else self._read(i)

    def raw_part(self, i: int) -> Iterator[bytes] | None:
        """Part i of each spooled entry as its marshal bytes (None: the
        entries are held whole)."""
        return None if self.spool is None else self._read(i, raw=True)

    def _read(self, i: int, raw: bool = False) -> Iterator:
        offset, n, sizes, read = 0, len(PARTS), self.sizes, self.spool.read
        for at in range(0, len(sizes), n):
            start = offset + sum(sizes[at : at + i])
            data = read(start, sizes[at + i])
            yield data if raw else marshal.loads(data)
            offset += sum(sizes[at : at + n])

    def close(self) -> None:
        if self.spool is not None:
            self.spool.close()


class _Shared:
    """Each briefing's postings with one object for each term and each
    posting value across the collection: the index holds hundreds of
    postings a briefing, most of whose terms and values ([weight,
    sentence]) other briefings have too, and a list, a float and a string
    of its own each were most of its memory (78 KB a briefing at 1,000).
    Postings are never changed in place (the index replaces them), so
    sharing them is safe, and the kept index (marshal) keeps them shared.
    (A weight is always a float, a sentence an int: equal values are of
    one type.)"""

    def __init__(self) -> None:
        self.terms: dict[str, str] = {}
        self.values: dict[tuple, list] = {}

    def __call__(self, scores: dict[str, list]) -> dict[str, list]:
        terms, values = self.terms, self.values
        out = {}
        for t, v in scores.items():
            out[terms.setdefault(t, t)] = values.setdefault(tuple(v), v)
        return out


def _also_published(stories: dict, writer: Writer, renderer: Renderer, out_dir: Path,
                    rendered: set[str], remembered: Path, noted: dict | None) -> None:
    """The canonical briefing of each copy group says where else its text
    was published. Its page is rendered again when its note changed since
    the last build (a page that said so and no longer should loses it;
    `noted`: the last build's notes, None when it left none, which the
    pages just rendered carry); every other page stays as it is, so a
    rebuild reads back only these few. The briefing is read back from its
    JSON, written above (gzipped)."""
    also: dict[str, list[dict]] = {}
    for g in stories["groups"]:
        also[g["members"][0]["id"]] = [
            {"id": m["id"], "outlet": outlet_name(m["outlet"]) or "غير معروف", "published": m["published"], "url": m["url"]}
            for m in g["members"][1:]]
    # nothing remembered: every page may carry a note
    before = noted if noted is not None else dict.fromkeys(writer.briefings)
    for bid in sorted(also.keys() | before.keys()):
        if bid not in writer.briefings:
            continue
        if bid in rendered:
            if (also.get(bid) or None) == ((noted or {}).get(bid) or None):  # rendered with this very note
                continue
        elif also.get(bid) == before.get(bid):
            continue
        whole = json.loads(gzip.decompress((out_dir / download_name(bid)).read_bytes()))
        writer.put(out_dir / f"{bid}.md", renderer.briefing_page(whole, also.get(bid, [])))
    write_if_changed(remembered, json.dumps(also, ensure_ascii=False, sort_keys=True))


def _touch_pages_whose_chips_moved(tagged: list[tuple[str, list[str]]], out_dir: Path, old: dict[str, str],
                                   new: dict[str, str]) -> None:
    """A briefing's tag chips are made links as its page is rendered
    (plugin.on_post_page): when a tag's actor page moves, the page's HTML
    changes though its Markdown does not, so it is touched for a dirty
    build to render it again."""
    moved = {n for n in old.keys() | new.keys() if old.get(n) != new.get(n)}
    if moved:
        touch([out_dir / f"{bid}.md" for bid, tags in tagged if moved.intersection(tags)])
