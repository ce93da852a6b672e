"""How a person's name is built, for matching names: the nasab's links
and عبد with the word it governs."""

from __future__ import annotations

from briefings.lang.ar.normalize import key_text

# in a person's name, what follows بن names a father: سلمان بن عبد العزيز
# inside محمد بن سلمان بن عبد العزيز is another man (but a name that opens
# with ابن or بن is a family's: ابن تيمية، بن لادن)
NASAB = frozenset({"بن", "ابن", "بنت"})


def named_fathers(words: list[str]) -> int:
    """How many words open a name up to its last father named (3 in فيصل
    بن خالد, 1 in عادل الجبير): a shorter name is a longer one's only when
    these agree (فيصل بن خالد is not فيصل بن بندر بن خالد)."""
    return max((i + 2 for i, w in enumerate(words[:-1]) if w in NASAB), default=1)


def abd_compounds(words: list[str]) -> list[str]:
    """A name's keyed words with عبد and the word after it as one, written
    together (عبد العزيز and عبدالعزيز are one name)."""
    out: list[str] = []
    for w in words:
        if out and out[-1] == "عبد":
            out[-1] = f"عبد{w}"
        else:
            out.append(w)
    return out


def name_key(name: str) -> str:
    """A name's key for matching across articles: normalized, عبد and its
    word as one (عبد الله القصبي and عبدالله القصبي are one man)."""
    k = key_text(name)
    return " ".join(abd_compounds(k.split())) if "عبد " in k else k
