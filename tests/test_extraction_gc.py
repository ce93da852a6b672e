"""Extraction tunes the cycle collector while it runs (run/extraction.py):
it must hand the collector back as it found it, whether the input gave
briefings or only errors."""

from __future__ import annotations

import gc

from briefings.readers.base import Source
from briefings.run.extraction import extract_source


def _state() -> tuple[tuple[int, ...], int]:
    return gc.get_threshold(), gc.get_freeze_count()


def test_extraction_leaves_the_collector_as_it_found_it():
    before = _state()
    done = extract_source(Source("a.txt", "قال وزير الخارجية إن 12 سفيراً وصلوا إلى الرياض أمس.\n".encode()))
    assert done.briefings and not done.errors
    assert _state() == before


def test_a_failed_input_leaves_the_collector_as_it_found_it():
    before = _state()
    done = extract_source(Source("broken.zip", b"PK\x03\x04 not a zip"))
    assert done.errors and not done.briefings
    assert _state() == before


def test_what_lived_before_is_not_walked_during_extraction(monkeypatch):
    import briefings.run.extraction as extraction

    seen = []

    def spy(src, max_bytes):
        seen.append(gc.get_freeze_count())
        return extraction.FileResult([], [])

    monkeypatch.setattr(extraction, "_extract_source", spy)
    keep = [[i] for i in range(1000)]  # tracked objects alive before
    extract_source(Source("a.txt", b"x"))
    assert seen and seen[0] >= len(keep)
    assert gc.get_freeze_count() == 0


def test_objects_the_process_froze_stay_frozen():
    keep = [[i] for i in range(100)]
    gc.freeze()
    try:
        extract_source(Source("a.txt", "قال الوزير إن 3 وفود وصلت.\n".encode()))
        # still frozen (some frozen objects may have been freed meanwhile)
        assert gc.get_freeze_count() >= len(keep)
    finally:
        gc.unfreeze()
