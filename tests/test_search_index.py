"""The search index a serving process patches equals the one a fresh build
writes: after an edit, an article added at the end, one removed; and so
does one a one-off build patches, kept in the cache by the build before."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

from briefings.assemble import assemble
from briefings.model import Article
from briefings.run import LightBriefing
from briefings.serialize import to_dict
from briefings.site.render import Made, Text
from briefings.site.search_index import DOCS_PER_CHUNK, IndexBuilder, postings

TEXTS = [
    "قال وزير النقل إن قطار الرياض الجديد ينقل 3000 راكب يومياً.",
    "افتتحت بلدية عمّان حديقة الياسمين الكبرى أمس بحضور المحافظ.",
    "أعلنت وزارة الصحة تسجيل 40 إصابة جديدة في مدينة البصرة.",
    "وصل وفد من الجامعة العربية إلى بيروت لبحث إعادة إعمار المرفأ.",
]


def briefing(i: int, text: str, outlet: str | None = None) -> dict:
    return to_dict(assemble(Article(id=f"a{i:04d}", path=f"a{i:04d}.txt", sha256="0" * 64, body=text, title=text[:20],
                                    outlet=outlet)))


def written(docs: list[dict], previous: IndexBuilder | None = None, groups: list[dict] = ()) -> tuple[dict[str, str], IndexBuilder]:
    index = IndexBuilder(previous)
    for b in docs:
        index.add(LightBriefing.of(b), postings(b))
    out: dict[str, str] = {}
    index.write(Path("/idx"), lambda path, text: out.__setitem__(path.relative_to("/idx").as_posix(), text.render()),
                groups)
    return out, index


def _payload(text: str):
    return json.loads(text.split(",", 2)[2].rstrip(");\n"))


def test_a_copy_group_is_one_document_found_by_each_copy_s_words():
    dispatch = "أعلنت وزارة الزراعة إطلاق مشروع لزراعة مليون شجرة في منطقة القصيم لمكافحة التصحر."
    docs = [briefing(0, dispatch + " وتبدأ المرحلة الأولى الشهر القادم.", "okaz"),
            briefing(1, TEXTS[0]),
            briefing(2, dispatch + " وتبدأ المرحلة الأولى الشهر المقبل.", "aawsat")]
    groups = [{"members": [{"id": "a0000"}, {"id": "a0002"}]}]
    out, index = written(docs, groups=groups)
    posted = {t: docs_of for t, docs_of in index.postings.items()}
    assert set(posted["تصحر"]) == {0}  # the word of both, once
    assert set(posted["مقبل"]) == {0} and posted["مقبل"][0][1] == -1  # the copy's own word, no sentence of the canonical's
    assert all(2 not in held for held in posted.values())
    row = _payload(out["d/0.js"])[0]
    assert row[3] == "عكاظ" and row[6] == ["الشرق الأوسط"]
    facets = _payload(out["facets.js"])
    outlets = _payload(out["meta.js"])["outlets"]
    assert [outlets[o] for o in facets["o"][0]] == ["عكاظ", "الشرق الأوسط"]
    # the group appears, then goes, in a serving process: patched as a fresh build writes it
    for g in ([], groups, []):
        patched, index = written(docs, index, g)
        assert patched == written(docs, groups=g)[0]


def test_a_patched_index_equals_a_fresh_one():
    # enough documents for two chunks, so that one can be added and dropped
    base = [briefing(i, TEXTS[i % len(TEXTS)] + f" رقم {i}") for i in range(DOCS_PER_CHUNK)]
    edited = [*base[:-1], briefing(DOCS_PER_CHUNK - 1, TEXTS[1] + " وقال الزعفران")]
    added = [*edited, briefing(DOCS_PER_CHUNK, "هطلت أمطار على مدينة أربيل وأغلقت طرق الزعفران.")]
    _, index = written(base)
    for docs in (edited, added, edited, base[:3], base):
        before = dict(index.files)
        patched, index = written(docs, index)
        fresh, _ = written(docs)
        assert patched == fresh
        if docs is added:  # patched, not rebuilt: most shards are the very same texts
            reused = [k for k, t in index.files.items() if before.get(k) is t]
            assert len(reused) > len(index.files) // 2
    assert "d/1.js" in written(added)[0] and "d/1.js" not in written(edited)[0]


def test_an_index_kept_on_disk_is_patched_as_a_fresh_build_writes_it():
    base = [briefing(i, TEXTS[i % len(TEXTS)] + f" رقم {i}") for i in range(DOCS_PER_CHUNK)]
    edited = [*base[:-1], briefing(DOCS_PER_CHUNK - 1, TEXTS[1] + " وقال الزعفران")]
    added = [*edited, briefing(DOCS_PER_CHUNK, "هطلت أمطار على مدينة أربيل وأغلقت طرق الزعفران.")]
    groups = [{"members": [{"id": "a0001"}, {"id": "a0005"}]}]
    _, index = written(base)
    for docs, g in ((added, []), (edited, groups), (base[:3], []), (base, groups)):
        kept = pickle.loads(pickle.dumps(index))  # what the next build reads from the cache
        assert not any(isinstance(t, Text) and not isinstance(t, Made) for t in kept.files.values())  # digests only
        patched, index = written(docs, kept, g)  # every file rendered, those made again from postings too
        assert patched == written(docs, groups=g)[0]
    # a serving process's builds after a first one that began from the cache
    patched, index = written(added, index)
    assert patched == written(added)[0]


def test_a_large_region_is_split_and_every_term_is_where_the_browser_looks(monkeypatch):
    from briefings.site import search_index

    monkeypatch.setattr(search_index, "SHARD_BYTES", 60)
    docs = [briefing(i, TEXTS[i % len(TEXTS)] + f" رقم {i}") for i in range(DOCS_PER_CHUNK + 2)]
    out, index = written(docs)
    split = set(_payload(out["meta.js"])["split"])
    assert split, "nothing was split"
    assert any(k.startswith("c/") for k in out)  # what a split beginning offers a word being typed
    for term in index.postings:
        shard = out[f"t/{search_index.shard_of(term, split)}.js"]
        assert json.dumps(term, ensure_ascii=False) in shard, term
    # a patched index still equals a fresh one
    edited = [*docs[:-1], briefing(len(docs) - 1, TEXTS[2] + " وقال الزعفران")]
    assert written(edited, index)[0] == written(edited)[0]


def test_postings_read_back_as_the_browser_reads_them():
    # documents as steps from the previous one, whole weights without ".0":
    # summed up again, they are every term's documents with their weight and sentence
    docs = [briefing(i, TEXTS[i % len(TEXTS)] + f" رقم {i}") for i in range(DOCS_PER_CHUNK + 5)]
    out, index = written(docs)
    read: dict[str, dict[int, list]] = {}
    marked: dict[str, dict[int, int]] = {}
    for rel, text in out.items():
        if not rel.startswith("t/"):
            continue
        shard = _payload(text)
        for t, flat in shard["p"].items():
            doc, got = 0, {}
            for j in range(0, len(flat), 3):
                doc += flat[j]
                got[doc] = [flat[j + 1], flat[j + 2]]
            read[t] = got
        for t, marks in shard["k"].items():
            doc, got = 0, {}
            for j in range(0, len(marks), 2):
                doc += marks[j]
                got[doc] = marks[j + 1]
            marked[t] = got
    assert read == {t: {d: p[:2] for d, p in held.items()} for t, held in index.postings.items()}
    assert marked == {t: {d: p[2] for d, p in held.items() if len(p) > 2}
                      for t, held in index.postings.items() if any(len(p) > 2 for p in held.values())}
    assert any(len(held) > 1 for held in index.postings.values())  # steps, not only first documents
    assert not any(".0," in text or ".0]" in text for rel, text in out.items() if rel.startswith("t/"))


def test_a_kept_index_gives_back_the_postings_of_the_same_briefings(tmp_path):
    """A one-off build takes an unchanged briefing's postings from the kept
    index (the one at the same place with the same digest), unfolded when a
    copy group had folded them; the index it patches with them is the one a
    fresh build writes, as groups come and go."""
    from briefings.site import index_state

    base = [briefing(i, TEXTS[i % len(TEXTS)] + f" رقم {i}") for i in range(DOCS_PER_CHUNK)]
    added = [*base, briefing(DOCS_PER_CHUNK, "هطلت أمطار على مدينة أربيل وأغلقت طرق الزعفران.")]
    groups = [{"members": [{"id": "a0001"}, {"id": "a0005"}]}]

    def digest(b: dict) -> str:
        return f"key:{b['id']}:{b['body']}"

    assert index_state.load(tmp_path).index is None  # nothing kept: built whole
    for docs, g in ((base, groups), (added, []), (added, groups), (base, [])):
        kept = index_state.load(tmp_path)
        index = IndexBuilder(kept.index)
        digests = []
        for b in docs:
            found = kept.postings(len(digests), digest(b))
            if kept.index is not None and len(digests) < len(kept.digests):
                assert found == postings(b)  # unfolded, whatever group it was in
            index.add(LightBriefing.of(b), found or postings(b))
            digests.append(digest(b))
        raw = list(index.scores)
        out: dict[str, str] = {}

        def put(path: Path, text: Text, out: dict[str, str] = out) -> None:
            out[path.relative_to("/idx").as_posix()] = text.render()

        index.write(Path("/idx"), put, g)
        assert out == written(docs, groups=g)[0]
        index_state.save(tmp_path, index, digests, raw)
    kept = index_state.load(tmp_path)
    assert kept.postings(0, "another briefing") is None and kept.postings(len(base), digest(added[-1])) is None
    next(tmp_path.rglob("index-*.marshal")).write_bytes(b"not an index")
    assert index_state.load(tmp_path).index is None  # damaged: built whole


def test_the_index_s_files_are_kept_as_digests_once_written_and_made_again_alike():
    docs = [briefing(i, TEXTS[i % len(TEXTS)] + f" رقم {i}") for i in range(DOCS_PER_CHUNK + 2)]
    out, index = written(docs)
    held = {rel: t for rel, t in index.files.items() if rel.startswith(("t/", "c/", "d/"))}
    assert held and all(isinstance(t, Made) for t in held.values())  # no text held after the write
    assert {rel: t.render() for rel, t in held.items()} == {rel: out[rel] for rel in held}


def test_a_patched_region_makes_again_only_the_files_whose_terms_changed(monkeypatch):
    """A region an article touches keeps the files of its that hold the
    same terms with the same postings; the index still equals a fresh
    one, in a serving process and from the cache, as regions split and
    join."""
    from briefings.site import search_index

    monkeypatch.setattr(search_index, "SHARD_BYTES", 60)
    made: list[str] = []
    shard = IndexBuilder._shard

    def counted(self, terms, kind, name, best=None):
        made.append(f"{kind}/{name}")
        return shard(self, terms, kind, name, best)

    def digests(docs: list[dict], previous: IndexBuilder | None = None) -> tuple[dict[str, str], IndexBuilder, int]:
        """The files' digests (a file's text is made only where a writer
        that has the file would make it) and how many shards were made."""
        index = IndexBuilder(previous)
        for b in docs:
            index.add(LightBriefing.of(b), postings(b))
        out: dict[str, str] = {}
        made.clear()
        index.write(Path("/idx"), lambda path, text: out.__setitem__(path.relative_to("/idx").as_posix(), text.digest()))
        return out, index, len(made)

    monkeypatch.setattr(IndexBuilder, "_shard", counted)
    base = [briefing(i, TEXTS[i % len(TEXTS)] + f" رقم {i}") for i in range(DOCS_PER_CHUNK + 2)]
    added = [*base, briefing(len(base), "أعلنت وزارة الصحة افتتاح مستشفى في مدينة البصرة.")]
    edited = [*added[:-1], briefing(len(base), "أعلنت وزارة الصحة تسجيل إصابة في مدينة البصرة وأربيل.")]
    _, index, _ = digests(base)
    for docs in (added, edited, base, added, base[:5], added):
        fresh, _, all_made = digests(docs)
        snapshot = pickle.dumps(index)  # a builder is patched once: each way starts from a copy
        one_new = docs is added and len(index.docs) == len(base)
        # a serving process's builder, then one kept on disk
        for previous in (index, pickle.loads(snapshot)):
            patched, patched_index, remade = digests(docs, previous)
            assert patched == fresh
            if one_new:
                assert 0 < remade < all_made // 2, (remade, all_made)
            if previous is index:
                index = patched_index
        # and the files' texts, each made (those kept, from the postings)
        assert written(docs, pickle.loads(snapshot))[0] == written(docs)[0]
