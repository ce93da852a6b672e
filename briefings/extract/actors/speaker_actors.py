"""People the quotes extractor names as speakers that no actor holds: a
name the tagger did not read, found by the speech frame (وقال المهندس
ميشائل مانس إن …، أكدت شذى الصقر أن …). ANNOTATION.md counts a speaker
as an actor, named in `actors`; the quote then points at it."""

from __future__ import annotations

from briefings.extract import gazetteer as gz
from briefings.extract.actors.names import _name_end, _name_word
from briefings.extract.actors.titles import _titles
from briefings.extract.actors.words import (
    _COMMON,
    _NAME_LINKS,
    COMMON_AFTER_OFFICE,
    _clitic,
    _display,
    _peel_key,
    person_words,
)
from briefings.extract.quotes import _HONORIFICS
from briefings.lang.ar import vocabulary
from briefings.lang.ar.normalize import key_text
from briefings.model import Actor, Mention, Quote, Token


def speaker_people(quotes: list[Quote], tokens: list[list[Token]], actors: list[Actor],
                   tags: dict[int, list[str]] | None = None) -> list[Actor]:
    """New person actors for the quotes whose speaker is a name of two
    words or more that no actor holds, or one word the article shows as a
    person's (`_one_word`); `link_speakers` then points the quotes at
    them. `tags`: the NER tags of each sentence, by its id."""
    people: dict[tuple[str, ...], Actor] = {}
    for q in quotes:
        if not q.speaker or q.speaker_id:
            continue
        found = _named(q.speaker, tokens[q.sentence])
        toks = tokens[q.sentence]
        if found is None:
            one = _one_word(q, tokens, tags or {}, actors)
            if one is None:
                continue
            sid, i, j, slot = one
            toks = tokens[sid]
            q.speaker = " ".join(_display(t) for t in toks[i:j])
            st = tokens[q.sentence][slot]
            _person(people, toks, i, j, q.speaker, Mention(toks[i].start, toks[j - 1].end, sid, q.speaker),
                    Mention(st.start, st.end, q.sentence, st.text))
            continue
        i, j = found
        ks = tuple(_peel_key(t.key) for t in toks[i:j])
        if _held(ks, actors):
            continue
        _person(people, toks, i, j, q.speaker, Mention(toks[i].start, toks[j - 1].end, q.sentence, q.speaker))
    return list(people.values())


def _person(people: dict[tuple[str, ...], Actor], toks: list[Token], i: int, j: int, name: str,
            *mentions: Mention) -> None:
    """The person of the name toks[i:j] (made on its first speaker, with its
    titles), given the mentions it lacks."""
    ks = tuple(_peel_key(t.key) for t in toks[i:j])
    a = people.get(ks)
    if a is None:
        titles, nationality = _titles(toks, i, j, set(range(i, j)))
        a = people[ks] = Actor(id="", name=name, type="person", titles=titles, nationality=nationality)
    for m in mentions:
        if all(x.start != m.start for x in a.mentions):
            a.mentions.append(m)


# the words before a one-word speaker that may open its name elsewhere in
# the article (بنجامين هول after قال هول): at most this many
_FIRST_NAMES = 3


def _one_word(q: Quote, tokens: list[list[Token]], tags: dict[int, list[str]],
              actors: list[Actor]) -> tuple[int, int, int, int] | None:
    """(sentence, start, end of its fullest name, the speaker's token in the
    quote's sentence) when the quote's speaker is one word that no list
    calls a common word, a place, a body or a nisba, and the article shows
    it as a person's: written after a first name the names lists hold
    (بنجامين هول … قال هول), after a title's head or a nisba (الوزير
    كيري، الأمريكي ترامب), or tagged a person by the NER. Foreign surnames
    alone (هول، ترامب، كيري) had no actor (bench/README.md, quotes19)."""
    w = q.speaker.strip()
    if not w.isalpha() or w.startswith("ال") or len(w) < 3:
        return None
    toks = tokens[q.sentence]
    slot = next((x for x in range(len(toks) - 1, -1, -1) if toks[x].text == w and toks[x].start < q.start), None)
    if slot is None:
        return None
    k = toks[slot].key
    if not _single_name(toks, slot):
        return None
    best: tuple[int, int, int] | None = None  # (sentence, start, end)
    # the slot's own name, when words of a name follow the first name
    # there (أكد محمد برعي أن: the quotes extractor read محمد alone)
    end = _name_end(toks, slot)
    if end > slot + 1 and k in person_words() and all(_rest_of_name(toks, x) for x in range(slot + 1, end)):
        best = (q.sentence, slot, end)
    headed: tuple[int, int, int] | None = None  # a name a title heads, from the word on
    named = titled = tagged = False  # a first name before it elsewhere; a title; the NER's person
    for sid, ts in enumerate(tokens):
        tg = tags.get(sid, [])
        for x, t in enumerate(ts):
            if t.key != k:
                continue
            if len(tg) == len(ts) and tg[x].endswith("PER"):
                tagged = True
            first = _first_names(ts, x)
            if first < x:
                named = True
                if best is None or x + 1 - first > best[2] - best[1]:
                    best = (sid, first, x + 1)
            elif x and _titles(ts, x, x + 1, {x})[0]:
                titled = True  # الوزير كيري: a title chain the actor rules read
                # and the name it heads (الفنانة التشكيلية يارا منشي … وأكدت يارا)
                # (only when no first name stands before the word anywhere:
                # «د. رسول محمد» would turn محمد رسول around)
                end = _name_end(ts, x)
                if (end > x + 1 and (headed is None or end - x > headed[2] - headed[1])
                        and all(_rest_of_name(ts, y) for y in range(x + 1, end))):
                    headed = (sid, x, end)
    # a title or the NER vouches only for a word the names lists hold or
    # rarer than a common word: the title chain runs over a verb at times
    # («السيدة لي منحت العالم» before رواية, 261 times in the corpus)
    if not (named or best is not None or (titled or tagged) and (k in person_words()
                                                                  or vocabulary().get(k, 0) < _COMMON)):
        return None
    sid, i, j = best or headed or (q.sentence, slot, slot + 1)
    if _held(tuple(_peel_key(t.key) for t in tokens[sid][i:j]), actors):
        return None
    return sid, i, j, slot


def _rest_of_name(toks: list[Token], x: int) -> bool:
    """A word after a first name that continues it (a father's, a family
    name): no place, body head or nisba, and no common word unless the
    names lists call it a person's (خالد سابق stays خالد)."""
    k = toks[x].key
    if k in _NAME_LINKS:
        return True
    if k.startswith("لل") or k in gz.places() or k in gz.org_heads() or k in gz.nisbas() or not _name_word(toks, x, []):
        return False
    return k in person_words() or vocabulary().get(k, 0) < _COMMON


def _single_name(toks: list[Token], x: int) -> bool:
    """A word that may be a person's name alone: no clitic, no article, no
    place, body head, nisba, title head or stop word, and a word the names
    lists call a person's or a rare one that is no plural or verb."""
    k = toks[x].key
    if _clitic(k) or k in gz.places() or k in gz.org_heads() or k in gz.nisbas() or k in gz.title_heads() \
            or k in gz.stop() or not _name_word(toks, x, []):
        return False
    if k in _HONORIFICS:
        return False  # وأشار فضيلته: the one named before, whom the quotes extractor resolves
    # as rare as a name after an office (ترامب is written 129 times): the
    # article must still show it as a person's (`_one_word`)
    return k in person_words() or not (vocabulary().get(k, 0) >= COMMON_AFTER_OFFICE or _plural(k) or _verb(k))


def _first_names(ts: list[Token], x: int) -> int:
    """Where a name ending at x starts: back over words the names lists
    call a person's (and a name's links), at most `_FIRST_NAMES`, not over
    a title's head, a nisba, a place or a word with a clitic."""
    first = x
    while first > 0 and x - first < _FIRST_NAMES:
        t = ts[first - 1]
        k = t.key
        if not k.isalpha() or _clitic(k) or k.startswith("ال") or k in gz.title_heads() or k in gz.nisbas() \
                or k in gz.places() or k in gz.stop():
            break
        if k not in person_words() and k not in _NAME_LINKS:
            break
        first -= 1
    while first < x and ts[first].key in _NAME_LINKS:
        first += 1  # a name does not open with its link
    return first


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
