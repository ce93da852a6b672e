"""Key actors: people (with titles and nationality), organizations and
places, one actor per entity with its aliases and every mention.

The CRF tagger finds names; rules around it add what it cannot see: title
chains and the person they introduce, organizations named by a head noun
(وزارة، قيادة، خلية …), places from the gazetteer, and alias merging.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import and_, attrgetter

from briefings.extract import gazetteer as gz
from briefings.extract.ner import default_tagger, model_available, spans
from briefings.extract.ner_features import CUE_WORDS, TAGGED_WORDS, typed_words
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import Split, bare, clitic_length, entries, key, key_text, table, vocabulary, words
from briefings.lang.ar.outlets import outlet_name
from briefings.model import Actor, Mention, Sentence, Token
from briefings.text.memo import lookup
from briefings.text.tokens import sentence_tokens

_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
_NAME_LINKS = {"بن", "ابن", "بنت", "ال", "ابو", "عبد", "ام", "ولد"}


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

    def keys(self) -> list[str]:
        ks = [t.key for t in self.toks[self.first : self.last]]
        if self.definite:
            ks[0] = "ال" + _peel_key(ks[0])
        elif not self.whole:
            ks[0] = _peel_key(ks[0])
        return ks


def _split(k: str) -> Split:
    """A token read as clitic + word, by lookup: a place or a head noun as
    written stays whole; else a clitic comes off before a place
    (وبغداد) or a word the corpus knows better than the whole (والسفارة →
    و + السفارة; للعراق → ل + العراق)."""
    return Split(*_reading(k))


_reading = gz.reading


@lru_cache(maxsize=200_000)
def _peel_key(k: str) -> str:
    return _reading(k)[1]


@lru_cache(maxsize=200_000)
def _clitic(k: str) -> str:
    return _reading(k)[0]


def _display(tok: Token) -> str:
    """A token's text with its clitic removed, diacritics where they were;
    للعراق shows as العراق."""
    s = _split(tok.key)
    if not s.clitic:
        return tok.text
    rest = tok.text[clitic_length(tok.text, s) :]
    return "ا" + rest if s.restored else rest


def ner_tags(sentences: list[list[str]], docs: list[int] | None = None) -> list[list[str]] | None:
    """The NER tags of token sequences, decoded together; None without a
    model. `docs` counts each article's sentences (None: one article)."""
    return default_tagger().tag_many(sentences, docs) if model_available() else None


def extract_actors(
    body: str,
    sentences: list[Sentence],
    outlet: str | None = None,
    tokens: list[list[Token]] | None = None,
    ner: list[list[str]] | None = None,
) -> list[Actor]:
    """The actors of an article; `ner` holds its sentences' NER tags when
    they were decoded already (with other articles')."""
    raws: list[_Raw] = []
    # a feed gives the outlet's id (okaz); the text names it (عكاظ)
    outlet = outlet_name(outlet) or None
    tokens = tokens if tokens is not None else sentence_tokens(body, sentences)
    tagged = ner if ner is not None else ner_tags([[t.text for t in tokens[s.id]] for s in sentences])
    for n, s in enumerate(sentences):
        toks = tokens[s.id]
        if not toks:
            continue
        found: list[_Raw] = []
        tags: list[str] = []
        if tagged is not None:
            tags = tagged[n]
            # most sentences name no one the tagger knows: a count in C
            for a, e, typ in spans(tags) if tags.count("O") != len(tags) else ():
                if typ in _TYPES:
                    found.append(_Raw(a, e, _TYPES[typ], s.id, toks, "crf"))
        _trim_people(found)
        _join_people(found)
        found += _rule_people(toks, s.id, tags)
        found += _apposed_people(toks, s.id)
        found += _rule_orgs(toks, s.id, tags if tagged is not None else None)
        found += _gazetteer_places(toks, s.id)
        found += _cued_places(toks, s.id, tags)
        found += _corpus_places(toks, s.id, tags)
        found += _named_sites(toks, s.id)
        found += _listed_bodies(toks, s.id)
        _cut_blessings(found)
        _cut_tails(found)
        _cut_at_person(found)
        if outlet:
            found += _outlet_mentions(body, toks, s.id, outlet, s.start)
        found += _quoted_outlets(body, toks, s.id, outlet)
        if toks[0].start < _DATELINE:
            found += _dateline_outlets(body, toks, s.id)
        raws += _resolve(found, outlet)
    raws += _surname_mentions(raws, sentences, tokens)
    _keep_written_names(raws)
    named: dict[int, set[int]] = {}  # sentence → tokens of a person's name
    for r in raws:
        if r.type == "person":
            named.setdefault(r.sentence, set()).update(range(r.first, r.last))
    for r in raws:
        if r.type == "person":
            r.titles, r.nationality = _titles(r.toks, r.first, r.last, named[r.sentence])
    return _one_country(_merge(body, raws))


def _one_country(actors: list[Actor]) -> list[Actor]:
    """The names of one country are one place: الولايات المتحدة and
    أمريكا, السعودية and المملكة العربية السعودية share no word for the
    merge to go by, but the country list gives them one code. The name
    mentioned most leads; the others become its aliases."""
    countries = gz.countries()
    by_code: dict[str, list[Actor]] = {}
    for a in actors:
        code = countries.get(key_text(a.name), ("",))[0] if a.type == "place" else ""
        if code:
            by_code.setdefault(code, []).append(a)
    gone: set[int] = set()
    for same in by_code.values():
        if len(same) < 2:
            continue
        lead = max(same, key=lambda a: len(a.mentions))
        seen = {key_text(n) for n in (lead.name, *lead.aliases)}
        for a in same:
            if a is lead:
                continue
            for n in (a.name, *a.aliases):
                if key_text(n) not in seen:
                    seen.add(key_text(n))
                    lead.aliases.append(n)
            lead.mentions += a.mentions
            gone.add(id(a))
        lead.mentions.sort(key=lambda m: m.start)
    return [a for a in actors if id(a) not in gone]


def _keep_written_names(raws: list[_Raw]) -> None:
    """A person's mention whose first letter reads as a clitic (فرومان →
    ف + رومان، وهبة → و + هبة) keeps it when the article writes the word
    whole inside a longer name (مايكل فرومان): it is that person again;
    or when a rank stands right before it."""
    inner = {t.key for r in raws if r.type == "person" and r.last - r.first >= 2
             for t in r.toks[r.first + 1 : r.last]}
    people = {(r.sentence, x) for r in raws if r.type == "person" for x in range(r.first, r.last)}
    for r in raws:
        k = r.toks[r.first].key
        if r.type == "person" and _clitic(k) and (k in inner or (
                not _peel_key(k).startswith("ال") and _after_rank(r.toks, r.first, r.sentence, people))):
            r.whole = True
    # and so is the same name elsewhere in the article (لعبدك وهبة الزحيلي)
    whole = {tuple(t.key for t in r.toks[r.first : r.last]) for r in raws if r.type == "person" and r.whole}
    for r in raws:
        if r.type == "person" and not r.whole and tuple(t.key for t in r.toks[r.first : r.last]) in whole:
            r.whole = True


def _after_rank(toks: list[Token], i: int, sid: int, people: set[tuple[int, int]]) -> bool:
    """Whether a rank or an honorific ends right before token i (الشيخ
    الدكتور وهبة الزحيلي): a name follows it as written, for a
    conjunction or a preposition does not come between them. Not a rank
    word that ends another's name (يوسف السيد وعدنان المعيبد)."""
    return any(p + _rank_at(toks, p) == i and (p == 0 or (sid, p - 1) not in people)
               for p in range(max(0, i - 3), i))


# key → _peel_key, read by map (a dict read costs a fraction of a cached call)
_PEELED: dict[str, str] = {}


def _surname_mentions(raws: list[_Raw], sentences: list[Sentence], tokens: list[list[Token]]) -> list[_Raw]:
    """A person named in full is later called by the last part of the name
    alone (بايدن، الأعرجي); the tagger misses many of these."""
    surnames = {}
    for r in raws:
        if r.type == "person" and r.last - r.first >= 2:
            k = r.toks[r.last - 1].key
            if len(k) >= 3 and k not in gz.stop() and k not in gz.places() and k != _ALLAH:
                surnames[k] = r  # not الله of عبد الله: the article's every الله would be him
    if not surnames:
        return []
    taken = {(r.toks[i].start) for r in raws for i in range(r.first, r.last)}
    out = []
    for s in sentences:
        toks = tokens[s.id]
        keys = list(map(_KEY, toks))
        if surnames.keys().isdisjoint(keys) and surnames.keys().isdisjoint(lookup(_PEELED, keys, _peel_key, 300_000)):
            continue  # most sentences name none of them: two passes in C
        for i, t in enumerate(toks):
            if t.start in taken:
                continue
            if _peel_key(t.key) in surnames or t.key in surnames:
                out.append(_Raw(i, i + 1, "person", s.id, toks, "alias"))
    return out


_NOT_NAME_LEAD = {key(w) for w in ("المواطن", "المواطنة", "الشاب", "الشابة", "الطفل", "الطفلة", "المقيم", "المقيمة", "الزميل", "الزميلة", "الفنان", "الفنانة", "اللاعب", "اللاعبة", "الكاتب", "الكاتبة", "الشاعر", "الشاعرة")}


# Words that name a thing, not a person, by the name after them: a virus,
# a device, a vehicle, an app (فيروس كورونا، هاتف جالاكسي). The tagger
# reads such names as people's.
_THING_HEADS = {key(w) for w in ("فيروس", "مرض", "متلازمة", "هاتف", "هواتف", "جهاز", "أجهزة", "سيارة", "سيارات",
                                 "طائرة", "طائرات", "صاروخ", "صواريخ", "تطبيق", "منصة", "لعبة", "طراز", "ماركة",
                                 "إعصار", "عاصفة")}


# Of those, the ones a person's name never follows as a genitive (طائرة
# محمد بن راشد is his plane; فيروس كورونا is no one's)
_NAMED_THINGS = {key(w) for w in ("فيروس", "متلازمة", "إعصار", "عاصفة")}


def _thing(r: _Raw) -> bool:
    """Whether a person span is the name of a thing: it opens with a word
    of _THING_HEADS, or one of _NAMED_THINGS stands right before it."""
    if _undefine(_peel_key(r.toks[r.first].key)) in _THING_HEADS:
        return True
    return r.first > 0 and _undefine(_peel_key(r.toks[r.first - 1].key)) in _NAMED_THINGS


# Verbs of the blessings written after a name with الله: صلى الله عليه
# وسلم، رضي الله عنه، رحمه الله، حفظه الله، طيب الله ثراه (the verbs the
# corpus most writes before الله after a dash or a bracket)
_BLESSINGS = {key(w) for w in (
    "صلى", "رضي", "رحمه", "رحمها", "رحمهم", "رحمهما", "يرحمه", "يرحمها", "يرحمهم", "غفر", "يغفر",
    "حفظه", "حفظها", "حفظهم", "حفظهما", "يحفظه", "يحفظها", "يحفظهم", "أيده", "أيدها", "يؤيده",
    "رعاه", "رعاها", "يرعاه", "وفقه", "وفقهم", "طيب")}


def _trim_people(found: list[_Raw]) -> None:
    """A tagged person span that starts with a title or a word such as
    المواطن starts after it; the title is found again by _titles. One
    that names a thing (فيروس كورونا) is no person."""
    heads = gz.title_heads()
    for r in found:
        if r.type != "person":
            continue
        if _thing(r):
            r.type = ""
            continue
        first = r.first
        while r.last - r.first > 1:
            k = r.toks[r.first].key
            if k in heads or k in _NOT_NAME_LEAD or _rank_at(r.toks, r.first) or k in gz.nisbas() or _epithet(r):
                r.first += 1
            else:
                break
        if r.first > first and r.last - r.first == 1 and r.toks[r.first].key.startswith("ال"):
            r.type = ""  # ولي العهد: an office, with no name after it
            continue
        # nor an office after it: محمد بن نايف بن عبدالعزيز ولي العهد
        for x in range(r.first + 2, r.last):
            if _office_after_name(r.toks, x):
                r.last = x
                break


def _epithet(r: _Raw) -> bool:
    """Whether a tagged name of three words or more opens with a definite
    word the names lists lack before a name that is no link's (الحالي
    فرانسوا هولاند، اليتيم حسن حمد اليامي): an epithet or a descriptor;
    a first name does not take the article (الحسن بن، الخليل بن are
    linked, and الوليد is a listed name)."""
    toks = r.toks
    k = _peel_key(toks[r.first].key)
    return (r.last - r.first >= 3 and k.startswith("ال") and k not in person_words()
            and toks[r.first + 1].key not in _NAME_LINKS and not toks[r.first + 1].key.startswith("ال"))


def _join_people(found: list[_Raw]) -> None:
    """Two tagged people with only a name's link between them (ال of آل,
    بن) are one name the tagger broke: علي بن عمير ال جرمان الشهراني, the
    second a word or a name ending in a family name (آل سعود برقية: the
    tagger read on past the name)."""
    people = sorted((r for r in found if r.type == "person"), key=attrgetter("first"))
    for a, b in zip(people, people[1:], strict=False):
        if not a.type or b.first < a.last or _clitic(b.toks[b.first].key):
            continue
        if (b.first - a.last == 1 and a.toks[a.last].key in _NAME_LINKS
                and (b.last - b.first == 1 or _definite(b.toks[b.last - 1].key))):
            b.first = a.first
            a.type = ""


def _cut_blessings(found: list[_Raw]) -> None:
    """A blessing after a name is no part of it (عمر بن الخطاب رضي الله
    عنه، الإمام علي رضي الله عنه), whichever pass found the name; a span
    that opens with God's name or a blessing (الله العلي القدير، غفر الله
    له), or that is a formula with it (بتوفيق الله، نحمد الله), names no
    person."""
    for r in found:
        if r.type != "person":
            continue
        toks = r.toks
        if _peel_key(toks[r.first].key) == _ALLAH or _blessing_at(toks, r.first):
            r.type = ""
            continue
        if r.last - r.first == 2 and toks[r.first + 1].key == _ALLAH and (
                _clitic(toks[r.first].key) == "ب" or _peel_key(toks[r.first].key) in words("allah_formulas")):
            # بتوفيق الله، بحمد الله: by God's grace; توفيق الله، نحمد الله: a
            # formula the corpus writes with no name beside it, not غرم الله
            r.type = ""
            continue
        for x in range(r.first + 1, r.last):
            if _blessing_at(toks, x):
                r.last = x
                break


# Tanween (ً ٌ ٍ): a name never carries it; the word that does is an
# adverb, a state or an object the span ran on into (عددًا، خلفاً، دورياً)
_TANWEEN = ("\u064b", "\u064c", "\u064d")


def _tanween(t: Token) -> bool:
    return any(c in t.text for c in _TANWEEN)


def _cut_tails(found: list[_Raw]) -> None:
    """A name ends before a word written with tanween (المدرب بولوني خلفاً
    لمواطنه، المجلس الثوري دورياً), and a span that opens with one names
    none (اجتماعاً موسعاً). A person's name ends before a word that
    و opens (محمد القحطاني وبدر، أوباما وهو): the next name in a list or
    the sentence going on; a body's name runs on through و (وزارة
    التجارة والصناعة)."""
    for r in found:
        if not r.type:
            continue
        toks = r.toks
        for x in range(r.first, r.last):
            if _tanween(toks[x]):
                if x == r.first:
                    r.type = ""
                else:
                    r.last = x
                break
        if r.type == "organization":
            for x in range(r.first + 1, r.last):
                if _time_phrase(toks, x):
                    r.last = x
                    break
        if r.type == "person" and r.last - r.first > 1 and toks[r.last - 1].key.startswith("لل"):
            # ل and the article open no part of a name: a body named for the
            # person after its head (مركز محمد بن نايف للمناصحة والرعاية),
            # else the sentence going on (المالكي للأجندات)
            h = r.first - 1
            if h >= 0 and _heads_org(toks[h].key) and not _definite(toks[h].key):
                r.first, r.type, r.source = h, "organization", "rule"
                while r.last < len(toks) and toks[r.last].key.startswith("وال") and len(toks[r.last].key) > 4:
                    r.last += 1
                continue
            r.last -= 1
        if r.type == "person":
            while r.last - r.first > 1 and _clitic(toks[r.last - 1].key) == "و" and toks[r.last - 2].key not in _NAME_LINKS:
                r.last -= 1
            # two names joined by و are two people (سامح شكري وعادل الجبير)
            for x in range(r.first + 1, r.last - 1):
                if _clitic(toks[x].key) == "و" and toks[x].key not in _NAME_LINKS and toks[x - 1].key not in _NAME_LINKS:
                    found.append(_Raw(x, r.last, "person", r.sentence, toks, r.source))
                    r.last = x
                    break


def _cut_at_person(found: list[_Raw]) -> None:
    """A body's name ends at a first name written right after its definite
    adjective, with no article or clitic: the person the body's office
    names runs on (الاتحاد الأوروبي فيدريكا موغيريني، نادي النصر الدولي
    ماجد عبدالله). The person is not added: a speaker found there takes
    the statements the quotes pass gives the last person named (tune
    quotes 0.796 → 0.782 when it was)."""
    for r in list(found):
        if r.type != "organization":
            continue
        toks = r.toks
        for x in range(r.first + 2, r.last):
            prev, k = toks[x - 1].key, toks[x].key
            if (_definite(prev) and _adjective(prev) and not _definite(k) and not _clitic(k)
                    and k in person_words() and not _is_punct(toks[x])):
                r.last = x
                break


def _blessing_at(toks: list[Token], x: int) -> bool:
    return toks[x].key in _BLESSINGS and x + 1 < len(toks) and toks[x + 1].key == _ALLAH


def _office_after_name(toks: list[Token], x: int) -> bool:
    """Whether token x, after a name, opens an office in construct with a
    definite word (ولي العهد، وزير الداخلية، أمير منطقة الرياض): the
    tagger often reads it on as part of the name."""
    k = toks[x].key
    if k in _NAME_LINKS or k not in gz.title_heads() or x + 1 >= len(toks) or toks[x - 1].key in _NAME_LINKS:
        return False
    nxt = toks[x + 1].key
    return (nxt.startswith("ال") and nxt != "ال" or _heads_org(nxt) or _place_cue(nxt) != ""
            or _peel_key(nxt) in gz.title_heads())  # وكيل أمين منطقة المدينة


def _is_punct(t: Token) -> bool:
    return not any(c.isalnum() for c in t.text)


def _rule_people(toks: list[Token], sid: int, tags: list[str]) -> list[_Raw]:
    """A military rank or an honorific, perhaps with a nisba, names the
    person that follows it: العميد الفرنسي فنسنت كوست."""
    out = []
    n = len(toks)
    nis = gz.nisbas()
    after = 0  # the token after the last name found
    # most words open neither a rank nor an office: one lookup each, in C
    for i in _opening(toks, _OPENS_OFFICE):
        if i < after:
            continue
        rank = _rank_at(toks, i)
        office = not rank
        if not rank and _peel_key(toks[i].key) in gz.title_heads():
            # an office whose chain ends in a nisba names the person next:
            # الرئيس الأميركي جو بايدن، مستشار الأمن الوطني العراقي فالح الفياض
            j = i + 1
            while j < n and j - i <= 8 and toks[j].key not in nis and (
                    toks[j].key.startswith("ال") or _genitive(toks[j].key)):
                j += 1
            if j < n and toks[j].key in nis and _may_open_name(toks, j + 1, tags):
                rank = j - i
        if not rank:
            continue
        j = i + rank
        while j < n and toks[j].key in nis:
            j += 1
        # honorifics after an office: إمام المسجد النبوي الشريف فضيلة الشيخ صلاح
        while j < n and (r := _rank_at(toks, j)):
            j += r
        if j < n and _genitive(toks[j].key):
            continue  # the chain goes on past the nisba (الحملة السعودية لنصرة الأشقاء)
        if j < n and _clitic(toks[j].key) and not (tags and tags[j].endswith("PER")):
            # a clitic after a rank word makes it a noun (الفريق وتدريباته،
            # المهندس والفني: the team, the engineer); a name the tagger
            # knows goes on (الشيخ وهبة الزحيلي)
            continue
        if j < n and not office and _common_lead(toks[j].key) and not (
                (tags and any(t.endswith("PER") for t in tags[j : j + 2]))
                or (j + 1 < n and toks[j + 1].key == _ALLAH)):
            # الفريق الأول لكرة القدم: the team, not a general; a name the
            # tagger reads on (بنيامين نتنياهو) or one with الله (وصل الله) stays
            continue
        if j < n and not office and not _name_word(toks, j, tags) and not (j + 1 < n and toks[j + 1].key == _ALLAH):
            # a rank word is also a noun (الفريق: the team, اللواء: the
            # brigade, الشيخ of شرم الشيخ): a common word after it that the
            # names lists lack and the tagger does not read as a name opens
            # none (الفريق يلعب، الفريق مؤخرا، اللواء خمسة وثلاثين)
            continue
        end = _name_end(toks, j)
        # a long name the tagger reads on: العريف عبدالله عائض عبدالله آل سعد
        while end < n and end - j < 7 and tags and tags[end].endswith("PER") and not _is_punct(toks[end]) and not (
                end - j >= 2 and _office_after_name(toks, end)):
            end += 1
        if end > j:
            out.append(_Raw(j, end, "person", sid, toks, "rule"))
        after = max(end, i + 1)
    return out


# A word the corpus writes more often than this is a common word unless
# the names lists call it a person's (فيصل، فهد are; لكرة، بشكل are not)
_COMMON = 100
# after an office and its nisba, a stricter test (a name's words: جو is
# written 217 times, نتنياهو 267; أهمية 2,240)
COMMON_AFTER_OFFICE = 300
_ALLAH = key("الله")


def _common_lead(k: str) -> bool:
    """Whether a word that opens with a letter a clitic could be (ل ب ف ك و)
    but that the peeler keeps whole is a common word, not a name: after a
    rank it shows the rank word was a noun (الفريق الأول لكرة القدم)."""
    return k[:1] in "لبفكو" and vocabulary().get(k, 0) > _COMMON and k not in person_words()


def _may_open_name(toks: list[Token], j: int, tags: list[str]) -> bool:
    """Whether token j can open the name an office names (after its
    nisba): it or the next is a name the corpus lists, one the tagger
    reads, or a rare word (a foreign name: تكاياسو); وأكد الرئيس المصري
    أهمية زيارة … names no one."""
    return any(_name_word(toks, x, tags) for x in (j, j + 1))  # جو بايدن: جو is a common word too


def _name_word(toks: list[Token], j: int, tags: list[str]) -> bool:
    if j >= len(toks) or not toks[j].key.isalpha():
        return False
    k = _peel_key(toks[j].key)
    if (tags and tags[j].endswith("PER")) or k in person_words():
        return True
    return vocabulary().get(k, 0) < COMMON_AFTER_OFFICE


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """The words the names lists call a person's."""
    return frozenset(w for name in (CUE_WORDS, TAGGED_WORDS) for w, t in typed_words(name).items() if t.startswith("PER"))


def _apposed_people(toks: list[Token], sid: int) -> list[_Raw]:
    """A name of two or three words that a comma and a title follow, after
    a speech verb, a stop word, a comma or the start: وقال إبراهيم نجم،
    مستشار مفتي مصر. The tagger misses names it has not learnt; the frame
    does not need them."""
    out = []
    n = len(toks)
    for c in range(2, n - 1):
        if toks[c].text not in ("،", ",") or not _title_word(toks, c + 1) or _clitic(toks[c + 1].key):
            continue
        for size in (2, 3):
            a = c - size
            if a < 0:
                break
            if not all(_name_part(toks[x], x == a) for x in range(a, c)):
                break
            lead = toks[a - 1] if a else None
            if lead is None or _is_punct(lead) or lead.key in gz.stop() or speech_lemma(lead.key):
                out.append(_Raw(a, c, "person", sid, toks, "rule"))
                break
    return out


def _name_part(t: Token, first: bool) -> bool:
    k = t.key
    if _is_punct(t) or not k.isalpha() or k in gz.stop() or _clitic(k) or k in gz.nisbas():
        return False
    if _peel_key(k) in gz.title_heads() or k in gz.places() or k in gz.org_heads() or speech_lemma(k):
        return False
    return not (first and k.startswith("ال"))


def _rank_at(toks: list[Token], i: int) -> int:
    """Length in tokens of the rank starting at token i (0 if none)."""
    opened = _ranks_opened_by(toks[i].key)
    if not opened:
        return 0  # most words open none: the rule passes ask of every token
    n = len(toks)
    for r in opened:
        if i + len(r) <= n and all(toks[i + x].key == r[x] for x in range(1, len(r))):
            return len(r)
    return 0


@lru_cache(maxsize=200_000)
def _ranks_opened_by(k: str) -> tuple[tuple[str, ...], ...]:
    """The ranks a word can open, as written and with its clitic peeled."""
    by_first = gz.ranks_by_first()
    return (*by_first.get(k, ()), *by_first.get(_peel_key(k), ()))


@lru_cache(maxsize=200_000)
def _opens_office(k: str) -> bool:
    """Whether a word can open a rank or, its clitic peeled, is the head of
    an office: _rule_people looks no further at the rest (most words)."""
    return bool(_ranks_opened_by(k)) or _peel_key(k) in gz.title_heads()


@lru_cache(maxsize=200_000)
def _heads_org(k: str) -> bool:
    """Whether a word, its clitic peeled, is the head noun of a body, with
    the article or without: _rule_orgs looks no further at the rest."""
    head = _peel_key(k)
    heads = gz.org_heads()
    return head in heads or _undefine(head) in heads


# Stop words that are also first names when written so: علي (على is the
# preposition; the key makes them one).
_NAME_SPELLINGS = {"علي"}


def _written_name(t: Token) -> bool:
    return t.key in _NAME_SPELLINGS and t.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652") in _NAME_SPELLINGS


def _name_end(toks: list[Token], j: int) -> int:
    """End of a personal name starting at j (0 tokens if none): two parts,
    more when linked (عبد الأمير، محمد بن سلمان)."""
    stop = gz.stop()
    heads = gz.title_heads()
    n = len(toks)
    parts = 0
    k = j
    while k < n and parts < 4:
        t = toks[k]
        linked = k > j and toks[k - 1].key in _NAME_LINKS
        if _is_punct(t) or t.key[0].isdecimal():
            break
        # after بن، أبو، عبد the next word is a name whatever else it is
        # (عبدالله بن مساعد); علي written with ya is a name, not على
        if not linked and not _written_name(t) and (t.key in stop or t.key in heads or speech_lemma(t.key)):
            break
        if t.key.startswith("ال") and not (k > j and toks[k - 1].key in _NAME_LINKS):
            # a surname may carry ال (الأعرجي) but not the first part
            if parts == 0 or parts >= 2:
                break
        if parts >= 1 and not linked and _clitic(t.key):
            break  # مشروع الملك عبدالله لسقيا زمزم: a clitic word ends the name
        if t.key in gz.nisbas() and parts >= 1:
            break
        k += 1
        if t.key in _NAME_LINKS:
            continue
        parts += 1
        if parts >= 2 and not (k < n and toks[k].key in _NAME_LINKS):
            break
    return k if parts else j


_WEAK_HEADS = {key(w) for w in ("تنظيم", "ادارة", "مكتب", "مركز", "جهاز", "حركة", "مجموعة", "دار", "غرفة", "أمانة", "وكالة", "مؤسسة", "رئاسة", "إدارة", "نادي", "مجمع", "صندوق", "مستشفى", "قسم", "فرع", "فريق", "دائرة")}
_ORG_ENDERS = {key(w) for w in ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "اليوم", "أمس", "مساء", "صباح", "الحالي", "الحالية", "السابق", "السابقة", "الجديد", "الجديدة", "المحددة", "المحدد", "والتي", "التي", "الذي", "المختص", "المختصة", "المعنية", "المعني",
    # a relation to another body, not part of the name: القوات الموالية للشرعية، الإدارة التابعة للوزارة
    "الموالية", "الموالي", "الموالين", "التابعة", "التابع", "المؤيدة", "المدعومة", "المقربة", "الخاضعة",
    # a participle of the noun before the body (التعميم … لوزارة التعليم
    # الصادر أمس، رئيس النادي المكلف) or an honorific (مجلس الشورى الموقر):
    # after a head and its genitive the corpus writes المكلف 121 times,
    # الصادرة 29, الصادر 17, الموقر 11, none of them a body's adjective
    "الصادر", "الصادرة", "المكلف", "المكلفة", "الموقر", "الموقرة")}


# Nisbas of a reach wider than a country (a region, a people, the world):
# with a head they name a body as a country's nisba does (التحالف العربي،
# المفوضية الأوروبية، البنك الدولي)
_WIDE_NISBAS = {key(w) for w in ("العربي", "العربية", "الأوروبي", "الأوروبية", "الخليجي", "الخليجية", "الإسلامي",
                                 "الإسلامية", "الأفريقي", "الأفريقية", "الآسيوي", "الآسيوية", "الدولي", "الدولية",
                                 "العالمي", "العالمية", "الأممي", "الأممية")}


def _rule_orgs(toks: list[Token], sid: int, tags: list[str] | None) -> list[_Raw]:
    """A head noun (وزارة، قيادة، قوات …) with its genitive and adjective
    chain: قيادة العمليات المشتركة العراقية. A definite head alone
    (الخلية) is kept as a short form that can only join a named body."""
    heads = gz.org_heads()
    stop = gz.stop()
    places = gz.places()
    out = []
    n = len(toks)
    after = 0  # the token after the last body found
    # most words head no body: one lookup each, in C
    for i in _opening(toks, _HEADS_ORG):
        if i < after:
            continue
        head = _peel_key(toks[i].key)
        if (head not in heads and _undefine(head) not in heads) or _rank_at(toks, i) or (
                i and _place_cue(toks[i - 1].key)):
            continue  # ضاحية دار سعد: after a place's cue, a place's name
        j = i + 1
        named = False
        longest = 6  # words after the head; more once the name goes on through و or ل
        through_lam = False
        while j < n and j - i <= longest:
            t = toks[j]
            k = t.key
            if _is_punct(t) or k in stop or k[0].isdecimal() or speech_lemma(k) or k in _ORG_ENDERS:
                break
            named_for = _named_for(toks, i, j, head)
            if named_for:
                j, named = named_for, True
                continue
            if (tags and tags[j].endswith("PER")) or k in gz.title_heads() or _rank_at(toks, j):
                break  # مجلس الوزراء الدكتور: a title opens the next phrase
            if _clitic(k) or k.startswith("وال") or _lam_after_kind(toks, j):
                link = _chain_goes_on(toks, i, j, tags) if named else ""
                if link and not (link == "ل" and through_lam):
                    # one ل at most: الهيئة العامة للسياحة والتراث الوطني للخطة
                    through_lam = through_lam or link == "ل"
                    j += 1
                    longest = 9
                    continue
                break
            if k in gz.nisbas() and j >= i + 2 and _foreign_name(toks[j - 1].key) and not (
                    j + 1 < n and _clitic(toks[j + 1].key) == "ل"):
                # نادي تورينو الإيطالي: the nisba says where the named club is
                # from; شركة سيستمز السعودية للتطوير goes on, a name in full
                break
            if _time_phrase(toks, j):
                break  # وزارة الصحة العام الماضي: when, not which body
            if k.startswith("ال"):
                if head.startswith("ال") and j == i + 1 and not _adjective(k) and not (tags and tags[j] != "O"):
                    break  # المنظمة الأفراد: after a definite head only an adjective
                if (j > i + 1 and _object_after_adjective(toks[j - 1].key, k) and not toks[j - 1].text.endswith("ى")
                        and not (tags and tags[j].startswith("I-"))):  # القوى العاملة: ى, no nisba's ي
                    # a noun after the adjectives is no genitive of the head:
                    # the verb's object (وانتقد الحزب الجمهوري الاتفاق)
                    break
                named = True
            elif k in places:
                named = True
                j += 1
                break
            elif tags and tags[j] != "O":
                named = True  # a proper name the tagger knows: تنظيم داعش
            elif not (j == i + 1 and not head.startswith("ال")) and not _construct_link(toks, i, j):
                break  # a bare word only in construct right after the head: قوات عمليات
            j += 1
        if j - i > 2 and _construct_link(toks, i, j):
            j -= 1  # اللجنة الإشرافية لسوق: a construct with nothing after it is no name
        if named and _undefine(head) in _WEAK_HEADS and not through_lam and not (tags and any(t != "O" for t in tags[i:j])) and not (
                j - i >= 3 and toks[j - 1].key in gz.nisbas() and not head.startswith("ال")):
            # مكتب التربية، الجهاز التنفسي: a common phrase, not a name;
            # one that goes on through و or ل is (المؤسسة العامة لتحلية
            # المياه), and so is one a country's nisba ends (دار الإفتاء المصرية)
            named = False
        if (named and j == i + 2 and tags is not None and tags[i] == tags[i + 1] == "O" and _clitic(toks[i].key) != "ل"
                and _kind_of_body(head, toks[i + 1].key)):
            # الشركة الخاصة، القيادة السياسية: a kind, not a name the tagger
            # knows; under ل it is the body a noun before it belongs to, one
            # the article knows (بيان للقيادة المشتركة)
            named = False
        if named and j == i + 2 and head in _VERBAL_HEADS and _verbal_object(toks[i + 1].key) and not (
                tags and tags[i + 1] != "O"):
            # قيادة الطائرة، قيادة المملكة: driving, leading; the Command is
            # that of a body (قيادة التحالف، قيادة القوات المشتركة)
            named = False
        if named and head == _LEADERSHIP and _led_by(toks, i + 1):
            # بقيادة السعودية، قيادة المملكة العربية السعودية، بقيادة السويدي
            # ستيمر: led by a country or a person, a country's leadership
            named = False
        if named:
            out.append(_Raw(i, j, "organization", sid, toks, "rule", definite=_article_absorbed(toks, i, j)))
            after = j
        elif head.startswith("ال") and j == i + 1:
            out.append(_Raw(i, i + 1, "organization", sid, toks, "head"))
    return out


# Heads that are also verbal nouns: قيادة is the Command and driving or
# leading, إدارة a directorate and managing, رئاسة a presidency and
# presiding (قيادة السيارة، إدارة الأزمة، رئاسة الجلسة)
_VERBAL_HEADS = {key(w) for w in ("قيادة", "إدارة", "رئاسة")}


_LEADERSHIP = key("قيادة")


def _led_by(toks: list[Token], j: int) -> bool:
    """Whether the words after قيادة at j are a place or a nisba: who leads
    (بقيادة الولايات المتحدة، بقيادة المدرب السويسري is found by the title),
    not a body whose command it is (قيادة حرس الحدود، قيادة القوات)."""
    k = toks[j].key
    if k in gz.nisbas():
        return True
    k0, sizes = _place_opening(k)
    return any(j + n <= len(toks) and " ".join([k0, *(t.key for t in toks[j + 1 : j + n])]) in gz.places() for n in sizes)


def _verbal_object(k: str) -> bool:
    """Whether the one definite word after a verbal head is what is driven
    or led rather than a body whose command it is: no body's head (القوات،
    التحالف، الجيش), no place, no nisba."""
    w = _peel_key(k)
    return (w.startswith("ال") and w != "ال" and not _heads_org(k) and w not in gz.places() and w not in gz.nisbas()
            and not _adjective(w))


# Adjectives that name the one body of their kind a country or a state
# has (الديوان الملكي، الحرس الوطني، القوات المسلحة، الحزب الجمهوري،
# البنك المركزي، المجلس الأعلى): the kind-of-body test read these wrong
# on the corpus (bench/README.md, "Actors, sixth round")
_NAMING_ADJECTIVES = {key(w) for w in (
    "الملكي", "الملكية", "الوطني", "الوطنية", "المسلحة", "الجمهوري", "الديمقراطي", "المركزي", "المركزية",
    "الأعلى", "الاتحادي", "الاتحادية")}


def _kind_of_body(head: str, adj: str) -> bool:
    """Whether a definite head and one adjective say what kind of body, not
    which (الشركة الخاصة، اللجنة المنظمة، القوات المشاركة): an adjective that
    is no nisba of a country, a region or a people, after a head the corpus
    writes as often without the article as with it (لجنة 2,718 times to
    اللجنة 3,518: many committees). A head mostly written with it is a body
    a country has one of (الحكومة، الجيش، التحالف): its adjective names it
    (الجيش الوطني)."""
    if not head.startswith("ال") or not _adjective(adj) or adj in gz.nisbas() or adj in _WIDE_NISBAS:
        return False
    if _place_nisba(adj) or adj in _NAMING_ADJECTIVES:
        return False
    v = vocabulary()
    return v.get(head[2:], 0) >= v.get(head, 0) / 2


@lru_cache(maxsize=20_000)
def _place_nisba(adj: str) -> bool:
    """A nisba the places name though the nisbas list lacks it: الأفغانية of
    أفغانستان، الكردستاني of كردستان (its stem opens a place's name)."""
    stem = adj[2:]
    for end in ("يه", "ي"):
        if stem.endswith(end):
            stem = stem[: -len(end)]
            break
    if len(stem) < 4:
        return False
    return any(p.startswith(stem) or p.startswith("ال" + stem) for p in _one_word_places())


@lru_cache(maxsize=1)
def _one_word_places() -> tuple[str, ...]:
    return tuple(p for p in gz.places() if " " not in p)


def _foreign_name(k: str) -> bool:
    """A proper name written without the article, as foreign names are
    (تورينو، أتلانتا، سامسونج): no article, no clitic, a word the
    corpus rarely writes."""
    return k.isalpha() and not k.startswith("ال") and not _clitic(k) and vocabulary().get(k, 0) < COMMON_AFTER_OFFICE


def _named_for(toks: list[Token], i: int, j: int, head: str) -> int:
    """The end of a king's or prince's name that a body right after its
    head is named for (جامعة الملك سعود، مستشفى الملك فهد التخصصي), or 0."""
    if j != i + 1 or head.startswith("ال"):
        return 0
    r = _rank_at(toks, j)
    if not r or toks[j].key not in _ROYAL:
        return 0
    end = _name_end(toks, j + r)
    return end if end > j + r else 0


def _chain_goes_on(toks: list[Token], i: int, j: int, tags: list[str] | None) -> str:
    """Whether a word with a clitic (token j) still belongs to the name of
    the body headed at token i. A name goes on through the preposition ل
    after an adjective (الهيئة العامة للسياحة، اللجنة التنفيذية لسوق عكاظ)
    and through و to a definite word that is neither another body, a
    place nor a title (وزارة الشؤون البلدية والقروية، وزارة التجارة
    والصناعة); a word the tagger opens as another name ends it. Gives the
    clitic that links it, or "" when it does not go on."""
    k = toks[j].key
    # the peeler keeps some words whole that و plainly opens (والتراث),
    # and ل before a rare word after an adjective of kind (لصوامع)
    c, word = ("و", k[1:]) if k.startswith("وال") else ("ل", k[1:]) if _lam_after_kind(toks, j) else _reading(k)[:2]
    if tags and tags[j].startswith("B-"):
        return ""
    if word in gz.places() or word in gz.title_heads():
        return ""
    if (word in gz.org_heads() or _undefine(word) in gz.org_heads()) and not (
            c == "ل" and toks[j - 1].key in _KIND_ADJECTIVES):
        # another body, but not the one a general secretariat serves:
        # الأمانة العامة لمجلس الشورى، اللجنة العليا لجائزة الملك فيصل
        return ""
    if word in gz.stop() or not word.isalpha():
        return ""
    prev = toks[j - 1].key
    if c == "ل":
        # after an adjective of kind, not of country or a participle: the
        # ل of وزارة الصحة السعودية لمحاربة المرض is one of purpose
        kind = j - i >= 2 and prev not in gz.nisbas() and (
            prev in _KIND_ADJECTIVES or (prev.startswith("ال") and not prev.startswith("الم") and prev.endswith(("ي", "يه"))))
        return c if kind else ""
    return c if c == "و" and word.startswith("ال") else ""


def _lam_after_kind(toks: list[Token], j: int) -> bool:
    """Whether token j is ل before a word the peeler keeps whole (a rare
    word: لصوامع), right after an adjective of kind, where a body's name
    goes on: المؤسسة العامة لصوامع الغلال."""
    k = toks[j].key
    return (j > 0 and k.startswith("ل") and not k.startswith("لل") and not _clitic(k) and len(k) >= 4 and k.isalpha()
            and not k.endswith(("ها", "هم")) and toks[j - 1].key in _KIND_ADJECTIVES)  # لمهرجاناتها: its festivals


def _construct_link(toks: list[Token], i: int, j: int) -> bool:
    """Whether token j-1, inside the chain headed at i, is a word after ل
    without the article, which needs the word after it: لسوق عكاظ، لكرة القدم."""
    if j - 1 <= i:
        return False
    c, word, restored = _reading(toks[j - 1].key)
    return c == "ل" and not restored and not word.startswith("ال")


_ROYAL = {key(w) for w in ("الملك", "الأمير", "الأميرة", "الشيخ", "السلطان")}

# Adjectives of kind that a body's name takes without the shape of a
# nisba (الهيئة العامة، المحكمة العليا)
_KIND_ADJECTIVES = {key(w) for w in ("العامة", "العام", "العليا", "الأعلى", "الكبرى", "الدائمة", "الخاصة")}


def _article_absorbed(toks: list[Token], i: int, j: int) -> bool:
    """Whether the head at i is ل + ال written لل, its article hidden: a
    definite adjective right after it says so (للجنة التنفيذية: of the
    executive committee), where a definite noun is a genitive (لمجلس
    الشورى، للجنة تنظيم)."""
    k = toks[i].key
    c, word, restored = _reading(k)
    return (k.startswith("لل") and c == "ل" and not restored and not word.startswith("ال") and i + 1 < j
            and toks[i + 1].key.startswith("ال") and _adjective(toks[i + 1].key))


@lru_cache(maxsize=1)
def _ordinals() -> frozenset[str]:
    return frozenset(words("ordinals") | {k + "ه" for k in words("ordinals")})


@lru_cache(maxsize=1)
def _time_words() -> tuple[frozenset[str], frozenset[str]]:
    """Definite periods (العام، الشهر، الأسبوع, the date words' periods, and
    الليلة) and the words that place them (الماضي، المقبل، الحالي …)."""
    t = table("date_words")
    periods = frozenset(k for k, v in t.items() if v.startswith("period=")) | {key("الليلة")}
    return periods, frozenset(k for k, v in t.items() if v in ("past", "next", "current") and k.startswith("ال"))


def _time_phrase(toks: list[Token], j: int) -> bool:
    """Whether tokens j, j+1 are a time (الأسبوع الماضي، العام المقبل،
    الليلة قبل الماضية): no part of a body's name, which the tagger and
    the rule for bodies read on into (نادي النصر الأسبوع الماضي)."""
    periods, placed = _time_words()
    return (j + 1 < len(toks) and toks[j].key in periods
            and (toks[j + 1].key in placed or toks[j + 1].key == _BEFORE))


_BEFORE = key("قبل")


def _object_after_adjective(prev: str, k: str) -> bool:
    """Whether a definite word k, after a definite adjective in a body's
    name, starts the next phrase (the verb's object, an adverb: الحزب
    الجمهوري الاتفاق، وزارة الداخلية الأخير): not an adjective itself,
    nor a participle (المستقلين), an ordinal (الأول، الرابعة) or a word of
    kind, nor a people named by a broken plural (وزراء الداخلية العرب); a
    word under a clitic before it (لرعاية) is no adjective, nor a plural
    of the shape مفاعل (المباني الخضراء)."""
    if not prev.startswith("ال") or not _adjective(prev) or (prev.startswith("الم") and prev.endswith("ي")):
        return False
    return (not _adjective(k) and not k.startswith("الم") and k not in _ordinals() and k not in _KIND_ADJECTIVES
            and k not in _PEOPLES)


# Peoples named by a broken plural, written after a definite plural as its
# adjective (وزراء الداخلية العرب، القادة الأفارقة): the corpus writes
# each after a definite word in a fifth of its uses or more (العرب 372
# of 1,598, الأفارقة 26 of 48, الأكراد 123 of 448, الأتراك 46 of 122,
# الروس 55 of 141, الأجانب 490 of 764)
_PEOPLES = {key(w) for w in ("العرب", "الأفارقة", "الأكراد", "الأتراك", "الروس", "الأجانب")}


def _adjective(k: str) -> bool:
    """A definite word shaped like an adjective: a nisba (الأوروبي، الدولية)
    or a participle (المتحدة، المسلحة، المشتركة), or an adjective of kind."""
    return k.endswith(("ي", "يه", "يين", "يون")) or (k.startswith("الم") and k.endswith("ه")) or k in _KIND_ADJECTIVES


def _outlet_mentions(body: str, toks: list[Token], sid: int, outlet: str, sent_start: int) -> list[_Raw]:
    """The publisher named in its own text: in the dateline (إيلاف من
    لندن:) or between quote marks (لـ«عكاظ»). Elsewhere an outlet's name is
    often a plain word (اليوم، المدينة)."""
    words = _name_keys(outlet)
    n = len(words)
    # a word that peels to the name's first ends with it, or with all of
    # it but the alef that لل took (للرياض → الرياض)
    tail = words[0][1:]
    out = []
    for i in range(len(toks) - n + 1):
        k = toks[i].key
        if not k.endswith(tail):
            continue
        # most words open no outlet's name: one comparison, then the rest
        if (k != words[0] and _peel_key(k) != words[0]) or any(toks[i + x].key != words[x] for x in range(1, n)):
            continue
        before = body[max(0, toks[i].start - 1) : toks[i].start]
        after = body[toks[i + n - 1].end : toks[i + n - 1].end + 1]
        dateline = toks[i].start == sent_start and body[toks[i + n - 1].end :].lstrip().startswith("من")
        if dateline or (before in "«\"“'" and before and after in "»\"”'" and after):
            out.append(_Raw(i, i + n, "organization", sid, toks, "outlet"))
    return out


@lru_cache(maxsize=64)
def _name_keys(name: str) -> tuple[str, ...]:
    return tuple(key_text(name).split())


@lru_cache(maxsize=1)
def _outlet_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word of each outlet's name → the names it opens, as keys."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name, _source in entries("outlets"):
        ws = tuple(key_text(name).split())
        out.setdefault(ws[0], []).append(ws)
    return {w: tuple(v) for w, v in out.items()}


def _quoted_outlets(body: str, toks: list[Token], sid: int, own: str | None) -> list[_Raw]:
    """Another outlet the article cites, its name between quote marks
    (نقلت لـ«الحياة»، ذكرت "سبق"): unquoted, many are plain words."""
    span = body[max(0, toks[0].start - 1) : toks[-1].end] if toks else ""
    if "«" not in span and '"' not in span and "“" not in span:
        return []  # most sentences quote nothing
    firsts = _outlet_words()
    out = []
    for i, t in enumerate(toks):
        if not t.start or body[t.start - 1] not in "«\"“":
            continue
        for ws in firsts.get(_peel_key(t.key) if t.key not in firsts else t.key, ()):
            e = i + len(ws)
            if (e <= len(toks) and [x.key for x in toks[i + 1 : e]] == list(ws[1:])
                    and body[toks[e - 1].end : toks[e - 1].end + 1] in ("»", "\"", "”")
                    and " ".join(ws) != (key_text(own) if own else None)):
                out.append(_Raw(i, e, "organization", sid, toks, "outlet"))
    return out


# How far into the body a dateline or a byline runs (عين اليوم – جدة;
# واس- الرياض:; داليا أبوالعيش – عين اليوم)
_DATELINE = 100
_DASH_AFTER = re.compile(r"[ \t\u00a0]*[-–—]")
_DASH_BEFORE = re.compile(r"[-–—][ \t\u00a0]*$")


def _dateline_outlets(body: str, toks: list[Token], sid: int) -> list[_Raw]:
    """An outlet (the publisher or an agency) in the dateline or byline at
    the head of the body, set off by a dash: before it (واس- جدة:، عين
    اليوم – متابعات) or after it at the line's end (داليا أبوالعيش – عين
    اليوم). An outlet whose name is a place's (الرياض، المدينة) is as
    often the dateline's place, and is left to the other rules."""
    firsts = _outlet_words()
    places = gz.places()
    out = []
    for i, t in enumerate(toks):
        if t.start >= _DATELINE:
            break
        for ws in firsts.get(t.key, ()):
            e = i + len(ws)
            if e > len(toks) or [x.key for x in toks[i + 1 : e]] != list(ws[1:]) or " ".join(ws) in places:
                continue
            end = toks[e - 1].end
            before = _DASH_BEFORE.search(body[max(0, t.start - 4) : t.start])
            line_end = body[end:].lstrip(" \t\u00a0")[:1] in ("\n", "")
            if _DASH_AFTER.match(body, end) or (before and line_end):
                out.append(_Raw(i, e, "organization", sid, toks, "outlet"))
    return out


@lru_cache(maxsize=1)
def _place_sizes() -> dict[str, tuple[int, ...]]:
    """First word of each place name → the lengths in words of the names
    it opens, longest first: most words open none, and cost one lookup."""
    sizes: dict[str, set[int]] = {}
    for name in gz.places():
        words = name.split()
        if len(words) <= 3:
            sizes.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(s, reverse=True)) for w, s in sizes.items()}


@lru_cache(maxsize=200_000)
def _place_opening(k: str) -> tuple[str, tuple[int, ...]]:
    """A word as a place's name would begin with it (itself if the gazetteer
    holds it, else peeled), and the lengths of the names it opens: one
    lookup a word."""
    k0 = k if k in gz.places() else _peel_key(k)
    return k0, _place_sizes().get(k0, ())


def _gazetteer_places(toks: list[Token], sid: int) -> list[_Raw]:
    places = gz.places()
    out = []
    n = len(toks)
    after = 0  # the token after the last place found
    for i in _opening(toks, _OPENS_PLACE):
        if i < after:
            continue
        k0, sizes = _place_opening(toks[i].key)
        for size in sizes:
            if i + size <= n and " ".join([k0, *(t.key for t in toks[i + 1 : i + size])]) in places:
                out.append(_Raw(i, i + size, "place", sid, toks, "gazetteer"))
                after = i + size
                break
    return out


# Words that announce a place's name after them (حي النسيم، محافظة حجة،
# ضاحية دار سعد): the cues of LOC in briefings/training/priors.py less
# those of direction, which also open common phrases (شمال البلاد).
_PLACE_CUES = {key(w) for w in ("مدينة", "محافظة", "منطقة", "ولاية", "قرية", "بلدة", "مقاطعة", "حي", "ضاحية",
                                "مديرية", "إقليم", "جزيرة")}
_AREA = key("منطقة")
_CUE_ENDS = tuple(_PLACE_CUES)
# A word the corpus uses more often than this is a common word after a
# cue (منطقة العمليات، مدينة جديدة); a place so common is in the gazetteer.
_RARE = 150
# Words that open a place's name of two words (دار سعد، أم السباع)
_PLACE_LINKS = {key(w) for w in ("أم", "أبو", "دار", "بني", "بيت", "عين", "بئر", "رأس", "وادي", "جبل", "تل", "حرف")}


@lru_cache(maxsize=200_000)
def _place_cue(k: str) -> str:
    """The place cue a token is, clitic and all (وحي، بحي: the peeler
    keeps these whole, as وحي is also a word), or ""."""
    w = _peel_key(k)
    if w in _PLACE_CUES:
        return w
    return k[1:] if len(k) > 2 and k[0] in "وبلف" and k[1:] in _PLACE_CUES else ""


# What a word can open, one bit a rule pass: each pass looks only at the
# tokens with its bit, found in C from a dict read once a word (a cached
# function called for every token of every pass was a fifth of actor
# extraction: a bounded lru_cache costs several dict reads a call).
_OPENS_OFFICE, _HEADS_ORG, _OPENS_PLACE, _PLACE_CUE, _ROYAL_WORD = 1, 2, 4, 8, 16
_FLAGS: dict[str, int] = {}
_KEY = attrgetter("key")


def _flags_of(k: str) -> int:
    return (_OPENS_OFFICE * _opens_office(k) | _HEADS_ORG * _heads_org(k) | _OPENS_PLACE * bool(_place_opening(k)[1])
            | _PLACE_CUE * bool(_place_cue(k)) | _ROYAL_WORD * (k in _ROYAL))


# the last sentence's (tokens, flags): the passes of one sentence ask in turn
_LAST: list[tuple[list[Token] | None, list[int]]] = [(None, [])]


def _opening(toks: list[Token], bit: int) -> list[int]:
    """The tokens whose word has `bit`, in order."""
    last = _LAST[0]  # one read: another thread may set it meanwhile
    if last[0] is not toks:
        last = _LAST[0] = (toks, lookup(_FLAGS, list(map(_KEY, toks)), _flags_of, 300_000))
    flags = last[1]
    return list(compress(range(len(flags)), map(and_, flags, repeat(bit))))


def _cued_places(toks: list[Token], sid: int, tags: list[str]) -> list[_Raw]:
    """A rare word after a place cue is a place's name: منطقة الكشار، حي
    المثناة. Small places are in no gazetteer and rarely in the tagger's
    vocabulary; the cue is enough."""
    out = []
    n = len(toks)
    vocab = vocabulary()
    for i in _opening(toks, _PLACE_CUE):
        if i == n - 1:
            break
        j = i + 1
        k = toks[j].key
        if k in _PLACE_LINKS and j + 1 < n and not _is_punct(toks[j + 1]):
            span = 2
            k2 = toks[j + 1].key
            if not k2.isalpha() or k2 in gz.stop() or _clitic(k2):
                continue
        else:
            span = 1
            if (_is_punct(toks[j]) or not k.isalpha() or len(k) < 3 or k in gz.stop() or _clitic(k)
                    or k in gz.nisbas() or (vocab.get(k, 0) > _RARE and k not in words("not_places")
                                            and not _named_after_cue(k, _place_cue(toks[i].key)))
                    or k in gz.org_heads()
                    or _peel_key(k) in gz.title_heads() or (tags and tags[j].endswith(("PER", "ORG")))):
                continue
            if _place_cue(toks[i].key) == _AREA and not k.startswith("ال") and k.endswith("ه"):
                continue  # منطقة وعرة، منطقة صخرية: an adjective agreeing with the cue
            if not k.startswith("ال") and not k.endswith("ها") and k not in gz.places() and _place_genitive(toks, j + 1):
                span = 2  # منطقة حوض الإشراف: a bare word in construct with a definite one
        out.append(_Raw(j, j + span, "place", sid, toks, "rule"))
    return out


# Cues the corpus writes before a name nearly always, however common the
# name's word (حي السلامة، حي المطار، محافظة الخبر، محافظة الرس): of
# their definite followers that are no gazetteer place, most are
# neighbourhoods and governorates; after منطقة، مدينة، قرية a common
# definite word is as often a thing (منطقة الجزاء، قرية الطفل، مدينة
# الألعاب). Counted over the corpus (bench/README.md, seventh round).
_NAMING_CUES = {key(w) for w in ("حي", "محافظة")}


# منطقة الجزاء is football's penalty area: a third of the word's uses
# follow منطقة (65 of 192), the one such word of `names-cued` no place
_PENALTY_AREA = key("الجزاء")


@lru_cache(maxsize=20_000)
def _named_after_cue(k: str, cue: str) -> bool:
    """Whether a word the corpus writes often still names a place after a
    cue: one the corpus writes after place cues in a quarter of its uses
    or more (الباحة، بيشة، الضالع: `names-cued`, LOC, share 1 and up), not
    shaped as an adjective (شرقي); or any definite noun after a cue of
    _NAMING_CUES that is no adjective, title, body's head or relation."""
    if _adjective(k) or k.endswith("ي") or k in _ORG_ENDERS or k == _PENALTY_AREA:
        return False
    share = typed_words(CUE_WORDS).get(k, "")
    if share.startswith("LOC") and share[3:] >= "1":
        return True
    return (cue in _NAMING_CUES and _definite(k) and k != "ال" and k.isalpha() and not _rank_at_word(k)
            and k not in gz.title_heads())


def _rank_at_word(k: str) -> bool:
    return bool(_ranks_opened_by(k))


@lru_cache(maxsize=1)
def _cue_places() -> frozenset[str]:
    """Words the corpus writes right after a place cue (مدينة، محافظة،
    شمال …) in half of their uses or more (`names-cued`, LOC, share 2 and
    up): small towns and provinces no gazetteer of cities holds (شرورة،
    ثادق، المخا، سراقب). Not a word shaped as an adjective or a feminine
    one without the article (شرقي، حدودية، عازلة: منطقة عازلة), nor a
    word with a pronoun (تتجاذبها) or one opening with و."""
    out = set()
    for w, share in typed_words(CUE_WORDS).items():
        if not share.startswith("LOC") or share[3:] < "2" or w in gz.places() or w in gz.stop() or w in gz.nisbas():
            continue
        if _adjective(w) or w.endswith(("ي", "ها")) or (not w.startswith("ال") and w.endswith("ه") and len(w) <= 5):
            continue
        if w.startswith("و"):
            continue  # وبوزنيقة: the list's word kept its و (وتاونات); shown so
        out.add(w)
    return frozenset(out)


def _corpus_places(toks: list[Token], sid: int, tags: list[str]) -> list[_Raw]:
    """A word of _cue_places is a place wherever the article writes it
    (أهالي شرورة), unless the tagger reads it as a person or a body."""
    cue = _cue_places()
    keys = list(map(_KEY, toks))
    if cue.isdisjoint(keys) and cue.isdisjoint(lookup(_PEELED, keys, _peel_key, 300_000)):
        return []  # most sentences name none: two passes in C
    out = []
    for j, t in enumerate(toks):
        k = t.key
        if (k in cue or _peel_key(k) in cue) and not (tags and tags[j].endswith(("PER", "ORG"))):
            out.append(_Raw(j, j + 1, "place", sid, toks, "gazetteer"))
    return out


def _place_genitive(toks: list[Token], j: int) -> bool:
    """Whether token j, a definite word after a place's first word, is its
    genitive (حوض الإشراف، دومة الجندل، رياض الخبراء), not an adjective,
    a relation (التابعة) or the next phrase."""
    if j >= len(toks):
        return False
    k = toks[j].key
    # a participle (المضطرب، المطلة) describes the place
    return (k.startswith("ال") and not k.startswith("الم") and k != "ال" and k.isalpha() and k not in gz.stop() and k not in gz.nisbas()
            and not _adjective(k) and k not in _ORG_ENDERS and k not in gz.places() and not k.endswith("ه")
            and k not in gz.title_heads())  # آل حميدان، فلوريدا اللاعب


# Sites named for a king or a prince (مطار الملك خالد الدولي، طريق الملك
# فهد، ملعب الأمير فيصل بن فهد): over the corpus these heads stand before
# الملك/الأمير/الشيخ some 1,300 times, and the rank rules read the namesake
# as a person whose name runs on into the next word (فهد الواصل، خالد
# الدولي). A named site is a place (ANNOTATION.md: مطار أربيل).
_SITE_HEADS = {key(w) for w in ("مطار", "طريق", "شارع", "جسر", "ميناء", "ملعب", "استاد", "حديقة", "متنزه", "جامع",
                                "مسجد", "قاعدة", "ميدان", "دوار", "قصر", "منتزه", "كورنيش", "نفق")}
# what may follow the namesake as part of the site's name
_SITE_ADJECTIVES = {key(w) for w in ("الدولي", "الدولية", "الرياضي", "الرياضية", "السريع", "الدائري", "الجوية",
                                     "البحرية", "الجديد", "الكبير", "العام", "العامة")}


def _named_sites(toks: list[Token], sid: int) -> list[_Raw]:
    out = []
    n = len(toks)
    for r in _opening(toks, _ROYAL_WORD):
        i = r - 1
        if not 0 <= i < n - 2 or _peel_key(toks[i].key) not in _SITE_HEADS:
            continue
        end = _royal_name_end(toks, i + 2)
        if end == i + 2:
            continue
        if end < n and toks[end].key in _SITE_ADJECTIVES:
            end += 1
        out.append(_Raw(i, end, "place", sid, toks, "rule"))
    return out


def _listed_bodies(toks: list[Token], sid: int) -> list[_Raw]:
    """Bodies named without a head noun (الدفاع المدني، حرس الحدود), from
    the `bodies` list; one under a head (المديرية العامة للدفاع المدني)
    is part of the longer name the rule for bodies finds."""
    firsts = _body_firsts()
    keys = list(map(_KEY, toks))
    if firsts.isdisjoint(keys) and firsts.isdisjoint(lookup(_PEELED, keys, _peel_key, 300_000)):
        return []  # most sentences name none: two passes in C
    listed = words("bodies")
    out = []
    for i in range(len(toks) - 1):
        k = keys[i]
        if f"{_peel_key(k)} {keys[i + 1]}" in listed or f"{k} {keys[i + 1]}" in listed:
            out.append(_Raw(i, i + 2, "organization", sid, toks, "gazetteer"))
    return out


@lru_cache(maxsize=1)
def _body_firsts() -> frozenset[str]:
    return frozenset(k.split()[0] for k in words("bodies"))


def _royal_name_end(toks: list[Token], j: int) -> int:
    """End of a royal's name at j: a given name and its بن/آل chain
    (فيصل بن فهد بن عبدالعزيز آل سعود), never a second word without a
    link: a king is named by his given name, and the word after it is the
    sentence going on (طريق الملك فهد الواصل بين …)."""
    n = len(toks)
    stop = gz.stop()

    def name(k: int) -> int:
        if k >= n or _is_punct(toks[k]) or not toks[k].key.isalpha() or toks[k].key in stop or _clitic(toks[k].key):
            return 0
        if toks[k].key in ("عبد", "ابو") and k + 1 < n and toks[k + 1].key.isalpha():
            return 2  # عبد الله written in two words
        return 0 if toks[k].key.startswith("ال") else 1

    size = name(j)
    if not size:
        return j
    k = j + size
    while k + 1 < n and toks[k].key in ("بن", "ابن", "ال"):
        # آل takes a definite family name too (آل الشيخ)
        size = name(k + 1) or (1 if toks[k].key == "ال" and toks[k + 1].key.isalpha() else 0)
        if not size:
            break
        k += 1 + size
    return k


def _described(r: _Raw) -> bool:
    """Whether the word before a mention is a definite noun it can qualify
    (not a stop word, a place cue or a place)."""
    prev = r.toks[r.first - 1].key
    # under a clitic too: للمنتخبات السعودية، بالأندية السعودية
    return (_definite(prev) and prev not in gz.stop() and _peel_key(prev) not in gz.stop()
            and _peel_key(prev) not in gz.places() and not _is_punct(r.toks[r.first - 1]))


# Words before a country's name that govern it (شمال مالي، دولة مالي)
_GOVERNING = {key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "دولة", "جمهورية", "عاصمة", "حدود")}


def _adjective_after_noun(r: _Raw) -> bool:
    """Whether a one-word place is the adjective its name also spells,
    after an indefinite noun (دعم مالي، نظام إداري ومالي): a name ending
    in ي whose feminine with ة the corpus writes more often than the name
    (مالية 906 times, مالي 369; no other place of the gazetteer)."""
    k = _peel_key(r.toks[r.first].key)
    if not k.endswith("ي") or vocabulary().get(k + "ه", 0) <= vocabulary().get(k, 0) or r.first == 0:
        return False
    prev = r.toks[r.first - 1]
    pk = _peel_key(prev.key)
    return (not _is_punct(prev) and not pk.startswith("ال") and pk.isalpha() and pk not in gz.stop()
            and pk not in _GOVERNING and pk not in gz.places() and not _heads_org(prev.key) and not _opens_office(prev.key)
            and not _place_cue(prev.key))


def _generic_body(r: _Raw) -> bool:
    """A head without the article and an adjective without it: جامعة
    سعودية، شركة أمريكية is a body the article does not name; nor is a
    head before a body called by its kind alone (فرع الوزارة)."""
    ks = r.keys()
    if len(ks) == 2 and not ks[0].startswith("ال") and ks[1] in _ANAPHORIC_BODIES:
        return True  # فرع الوزارة، مجلس الإدارة: a part of a body named elsewhere
    return (len(ks) == 2 and not ks[0].startswith("ال") and ks[0] in gz.org_heads()
            and not ks[1].startswith("ال") and ks[1] in gz.nisbas())


# Bodies that the article names in full once and then calls by their kind
# alone (الوزارة، الهيئة): a head before one of them names no body of its own
_ANAPHORIC_BODIES = {key(w) for w in ("الوزارة", "الهيئة", "الجامعة", "الشركة", "الإدارة", "الأمانة", "المديرية",
                                      "الرئاسة", "الوكالة", "المؤسسة", "البلدية", "الجمعية", "الغرفة", "الإمارة")}


def _resolve(found: list[_Raw], outlet: str | None) -> list[_Raw]:
    """One reading per token: longer spans first; rules over the tagger for
    organizations, the tagger over rules for people."""
    places = gz.places()
    outlet_key = key_text(outlet) if outlet else None
    for r in found:
        ks = " ".join(r.keys())
        if outlet_key and ks == outlet_key and ks not in places:
            # an outlet named as a place (الرياض، الشرق الأوسط) is the
            # outlet only where _outlet_mentions finds it so
            r.type = "organization"
        elif r.source == "crf" and r.type == "person" and ks in places:
            r.type = "place"
        elif r.source in ("crf", "rule") and r.type == "organization" and " " in ks and ks in places:
            r.type = "place"  # الاتحاد السوفيتي، الولايات المتحدة read as a body: a country, a place
        elif r.source == "crf" and r.type == "place" and ks in gz.nisbas():
            r.type = ""
        elif r.type == "organization" and _generic_body(r):
            r.type = ""
        elif r.type == "place" and r.last - r.first == 1 and _undefine(ks) in words("currencies"):
            r.type = ""  # اليورو، الدولار: a currency the tagger read as a place
        elif r.type == "place" and r.last - r.first == 1 and ks in gz.nisbas() and r.first > 0 and _described(r):
            r.type = ""  # الأندية السعودية: a nisba after a definite noun describes it
        elif (r.source == "crf" and r.type == "place" and r.last - r.first == 1 and ks not in places
                and "ال" + ks in places):
            r.type = ""  # يمن، فيمن: a country named with its article (اليمن) is never without it
        elif r.type == "place" and r.last - r.first == 1 and _adjective_after_noun(r):
            r.type = ""  # دعم مالي: financial, not Mali
    prio = {"outlet": 0, "rule": 0, "crf": 1, "gazetteer": 2, "alias": 2, "head": 3}
    found = [r for r in found if r.type]
    found.sort(key=lambda r: (-(r.last - r.first), prio[r.source], r.first))
    taken: set[int] = set()
    out = []
    for r in found:
        idx = set(range(r.first, r.last))
        if idx & taken:
            continue
        taken |= idx
        out.append(r)
    out.sort(key=lambda r: r.first)
    return out


# Prepositions a title chain can hold between two of its words:
# المتحدث الإعلامي في مكتب الاتصالات، المشرف على الفئات السنية، السفير
# لدى المملكة.
_CHAIN_PREPOSITIONS = {key(w) for w in ("في", "على", "عن", "لدى")}
# A rank that is also an adjective after a definite noun: المسجد النبوي الشريف.
_ADJECTIVE_RANKS = {key("الشريف")}
# Words that follow a definite word in a chain without the article:
# إمام الحرم المكي سابقاً.
_CHAIN_ADVERBS = {key(w) for w in ("سابقا", "سابقاً", "حاليا", "حالياً", "باسم")}


def _title_word(toks: list[Token], i: int) -> bool:
    """Whether token i opens a title: a head noun or a rank, with a clitic
    before it or not (للرئيس اليمني، ومدير الإدارة)."""
    return _peel_key(toks[i].key) in gz.office_heads() or bool(_rank_at(toks, i)) or _engineer(toks, i)


def _definite(k: str) -> bool:
    """A word with the article, under its clitic or not (بالمنطقة); لل
    is the article after ل even where the corpus reads the whole (للإغاثة)."""
    return _peel_key(k).startswith(("ال", "لل"))


def _coordinated(toks: list[Token], i: int) -> bool:
    """A definite word joined by و to the definite word before it, inside
    a name of a body: وزارة التجارة والصناعة، للتدريب التقني والمهني (not
    a relative pronoun: والذي); a place joined to a place (لدى إيطاليا
    ومالطا: 81 times in a chain in the corpus, bench/title_frames.py)."""
    k = toks[i].key
    if i > 0 and _clitic(k) == "و" and _peel_key(k) in gz.places() and toks[i - 1].key in gz.places():
        return True  # places joined: السفير لدى إيطاليا ومالطا
    return (i > 0 and _clitic(k) == "و" and _definite(k) and _peel_key(k) not in gz.stop()
            and _definite(toks[i - 1].key) and not _is_punct(toks[i - 1]))


def _ends_chain(toks: list[Token], i: int) -> bool:
    """Whether token i ends a chain that runs right to left into it: after
    a definite word an idafa goes on only with a definite word, a word
    with a preposition, a place or a new title; a bare word (a verb, a
    noun such as نظير) starts the sentence's next phrase."""
    if i == 0 or not _definite(toks[i - 1].key):
        return False
    k = toks[i].key
    return not (_definite(k) or _genitive(k) or k in gz.places() or k in _CHAIN_ADVERBS or _title_word(toks, i)
                or _coordinated(toks, i))


def _genitive(k: str) -> bool:
    """A word joined to the chain by a preposition as a clitic, not by a
    conjunction: للأمانة، بمدينة الطائف, not والمحافظ."""
    c = _clitic(k)
    return bool(c) and c[0] not in "وف"


def _engineer(toks: list[Token], i: int) -> bool:
    """م. for المهندس at token i: a letter and a dot after a word, not after
    a year or a length (2015م.، 400 م.), in a chain before a name
    (أمين الأحساء م. عادل الملحم; a name follows م. in 124 of its 605
    corpus uses by the name lists alone, most others after a number)."""
    return (toks[i].key == "م" and i + 1 < len(toks) and toks[i + 1].text == "." and i > 0
            and not _is_punct(toks[i - 1]) and not toks[i - 1].key[-1:].isdecimal())


def _opens_before_name(toks: list[Token], i: int, name: int) -> bool:
    """Whether the word at i, under ل or ب, opens the chain of the name at
    `name`: a rank that runs up to it (للأمير فيصل، لصاحب السمو الملكي
    الأمير), or an office with only nisbas after it, after a word that is
    not definite (برقية للرئيس المصري عبدالفتاح، موالٍ للرئيس هادي). Not
    الفريق: under a preposition it is the team (للفريق الأول دونيس)."""
    if _peel_key(toks[i].key) == key("الفريق"):
        return False
    if (r := _rank_at(toks, i)) and i + r >= name:
        return True
    # after a definite word the office is the one served, and the name is
    # the first office's (المستشار الثقافي للرئيس الفرنسي جان دوبون)
    if i > 0 and _definite(toks[i - 1].key):
        return False
    nis = gz.nisbas()
    return _peel_key(toks[i].key) in gz.office_heads() and all(toks[x].key in nis for x in range(i + 1, name))


def _under_preposition(k: str) -> bool:
    """A word carrying ل or ب, after و or not (للفريق، بالشيخ، وللأمير)."""
    c = _clitic(k)
    return bool(c) and c[-1] in "لب"


def _inner_preposition(toks: list[Token], i: int, lo: int, hi: int) -> bool:
    """في، على، عن between two words of a chain (lo <= i-1, i+1 < hi):
    after a definite word or a head, before a definite word, a place or
    the head of a body (في مكتب الاتصالات)."""
    if toks[i].key not in _CHAIN_PREPOSITIONS or i - 1 < lo or i + 1 >= hi:
        return False
    prev, nxt = toks[i - 1].key, _peel_key(toks[i + 1].key)
    closed = toks[i - 1].text in _QUOTE_PAIRS.values()  # منظمة «أطباء بلا حدود» في اليمن
    return (closed or prev.startswith("ال") or _peel_key(prev) in gz.office_heads()) and (
        nxt.startswith("ال") or nxt in gz.places() or nxt in gz.org_heads())


_SO_CALLED = {key(w) for w in ("يسمى", "يعرف")}


def _so_called(toks: list[Token], i: int) -> bool:
    """ما يسمى، ما يعرف before a word under ب, inside a chain: رئيس ما يسمى
    باللجنة الثورية."""
    return (toks[i].key == "ما" and i + 2 < len(toks) and toks[i + 1].key in _SO_CALLED
            and _clitic(toks[i + 2].key) == "ب")


def _titles(toks: list[Token], first: int, last: int, named: set[int]) -> tuple[list[str], str | None]:
    """The title chain before a name (and an apposition after it), split
    into its parts; a nisba in it gives the nationality. Neither runs over
    another person's name (`named`: the sentence's tokens in one)."""
    nis = gz.nisbas()
    stop = gz.stop()
    # walk left over tokens a title chain can hold
    j = first
    # a name set off by commas after its title: تلقى مدير عام البريد، سعد العثمان، خطاب
    marks = _set_off(toks, first, last)
    j -= marks
    crossed = None  # the comma between two chains, if one was crossed
    while j > 0:
        t = toks[j - 1]
        k = t.key
        if j - 1 in named:
            # a person an institution is named after: مستشفى الملك فهد
            s = _namesake_start(toks, j - 1, named)
            if s is None:
                break
            j = s
            continue
        if t.text in _QUOTE_PAIRS.values() and (o := _quoted_from(toks, j - 1)) is not None:
            j = o  # a body's name in marks inside the chain: مدير منظمة «أطباء بلا حدود»
            continue
        if t.text == "." and j >= 2 and (toks[j - 2].key == "د" or _engineer(toks, j - 2)):
            # an abbreviated honorific, dot and all: مدير التعليم د. صالح
            # الربيعة (a name follows د. in 545 of its 1,002 corpus uses by
            # the name lists alone, bench/title_frames.py; not a rank of its
            # own with the dot, which would make ب of «د. ب. أ» a person)
            j -= 2
            continue
        if _is_punct(t) and crossed is None and t.text in ("،", ",") and j < first - marks and j >= 2 \
                and _title_word(toks, j) and not _clitic(toks[j].key) and not _is_punct(toks[j - 2]):
            # two offices before one name: عضو شرف نادي الاتحاد، المشرف على الفريق منصور البلوي
            crossed = j - 1
            j -= 1
            continue
        if _is_punct(t) or speech_lemma(k):
            break
        if k in stop:
            if _inner_preposition(toks, j - 1, j - 2, first) or _so_called(toks, j - 1):
                j -= 1
                continue
            break
        if j < first - marks and _title_word(toks, j) and _ends_chain(toks, j - 1) \
                and not k.startswith(("وال", "فال", "بال", "لل")) and not _construct_head(k):
            # a bare noun between a definite word and the chain's first
            # title is the object of the sentence's verb: ونقل … وكيل الإمارة
            # تعازي الأمير فيصل، أتباع الرئيس المخلوع (a word the peeler
            # left whole that still reads as clitic and article is not one,
            # nor a body's head before its namesake: مستشفى الملك فهد)
            break
        if _under_preposition(k) and _opens_before_name(toks, j - 1, first - marks):
            # a rank under ل or ب right before a name opens its chain; what
            # is left of it is the sentence's subject or object (قدم رئيس
            # الجامعة التهنئة للأمير فيصل)
            j -= 1
            break
        if _clitic(k) and not _genitive(k) and not _coordinated(toks, j - 1):
            if not _title_word(toks, j - 1):
                break
            # وعضو مجلس الوزراء: a title joined by و to the chain before
            # it (وزير الدولة وعضو مجلس الوزراء); for/with ل the chain opens
            # here (ولمدير الجامعة)
            j -= 1
            if _clitic(k) not in ("و", "ف"):
                break
            continue
        j -= 1
        if first - j > 14:
            break
    # the chain starts at its first title word
    start = j
    while start < first - marks and not _title_word(toks, start):
        start += 1
    if crossed is not None and (_genitive(toks[start].key) or (j > 0 and j - 1 in named)
                                or (start > 0 and _construct_head(toks[start - 1].key))):
        # what is left of the comma is another's: an apposition of the
        # person before it (عدنان المعيبد عضو اللجنة، رئيس الاتفاق …) or
        # an object (المرافق لولي العهد، وزير …) or a body's name that holds
        # an office (بمقر سفارة خادم الحرمين الشريفين في روما، المستشار …)
        start = crossed + 1
    chain = [toks[x] for x in range(start, first - marks) if not _is_punct(toks[x])]
    if chain and _names_institution(toks, first, start):
        chain = []  # الملك سلمان in مركز الملك سلمان: a body's name, not a title
    nationality = None
    for t in chain:
        if t.key in nis:
            nationality = gz.country_name(nis[t.key])
    titles = _parts(chain)
    # an apposition after the name: إبراهيم نجم، مستشار مفتي مصر
    titles += _apposition(toks, last, named)
    for t in toks[last : last + 8]:
        if t.key in nis and nationality is None and t.start <= toks[min(last + 1, len(toks) - 1)].end:
            nationality = gz.country_name(nis[t.key])
    return [t for t in titles if t], nationality


_DASHES = {"-", "–", "—"}
_SEPARATORS = {"،", ",", "؛", *_DASHES}
# what opens an apposition after a name: a comma, a dash, a bracket
# (محمد العلي - مدير التعليم -، محمد العلي (مدير التعليم))
_APPOSITION_MARKS = {"،", ",", "؛", "(", *_DASHES}
# a pronoun that opens an apposition after a comma: مايكل ماكينا، وهو ممثل عن …
_APPOSITION_PRONOUNS = {key(w) for w in ("وهو", "وهي")}
_OPENING_QUOTES = {'"', "«", "“"}


_QUOTE_PAIRS = {"«": "»", "“": "”", "(": ")", '"': '"'}


def _quoted_from(toks: list[Token], close: int) -> int | None:
    """The opening mark of the name in marks that closes at token `close`
    (at most six words, no other mark inside), when a word of the chain
    comes right before it; else None."""
    for o in range(close - 1, max(close - 8, 0), -1):
        t = toks[o].text
        if t in _QUOTE_PAIRS and _QUOTE_PAIRS[t] == toks[close].text:
            return o if o > 0 and o < close - 1 and not _is_punct(toks[o - 1]) and toks[o - 1].key not in gz.stop() else None
        if _is_punct(toks[o]):
            return None
    return None


def _quoted_to(toks: list[Token], o: int) -> int | None:
    """The closing mark of a name in marks that opens at token `o` (at
    most six words, no other mark inside); else None."""
    want = _QUOTE_PAIRS.get(toks[o].text)
    if want is None:
        return None
    for c in range(o + 1, min(o + 8, len(toks))):
        if toks[c].text == want:
            return c if c > o + 1 else None
        if _is_punct(toks[c]):
            return None
    return None


def _set_off(toks: list[Token], first: int, last: int) -> int:
    """How many marks set a name off from the chain before it: a comma or
    a semicolon, a quotation mark, or both, with a mark or the sentence's
    end after the name (مدير عام بريد المنطقة الشرقية، سعد العثمان، خطاب;
    المتحدث الرسمي …؛ "محمد الحميدي"؛); 0 when it is not."""
    closed = last >= len(toks) or _is_punct(toks[last])
    if _clitic(toks[first].key):
        return 0
    m = first
    if m > 0 and toks[m - 1].text in _OPENING_QUOTES:
        m -= 1
    if m > 0 and toks[m - 1].text in _SEPARATORS:
        m -= 1
    if not closed and not (m > 0 and m < first and toks[m - 1].key in gz.nisbas()):
        # an office ending in a nisba needs no mark after the name: الرئيس
        # الفلسطيني، محمود عباس لعقد … (22 of 107 such frames in the
        # corpus, bench/title_frames.py)
        return 0
    return first - m if m > 0 and m < first and not _is_punct(toks[m - 1]) else 0


def _namesake_start(toks: list[Token], i: int, named: set[int]) -> int | None:
    """Where a name that ends at token i starts, its ranks included, when an
    institution's head in construct comes before it (مستشفى الملك فهد،
    لمركز الملك سلمان, جامعة الأمير سطام بن عبدالعزيز); else None."""
    s = i
    while s > 0 and s - 1 in named:
        s -= 1
    for p in range(max(0, s - 4), s):
        if p + _rank_at(toks, p) == s:
            s = p
            break
    return s if s > 0 and _construct_head(toks[s - 1].key) else None


def _construct_head(k: str) -> bool:
    """An institution's head without the article, in construct with the
    name that follows (مستشفى، لمركز، جامعة)."""
    k = _peel_key(k)
    return k in gz.org_heads() and not k.startswith("ال")


def _names_institution(toks: list[Token], first: int, lo: int) -> bool:
    """Whether the person at `first` is the namesake of an institution whose
    head stands before its ranks (لمركز الملك سلمان)."""
    for p in range(max(lo, first - 4), first + 1):
        if p == first or p + _rank_at(toks, p) == first:
            return p > lo and _construct_head(toks[p - 1].key)
    return False


def _parts(chain: list[Token]) -> list[str]:
    """A chain of offices split into its parts: a part opens at a rank, or
    at a head after a word that is not a head (مدير إدارة العلاقات العامة
    | المتحدث الرسمي للأمانة); a head right after a head is in construct
    with it (نائب قائد القوات, مستشار خادم الحرمين)."""
    nis = gz.nisbas()
    heads = gz.office_heads()
    parts: list[list[str]] = []
    i = 0
    prev_kind = None
    rank_part = False  # the last part is a rank (with its nisbas) alone
    while i < len(chain):
        # after a preposition a rank word is a noun (المشرف على الفريق الأول،
        # المدير الفني للفريق: a name follows a rank under ل or ب in 213 of
        # its 1,262 uses, bench/title_frames.py), after a body's head it is
        # the start of its namesake (مستشفى الملك فهد)
        # an office under ل or ب after another is what that office serves
        # (النائب الثاني لرئيس مجلس الوزراء، الممثل الخاص للأمين العام),
        # but not after a rank alone (الملك، بالرئيس المصري) nor after a
        # bare word (قائد موالٍ، للرئيس)
        governed = i > 0 and (chain[i - 1].key in _CHAIN_PREPOSITIONS
                              or (_under_preposition(chain[i].key) and not rank_part and _definite(chain[i - 1].key))
                              or _construct_head(chain[i - 1].key)
                              or (chain[i].key in _ADJECTIVE_RANKS and _definite(chain[i - 1].key)))
        r = _rank_at(chain, i) if not governed else 0
        if chain[i].key == "م":
            r = 1  # م. for المهندس (a chain holds the letter only so)
        if r:
            parts.append([_display(chain[i]), *(t.text for t in chain[i + 1 : i + r])])
            i += r
            # a nisba right after a rank is nationality, not title
            while i < len(chain) and chain[i].key in nis:
                i += 1
            prev_kind = "rank"
            rank_part = True
            continue
        rank_part = False
        t = chain[i]
        if _peel_key(t.key) in heads and not governed and (prev_kind != "head" or not parts):
            if prev_kind in (None, "rank", "word"):
                parts.append([_display(t)])
            else:
                parts[-1].append(t.text)
            prev_kind = "head"
        else:
            if parts:
                parts[-1].append(t.text)
            prev_kind = "word"
        i += 1
    return [" ".join(p) for p in parts if p]


def _apposition(toks: list[Token], last: int, named: set[int]) -> list[str]:
    """Offices after the name, between commas or right after it:
    كوزمين أولاريو مدرب الأهلي الإماراتي؛ خالد الفيصل، أمير منطقة مكة."""
    stop = gz.stop()
    out: list[str] = []
    i = last
    n = len(toks)
    while i < n:
        comma = toks[i].text in _APPOSITION_MARKS
        j = i + 1 if comma else i
        if (comma or not out) and j + 1 < n and toks[j].key in _APPOSITION_PRONOUNS:
            j += 1  # فاليري بيرال وهو أستاذ بجامعة أكسفورد
        # after an office, another joined by و: محمد العلي، المتحدث باسم الوزارة، والمشرف على البرنامج
        joined = bool(out) and comma and j < n and _clitic(toks[j].key) == "و"
        if j >= n or (_clitic(toks[j].key) and not joined) or not _title_word(toks, j):
            break
        k = j + 1
        while k < n and not speech_lemma(toks[k].key):
            if _construct_head(toks[k - 1].key) and (end := _named_for(toks, k - 1, k, "")):
                k = end  # the namesake the organization rules took whole, not a person
                continue
            if k in named:
                # a body named after a person: المتحدث الرسمي لمركز الملك سلمان للإغاثة
                s = next((p for p in range(max(j + 1, k - 4), k + 1) if p == k or p + _rank_at(toks, p) == k), k)
                if not _construct_head(toks[s - 1].key):
                    break
                while k < n and k in named:
                    k += 1
                continue
            if _is_punct(toks[k]):
                close = _quoted_to(toks, k)
                if close is None:
                    break
                k = close + 1  # المدير التنفيذي لمركز «هدف» للتدريب
                continue
            kk = toks[k].key
            if kk in stop:
                if not (_inner_preposition(toks, k, j, n) or _so_called(toks, k)):
                    break
                k += 1 + _so_called(toks, k)
                continue
            if _clitic(kk) and not _genitive(kk) and not _coordinated(toks, k) and not (
                    _clitic(kk) == "و" and _title_word(toks, k)):
                break  # وزير الخارجية وعضو مجلس الوزراء goes on; والوفد does not
            if _ends_chain(toks, k):
                break
            k += 1
            if k - j > 16:
                break
        if k < n and k in named:
            # a chain that runs into a name is that person's title, from
            # where a title with a preposition opens it (التهنئة لمدير الجامعة)
            k = next((x for x in range(j + 2, k) if _clitic(toks[x].key) and _title_word(toks, x)), j)
        if k - j < 2:
            break
        out += _parts([t for t in toks[j:k] if not _is_punct(t)])
        i = k
        # a second office after a comma: محافظ الأحساء، رئيس مجلس التنمية
    return out


def _join(toks: list[Token]) -> str:
    return " ".join(t.text for t in toks)


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
        ks = [_undefine(k) for k in r.keys()]
        best = None
        if len(ks) == 1:
            gi = best_of_word.get((r.type, ks[0]))
            best = groups[gi] if gi is not None else None
        else:
            lists = [by_word.get((r.type, w), ()) for w in ks]
            for gi in min(lists, key=len)[:_CANDIDATES]:
                g = groups[gi]
                if (best is None or g["count"] > best["count"]) and _subseq(ks, g["first"]):
                    best = g
        if best is None:
            best = {"index": len(groups), "type": r.type, "first": ks, "raws": [], "count": 0}
            groups.append(best)
            for w in dict.fromkeys(ks):
                by_word.setdefault((r.type, w), []).append(best["index"])
        best["raws"].append(r)
        best["count"] += 1
        # the group a lone word joins: the most mentioned that holds it,
        # the earliest made among equals
        for w in dict.fromkeys(best["first"]):
            gi = best_of_word.get((r.type, w))
            if gi is None or best["count"] > groups[gi]["count"] or (
                    best["count"] == groups[gi]["count"] and best["index"] < gi):
                best_of_word[(r.type, w)] = best["index"]
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


# خلية and الخلية are one word for alias matching
_undefine = bare


def _subseq(short: list[str], long: list[str]) -> bool:
    if len(short) > len(long):
        return False
    it = iter(long)
    return all(any(w == x for x in it) for w in short)
