"""Moved to briefings.lang.ar.normalize. Kept only for briefings/stories
(story.py, features.py), which import it still; the NER features and the
training scripts read briefings.lang.ar now. Remove this file when the
stories switch."""

from briefings.lang.ar.normalize import key, key_text

__all__ = ["key", "key_text"]
