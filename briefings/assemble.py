"""One article through every extractor into a Briefing."""

from __future__ import annotations

import hashlib

from briefings.extract.actors import extract_actors
from briefings.extract.figures import extract_figures
from briefings.extract.quotes import extract_quotes
from briefings.extract.summary import summarize
from briefings.model import Actor, Article, Briefing, Quote
from briefings.text.normalize import key_text
from briefings.text.segment import paragraphs, sentences
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


def assemble(article: Article) -> Briefing:
    body = article.body
    paras = paragraphs(body)
    sents = sentences(body, paras)
    tokens = sentence_tokens(body, sents)
    arabic = article.language == "ar"
    # the Arabic extractors read other languages as noise: such an article
    # gets its page, its sentences and its numbers, not actors or quotes
    actors = extract_actors(body, sents, article.outlet, tokens) if arabic else []
    for a in actors:
        a.id = actor_slug(a)
    figures = extract_figures(body, sents, article.published, tokens)
    quotes = extract_quotes(body, sents, actors, tokens) if arabic else []
    _salience(actors, quotes, len(sents))
    actors.sort(key=lambda a: (-a.salience, a.mentions[0].start if a.mentions else 0))
    summary = summarize(body, sents, figures)
    # tags: the key people and bodies, and the main places (actors are in
    # order of salience already)
    people = [a.name for a in actors if a.type == "person"][:3]
    bodies = [a.name for a in actors if a.type == "organization"][:3]
    places = [a.name for a in actors if a.type == "place"][:2]
    tags = list(dict.fromkeys([*article.tags, *people, *bodies, *places]))
    return Briefing(article, paras, sents, summary, actors, figures, quotes, tags=tags)
