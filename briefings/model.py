"""The data model: plain dataclasses that every stage passes along.

`Article.body` is the only copy of an article's text; everything else is a
span of offsets into it (code points), so any item can be traced back.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start : self.end]


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str  # lede, body, subheading, caption, dateline, other


@dataclass(frozen=True)
class Sentence:
    id: int
    start: int
    end: int
    paragraph: int
    kind: str  # the kind of the paragraph it sits in


# not frozen: a frozen dataclass takes three times as long to build, and an
# article makes a thousand tokens; slots keep them small
@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # normalized form, for matching only


@dataclass
class Article:
    id: str
    path: str  # input file, relative to the collection root
    sha256: str
    body: str
    title: str | None = None
    title_derived: bool = False
    outlet: str | None = None
    dateline: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, as far as known
    tags: list[str] = field(default_factory=list)
    language: str = "ar"
    # which record of a multi-article file (JSON array, JSON Lines, each
    # JSON member of a ZIP): its index there, from 0; None for a file of one
    record: int | None = None


@dataclass
class Mention:
    start: int
    end: int
    sentence: int
    text: str


@dataclass
class Actor:
    id: str
    name: str
    type: str  # person, organization, place
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    nationality: str | None = None
    aliases: list[str] = field(default_factory=list)
    salience: float = 0.0


@dataclass
class Figure:
    text: str
    kind: str
    start: int
    end: int
    sentence: int
    value: float | None = None
    value_max: float | None = None
    approx: str = "exact"
    unit: str | None = None
    currency: str | None = None
    date: str | None = None
    relative: bool = False
    calendar: str = "gregorian"


@dataclass
class Quote:
    text: str
    kind: str  # direct or reported
    start: int
    end: int
    sentence: int
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None


@dataclass
class SummaryItem:
    sentence: int
    text: str
    # where the text is in the body: the sentence, or the part after its
    # dateline (None when read back from JSON written before offsets)
    start: int | None = None
    end: int | None = None


@dataclass
class Briefing:
    article: Article
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    summary: list[SummaryItem]
    actors: list[Actor]
    figures: list[Figure]
    quotes: list[Quote]  # statements with a speaker (ANNOTATION.md's quotes)
    tags: list[str] = field(default_factory=list)
    # statements the extractor found no speaker for: shown to the reader,
    # but not quotes (a quote is a statement attributed to a speaker)
    unattributed_statements: list[Quote] = field(default_factory=list)
