"""Outlets by the names their readers know: the extractor needs them too
(an article names its own outlet), so they live in the lang layer."""

from __future__ import annotations

from briefings.lang.ar.outlets import outlet_name

__all__ = ["outlet_name"]
