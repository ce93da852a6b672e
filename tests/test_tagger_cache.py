"""The NER tagger kept pickled in the build cache (run/tagger_cache.py): it
tags as a new one does, a damaged file is made again, and a changed model
or word list is another file."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import time

import pytest

from briefings.extract import gazetteer as gz
from briefings.extract import ner
from briefings.extract.ner import Tagger, model_available
from briefings.run import Options, Report, items, tagger_cache
from briefings.run.prune import prune
from briefings.text.tokens import tokenize
from briefings.versions import EXTRACTION, extraction_version, hashed_files, package_hash

pytestmark = pytest.mark.skipif(not model_available(), reason="the NER model is not built")

SENTENCES = [
    "قال وزير الخارجية الأردني أيمن الصفدي في عمّان إن المحادثات مع الوفد المصري كانت مثمرة.",
    "واستقبل الرئيس الفرنسي إيمانويل ماكرون رئيسَ الوزراء اللبناني في قصر الإليزيه بباريس.",
    "وتعاقد نادي تشلسي مع اللاعب علي محمد من نادي الوحدة.",
]


def _words() -> list[list[str]]:
    return [[t.text for t in tokenize(s, punct=True)] for s in SENTENCES]


@pytest.fixture(scope="module")
def fresh() -> Tagger:
    return Tagger()


class _Counting:
    """Makes taggers, counting them (one tagger made for the module, not
    used before it is pickled: a second per test costs a second)."""

    def __init__(self, tagger: Tagger) -> None:
        self.made = 0
        self.tagger = tagger

    def __call__(self) -> Tagger:
        self.made += 1
        return self.tagger


def test_a_kept_tagger_is_read_back_and_tags_as_a_new_one(tmp_path, fresh):
    path = tagger_cache.tagger_file(tmp_path, "k")
    make = _Counting(fresh)
    first = tagger_cache.cached_tagger(path, make)
    assert make.made == 1 and path.is_file()
    again = tagger_cache.cached_tagger(path, make)
    assert make.made == 1  # read back, not made
    assert again is not first
    sents = _words()
    expected = [first.tag_with_crfsuite(s) for s in sents]
    assert any(t != "O" for tags in expected for t in tags)
    assert again.tag_many(sents) == expected
    # crfsuite's own decoder is opened again from the model file
    assert [again.tag_with_crfsuite(s) for s in sents] == expected
    # the gazetteer's lists are the gazetteer's own objects, not copies
    assert again._features.places is gz.places() and again._features.geo is gz.geonames()


def test_big_lists_are_pickled_whole_and_read_back_as_one_object():
    # a container of _BLOB entries or more goes into the pickle whole (the
    # plain pickler's bytes); one met twice is one object read back, in its
    # order, and a gazetteer list is still the gazetteer's own
    from io import BytesIO

    big = {f"كلمة{i}": (str(i % 7), str(i)) for i in range(tagger_cache._BLOB + 5)}
    small = {"بغداد": 1}
    words = set(big)
    state = {"a": big, "b": [big, small], "c": words, "places": gz.places()}
    buf = BytesIO()
    tagger_cache._Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(state)
    buf.seek(0)
    back = tagger_cache._Unpickler(buf).load()
    assert back["a"] == big and list(back["a"]) == list(big) and back["a"] is back["b"][0]
    assert back["b"][1] == small and back["c"] == words
    assert back["places"] is gz.places()
    with pytest.raises(pickle.UnpicklingError):
        tagger_cache._Unpickler(BytesIO(b"")).persistent_load(("whole", 0, "not bytes"))


@pytest.mark.parametrize("damage", ["garbage", "truncated", "not a tagger", "empty"])
def test_a_damaged_file_is_ignored_and_made_again(tmp_path, damage, fresh):
    path = tagger_cache.tagger_file(tmp_path, "k")
    tagger_cache.cached_tagger(path, _Counting(fresh))
    good = path.read_bytes()
    path.write_bytes({"garbage": b"\x00not a pickle\xff" * 10, "truncated": good[: len(good) // 2],
                      "not a tagger": pickle.dumps({"a": 1}), "empty": b""}[damage])
    make = _Counting(fresh)
    t = tagger_cache.cached_tagger(path, make)
    assert make.made == 1
    t = tagger_cache.cached_tagger(path, make)  # the file made again reads back
    assert make.made == 1
    assert t.tag_many(_words()) == [t.tag_with_crfsuite(s) for s in _words()]


def test_the_key_is_the_extraction_version_and_a_new_one_is_another_file(tmp_path, fresh):
    assert tagger_cache.tagger_file(tmp_path) == tagger_cache.tagger_file(tmp_path, extraction_version())
    assert tagger_cache.tagger_file(tmp_path, "a") != tagger_cache.tagger_file(tmp_path, "b")
    make = _Counting(fresh)
    tagger_cache.cached_tagger(tagger_cache.tagger_file(tmp_path, "a"), make)
    tagger_cache.cached_tagger(tagger_cache.tagger_file(tmp_path, "b"), make)
    assert make.made == 2


def test_every_file_a_tagger_is_made_from_is_in_the_extraction_version():
    """The files opened while a tagger is made (the model, the word lists
    and the gazetteers of its features) are among those the extraction
    version hashes: a retrained model or an edited list is a new key.
    In a fresh interpreter, so that no list is loaded already."""
    code = (
        "import sys, json\n"
        "opened = []\n"
        "sys.addaudithook(lambda ev, args: opened.append(str(args[0])) if ev == 'open' and isinstance(args[0], str) else None)\n"
        "from briefings.extract.ner import Tagger\n"
        "from importlib import resources\n"
        "opened.clear()\n"
        "Tagger()\n"
        "print(json.dumps(opened))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    hashed = {p.resolve() for p in hashed_files(EXTRACTION)}
    from pathlib import Path

    data_files = {Path(p).resolve() for p in json.loads(out) if "/briefings/" in p and "__pycache__" not in p}
    assert any(p.name.endswith(".txt.gz") for p in data_files), data_files  # the word lists were read
    assert data_files <= hashed
    assert (Path(ner.__file__).parent.parent / "data" / ner.MODEL).resolve() in hashed


def test_the_version_changes_with_the_model_or_a_list(tmp_path, monkeypatch):
    from briefings import versions

    (tmp_path / "data").mkdir()
    model, words = tmp_path / "data" / "ner.crfsuite", tmp_path / "data" / "clusters.txt.gz"
    model.write_bytes(b"model one")
    words.write_bytes(b"words one")
    monkeypatch.setattr(versions, "_ROOT", tmp_path)
    h = versions.package_hash.__wrapped__
    first = h(("data",))
    model.write_bytes(b"model two")
    second = h(("data",))
    words.write_bytes(b"words two")
    assert len({first, second, h(("data",))}) == 3
    assert package_hash(EXTRACTION) == extraction_version()


def test_an_old_versions_tagger_is_pruned(tmp_path):
    old = tagger_cache.tagger_file(tmp_path, "old-version")
    old.parent.mkdir(parents=True)
    old.write_bytes(b"x")
    mine = tagger_cache.tagger_file(tmp_path)
    mine.parent.mkdir(parents=True)
    mine.write_bytes(b"y")
    removed = prune(tmp_path, now=time.time() + 30 * 24 * 3600)
    assert old.parent in removed and not old.exists()
    assert mine.exists()


def test_a_run_that_extracts_keeps_the_tagger_in_its_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(ner, "_loader", ner._loader)  # put back after the test
    ner.default_tagger.cache_clear()
    try:
        seeds = tmp_path / "seeds"
        seeds.mkdir()
        (seeds / "a.txt").write_text("زيارة\n\nقال وزير الخارجية أيمن الصفدي في عمّان إن المحادثات مثمرة.\n",
                                     encoding="utf-8")
        cache = tmp_path / "cache"
        report = Report()
        got = [item.whole() for item in items(Options([seeds], cache), report, jobs=1)]
        assert len(got) == 1 and report.extracted == 1
        assert tagger_cache.tagger_file(cache).is_file()
        # a second run's tagger is the one read back: its actors the same
        ner.default_tagger.cache_clear()
        (seeds / "b.txt").write_text("زيارة\n\nقال وزير الخارجية أيمن الصفدي في عمّان إن المحادثات مثمرة جدا.\n",
                                     encoding="utf-8")
        again = [item.whole() for item in items(Options([seeds], cache), Report(), jobs=1)]
        assert [a["name"] for a in again[1]["actors"]] == [a["name"] for a in got[0]["actors"]]
        assert got[0]["actors"]
    finally:
        ner.default_tagger.cache_clear()
