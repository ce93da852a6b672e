"""A span of a sentence's tokens that a pass reads as a person, a body or a
place, before the spans of a sentence are resolved and merged."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefings.extract.actors.words import _peel_key
from briefings.model import Token


@dataclass
class _Raw:
    first: int
    last: int  # exclusive
    type: str
    sentence: int
    toks: list[Token]
    source: str  # crf, rule, gazetteer
    titles: list[str] = field(default_factory=list)
    nationality: str | None = None
    whole: bool = False  # the first token is a name as written (فرومان), no clitic peeled
    definite: bool = False  # the first token's article went into ل (للجنة التنفيذية)
    peeled: bool = False  # the first token's clitic letter the peeler keeps is off (وآل الشيخ، لميريام فارس)
    family: bool = False  # a person's last word a common word too, taken as the family name (فؤاد المسلم)

    def keys(self) -> list[str]:
        ks = [t.key for t in self.toks[self.first : self.last]]
        if self.peeled:
            ks[0] = ks[0][1:]
        elif self.definite:
            ks[0] = "ال" + _peel_key(ks[0])
        elif not self.whole:
            ks[0] = _peel_key(ks[0])
        return ks
