"""All mentions of one entity become one actor: by the words of its
names, and a country's names by its code."""

from __future__ import annotations

import re

from briefings.extract import gazetteer as gz
from briefings.extract.actors.places import _phrase_names
from briefings.extract.actors.sites import _SITE_HEADS as _NAMED_SITE_HEADS
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import _display, _peel_key, _undefine, person_words
from briefings.lang.ar import Split, clitic_length, key, key_text, vocabulary
from briefings.lang.ar.names import NASAB, abd_compounds
from briefings.model import Actor, Mention

# a country's spelling the place list leaves out, for it is also the nisba
# (سورية: Syrian); found as a place only where a place stands (places._syria)
_ADJECTIVE_SPELLINGS = {key_text("سورية"): "SY"}


def _one_country(actors: list[Actor]) -> list[Actor]:
    """The names of one country are one place: الولايات المتحدة and
    أمريكا, السعودية and المملكة العربية السعودية share no word for the
    merge to go by, but the country list gives them one code. The name
    mentioned most leads; the others become its aliases."""
    countries = gz.countries()
    by_code: dict[str, list[Actor]] = {}
    for a in actors:
        k = key_text(a.name)
        code = (countries.get(k, ("",))[0] or _ADJECTIVE_SPELLINGS.get(k, "")) if a.type == "place" else ""
        if code:
            by_code.setdefault(code, []).append(a)
    gone: set[int] = set()
    for same in by_code.values():
        if len(same) < 2:
            continue
        lead = max(same, key=lambda a: len(a.mentions))
        for a in same:
            if a is not lead:
                _absorb(lead, a)
                gone.add(id(a))
    return [a for a in actors if id(a) not in gone]


def _absorb(lead: Actor, other: Actor) -> None:
    """`other` is `lead` under other names: its names become lead's
    aliases and its mentions lead's."""
    seen = {key_text(n) for n in (lead.name, *lead.aliases)}
    for n in (other.name, *other.aliases):
        if key_text(n) not in seen:
            seen.add(key_text(n))
            lead.aliases.append(n)
    lead.mentions += other.mentions
    lead.mentions.sort(key=lambda m: m.start)


_OPEN_RE = re.compile(r"\s*\(\s*")
_CLOSE_RE = re.compile(r"\s*\)")


def _bracketed_names(body: str, actors: list[Actor]) -> list[Actor]:
    """A body's other name in brackets right after its name is the same
    body (هيئة الإذاعة البريطانية (بي بي سي), منظمة الدول المصدرة للنفط
    (أوبك)): the bracketed one joins the name before it, which leads."""
    starts = {m.start: a for a in actors if a.type == "organization" for m in a.mentions}
    gone: set[int] = set()
    for a in actors:
        if a.type != "organization" or id(a) in gone:
            continue
        for m in list(a.mentions):
            opened = _OPEN_RE.match(body, m.end)
            b = starts.get(opened.end()) if opened else None
            if b is None or b is a or id(b) in gone:
                continue
            inner = next(x for x in b.mentions if x.start == opened.end())
            if not _CLOSE_RE.match(body, inner.end):
                continue
            _absorb(a, b)
            gone.add(id(b))
    return [a for a in actors if id(a) not in gone]


# Groups a mention of two words or more looks at, at most: one word (the
# rarest of the mention) leads to the groups whose name holds it, which in
# any article is a handful; the bound keeps a crafted one linear.
_CANDIDATES = 256


def _merge(body: str, raws: list[_Raw]) -> list[Actor]:
    """All mentions of one entity become one actor. A mention joins an
    actor whose name holds all its words in order (الأعرجي → قاسم
    الأعرجي; التحالف → قوات التحالف الدولي; الخلية → خلية الاعلام الامني),
    the one mentioned most among those. Every form a group takes holds its
    words in order of the first (the longest: mentions come longest
    first), so the first form alone decides; and groups are found through
    the words of their first form, never by a scan of all of them."""
    groups: list[dict] = []
    by_word: dict[tuple[str, str], list[int]] = {}  # (type, word) → groups whose first form holds it
    best_of_word: dict[tuple[str, str], int] = {}  # (type, word) → the group a mention of the word alone joins
    # longest first, so short forms find the full name they belong to
    order = sorted(raws, key=lambda r: (-(r.last - r.first), r.sentence, r.first))
    for r in order:
        written = r.keys()
        ks = [_undefine(k) for k in written]
        best = None
        if len(ks) == 1 and r.type == "person":
            best = _lone_person(ks[0], written[0], groups, by_word.get((r.type, ks[0]), ()))
        elif len(ks) == 1:
            gi = best_of_word.get((r.type, ks[0]))
            best = groups[gi] if gi is not None else None
            if best is not None and r.source == "head" and _in_place(ks[0], best["written"]):
                best = None  # القناة is the canal, not هيئة قناة السويس
            if best is not None and r.type == "place" and _other_place(r, best["raws"][0]):
                # a place of its own: with its own earlier mentions, not
                # one actor a mention (أوروبا six times beside شرق أوروبا)
                best = next((groups[gi] for gi in by_word.get((r.type, ks[0]), ()) if groups[gi]["first"] == ks), None)
        else:
            lists = [by_word.get((r.type, w), ()) for w in ks]
            for gi in min(lists, key=len)[:_CANDIDATES]:
                g = groups[gi]
                if (best is None or g["count"] > best["count"]) and _subseq(ks, g["first"], r.type == "person") and not (
                        r.type == "person" and _father_inside(r, ks, g["first"])):
                    best = g
        if best is None:
            best = {"index": len(groups), "type": r.type, "first": ks, "written": written, "raws": [], "count": 0,
                    "seen": {}}
            groups.append(best)
            for w in dict.fromkeys(ks):
                by_word.setdefault((r.type, w), []).append(best["index"])
        best["raws"].append(r)
        best["count"] += 1
        if r.type == "person":
            for w in dict.fromkeys(ks):  # where the group's mentions wrote each word
                best["seen"].setdefault(w, []).append((r.sentence, r.first))
            continue  # a person's lone word finds its group by _lone_person
        # the group a lone word joins: the most mentioned that holds it,
        # the earliest made among equals
        for w in dict.fromkeys(best["first"]):
            _prefer(best_of_word, (r.type, w), best, groups)
    actors = []
    for g in groups:
        if all(r.source == "head" for r in g["raws"]):
            continue  # short forms with no full name to belong to
        mentions = []
        names: dict[str, int] = {}
        titles: list[str] = []
        nationality = None
        title_keys: set[str] = set()
        for r in sorted(g["raws"], key=lambda r: (r.sentence, r.first)):
            first_tok = r.toks[r.first]
            if r.peeled:  # وآل الشيخ shows as آل الشيخ
                head_text = first_tok.text[clitic_length(first_tok.text, Split(first_tok.key[0], first_tok.key[1:])) :]
            else:
                head_text = first_tok.text if r.whole else ("ال" if r.definite else "") + _display(first_tok)
            end = r.toks[r.last - 1].end
            display = head_text + body[first_tok.end : end]
            mentions.append(Mention(first_tok.start, end, r.sentence, body[first_tok.start : end]))
            names[display] = names.get(display, 0) + 1
            for t in r.titles:
                tk = key_text(t)
                if tk not in title_keys:
                    title_keys.add(tk)
                    titles.append(t)
            nationality = nationality or r.nationality
        # each form's key and its length in words, made once
        kt = {n: key_text(n) for n in names}
        size = {n: len(k.split()) for n, k in kt.items()}
        if g["type"] == "person" and all(size[n] < 2 for n in names) and not titles:
            k = kt[next(iter(names))]
            if k.startswith("ال") or k in gz.places() or k in gz.nisbas() or vocabulary().get(k, 0) > 2000:
                continue  # a common word the tagger called a person
        if g["type"] == "person":
            name = max(names, key=lambda n: (size[n], names[n], -len(n)))
        else:
            # the fullest form used more than once, else the most used
            full = {n: c for n, c in names.items() if size[n] > 1} or names
            name = max(full, key=lambda n: (full[n] > 1, size[n] if full[n] > 1 else 0, size[n], full[n]))
        if g["type"] == "organization" and size[name] < 2 and key(name) in gz.org_heads() and not any(r.source == "outlet" for r in g["raws"]):
            continue  # a bare head noun (الحكومة، القوات) is a generic reference
        aliases = []
        alias_keys = {kt[name]}
        for n in names:
            if kt[n] not in alias_keys:
                alias_keys.add(kt[n])
                aliases.append(n)
        actors.append(
            Actor(id="", name=name, type=g["type"], mentions=mentions, titles=titles,
                  nationality=nationality if g["type"] == "person" else None, aliases=aliases)
        )
    return actors


def _in_place(w: str, written: list[str]) -> bool:
    """Whether a body's name holds the word after its head as the first
    word of a place (هيئة قناة السويس، شرطة إمارة الشارقة): a head alone
    (القناة) names that place there, not the body."""
    places = gz.places()
    return any(_undefine(written[i]) == w and f"{written[i]} {written[i + 1]}" in places
               for i in range(1, len(written) - 1))


def _prefer(table: dict[tuple[str, str], int], k: tuple[str, str], group: dict, groups: list[dict]) -> None:
    """Point `k` at `group` if it is mentioned more than the group `k`
    points at, or as often and made earlier."""
    gi = table.get(k)
    if gi is None or group["count"] > groups[gi]["count"] or (
            group["count"] == groups[gi]["count"] and group["index"] < gi):
        table[k] = group["index"]


# the heads of a named site (sites._SITE_HEADS) and a canal's: a place
# named for the town beside it
_SITE_HEADS = _NAMED_SITE_HEADS | {key("قناة")}


def _other_place(r: _Raw, full: _Raw) -> bool:
    """Whether a country named in one word is a place of its own beside a
    longer place's name that holds it: أمريكا (the United States) is not
    أمريكا اللاتينية, nor أفريقيا غرب أفريقيا; a country's longer name
    (المملكة العربية السعودية) is the same country."""
    countries = gz.countries()
    one = " ".join(r.keys())
    code = countries.get(one, ("",))[0]
    if code:
        return countries.get(" ".join(full.keys()), ("",))[0] != code
    # a continent or a region's place inside a region's name (أوروبا،
    # شرق أوروبا; سيناء، شمال سيناء): two places, as the article names them;
    # so a town inside a site named for it (السويس، قناة السويس; أربيل،
    # مطار أربيل): the city is not the canal, nor the airport
    ks = full.keys()
    if len(ks) > 1 and _undefine(_peel_key(ks[0])) in _SITE_HEADS:
        return one != ks[0]  # any pass's town (السويس is no gazetteer's), not the site's head
    return one in gz.places() and " ".join(ks) in _phrase_names()


def _lone_person(w: str, written: str, groups: list[dict], holding: list[int] | tuple[()]) -> dict | None:
    """The group a person's name in one word (`w`) joins: of the groups
    whose own words (_own_words) hold it, the one whose mentions wrote the
    word most; among equals, the one that wrote it first in the article,
    whom the writer introduced (سميث after the actor ويل سميث, not his
    wife بينكت سميث named later). Only the
    mentions that hold the word count, not a group's other short forms
    (بايدن after يستبعد جو بايدن and بو بايدن is Joe, for all the lone بو
    that joined his son); and the longest name no longer wins a tie (its
    group was merely made first). A father whose son's name holds his
    (علي عبدالله صالح in أحمد علي عبدالله صالح) comes before the son: the
    surname alone is the father's, the son goes by his first name."""
    found = [groups[gi] for gi in holding[:_CANDIDATES] if w in _own_words(groups[gi]["first"])]
    if not found:
        return None
    # as written first: with its article (الأحمد) it is a name that ends so
    # (خالد الأحمد) before one with the bare word (ثامر عبد المحسن احمد), a
    # surname not a father's given name; bare (فيصل) it is the given name
    # (الملك فيصل بن عبدالعزيز) before a surname with its article (تركي الفيصل)
    found = [g for g in found if written in _own_words(g["written"])] or found
    names = [abd_compounds(g["first"]) for g in found]

    def fathers(i: int) -> bool:  # a name another holds from its second word on (_father_inside)
        n = len(names[i])
        return n >= 3 and any(len(o) > n and o[-n:] == names[i] for o in names)

    def rank(i: int) -> tuple:
        seen = found[i]["seen"].get(w, [])
        return (-len(seen), not fathers(i), min(seen), found[i]["index"])

    return found[min(range(len(found)), key=rank)]


def _own_words(name: list[str]) -> list[str]:
    """A person's words that are not an ancestor's: the lone word that
    joins the name (محمد, not سلمان, of محمد بن سلمان)."""
    out, father = [], False
    for i, w in enumerate(name):
        father = i > 1 and (name[i - 1] in NASAB or (father and name[i - 1] == "عبد"))
        if not father:
            out.append(w)
    return out


# a family's name of three words (آل الشيخ …, أبو …) inside a longer one
# is a short form, not a father's own name (_father_inside)
_FAMILY_LEADS = frozenset(key(w) for w in ("آل", "أبو", "أبا"))  # keys: آل is ال


def _father_inside(r: _Raw, short: list[str], long: list[str]) -> bool:
    """Whether a person's name of three words or more (a given name, a
    father's, a family's: علي عبدالله صالح) that a longer name holds from
    its second word on (أحمد علي عبدالله صالح) names another man, his
    father: it does where the article names him on his own, a title of
    his own before it (الرئيس المخلوع علي عبدالله صالح), and the longer
    name has a first name the names lists know before his. Not where the
    word before it is the longer name's word before it (والد الشهيد عيد
    ماطر مبارك الشهراني: the span lost the son's first name), nor a name
    of two words (وائل الحلقي of محمد وائل الحلقي; دي ميستورا، نصر الله,
    surnames of two words), which a short form of the son takes."""
    short, long = abd_compounds(short), abd_compounds(long)
    if len(short) < 3 or short[0] in _FAMILY_LEADS or not r.titles:
        return False
    n = len(short)
    at = next((i for i in range(1, len(long) - n + 1) if long[i:i + n] == short and long[i - 1] not in NASAB), 0)
    if not at or long[at - 1] not in person_words():
        return False  # سؤال حسن أبو هنية: a span that ran on from a common word is no son
    before = r.toks[r.first - 1].key if r.first > 0 else ""
    return _undefine(_peel_key(before)) != long[at - 1]


def _subseq(short: list[str], long: list[str], person: bool = False) -> bool:
    """Whether `short`'s words are in `long` in order; for a person, not
    from a word after بن on (that is a father's name)."""
    if len(short) > len(long):
        return False
    if person:
        short, long = abd_compounds(short), abd_compounds(long)
        starts = [i for i, x in enumerate(long)
                  if x == short[0] and not (i > 1 and long[i - 1] in NASAB and short[0] not in NASAB)]
        if not starts:
            return False
        long = long[starts[0]:]
    it = iter(long)
    return all(any(w == x for x in it) for w in short)
