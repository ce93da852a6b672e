"""People the quotes extractor names as speakers that no actor holds: a
name the tagger did not read, found by the speech frame (وقال المهندس
ميشائل مانس إن …، أكدت شذى الصقر أن …). ANNOTATION.md counts a speaker
as an actor, named in `actors`; the quote then points at it."""

from __future__ import annotations

from briefings.extract import gazetteer as gz
from briefings.extract.actors.names import _name_end, _name_word
from briefings.extract.actors.titles import _titles
from briefings.extract.actors.words import _COMMON, _NAME_LINKS, _clitic, _peel_key, person_words
from briefings.lang.ar import vocabulary
from briefings.lang.ar.normalize import key_text
from briefings.model import Actor, Mention, Quote, Token


def speaker_people(quotes: list[Quote], tokens: list[list[Token]], actors: list[Actor]) -> list[Actor]:
    """New person actors for the quotes whose speaker is a name of two
    words or more that no actor holds (`link_speakers` then points the
    quotes at them)."""
    people: dict[tuple[str, ...], Actor] = {}
    for q in quotes:
        if not q.speaker or q.speaker_id:
            continue
        found = _named(q.speaker, tokens[q.sentence])
        if found is None:
            continue
        i, j = found
        toks = tokens[q.sentence]
        ks = tuple(_peel_key(t.key) for t in toks[i:j])
        if _held(ks, actors):
            continue
        a = people.get(ks)
        if a is None:
            titles, nationality = _titles(toks, i, j, set(range(i, j)))
            a = people[ks] = Actor(id="", name=q.speaker, type="person", titles=titles, nationality=nationality)
        m = Mention(toks[i].start, toks[j - 1].end, q.sentence, q.speaker)
        if all(x.start != m.start for x in a.mentions):
            a.mentions.append(m)
    return list(people.values())


def link_speakers(quotes: list[Quote], people: list[Actor]) -> None:
    """The quotes whose speaker is a new person's name, or its last word
    alone (ثيرون after تشارليز ثيرون), are that person's."""
    named = {p.name.split()[-1]: p for p in people} | {p.name: p for p in people}
    for q in quotes:
        if q.speaker and not q.speaker_id and q.speaker in named:
            q.speaker_id = named[q.speaker].id


def _verb(k: str) -> bool:
    """A present tense's shape (يتصورون، تؤكد), a prefix and a plural's or
    no ending: of a word no names list holds, a verb after the speech verb."""
    return k[:1] in "يت" and (k.endswith(("ون", "ين")) or vocabulary().get(k[1:], 0) >= _COMMON)


def _plural(k: str) -> bool:
    """A sound plural of a word the corpus knows (متابعون، مراقبين: a group
    of people); a name's ending alike has no such stem (ثيرون، داتشين)."""
    return k.endswith(("ون", "ين")) and vocabulary().get(k[:-2], 0) >= _COMMON


def _named(speaker: str, toks: list[Token]) -> tuple[int, int] | None:
    """Where in the sentence the speaker stands, if it is a person's name
    as the actor rules read one: two to four words of a name's shape
    (`_name_end`), none a place, a body's head or a nisba, each a word
    the names lists call a person's or a rare one (rarer than after an
    office: no title vouches for it here)."""
    words = speaker.split()
    if not 2 <= len(words) <= 4:
        return None
    n = len(words)
    for i in range(len(toks) - n + 1):
        if [t.text for t in toks[i : i + n]] != words:
            continue
        k = toks[i].key
        if _clitic(k) or k.startswith("ال") or _name_end(toks, i) != i + n:
            return None
        for x in range(i, i + n):
            kx = toks[x].key
            if kx in _NAME_LINKS:
                continue
            if kx.startswith("لل") or kx in gz.places() or kx in gz.org_heads() or kx in gz.nisbas() or not _name_word(toks, x, []):
                return None
            if kx not in person_words() and (vocabulary().get(kx, 0) >= _COMMON or _plural(kx) or _verb(kx)):
                return None  # شهود عيان، متابعون، آنفا يتصورون: common words, plurals, verbs
        return i, i + n
    return None


def _held(ks: tuple[str, ...], actors: list[Actor]) -> bool:
    """Whether an actor's name or alias holds the name's words (the quotes
    extractor links those itself; this only guards a form it missed)."""
    want = " ".join(ks)
    return any(want in key_text(n) for a in actors for n in (a.name, *a.aliases))
