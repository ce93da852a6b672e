"""bench/ner_persons.py: labelled corpus persons counted per stratum for
one tagger, and the counts weighed to the pool they were drawn from."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(_BENCH))  # the bench imports its sibling corpus.py
_SPEC = importlib.util.spec_from_file_location("ner_persons", _BENCH / "ner_persons.py")
assert _SPEC and _SPEC.loader
persons_bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(persons_bench)


def _item(name: str, label: str, stratum: str, pool: int, record: int = 0) -> dict:
    return {"path": "d.zip/d.json", "record": record, "name": name, "label": label, "stratum": stratum,
            "pool": pool}


ITEMS = [_item("سالم الحربي", "y", "both", 100), _item("معالي", "n", "both", 100),
         _item("فهد العتيبي", "y", "candidate", 10), _item("بني سعد", "n", "candidate", 10),
         _item("وأشاد القاسم", "x", "candidate", 10), _item("خالد", "y", "shipped", 4)]


def test_found_persons_are_tp_or_fp_by_label_and_missed_ones_fn() -> None:
    found = {("d.zip/d.json", 0): {persons_bench.norm(k): None for k in ("سالم الحربي", "معالي", "بني سعد", "وأشاد القاسم")}}
    c = persons_bench.tally(ITEMS, found)
    assert (c["both"]["tp"], c["both"]["fp"], c["both"]["fn"]) == (1, 1, 0)
    assert (c["candidate"]["tp"], c["candidate"]["fp"], c["candidate"]["fn"]) == (0, 2, 1)
    assert (c["candidate"]["fp_n"], c["candidate"]["fp_x"]) == (1, 1)
    assert (c["shipped"]["tp"], c["shipped"]["fn"]) == (0, 1)


def test_counts_are_weighed_by_each_stratum_pool_over_its_sample() -> None:
    found = {("d.zip/d.json", 0): {persons_bench.norm(k): None for k in ("سالم الحربي", "فهد العتيبي", "خالد")}}
    tp, fp, fn = persons_bench.weighed(ITEMS, persons_bench.tally(ITEMS, found))
    # both: 1 of 2 drawn from 100 → 50; candidate: 1 of 3 from 10; shipped: 1 of 1 from 4
    assert (round(tp, 3), fp, fn) == (round(50 + 10 / 3 + 4, 3), 0, 0)


def test_the_margin_tagger_unnames_only_persons_under_its_threshold() -> None:
    from briefings.extract import ner

    assert ner.model_available()  # the package ships its model
    words = "وقال الرئيس الأمريكي باراك أوباما في واشنطن إن الاتفاق جيد".split()
    plain = ner.Tagger().tag(words)
    assert any(t.endswith("PER") for t in plain)  # the sentence names a person
    assert persons_bench.MarginTagger(None, 1e-9).tag(words) == plain
    strict = persons_bench.MarginTagger(None, 1.01).tag(words)  # no mean of marginals reaches it
    assert not any(t.endswith("PER") for t in strict)
    # the other words keep their tags
    assert all(s == p for s, p in zip(strict, plain, strict=True) if not p.endswith("PER"))
