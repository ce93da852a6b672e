"""Stories across outlets: wire copies, stories, a story's page data and
`briefings stories`, on articles written for these tests."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile

import numpy as np
import pytest
from articles import BACKGROUND, DISPATCH, DISPATCH_COPY, article, story_records, telegram
from conftest import BIN

from briefings.readers import Source
from briefings.run import extract_source
from briefings.stories import collect, features, link
from briefings.stories.cluster import clusters, similar_pairs
from briefings.stories.copies import is_copy
from briefings.stories.story import assemble, figures


def dicts(records: list[dict], name: str = "dump.json") -> list[dict]:
    r = extract_source(Source(name, json.dumps(records, ensure_ascii=False).encode("utf-8")))
    assert not r.errors, r.errors
    return r.briefings


def test_signatures_are_datasketchs_minhash():
    from datasketch import MinHash

    [f] = features(dicts([article(DISPATCH)]))
    m = MinHash(num_perm=len(f.signature), seed=1, hashfunc=int)
    m.update_batch(f.shingles.tolist())
    assert np.array_equal(m.hashvalues, f.signature)


def test_lsh_pairs_are_datasketchs():
    from datasketch import MinHash, MinHashLSH

    from briefings.stories.copies import LSH_BANDS, LSH_ROWS, LSH_THRESHOLD, LSH_WEIGHTS, candidate_pairs
    from briefings.stories.features import NUM_PERM, permutations, signatures

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    assert (lsh.b, lsh.r) == (LSH_BANDS, LSH_ROWS)
    # sets of shingle hashes, some overlapping others by every share from none to all
    rng = np.random.default_rng(7)
    base = [rng.choice(2**32, 60, replace=False).astype(np.uint32) for _ in range(12)]
    sets = [*base, *(np.concatenate([b[: 6 * k], rng.choice(2**32, 60 - 6 * k).astype(np.uint32)])
                     for k, b in enumerate(base[:11]))]
    feats = features(dicts([article(DISPATCH)])) * len(sets)
    feats = [type(f)(**{**f.__dict__, "id": str(i), "signature": s}) for i, (f, s) in enumerate(zip(feats, signatures(sets), strict=True))]
    perm = np.array(permutations())
    sketches = [MinHash(hashvalues=f.signature, permutations=perm, scheme="affine32") for f in feats]
    for i, m in enumerate(sketches):
        lsh.insert(i, m)
    expected = {(min(i, j), max(i, j)) for i, m in enumerate(sketches) for j in lsh.query(m) if j != i}
    assert len(expected) >= 3  # some pairs found, some not
    assert candidate_pairs(feats) == expected


def test_copies_are_one_text_templates_and_carriers_are_not():
    carrier = DISPATCH + " " + " ".join(BACKGROUND * 2)  # a long article that runs the dispatch among others
    a, b, t1, t2, c = features(dicts([
        article(DISPATCH), article(DISPATCH_COPY), article(telegram("كولومبيا", "خوان سانتوس")),
        article(telegram("جامايكا", "باتريك ألين")), article(carrier),
    ]))
    assert is_copy(a, b)
    assert not is_copy(t1, t2)
    assert not is_copy(a, c)


def test_a_copy_group_keeps_the_earliest_then_the_longest():
    recs = [
        article(DISPATCH_COPY, outlet="صحيفة ب", date="2015-08-02", url="https://b.example/1"),
        article(DISPATCH, outlet="صحيفة أ", date="2015-08-01", url="https://a.example/1"),
        article(DISPATCH + " وكانت الوزارة قد أعلنت خططا مماثلة.", outlet="صحيفة ج", date="2015-08-02"),
        *[article(t, date="2015-08-01") for t in BACKGROUND],
    ]
    doc = collect(dicts(recs))
    [group] = doc["groups"]
    assert group["kind"] == "copies"
    outlets = [m["outlet"] for m in group["members"]]
    assert outlets == ["صحيفة أ", "صحيفة ج", "صحيفة ب"]  # earliest, then the longer of the two next
    assert group["members"][0]["canonical"] and not group["members"][1]["canonical"]
    assert group["members"][0]["url"] == "https://a.example/1"
    assert [m["record"] for m in group["members"]] == [1, 2, 0]


def test_articles_of_one_event_form_a_story_and_the_rest_do_not():
    bs = dicts(story_records())
    linked = link(features(bs))
    assert linked.stories == [[0, 1, 2]]


def test_articles_of_one_event_days_apart_are_not_compared():
    recs = story_records()
    recs[2]["date"] = "2015-08-20"
    linked = link(features(dicts(recs)))
    assert linked.stories == [[0, 1]]


def test_similar_pairs_each_once_within_the_window_and_undated_with_all():
    from scipy.sparse import csr_matrix

    x = csr_matrix(np.ones((5, 1), dtype=np.float32))  # all alike
    days = [10, 10, 11, 14, None]
    i, j, s = similar_pairs(x, days, 0.5, window=2)
    pairs = sorted(zip(i.tolist(), j.tolist(), strict=True))
    assert pairs == [(0, 1), (0, 2), (0, 4), (1, 2), (1, 4), (2, 4), (3, 4)]


def test_average_linkage_does_not_chain_two_events_through_one_article():
    # 0-1-2 one event, 4-5-6 another, 3 close to one of each: single linkage would make one story
    pairs = [(0, 1, 0.9), (0, 2, 0.9), (1, 2, 0.9), (4, 5, 0.9), (4, 6, 0.9), (5, 6, 0.9), (2, 3, 0.5), (3, 4, 0.5)]
    i, j, s = (np.array(v) for v in zip(*pairs, strict=True))
    got = clusters(7, i, j, s.astype(float), 0.3)
    assert [0, 1, 2] in [g for g in got if 3 not in g] or [0, 1, 2, 3] in got
    assert not any({0, 6} <= set(g) for g in got)


def test_a_story_sets_figures_side_by_side_and_flags_a_disagreement():
    bs = dicts(story_records())[:3]
    data = assemble(bs)
    killed = [f for f in data["figures"] if f["unit"] and "قتيل" in f["unit"]]
    assert len(killed) == 1 and killed[0]["disagree"]
    values = {v["value"]: [s["outlet"] for s in v["sources"]] for v in killed[0]["values"]}
    assert values == {30.0: ["صحيفة أ"], 35.0: ["صحيفة ب"]}
    src = killed[0]["values"][0]["sources"][0]
    b = next(b for b in bs if b["id"] == src["briefing"])
    assert src["text"] in b["sentences"][src["sentence"]]["text"]


def test_a_story_groups_quotes_by_speaker_and_merges_its_summary():
    bs = dicts(story_records())[:3]
    data = assemble(bs)
    harbi = [s for s in data["quotes"] if s["speaker"] and "الحربي" in s["speaker"]]
    assert len(harbi) == 1
    said = {q["text"]: {s["outlet"] for s in q["sources"]} for q in harbi[0]["quotes"]}
    # said in two papers: one quote with both sources
    assert said["نحن نحقق في أسباب انفجار السوق وسنلاحق المسؤولين"] == {"صحيفة أ", "صحيفة ج"}
    texts = [s["text"] for s in data["summary"]]
    assert len(texts) == len(set(texts))
    assert {s["outlet"] for s in data["summary"]} >= {"صحيفة أ", "صحيفة ب"}
    # the quote sentence of the third paper repeats the first paper's: not said twice
    assert sum("نحن نحقق" in t for t in texts) == 1
    for s in data["summary"]:
        b = next(b for b in bs if b["id"] == s["briefing"])
        assert b["sentences"][s["sentence"]]["text"] == s["text"]
    assert data["dates"] == {"first": "2015-08-06", "last": "2015-08-07",
                             "days": [{"date": "2015-08-06", "articles": 2}, {"date": "2015-08-07", "articles": 1}]}
    assert {a["name"] for a in data["actors"]} >= {"سامي الحربي"}


def test_stories_command_names_members_by_file_record_and_url_and_reuses_the_cache(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    recs = story_records()
    for n, r in enumerate(recs):
        r["url"] = f"https://news.example/{n}"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("day/2015-08-06.json", json.dumps(recs, ensure_ascii=False))
    (seeds / "archive.zip").write_bytes(buf.getvalue())
    lines = [article(DISPATCH, outlet="صحيفة أ"), article(DISPATCH_COPY, outlet="صحيفة ب")]
    (seeds / "wire.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n", encoding="utf-8")
    (seeds / "note.txt").write_text("افتتحت البلدية حديقة جديدة في الحي الشرقي للمدينة.\n", encoding="utf-8")
    out = tmp_path / "stories.json"

    def run() -> str:
        r = subprocess.run([str(BIN / "briefings"), "stories", str(seeds), "-o", str(out), "--cache", str(tmp_path / "c"),
                            "--jobs", "1"], capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        return r.stderr

    assert "0 extracted" not in run()
    doc = json.loads(out.read_text(encoding="utf-8"))
    [group] = doc["groups"]
    assert group["kind"] == "copies"
    # one day: the longer is canonical (the copy, by its diacritic and semicolon)
    assert [(m["path"], m["member"], m["record"]) for m in group["members"]] == [("wire.jsonl", None, 1), ("wire.jsonl", None, 0)]
    [story] = doc["stories"]
    assert story["kind"] == "story"
    assert sorted((m["path"], m["member"], m["record"], m["url"]) for m in story["members"]) == [
        ("archive.zip", "day/2015-08-06.json", k, f"https://news.example/{k}") for k in (0, 1, 2)
    ]
    assert story["figures"] and story["summary"] and story["headline"]["text"]
    assert "0 extracted" in run()  # a second run reads the cache


@pytest.mark.parametrize("bad", [[], ["--engine", "dask"]])
def test_stories_command_says_how_to_call_it(tmp_path, bad):
    args = [str(BIN / "briefings"), "stories", "-o", str(tmp_path / "s.json"), *bad]
    if bad:
        args.insert(2, str(tmp_path))
    r = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and ("usage" in r.stderr or "--scheduler" in r.stderr)


def test_specific_keys_are_actor_ids_and_valued_figures():
    from briefings.stories.features import specific_keys

    first, second = (set(specific_keys(b)) for b in dicts(story_records())[:2])
    assert "count:30" in first and "count:35" in second  # the dead as each outlet counts them
    assert first & second - {"count:30", "count:35"}  # the spokesman, the town


def test_a_key_of_many_articles_is_not_specific():
    from briefings.stories.refine import SPECIFIC_FLOOR, specific_sets

    n = SPECIFIC_FLOOR + 10
    common, rare = np.uint32(1), np.uint32(2)
    specifics = [np.array([common, rare] if k < 2 else [common], dtype=np.uint32) for k in range(n)]
    keys = specific_sets(specifics)
    assert keys[0] == {2} and keys[1] == {2} and keys[5] == frozenset()
    # in a collection of few articles every key counts
    assert specific_sets(specifics[:SPECIFIC_FLOOR])[5] == {1}


def two_templates(n: int = 6) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of 2n items: two runs of n, alike within (0.5) and a little
    alike across (0.12), so that average linkage at 0.08 makes one story."""
    i, j, s = [], [], []
    for a in range(2 * n):
        for b in range(a + 1, 2 * n):
            i.append(a)
            j.append(b)
            s.append(0.5 if (a < n) == (b < n) else 0.12)
    return np.array(i), np.array(j), np.array(s)


def test_a_story_without_a_specific_core_is_clustered_again_more_strictly():
    from briefings.stories.refine import refine

    i, j, s = two_templates()
    [joined] = clusters(12, i, j, s, 0.08)
    assert len(joined) == 12
    # each run holds its own key (its event), none held by 0.6 of all twelve
    keys = [frozenset({100 + (k >= 6)}) for k in range(12)]
    assert refine([joined], 12, i, j, s, keys, 0.08) == [list(range(6)), list(range(6, 12))]
    # one key in all of them: one event, kept whole
    keys = [frozenset({7, 100 + (k >= 6)}) for k in range(12)]
    assert refine([joined], 12, i, j, s, keys, 0.08) == [list(range(12))]


def test_a_small_story_or_one_alike_at_the_strictest_threshold_is_kept():
    from briefings.stories.refine import MIN_CHECKED, refine

    i, j, s = two_templates(2)  # four items: fewer than checked
    assert MIN_CHECKED > 4
    keys = [frozenset({7, 100 + k}) for k in range(4)]  # one key shared, each its own too
    assert refine([[0, 1, 2, 3]], 4, i, j, s, keys, 0.08) == [[0, 1, 2, 3]]
    i, j, s = two_templates()
    s = np.full(len(s), 0.9)  # a template's run whose texts are nearly one: no threshold splits it
    assert refine([list(range(12))], 12, i, j, s, [frozenset()] * 12, 0.08) == [list(range(12))]


def test_a_small_storys_member_sharing_no_specific_key_is_taken_out():
    from briefings.stories.refine import refine

    i, j, s = two_templates(2)  # four items: fewer than checked, so no core is asked for
    # 0 and 1 name one actor, 2 names another, 3 none: 2 and 3 share only words
    keys = [frozenset({7}), frozenset({7, 8}), frozenset({9}), frozenset()]
    assert refine([[0, 1, 2, 3]], 4, i, j, s, keys, 0.08) == [[0, 1]]
    # two that share nothing at all are no story
    assert refine([[2, 3]], 4, i, j, s, keys, 0.08) == []
    # a chain is enough: each member shares a key with one other member
    keys = [frozenset({7}), frozenset({7, 8}), frozenset({8, 9}), frozenset({9})]
    assert refine([[0, 1, 2, 3]], 4, i, j, s, keys, 0.08) == [[0, 1, 2, 3]]


def test_years_and_bare_numbers_are_not_set_side_by_side():
    def b(i, figs):
        return {"id": f"b{i}", "title": "t", "source": {"outlet": f"o{i}", "published": "2015-08-06", "path": f"p{i}"},
                "figures": figs, "sentences": [{"text": "x"}]}
    year = {"kind": "year", "value": 1436, "unit": None, "sentence": 0, "text": "1436هـ"}
    bare = {"kind": "count", "value": 7, "unit": None, "sentence": 0, "text": "7"}
    other_year = {**year, "value": 28, "text": "28هـ"}
    other_bare = {**bare, "value": 9, "text": "9"}
    assert figures([b(1, [year, bare]), b(2, [other_year, other_bare])]) == []


def test_a_speaker_whose_abd_is_written_apart_in_one_paper_is_one_speaker():
    from briefings.stories.story import quotes

    def briefing(i: str, name: str, text: str) -> dict:
        return {"id": i, "source": {"outlet": i, "published": "2015-08-04"},
                "quotes": [{"speaker": name, "speaker_id": f"p-{i}", "text": text, "kind": "direct", "sentence": 0}]}

    got = quotes([briefing("a", "ماجد بن عبد الله القصبي", "القرار يخدم المواطنين"),
                  briefing("b", "ماجد بن عبدالله القصبي", "القرار يخدم المواطنين"),
                  briefing("c", "سالم العمري", "الخطة جاهزة")])
    assert [len(s["quotes"][0]["sources"]) for s in got] == [2, 1]
