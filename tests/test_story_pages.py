"""A story's page data is kept between builds (site/story_pages.py): the
stories document made with it equals the one made without, and a build
whose stories did not change assembles none of them again."""

from __future__ import annotations

import json

from articles import article, story_records

from briefings.readers import Source
from briefings.run import extract_source
from briefings.site.story_pages import StoryPages
from briefings.stories import document, features, link


def dicts(records: list[dict]) -> list[dict]:
    r = extract_source(Source("dump.json", json.dumps(records, ensure_ascii=False).encode("utf-8")))
    assert not r.errors, r.errors
    return r.briefings


def stories_of(bs: list[dict], assemble=None) -> dict:
    slims = [{k: b[k] for k in ("id", "title", "source", "summary", "actors", "quotes", "figures")} for b in bs]
    linked = link(features(bs))
    return document(slims, linked) if assemble is None else document(slims, linked, assemble=assemble)


def test_kept_story_pages_equal_fresh_ones_and_are_not_assembled_again(tmp_path):
    bs = dicts(story_records())
    fresh = stories_of(bs)
    assert fresh["stories"], "the records make a story"
    first = StoryPages(tmp_path)
    assert stories_of(bs, first) == fresh
    assert first.assembled == len(fresh["stories"])
    first.save()

    again = StoryPages(tmp_path)  # the next one-off build reads them from the cache
    assert stories_of(bs, again) == fresh
    assert again.assembled == 0
    # what a build does to the data it was given does not reach the next one
    again_doc = stories_of(bs, again)
    again_doc["stories"][0]["summary"].clear()
    assert stories_of(bs, again) == fresh


def test_a_member_changed_assembles_its_story_again(tmp_path):
    recs = story_records()
    before = StoryPages(tmp_path)
    stories_of(dicts(recs), before)
    before.save()
    # an edit to a member: its story is assembled again, and is what a fresh one is
    recs[0] = {**recs[0], "content": recs[0]["content"] + " وقال المتحدث إن الحصيلة ارتفعت إلى 40 قتيلا."}
    bs = dicts(recs)
    after = StoryPages(tmp_path)
    assert stories_of(bs, after) == stories_of(bs)
    assert after.assembled == 1
    after.save()
    # a story gone is not kept
    lone = dicts([article("هطلت أمطار غزيرة على مدينة أبها أمس وأغلقت الطرق.", date="2015-08-06")])
    gone = StoryPages(tmp_path)
    assert stories_of(lone, gone)["stories"] == []
    assert gone.save() == {}


def test_a_damaged_file_means_every_story_assembled(tmp_path):
    bs = dicts(story_records())
    first = StoryPages(tmp_path)
    stories_of(bs, first)
    first.save()
    first.file.write_bytes(b"\x00not marshal")
    again = StoryPages(tmp_path)
    assert stories_of(bs, again) == stories_of(bs)
    assert again.assembled == len(stories_of(bs)["stories"])


def test_a_serving_process_keeps_them_in_memory(tmp_path):
    bs = dicts(story_records())
    first = StoryPages(None, {})
    stories_of(bs, first)
    kept = first.save()
    assert kept and not list(tmp_path.rglob("*.marshal"))
    second = StoryPages(None, kept)
    assert stories_of(bs, second) == stories_of(bs)
    assert second.assembled == 0
