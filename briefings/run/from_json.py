"""Briefings extracted elsewhere (`briefings extract … -o DIR`), read back."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from briefings.run.ids import Ids
from briefings.run.item import Item, LightBriefing
from briefings.run.report import Report

# what the readers make an id of (a file name and URL part, nothing more)
_ID = re.compile(r"[A-Za-z0-9_-]+")
# what the readers make of a publication date (the schema's pattern): the
# pages take it for one (the days' and months' page names, the timeline's
# bound), and a briefing written by hand may hold anything
_PUBLISHED = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


def items_from_json(folder: Path, report: Report) -> Iterator[Item]:
    """The briefings of a folder of `<id>.json` files, in file name order;
    a file that is no briefing is skipped with its reason. Ids are claimed
    as in a run: the files may come from anywhere."""
    ids = Ids()
    for p in sorted(folder.glob("*.json")):
        try:
            b = json.loads(p.read_text(encoding="utf-8"))
            if not isinstance(b, dict) or "id" not in b or "body" not in b:
                raise ValueError("not a briefing")
            if not isinstance(b["id"], str) or not _ID.fullmatch(b["id"]):
                raise ValueError(f"unsafe id {str(b['id'])[:40]!r}")
            light = LightBriefing.of(b)
            published = light.published
            if published is not None and not (isinstance(published, str) and _PUBLISHED.fullmatch(published)):
                raise ValueError(f"'published' is not a date: {str(published)[:40]!r}")
        except (ValueError, KeyError, TypeError, IndexError) as e:
            report.skip({"path": str(p), "record": None, "reason": f"unreadable briefing JSON: {e}"})
            continue
        light = ids.claim(light)
        b["id"] = light.id
        yield Item(light, b)


def briefings_from_json(folder: Path, report: Report) -> Iterator[dict]:
    """The whole briefings of such a folder."""
    for item in items_from_json(folder, report):
        yield item.whole()
