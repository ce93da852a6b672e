"""Outlets by the names their readers know (الشرق الأوسط, not `aawsat`):
`data/outlets.txt` maps the source ids feeds and corpora give."""

from __future__ import annotations

from functools import cache

from briefings.lang.ar.lexicon import entries


@cache
def _names() -> dict[str, str]:
    return {source.lower(): name for name, source in entries("outlets")}


def outlet_name(outlet: str | None) -> str:
    """The outlet as readers know it; one the list does not hold as given."""
    if not outlet:
        return ""
    return _names().get(outlet.strip().lower(), outlet)
