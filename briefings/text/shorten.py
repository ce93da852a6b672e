"""Text cut to a length for display, at a word where it can be."""

from __future__ import annotations

# Sane lengths for what is shown alone (page titles, lists, tags, names):
# a value longer than this is no title or name, and Markdown's cost grows
# with it.
MAX_TITLE = 200
MAX_NAME = 100


def shorten(s: str, limit: int) -> str:
    """`s` cut to at most `limit` characters, at a space where there is one
    in the last fifth, with … to say so."""
    if len(s) <= limit:
        return s
    cut = s[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 4 // 5:
        cut = cut[:space]
    return cut.rstrip() + "…"
