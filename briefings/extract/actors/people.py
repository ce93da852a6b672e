"""People: the tagger's person spans trimmed and joined, names after a rank
or an office, names set off by a comma before a title, and later
mentions by surname."""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

from briefings.data import lines
from briefings.extract import gazetteer as gz
from briefings.extract.actors.chains import _title_word
from briefings.extract.actors.name_bounds import PARTICLES
from briefings.extract.actors.names import (
    _common_lead,
    _glued_or_run,
    _may_open_name,
    _name_end,
    _name_word,
    _office_after_name,
    _possessed,
    _written_name,
)
from briefings.extract.actors.openings import _OPENS_OFFICE, _opening, _rank_at
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import (
    _ALLAH,
    _COMMON,
    _NAME_LINKS,
    COMMON_AFTER_OFFICE,
    _adjective,
    _clitic,
    _definite,
    _display,
    _genitive,
    _is_punct,
    _peel_key,
    _sentence_keys,
    _undefine,
    person_words,
    tagged_person,
)
from briefings.extract.ner_features import TAGGED_WORDS, typed_words
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key, vocabulary, words
from briefings.lang.ar.verbs import past_stem, past_verb, present_verb
from briefings.model import Sentence, Token


@lru_cache(maxsize=1)
def _whole_pairs() -> frozenset[tuple[str, str]]:
    """A name's first word that reads as a clitic and the next word, as the
    corpus writes them whole and never the rest alone before it (واين روني،
    فيدل كاسترو; briefings/training/whole_names.py)."""
    return frozenset(tuple(ln.split("\t")[:2]) for ln in lines("whole-names.txt.gz"))


def _keep_written_names(raws: list[_Raw]) -> None:
    """A person's mention whose first letter reads as a clitic (فرومان →
    ف + رومان، وهبة → و + هبة) keeps it when the article writes the word
    whole inside a longer name (مايكل فرومان): it is that person again;
    or when a rank stands right before it; or when the corpus writes the
    word whole before the article's next word and never the rest before
    it (واين روني: اين روني never; the mention may stop short of the
    surname the tagger did not take)."""
    inner = {t.key for r in raws if r.type == "person" and r.last - r.first >= 2
             for t in r.toks[r.first + 1 : r.last]}
    people = {(r.sentence, x) for r in raws if r.type == "person" for x in range(r.first, r.last)}
    pairs = _whole_pairs()
    for r in raws:
        k = r.toks[r.first].key
        if r.type == "person" and _clitic(k) and (k in inner or (
                not _peel_key(k).startswith("ال") and _after_rank(r.toks, r.first, r.sentence, people)) or (
                r.first + 1 < len(r.toks) and (k, r.toks[r.first + 1].key) in pairs)):
            r.whole = True
    # and so is the same name elsewhere in the article (لعبدك وهبة الزحيلي)
    whole = {tuple(t.key for t in r.toks[r.first : r.last]) for r in raws if r.type == "person" and r.whole}
    for r in raws:
        if r.type == "person" and not r.whole and tuple(t.key for t in r.toks[r.first : r.last]) in whole:
            r.whole = True


def _peel_written_names(raws: list[_Raw]) -> None:
    """A person's mention whose first word is ل، ب، و or ف before a name
    the article writes bare opening another person's name (أعمالا لميريام
    فارس after ميريام فارس): the peeler keeps the word whole, for the
    corpus does not know the name; the article shows the letter is a
    clitic."""
    firsts = {r.toks[r.first].key for r in raws if r.type == "person" and r.last - r.first >= 2}
    for r in raws:
        k = r.toks[r.first].key
        if (r.type == "person" and not r.whole and not r.peeled and k[:1] in "لبوف" and len(k) >= 4
                and not _clitic(k) and k[1:] in firsts):
            r.peeled = True


def _after_rank(toks: list[Token], i: int, sid: int, people: set[tuple[int, int]]) -> bool:
    """Whether a rank or an honorific ends right before token i (الشيخ
    الدكتور وهبة الزحيلي): a name follows it as written, for a
    conjunction or a preposition does not come between them. Not a rank
    word that ends another's name (يوسف السيد وعدنان المعيبد)."""
    return any(p + _rank_at(toks, p) == i and (p == 0 or (sid, p - 1) not in people)
               for p in range(max(0, i - 3), i))


def _surname_mentions(raws: list[_Raw], sentences: list[Sentence], tokens: list[list[Token]]) -> list[_Raw]:
    """A person named in full is later called by the last part of the name
    alone (بايدن، الأعرجي); the tagger misses many of these. Of a compound
    surname (آل الشيخ، عبد النور، أم تركي) the last word alone is mostly a
    common word (الشيخ، النور، تركي: the sheikh, the light, Turkish): the
    later mention is the link and the word together."""
    surnames = {}
    pairs = {}  # (link, last word) → the person
    for r in raws:
        # a family name that is a common word too (المسلم، العمر) stands
        # alone for the word far more often than for the person
        if r.type == "person" and r.last - r.first >= 2 and not r.family:
            k = r.toks[r.last - 1].key
            link = r.toks[r.last - 2].key
            if r.toks[r.last - 2].text in PARTICLES:
                pairs[(link, k)] = r  # لويس فان غال → فان غال, not غال
            elif link in _NAME_LINKS:
                # not a father's name after بن (سلمان بن عبد العزيز): every
                # عبد العزيز would be him; nor عبد الله
                if k != _ALLAH and not (r.last - r.first >= 3 and r.toks[r.last - 3].key in _NAME_LINKS):
                    pairs[(link, k)] = r
            elif len(k) >= 3 and k not in gz.stop() and k not in gz.places() and k != _ALLAH:
                surnames[k] = r  # not الله of عبد الله: the article's every الله would be him
    if not surnames and not pairs:
        return []
    lasts = surnames.keys() | {k for _, k in pairs}
    taken = {(r.toks[i].start) for r in raws for i in range(r.first, r.last)}
    out = []
    for s in sentences:
        toks = tokens[s.id]
        keys, peeled = _sentence_keys(toks)
        if lasts.isdisjoint(keys) and surnames.keys().isdisjoint(peeled):
            continue  # most sentences name none of them: two passes in C
        for i, t in enumerate(toks):
            if t.start in taken:
                continue
            if i + 1 < len(toks) and toks[i + 1].start not in taken and (
                    (link := _link_of(t.key)) and (link, toks[i + 1].key) in pairs):
                out.append(_Raw(i, i + 2, "person", s.id, toks, "alias", peeled=link != t.key))
            elif (_peel_key(t.key) in surnames or t.key in surnames) and not (
                    i > 0 and _link_of(toks[i - 1].key) and (_link_of(toks[i - 1].key), t.key) in pairs):
                out.append(_Raw(i, i + 1, "person", s.id, toks, "alias"))
    return out


def _link_of(k: str) -> str:
    """The name link a token is, bare or after a one-letter clitic (وآل،
    لأبو), by lookup in the closed list of links, or a European name's
    particle (فان غال); else ""."""
    if k in _NAME_LINKS or k in PARTICLES:
        return k
    return k[1:] if k[:1] in "وفلب" and k[1:] in _NAME_LINKS else ""


_NOT_NAME_LEAD = {key(w) for w in ("المواطن", "المواطنة", "الشاب", "الشابة", "الطفل", "الطفلة", "المقيم", "المقيمة", "الزميل", "الزميلة", "الفنان", "الفنانة", "اللاعب", "اللاعبة", "الكاتب", "الكاتبة", "الشاعر", "الشاعرة")}
# what stands between a rank and the name without an article (العقيد ركن
# فهد، العقيد دكتور سالم: 53 and 34 of the corpus's ranks before a name)
# and the tagger reads as the name's first word
_RANK_QUALIFIERS = {key(w) for w in ("ركن", "دكتور", "طيار", "بحري", "مهندس")}


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


def _before_digits(r: _Raw) -> int:
    """Where a person span ends if a word written with digits ends it: a
    name is written in letters (no tune gold person has a digit; a king's
    ordinal is a word, فيصل الأول), so the span stops before the number
    (an advert's محمد 0505809660) and is none when it opens with one
    (1436هـ 2015م after a date's words, هيرو4 سشن)."""
    return next((x for x in range(r.first, r.last) if any(c.isdigit() for c in r.toks[x].text)), r.last)


# A nisba that is also a first name: the corpus writes تركي before بن/ابن/آل
# 270 times, every other nisba once in all (سعودي ابن)
_NISBA_NAMES = {key("تركي")}
_LINKS = {key(w) for w in ("بن", "ابن", "آل")}


def _first_name_nisba(toks: list[Token], i: int) -> bool:
    """Whether the nisba at i opens a name: a link follows it (تركي بن
    فيصل، تركي آل الشيخ), or a name follows it after a definite title or a
    rank, which an indefinite nisba cannot describe (الأمير تركي الفيصل, not
    الرئيس التركي)."""
    if i + 1 >= len(toks) or _is_punct(toks[i + 1]):
        return False
    if toks[i + 1].key in _LINKS:
        return True
    if i == 0:
        return False
    before = toks[i - 1].key
    return (before.startswith("ال") and before in gz.title_heads()) or _rank_ends_at(toks, i)


def _given_name_after_chain(toks: list[Token], i: int, j: int, tags: list[str]) -> bool:
    """Whether an office's chain (i to j, its head and the definite words
    it governs) ends where a given name the names lists know opens a name
    of two words or more: نقيب الصحفيين يحيى قلاش، المدرب الوطني فتحي
    مبروك. The tagger misses a surname it has not learnt; the frame does
    not need it. The second word is a name too (listed, tagged or rare):
    فضل عدم، عايش الواقع are a verb and its object."""
    if j - i < 2 or j + 1 >= len(toks) or not toks[j - 1].key.startswith("ال") or toks[j - 1].key in gz.stop():
        return False
    if any(_rank_at(toks, x) for x in range(i + 1, j)):
        return False  # a rank in the chain names the person (العقيد ركن …)
    first = toks[j]
    return (tagged_person(first.key) and not first.key.startswith("ال") and not _clitic(first.key)
            and _name_part(toks[j + 1], False) and _name_word(toks, j + 1, tags))


def _after_rank_qualified(toks: list[Token], i: int) -> bool:
    """Whether a rank, with qualifiers of its own between (الفريق ركن
    مهندس), stands right before i."""
    p = i - 1
    while p > 0 and toks[p].key in _RANK_QUALIFIERS:
        p -= 1
    return p >= 0 and bool(_rank_at(toks, p))


def _rank_ends_at(toks: list[Token], i: int) -> bool:
    return any(_rank_at(toks, p) == i - p for p in range(max(0, i - 4), i))


def _end_after_family(found: list[_Raw]) -> None:
    """A name ends one word after its family's آل (سلمان بن عبدالعزيز آل
    سعود برقية: the telegram he sent); a tribe's nisba may follow (آل مسفر
    الأسمري), nothing else does (برقية، بمحمد، اللذين)."""
    stop = gz.stop()
    for r in found:
        if (r.type == "person" and r.last - r.first >= 3 and r.toks[r.last - 3].text == "آل"
                and r.toks[r.last - 2].key not in _NAME_LINKS):
            t = r.toks[r.last - 1]
            if not (t.key.startswith("ال") and t.key not in stop):
                r.last -= 1


def _club_names(found: list[_Raw]) -> None:
    """A person's span that ends in a word only a club's name ends in
    (`club_ends`: باير ليفركوزن، نوريتش سيتي، توتنهام هوتسبير) is the
    club, a body."""
    ends = words("club_ends")
    for r in found:
        if r.type == "person" and r.last - r.first > 1 and _peel_key(r.toks[r.last - 1].key) in ends:
            r.type = "organization"
            # باير as the corpus writes it before ليفركوزن, no ب peeled
            r.whole = r.whole or (r.toks[r.first].key, r.toks[r.first + 1].key) in _whole_pairs()


def _team_names(found: list[_Raw]) -> None:
    """No person where a tagged or ranked name is the team's or the
    brigade's doing (_team_then_word), or an office alone: a title head no
    names list holds and one common definite word (سمو ولي العهد، وزير
    العدل) names no one."""
    heads = gz.title_heads()
    for r in found:
        if r.type == "person" and (_team_then_word(r) or _office_only(r, heads)):
            r.type = ""


def _office_only(r: _Raw, heads: frozenset[str] | set[str]) -> bool:
    if r.last - r.first < 2 or r.last - r.first > 3:
        return False
    last = r.toks[r.last - 1].key
    # مساعد العيبان is a name (مساعد: the names lists hold it); so is
    # النائب الضويلع (a rare word after the office)
    return (all(_peel_key(t.key) in heads and _peel_key(t.key) not in person_words()
                for t in r.toks[r.first : r.last - 1])
            and last.startswith("ال") and vocabulary().get(last, 0) >= COMMON_AFTER_OFFICE)


def _nisba_first_names(found: list[_Raw]) -> None:
    """A name found starting right after تركي read as its first name
    (الأمير تركي بن فيصل: the tagger's or a rule's name starts at بن)."""
    for r in found:
        if r.type == "person" and r.first > 0 and r.toks[r.first - 1].key in _NISBA_NAMES \
                and _first_name_nisba(r.toks, r.first - 1):
            r.first -= 1


# rank words that are nouns too: the team, the brigade
_NOUN_RANKS = {key(w) for w in ("الفريق", "اللواء")}
# a word the corpus writes this often is a common one here, unless the names
# lists hold it (the tagger reads الفريق خوض ست مباريات as General خوض ست)
_TEAM_COMMON = 20


def _team_then_word(r: _Raw) -> bool:
    """A tagged name right after الفريق or اللواء whose first word is a
    common word no names list holds: the team or the brigade does
    something (الفريق يسير بالشكل المطلوب، أجرى الفريق تمرينا صباحيا), no
    general is named. On 11,000 corpus articles 40 such names, 38 wrong."""
    if r.first == 0 or _peel_key(r.toks[r.first - 1].key) not in _NOUN_RANKS:
        return False
    k = _peel_key(r.toks[r.first].key)
    if k in person_words() or vocabulary().get(k, 0) < _TEAM_COMMON:
        return False
    # a name whose other words are names' (اللواء سفر الغامدي، الفريق علي
    # محسن الأحمر: سفر and على are common words too) is a general's
    rest = r.toks[r.first + 1 : r.last + 1]
    return not any(_peel_key(t.key) in person_words() or t.key in _LINKS for t in rest)


def _trim_people(found: list[_Raw]) -> None:
    """A tagged person span that starts with a title or a word such as
    المواطن starts after it; the title is found again by _titles. One
    that names a thing (فيروس كورونا) is no person."""
    heads = gz.title_heads()
    for r in found:
        if r.type != "person":
            continue
        end = _before_digits(r)
        if end == r.first:
            r.type = ""  # the span stays whole: passes after this one read every span's words
            continue
        r.last = end  # محمد 0505809660: a name and the number to call
        if _thing(r) or _verb_before_title(r) or _glued_or_run(r.toks, r.first, r.last):
            r.type = ""
            continue
        if r.last - r.first > 1 and _possessed(_peel_key(r.toks[r.first].key)):
            r.first += 1  # مع زميلتي أليسا: my colleague, then the name
        first = r.first
        if r.last - r.first == 1 and (_stop_not_name(r.toks[r.first]) or (
                r.toks[r.first].key in _RANK_QUALIFIERS and _after_rank_qualified(r.toks, r.first))):
            r.type = ""  # على after a rank, which the tagger reads as علي; اللواء طيار
            continue
        while r.last - r.first > 1:
            k = r.toks[r.first].key
            if _is_punct(r.toks[r.first]):
                r.first += 1  # the dot of د. الشعيبي: a surname alone is still a name
                first = r.first
                continue
            if _stop_not_name(r.toks[r.first]):
                r.first += 1
                continue
            if k in _RANK_QUALIFIERS and _after_rank_qualified(r.toks, r.first):
                r.first += 1
                continue
            if k in _NISBA_NAMES and _first_name_nisba(r.toks, r.first):
                break
            if k == _AMIN and r.toks[r.first + 1].key in person_words():
                break  # لأرامكو أمين الناصر: the first name before a surname the lists hold, not أمين العاصمة
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


# أمين, an office's head (أمين العاصمة، أمين عام) and a first name
_AMIN = key("أمين")


# A bare form written this often is a word the corpus knows (دولي، تشيلي،
# عهد), as is a word of an adjective's shape (الأوروغوياني، الشيشاني); a
# foreign first name that opens with ال has neither (الكسندر، اليخاندرو،
# الكسيس)
_KNOWN_BARE = 10


def _cut_definite_leads(found: list[_Raw]) -> None:
    """A person's span that opens with a definite word the corpus does not
    write as a first name (`name_leads`: الوليد، الحسن، الفيصل are) opens
    after it where a first name follows: the word describes the person or
    closes the phrase before the name (المهاجم الإسباني الدولي بيدرو،
    التشيلي أرتورو فيدال، الأمم الأفريقية حسين، النبي محمد); _titles
    finds it again before the name. With only nisbas after it the span
    names no one (ولي العهد السعودي → «العهد السعودي»)."""
    leads = words("name_leads")
    nis = gz.nisbas()
    for r in found:
        if r.type != "person" or r.last - r.first < 2:
            continue
        t = r.toks[r.first]
        k = _peel_key(t.key)
        if (not k.startswith("ال") or k in leads or not _display(t).startswith("ال") or len(k) < 5
                or (vocabulary().get(k[2:], 0) < _KNOWN_BARE and not _adjective(k)) or k[2:] in gz.stop()):
            continue
        nxt = r.toks[r.first + 1]
        if nxt.key in _NAME_LINKS or _is_punct(nxt):
            continue
        if _definite(nxt.key):
            if all(x.key in nis for x in r.toks[r.first + 1 : r.last]):
                r.type = ""
        elif (nxt.key in person_words() or vocabulary().get(nxt.key, 0) < _COMMON) and (
                r.last - r.first > 2 or vocabulary().get(nxt.key, 0) < COMMON_AFTER_OFFICE):
            # a common first name alone (النبي محمد) would stand for anyone
            r.first += 1


def _cut_not_leads(found: list[_Raw]) -> None:
    """A person's span that opens with a word the corpus writes before
    first names but never as a name's part (`name_not_leads`: أما، زيارة،
    تعيين، وأضاف) opens after it, where a word of the name follows: «أما
    فريدي فريد» is فريدي فريد, «زيارة خالد بحاح» خالد بحاح. A word under
    a clitic stays: the peeler reads some names as one (واين روني)."""
    leads = words("name_not_leads")
    for r in found:
        # the word as written, not peeled: واين of واين روني peels as و + أين
        while (r.type == "person" and r.last - r.first > 1 and r.toks[r.first].key in leads
               and r.toks[r.first + 1].key.isalpha() and r.toks[r.first + 1].key not in _NAME_LINKS):
            r.first += 1


def _present_verb(k: str) -> bool:
    """Whether a word is a present tense of the third person (يوجه،
    يملك، يتبين; the corpus's test in lang/ar/verbs) that no names list
    holds."""
    return k not in person_words() and present_verb(k)


# خلف، عز، زين are names with a feminine but no plural (خلفوا: never), as
# is فان (فإن by the key, van in فان در سار); ساعد and وصل are names and
# verbs alike, so the name after the word decides too (_cut_verbs)
def _past_verb(k: str) -> bool:
    """Whether a word is a past tense of the third person (أشاد، ناقش،
    وجدت; the corpus's test in lang/ar/verbs): neither it nor its
    masculine is a word the names lists hold."""
    stem = past_stem(k)
    if stem in gz.stop() or stem in _NAME_LINKS:
        return False
    if k in person_words() or stem in person_words() or typed_words(TAGGED_WORDS).get(stem, "").startswith("PER"):
        return False
    return past_verb(k)


def _given_name(t: Token) -> bool:
    """A first name the names lists hold, as written (no article, no
    clitic, no link): what a verb's subject opens with (أشاد مصطفى
    النفياوي), not a surname (ساعد العرابي) nor الله (وصل الله)."""
    k = t.key
    return (k.isalpha() and not k.startswith("ال") and not _clitic(k) and k not in _NAME_LINKS
            and (k in person_words() or tagged_person(k)))


# Words a name never runs on into: a relative pronoun of the dual or the
# plural (زهير الذوادي اللذين توصل; the singular is a stop word) and the
# future's particle (عادل الجبير سوف يزور)
_NAME_STOPS = {key(w) for w in ("اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي", "سوف")}


def _cut_verbs(found: list[_Raw]) -> None:
    """A verb is no part of a person's name. After a title the person is
    unnamed: محافظ عدن يوجه صفعة، المدافع الفرنسي يوجه نطحة (an office
    and its place or nisba, or a rank, then the headline's verb) name no
    one, so the span goes; a verb opening a span elsewhere goes and the name after it
    stays (لم يستبعد جو بايدن → جو بايدن), and one glued after a name
    is cut off (الملك عبدالعزيز يرأس → عبدالعزيز)."""
    nis = gz.nisbas()
    heads = gz.title_heads()
    for r in found:
        if r.type != "person":
            continue
        for x in range(r.first + 1, r.last):
            if _peel_key(r.toks[x].key) in _NAME_STOPS:
                r.last = x
                break
        if r.last - r.first > 1 and _present_verb(_peel_key(r.toks[r.last - 1].key)):
            r.last -= 1
        elif r.last - r.first > 1 and _runs_on(r.toks, r.last - 1):
            r.last -= 1
        if (r.last - r.first > 2 and _past_verb(_peel_key(r.toks[r.first].key))
                and _given_name(r.toks[r.first + 1])):
            r.first += 1  # أشاد مصطفى النفياوي: the verb, then its subject
        if not _present_verb(_peel_key(r.toks[r.first].key)):
            continue
        before = r.toks[r.first - 1].key if r.first else ""
        if r.last - r.first == 1 or before in nis or before in gz.places() or _peel_key(before) in heads or (
                r.first and _rank_at(r.toks, r.first - 1)):
            r.type = ""
        else:
            r.first += 1


# A kinship noun after a name describes the person by another (فوزية
# شقيقة الملك، سعاد زوجة اللاعب): the name ends before it. ابن and بنت are
# links inside a name (محمد بن سلمان) and stay.
_KIN = {key(w) for w in ("شقيق", "شقيقة", "زوج", "زوجة", "نجل", "نجلة", "ابنة", "كريمة", "والد", "والدة", "أرملة",
                         "طليقة", "حفيد", "حفيدة", "أخت", "خال", "خالة", "عمة")}


# أبو in the genitive and the accusative (علي بن أبي طالب، يا أبا أحمد)
_LINK_CASES = {key("أبي"), key("أبا")}


def _runs_on(toks: list[Token], x: int) -> bool:
    """Whether the last word of a person's span is the sentence going on
    after the name: a kinship noun before a definite word or a name, or a
    past verb (وكان دونغا طالب بالنظر، سعود أراد أن، ميركل قررت). Not after
    a link (أبو طالب، آل طالب: a name whatever its shape), nor before و or
    a title (صديق واصل ومنيف، يورجن دام لاعب: the name of a list or of an
    apposition)."""
    k = _peel_key(toks[x].key)
    if toks[x - 1].key in _NAME_LINKS or toks[x - 1].key in _LINK_CASES or k != toks[x].key:
        return False
    nxt = toks[x + 1] if x + 1 < len(toks) else None
    if k in _KIN:
        return nxt is not None and (nxt.key.startswith("ال") or _given_name(nxt))
    if not _past_verb(k):
        return False
    return nxt is None or not (nxt.key.startswith("و") or _title_word(toks, x + 1))


def _stop_not_name(t: Token) -> bool:
    """A stop word the key makes one with a name: على, the preposition,
    keys as علي, the name; only the name is written with ya."""
    return t.key in gz.stop() and not _written_name(t)


def _verb_before_title(r: _Raw) -> bool:
    """One word opening the sentence before a rank or an office is the verb
    whose subject the title opens (دان معالي رئيس ديوان المظالم، عزى صاحب
    السمو الملكي: condemned, consoled), not a name: the corpus writes دان
    or ودان opening a sentence 23 times, 22 of them the verb."""
    toks = r.toks
    nxt = r.first + 1
    if r.first != 0 or nxt >= len(toks) or vocabulary().get(toks[0].key, 0) >= COMMON_AFTER_OFFICE:
        return False  # محمد السيد: a common first name before a word that is a rank too
    heads = gz.title_heads()
    return all(_rank_at(toks, x) or _peel_key(toks[x].key) in heads for x in range(nxt, max(r.last, nxt + 1)))


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
            elif _given_name_after_chain(toks, i, j, tags):
                rank = j - i
        if not rank:
            continue
        j = i + rank
        while j < n and toks[j].key in nis:
            j += 1
        # honorifics after an office: إمام المسجد النبوي الشريف فضيلة الشيخ صلاح
        while j < n and (r := _rank_at(toks, j)):
            j += r
        # a qualifier of the rank: الفريق ركن مهندس عبدالرحيم
        while not office and j + 1 < n and toks[j].key in _RANK_QUALIFIERS and _after_rank_qualified(toks, j):
            j += 1
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
        # but not on into a stop word _name_end stopped at: the tagger reads
        # على after a rank as the name علي (وأثنى سمو الأمير على جهود),
        # the key makes them one; علي written with ya is the name
        while end < n and end - j < 7 and tags and tags[end].endswith("PER") and not _is_punct(toks[end]) and not (
                end - j >= 2 and _office_after_name(toks, end)) and not (
                _stop_not_name(toks[end]) and not (end > j and toks[end - 1].key in _NAME_LINKS)):
            end += 1
        if end > j:
            out.append(_Raw(j, end, "person", sid, toks, "rule"))
        after = max(end, i + 1)
    return out


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
