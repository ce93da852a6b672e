"""One article through every extractor into a Briefing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefings.extract.actors import extract_actors, ner_tags
from briefings.extract.actors.speaker_actors import link_speakers, speaker_people
from briefings.extract.figures import extract_figures
from briefings.extract.quotes import extract_quotes
from briefings.extract.summary import summarize
from briefings.lang.ar.normalize import key_text
from briefings.model import Actor, Article, Briefing, Paragraph, Quote, Sentence, Token
from briefings.text.segment import paragraphs, sentences
from briefings.text.shorten import MAX_NAME, shorten
from briefings.text.tokens import sentence_tokens


def actor_key(actor: Actor) -> str:
    """The key that names one entity across articles: type and normalized
    canonical name."""
    return f"{actor.type}:{key_text(actor.name)}"


def actor_slug(actor: Actor) -> str:
    prefix = {"person": "p", "organization": "o", "place": "l"}[actor.type]
    return f"{prefix}-{hashlib.sha1(actor_key(actor).encode('utf-8')).hexdigest()[:10]}"


def _salience(actors: list[Actor], quotes: list[Quote], n_sentences: int) -> None:
    """Mentions, how early the first one is, and speaking in quotes."""
    speakers: dict[str, int] = {}
    for q in quotes:
        if q.speaker_id:
            speakers[q.speaker_id] = speakers.get(q.speaker_id, 0) + 1
    raw = {}
    for a in actors:
        first = min((m.sentence for m in a.mentions), default=n_sentences)
        early = 1.0 - first / max(n_sentences, 1)
        # people are what a briefing is read for; places mostly set the scene
        type_weight = {"person": 1.3, "organization": 1.0}.get(a.type, 0.6)
        raw[a.id] = type_weight * (len(a.mentions) + 2 * early + 1.5 * speakers.get(a.id, 0) + 0.5 * len(a.titles))
    top = max(raw.values(), default=1.0) or 1.0
    for a in actors:
        a.salience = round(raw[a.id] / top, 3)


def _named(actors: list[Actor]) -> list[Actor]:
    """Actors whose name is a name: text with no punctuation for pages
    (a run of words the tagger took for one) is longer than any name, and
    would be a title, a tag and a page of its own."""
    kept = [a for a in actors if len(a.name) <= MAX_NAME]
    for a in kept:
        a.titles = [t for t in a.titles if len(t) <= MAX_NAME]
        a.aliases = [n for n in a.aliases if len(n) <= MAX_NAME]
    return kept


@dataclass
class Segmented:
    """An article cut into paragraphs, sentences and their tokens."""

    article: Article
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    tokens: list[list[Token]]

    @property
    def arabic(self) -> bool:
        # the Arabic extractors read other languages as noise: such an
        # article gets its page, its sentences and its numbers, not actors
        # or quotes
        return self.article.language == "ar"


def segment(article: Article) -> Segmented:
    paras = paragraphs(article.body)
    sents = sentences(article.body, paras)
    return Segmented(article, paras, sents, sentence_tokens(article.body, sents))


def assemble(article: Article, seg: Segmented | None = None, ner: list[list[str]] | None = None) -> Briefing:
    """The briefing of one article; `seg` and the NER tags of its
    sentences when they were computed already (assemble_many)."""
    seg = seg if seg is not None else segment(article)
    body, sents, tokens = article.body, seg.sentences, seg.tokens
    if seg.arabic and ner is None:
        # decoded here, not inside extract_actors: the speakers read them too
        ner = ner_tags([[t.text for t in tokens[s.id]] for s in sents])
    actors = _named(extract_actors(body, sents, article.outlet, tokens, ner)) if seg.arabic else []
    for a in actors:
        a.id = actor_slug(a)
    # the actors' mentions: a name is never what a number counts
    named = [(m.start, m.end) for a in actors for m in a.mentions]
    figures = extract_figures(body, sents, article.published, tokens, named)
    statements = extract_quotes(body, sents, actors, tokens) if seg.arabic else []
    for q in statements:
        q.speaker = shorten(q.speaker, MAX_NAME) if q.speaker else q.speaker
    # a speaker the quotes extractor names that no actor holds is one
    tags = {s.id: ner[n] for n, s in enumerate(sents)} if ner is not None else None
    new = _named(speaker_people(statements, tokens, actors, tags)) if seg.arabic else []
    for a in new:
        a.id = actor_slug(a)
    link_speakers(statements, new)
    actors += new
    quotes = [q for q in statements if q.speaker]
    unattributed = [q for q in statements if not q.speaker]
    _salience(actors, quotes, len(sents))
    actors.sort(key=lambda a: (-a.salience, a.mentions[0].start if a.mentions else 0))
    summary = summarize(body, sents, figures, tokens=tokens, actors=actors, quotes=quotes)
    # tags: the key people and bodies, and the main places (actors are in
    # order of salience already)
    people = [a.name for a in actors if a.type == "person"][:3]
    bodies = [a.name for a in actors if a.type == "organization"][:3]
    places = [a.name for a in actors if a.type == "place"][:2]
    tags = list(dict.fromkeys([*article.tags, *people, *bodies, *places]))
    return Briefing(article, seg.paragraphs, sents, summary, actors, figures, quotes, tags=tags,
                    unattributed_statements=unattributed)


def assemble_many(articles: Sequence[Article]) -> Iterator[tuple[Article, Briefing | Exception]]:
    """The briefings of several articles, each as `assemble` makes it, or
    the exception that stopped it (one article never stops the others).
    The NER tagger decodes all their sentences in one batch: it pays a
    fixed cost for each position of the longest sentence, so one batch of
    many articles costs little more than one article (bench/README.md)."""
    if not articles:
        return  # nothing to tag: the tagger is not even loaded
    segs: list[Segmented | Exception] = []
    for a in articles:
        try:
            segs.append(segment(a))
        except Exception as e:  # noqa: BLE001 - reported with its article
            segs.append(e)
    words = [[[t.text for t in toks] for toks in s.tokens] if isinstance(s, Segmented) and s.arabic else []
             for s in segs]
    try:
        flat = ner_tags([w for ws in words for w in ws], [len(ws) for ws in words])
    except Exception:  # noqa: BLE001 - each article then tags itself, and fails alone if it must
        flat = None
    at = 0
    for a, s, ws in zip(articles, segs, words, strict=True):
        if isinstance(s, Exception):
            yield a, s
            continue
        ner = flat[at : at + len(ws)] if flat is not None and s.arabic else None
        at += len(ws)
        try:
            made: Briefing | Exception = assemble(a, s, ner)
        except Exception as e:  # noqa: BLE001 - reported with its article
            made = e
        yield a, made
