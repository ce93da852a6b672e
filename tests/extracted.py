"""What the actor rules find in a text written for a test."""

from __future__ import annotations

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def names_of(kind: str, text: str) -> set[str]:
    return {a.name for a in extract_actors(text, sentences(text, paragraphs(text))) if a.type == kind}


def organizations(text: str) -> set[str]:
    return names_of("organization", text)


def places(text: str) -> set[str]:
    return names_of("place", text)


def people(text: str) -> set[str]:
    return names_of("person", text)
