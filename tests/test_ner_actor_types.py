"""bench/ner_actor_types.py: make eval's actor pairing counted per class,
the counts that say which classes a candidate NER tagger moves."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

from briefings.evaluate import actor_match, pair

_SPEC = importlib.util.spec_from_file_location(
    "ner_actor_types", Path(__file__).resolve().parent.parent / "bench" / "ner_actor_types.py")
assert _SPEC and _SPEC.loader
types_bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(types_bench)


def _a(name: str, kind: str, optional: bool = False) -> dict:
    return {"name": name, "type": kind, **({"optional": True} if optional else {})}


GOLD = [_a("سالم الحربي", "person"), _a("وزارة الصحة", "organization"), _a("جدة", "place"),
        _a("تبوك", "place"), _a("الهلال", "organization", optional=True)]


def test_classes_add_up_to_the_tally() -> None:
    pred = [_a("سالم الحربي", "person"), _a("وجدة", "place"), _a("وزارة الصحة", "place"),
            _a("الهلال", "organization"), _a("فهد", "person")]
    c: Counter = Counter()
    types_bench.count(pred, GOLD, c)
    tally, _ = pair(pred, GOLD, actor_match)
    # a leading clitic is forgiven (وجدة), the optional club is neither tp nor fp
    assert (c["person", "tp"], c["place", "tp"], c["organization", "tp"]) == (1, 1, 0)
    # the ministry read as a place: a place fp that is a swap, an organization fn
    assert (c["place", "fp"], c["place", "swap"], c["organization", "fn"]) == (1, 1, 1)
    assert (c["person", "fp"], c["person", "swap"], c["place", "fn"]) == (1, 0, 1)
    for x in ("tp", "fp", "fn"):
        assert sum(c[k, x] for k in types_bench.CLASSES) == getattr(tally, x) == c["_all", x]


def test_table_refuses_counts_that_do_not_add_up() -> None:
    c: Counter = Counter({("person", "tp"): 2, ("_all", "tp"): 3})
    try:
        types_bench.table({"tune": c})
    except SystemExit as e:
        assert "do not add up" in str(e)
    else:
        raise AssertionError("a class outside the three went uncounted")
