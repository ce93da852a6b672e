"""Briefings extracted elsewhere (`briefings extract … -o DIR`), read back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from briefings.run.item import Item, LightBriefing
from briefings.run.report import Report


def items_from_json(folder: Path, report: Report) -> Iterator[Item]:
    """The briefings of a folder of `<id>.json` files, in file name order;
    a file that is no briefing is skipped with its reason."""
    for p in sorted(folder.glob("*.json")):
        try:
            b = json.loads(p.read_text(encoding="utf-8"))
            if not isinstance(b, dict) or "id" not in b or "body" not in b:
                raise ValueError("not a briefing")
            light = LightBriefing.of(b)
        except (ValueError, KeyError, TypeError, IndexError) as e:
            report.skip({"path": str(p), "record": None, "reason": f"unreadable briefing JSON: {e}"})
            continue
        yield Item(light, b)
