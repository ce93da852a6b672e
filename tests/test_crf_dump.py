"""crf_dump reads a model's weights as pycrfsuite's info() does."""

from __future__ import annotations

from importlib import resources

import pytest

pycrfsuite = pytest.importorskip("pycrfsuite")

from briefings.extract import crf_dump  # noqa: E402
from briefings.extract.ner import MODEL  # noqa: E402


def _by_lines(text: str):
    from pycrfsuite._dumpparser import CRFsuiteDumpParser

    p = CRFsuiteDumpParser()
    for line in text.split("\n"):
        p.feed(line)
    return p.result.state_features, p.result.transitions


_DUMP = """FILEHEADER = {
  magic: lCRF
  num_labels: 2
}

LABELS = {
      0: O
      1: B-PER
}

ATTRIBUTES = {
      0: w=قال
      1: w=a --> b: c
      2: -1w=محمد
}

TRANSITIONS = {
  (1) O --> O: 1.250000
  (1) O --> B-PER: -0.500000
  (1) B-PER --> O: 0.000001
}

STATE_FEATURES = {
  (0) w=قال --> O: 2.000000
  (0) w=a --> b: c --> B-PER: -1.500000
  (0) -1w=محمد --> B-PER: +0.750000
  (0) w=قال --> O: 3.000000
}
"""


def test_a_dump_reads_as_line_by_line():
    state, trans = crf_dump.parse(_DUMP)
    want_state, want_trans = _by_lines(_DUMP)
    assert list(state.items()) == list(want_state.items())
    assert list(trans.items()) == list(want_trans.items())
    # the greedy attribute keeps its own arrow; a repeat keeps the last
    assert state[("w=a --> b: c", "B-PER")] == -1.5 and state[("w=قال", "O")] == 3.0
    assert trans[("B-PER", "O")] == 0.000001


def test_the_shipped_model_reads_as_info_gives_it():
    path = resources.files("briefings.data") / MODEL
    if not path.is_file():
        pytest.skip("no model (make train)")
    t = pycrfsuite.Tagger()
    t.open(str(path))
    info = t.info()
    state, trans = crf_dump.weights(t)
    assert list(state.items()) == list(info.state_features.items())
    assert list(trans.items()) == list(info.transitions.items())
