"""Moved to briefings.lang.ar.normalize. Kept only for
briefings/extract/ner_features.py, which helper `ner` switches to
briefings.lang.ar (its features may not change before a retrain); remove
this file then."""

from briefings.lang.ar.normalize import key, key_text

__all__ = ["key", "key_text"]
