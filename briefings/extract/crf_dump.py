"""A CRF model's weights from crfsuite's text dump, read in one pass.

pycrfsuite's `Tagger.info()` reads the same dump a line at a time, with a
regular expression compiled again for each of its 65,000 lines: a third
of making the tagger on every cold build. This reads the dump whole and
matches each section with one compiled pattern, giving the same weights
in the same order (tests/test_crf_dump.py compares the two).
"""

from __future__ import annotations

import os
import re
import tempfile

# a weight line as pycrfsuite's parser reads it: "(id) from --> to: weight",
# leading blanks dropped, the greedy groups and the weight's form its own
_WEIGHT = re.compile(r"^\s*\(\d+\) (.+) --> (.+): ([+-]?\d+\.\d+)", re.M)
_SECTION = re.compile(r"^\s*(FILEHEADER|LABELS|ATTRIBUTES|TRANSITIONS|STATE_FEATURES) = \{", re.M)


def weights(tagger) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    """(state features, transitions) of an open pycrfsuite Tagger, as
    `info().state_features` and `info().transitions` give them."""
    fd, name = tempfile.mkstemp()
    os.close(fd)
    try:
        tagger.dump(name)
        with open(name, "rb") as f:
            text = f.read().decode("utf-8")
    finally:
        os.unlink(name)
    return parse(text)


def parse(text: str) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    """(state features, transitions) of a dump's text."""
    found: dict[str, dict[tuple[str, str], float]] = {"STATE_FEATURES": {}, "TRANSITIONS": {}}
    heads = list(_SECTION.finditer(text))
    for m, after in zip(heads, [*heads[1:], None], strict=True):
        out = found.get(m.group(1))
        if out is None:
            continue
        # a section ends at its closing brace, alone on its line
        end = text.find("\n}", m.end(), after.start() if after else len(text))
        body = text[m.end() : end if end >= 0 else (after.start() if after else len(text))]
        for w in _WEIGHT.finditer(body):
            out[(w.group(1), w.group(2))] = float(w.group(3))
    return found["STATE_FEATURES"], found["TRANSITIONS"]
