"""The stories document: copy groups and stories, each with its members
named so that a reader finds them in the inputs (file, record, URL), and
each story with what its page shows.

A member's `path` is the input file relative to the folder given (for a
ZIP archive the archive, with the file inside it as `member`), `record`
its index among that file's records from 0 (JSON array, JSON Lines,
either inside a ZIP), None for a file of one article.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from briefings.stories.link import Linked
from briefings.stories.story import assemble, story_id

_ARCHIVE = re.compile(r"^(.*?\.zip)/(.+)$", re.IGNORECASE)


def where(b: dict) -> dict:
    """How to find a briefing's article in the inputs, and what it is."""
    src = b["source"]
    m = _ARCHIVE.match(src["path"])
    path, member = (m.group(1), m.group(2)) if m else (src["path"], None)
    return {"id": b["id"], "path": path, "member": member, "record": src.get("record"), "url": src.get("url"),
            "outlet": src.get("outlet"), "published": src.get("published"), "title": b.get("title")}


def document(briefings: list[dict], linked: Linked, assemble: Callable[..., dict] = assemble) -> dict:
    """The copy groups and stories of briefings as `link` found them
    (`assemble`: a story's page data, as `story.assemble` makes it; a
    build gives one that keeps them between builds)."""
    groups = []
    copies_of: dict[int, list[int]] = {}
    for g in linked.groups:
        copies_of[g.canonical] = g.copies
        members = [{**where(briefings[g.canonical]), "canonical": True}]
        members += [{**where(briefings[k]), "canonical": False} for k in g.copies]
        groups.append({"kind": "copies", "id": "c-" + hashlib.sha1(briefings[g.canonical]["id"].encode()).hexdigest()[:10],
                       "members": members})
    stories = []
    for canon in linked.stories:
        canon = sorted(canon, key=lambda k: briefings[k]["id"])
        members = []
        for k in canon:
            members.append({**where(briefings[k]), "copy_of": None})
            members += [{**where(briefings[c]), "copy_of": briefings[k]["id"]} for c in copies_of.get(k, [])]
        weight = {briefings[k]["id"]: 1 + len(copies_of.get(k, [])) for k in canon}
        outlets = sorted({m["outlet"] for m in members if m["outlet"]})
        stories.append({"kind": "story", "id": story_id([m["id"] for m in members]), "outlets": outlets,
                        "members": members, **assemble([briefings[k] for k in canon], weight)})
    groups.sort(key=lambda g: g["members"][0]["id"])
    stories.sort(key=lambda s: (s["dates"]["first"] or "", s["id"]))
    return {"groups": groups, "stories": stories}
