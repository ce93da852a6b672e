"""Where a found span ends: before a blessing, a word with tanween, a time,
the next name after و, or a person a body's name runs on into."""

from __future__ import annotations

from functools import lru_cache

from briefings.extract import gazetteer as gz
from briefings.extract.actors.openings import _ROYAL, _heads_org, _rank_at
from briefings.extract.actors.organizations import _CALLED, _people_list, _people_plural, second_party
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.times import _time_phrase
from briefings.extract.actors.words import (
    _ALLAH,
    _COMMON,
    _NAME_LINKS,
    COMMON_AFTER_OFFICE,
    _adjective,
    _clitic,
    _definite,
    _is_punct,
    _peel_key,
    _reading,
    _tanween,
    _undefine,
    _under_preposition,
    person_words,
)
from briefings.extract.ner_features import TAGGED_WORDS, typed_words
from briefings.lang.ar import key, vocabulary, words
from briefings.lang.ar.normalize import DROP_RANGES
from briefings.lang.ar.verbs import future_verb, past_verb
from briefings.model import Token

# Verbs of the blessings written after a name with الله: صلى الله عليه
# وسلم، رضي الله عنه، رحمه الله، حفظه الله، طيب الله ثراه (the verbs the
# corpus most writes before الله after a dash or a bracket)
_BLESSINGS = {key(w) for w in (
    "صلى", "رضي", "رحمه", "رحمها", "رحمهم", "رحمهما", "يرحمه", "يرحمها", "يرحمهم", "غفر", "يغفر",
    "حفظه", "حفظها", "حفظهم", "حفظهما", "يحفظه", "يحفظها", "يحفظهم", "أيده", "أيدها", "يؤيده",
    "رعاه", "رعاها", "يرعاه", "وفقه", "وفقهم", "طيب")}


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


_ACCUSATIVE_SEEN = 45
# what a key drops (harakat, tatweel …), stripped from a word's end to read its last letter
_MARKS = "".join(chr(c) for a, b in DROP_RANGES for c in range(a, b + 1))


@lru_cache(maxsize=50_000)
def _bare_accusative(k: str) -> bool:
    """Whether a word is a common noun's accusative with its tanween
    unwritten (رئيسا، عضوا، أخيرا: عين مساعد الزويهري رئيسا للنادي): it
    ends in alef, without it is a word the corpus writes often, and neither
    it nor that word is a name or a place (سوريا، ماريا، رضا)."""
    if len(k) < 4 or not k.endswith("ا") or k.startswith("ال") or k in gz.places():
        return False
    stem, v = k[:-1], vocabulary()
    # the accusative itself a word the corpus writes (رئيسا 489 times), not
    # a rare surname whose stem happens to be common (تقلا، سبيلا، رايا)
    if v.get(k, 0) < _ACCUSATIVE_SEEN or v.get(stem, 0) < max(COMMON_AFTER_OFFICE, v.get(k, 0)):
        return False
    return not (k in person_words() or stem in person_words())


def _feminine_adjective(t: Token) -> bool:
    """Whether a definite word is a common feminine nisba adjective, which
    ends no man's name but describes the body named for him (مدينة الملك
    سعود الطبية، مدينة الملك عبدالله الاقتصادية); a surname of that shape
    is rare or a name the lists know (العطية). Not any word in ة: العودة،
    السلامة، الجمعة are common words and surnames too."""
    k = t.key
    return (k.startswith("ال") and t.text.rstrip(_MARKS).endswith("ية") and vocabulary().get(k, 0) >= COMMON_AFTER_OFFICE
            and k not in person_words())


def _name_goes_on(r: _Raw, x: int) -> bool:
    """Whether the word after x in a person's span is a link or, at the
    span's start, a name: عليا بنت، بابا عبدو سيسي are names, مؤتمرا صحفيا
    is not."""
    if x + 1 >= r.last:
        return False
    k = r.toks[x + 1].key
    return k in _NAME_LINKS or (x == r.first and (k in person_words() or vocabulary().get(k, 0) < _COMMON))


# A champion or a runner-up: the title a club holds, said after its name
# (ارسنال بطل كأس الاتحاد الإنجليزي، نادي ماريك بطل كأس بلغاريا، برشلونة
# بطل الدوري الإسباني: 4 of the tagger's organizations on 9,000 records of
# six days, and بطل الدوري الفرنسي opening one), never a body's own word
_CHAMPIONS = {key(w) for w in ("بطل", "بطلة", "وصيف", "وصيفة")}


def _champion(k: str) -> bool:
    return k in _CHAMPIONS or _peel_key(k) in _CHAMPIONS


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
            if _tanween(toks[x]) or (r.type == "person" and _bare_accusative(toks[x].key) and not _name_goes_on(r, x)):
                if x == r.first:
                    r.type = ""
                else:
                    r.last = x
                break
        if r.type == "organization":
            if _champion(toks[r.first].key):
                r.type = ""  # بطل الدوري الفرنسي: a title won, whose holder is named beside it
                continue
            for x in range(r.first + 1, r.last):
                # the tagger's span too: «داعش الإرهابي»; a club's name ends
                # before the title it holds (ارسنال | بطل كأس الاتحاد)
                if _time_phrase(toks, x) or toks[x].key in _CALLED or _champion(toks[x].key):
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
            while r.last - r.first > 1 and (
                    (_clitic(toks[r.last - 1].key) == "و" and toks[r.last - 2].key not in _NAME_LINKS)
                    or _feminine_adjective(toks[r.last - 1])):
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
    ماجد عبدالله), or right after a definite noun, a club's name or a
    body's (رئيس الاتحاد فهد الحريشي، الحارس السابق للاتحاد مبروك زايد،
    عضو مجلس الإدارة عبدالله العدوان: 19 spans on 3,000 corpus records, every
    one a run-on), but for a king's, a prince's or an imam's name, which
    a body is named for (مستشفى الملك خالد، مؤسسة الملك عبد الله بن عبد
    العزيز). The person is not added: a speaker found there takes the
    statements the quotes pass gives the last person named (tune quotes
    0.796 → 0.782 when it was)."""
    for r in list(found):
        if r.type != "organization":
            continue
        toks = r.toks
        for x in range(r.first + 1, r.last):
            prev, k = toks[x - 1].key, toks[x].key
            if x == r.first + 1 and not _definite(toks[r.first].key):
                continue  # a bare head and a name: مؤسسة محمد بن راشد, named for him
            if (_definite(prev) and prev not in _NAME_LINKS and (_adjective(prev) or _peel_key(prev) not in _NAMED_FOR)
                    and not _definite(k) and not _clitic(k) and k not in _NAME_LINKS
                    and k in person_words() and not _is_punct(toks[x])):
                r.last = x
                break


def _cut_at_rank(found: list[_Raw]) -> None:
    """A body's name ends before a rank or an honorific (الدكتور، المهندس،
    الأستاذ، اللواء): the person whose office the body names runs on (رئيس
    بلدية الدلم المهندس فارس …، المتحدث الرسمي لجامعة طيبة الدكتور …),
    whichever pass found the body; a person's span read across the rank
    (سعود الدكتور سعود ضحيان) opens after it. Not a king's, a prince's or
    an imam's, which opens the name of a body named for him (جامعة الملك
    سعود، جامعة الإمام), nor a letter (د of ب ي د), nor before the body's
    second word: a head alone names nothing."""
    for r in found:
        if r.type != "organization":
            continue
        toks = r.toks
        for x in range(r.first + 2, r.last):
            n = _rank_at(toks, x)
            if n and _peel_key(toks[x].key) not in _NAMING_RANKS and len(toks[x].key) > 2:
                for p in found:
                    if p.type == "person" and p.sentence == r.sentence and r.first <= p.first < x < p.last:
                        if p.last <= x + n:
                            p.type = ""  # سعود الدكتور: the name's end and the rank, no one
                        else:
                            p.first = x + n
                r.last = x
                break


_PRESIDENCY = key("رئاسة")
# what a presidency is itself a body of (أعلنت رئاسة الجمهورية، رئاسة
# الوزراء، رئاسة الحكومة، رئاسة الإقليم، رئاسة الأركان، رئاسة الحرمين)
_PRESIDENCY_BODIES = {key(w) for w in (
    "الجمهورية", "الدولة", "الوزراء", "الحكومة", "حكومة", "الإقليم", "إقليم", "الأركان", "أركان", "الحرمين", "الحرس",
    "الاستخبارات")}
# رئاسة تحرير: the editorship of a paper, whose name follows (رئاسة تحرير
# جريدة الرياض, 24 times in the corpus with التحرير)
_EDITING = {key(w) for w in ("تحرير", "التحرير")}


def _cut_presidency(found: list[_Raw]) -> None:
    """رئاسة before a body's own name is its president's office, not a
    body (الترشح لرئاسة الاتحاد الدولي، الاستقالة من رئاسة الزمالك):
    over the corpus رئاسة stands before الاتحاد 81 times, الفيفا 75,
    النادي or نادي 49, لجنة 35, after من، في، الترشح، انتخابات، تولي; the
    body named after it is the actor. Before a person (رئاسة الأمير فهد)
    or a place (رئاسة إيران) it names none; before الجمهورية، الوزراء،
    الحكومة، الإقليم … a presidency is a body of its own (103, 29, 27, 25)."""
    for r in found:
        if r.type != "organization" or r.last - r.first < 2 or r.whole or r.peeled:
            continue
        toks = r.toks
        if _peel_key(toks[r.first].key) != _PRESIDENCY:
            continue
        nxt = toks[r.first + 1]
        if nxt.key in _PRESIDENCY_BODIES or _is_punct(nxt):
            continue
        if _rank_at(toks, r.first + 1) or (r.last - r.first == 2 and nxt.key in gz.places()):
            r.type = ""
            continue
        r.first += 1
        r.definite = False
        if nxt.key in _EDITING:
            if r.last - r.first < 2:
                r.type = ""  # رئاسة التحرير: an office of no body named
            else:
                r.first += 1


# Ranks that open the name of a body named for a person (جامعة الملك سعود،
# مجمع الشيخ زايد، جامعة الإمام محمد بن سعود)
_NAMING_RANKS = _ROYAL | {key("الإمام")}
# the words before a first name in a body named for a person
_NAMED_FOR = _NAMING_RANKS | {_ALLAH}


def _join_pairs(found: list[_Raw]) -> None:
    """The tagger's name ended at the first word of a two-word body the
    corpus writes so ([[مانشستر]] سيتي، انتر ميلان: `org_pairs`, by
    bench/org_pairs.py): the body's name takes the second word, whether
    the tagger read the first as a body or as a place (مانشستر the city)."""
    pairs = words("org_pairs")
    for r in found:
        if r.source != "crf" or r.type not in ("organization", "place") or r.last >= len(r.toks):
            continue
        last = r.toks[r.last - 1].key
        if r.last - r.first == 1:
            last = _peel_key(last)
        if f"{last} {r.toks[r.last].key}" in pairs:
            r.last += 1
            r.type = "organization"


def _join_fronts(found: list[_Raw]) -> None:
    """The tagger's body opens at the second word of a two-word name the
    corpus writes so (واشنطن [[بوست]]، نيويورك تايمز، فرانس برس:
    `org_fronts`, by bench/org_fronts.py): the body's name takes the word
    before it, which a place read alone (واشنطن) yields to as the longer
    span; the name's clitic stays outside it (لواشنطن بوست)."""
    fronts = words("org_fronts")
    for r in found:
        if r.source != "crf" or r.type not in ("organization", "place"):
            continue
        if r.type == "place":
            if r.last - r.first == 2 and " ".join(map(_peel_key, r.keys())) in fronts:
                r.type = "organization"  # مراسل [[واشنطن بوست]] read as a place
            continue
        if not r.first:
            continue
        before = r.toks[r.first - 1]
        if _is_punct(before):
            continue
        if f"{_peel_key(before.key)} {_peel_key(r.toks[r.first].key)}" in fronts:
            r.first -= 1


# Names whose last words the tagger leaves out (هيئة الأمر | بالمعروف
# والنهي عن المنكر: the religious police, written so 146 times in the
# corpus's days but the blind ones, read as هيئة الأمر): the words a name
# ends on, then the words it goes on with, longest first
_NAME_TAILS: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...] = tuple(
    (tuple(key(w) for w in end.split()), tuple(tuple(key(w) for w in t.split()) for t in tails))
    for end, tails in (
        ("هيئة الأمر", ("بالمعروف والنهي عن المنكر", "بالمعروف")),
        ("هيئات الأمر", ("بالمعروف والنهي عن المنكر", "بالمعروف")),
        ("لهيئات الأمر", ("بالمعروف والنهي عن المنكر", "بالمعروف")),
    ))


def _join_name_tails(found: list[_Raw]) -> None:
    """A body's name the tagger ended before its last words takes them
    (هيئة الأمر بالمعروف والنهي عن المنكر), whichever pass found it."""
    for r in found:
        if r.type != "organization":
            continue
        toks = r.toks
        for end, tails in _NAME_TAILS:
            if r.last - r.first < len(end) - 1 or r.last - len(end) < 0:
                continue
            got = tuple(toks[i].key for i in range(r.last - len(end), r.last))
            if got[1:] != end[1:] or _peel_key(got[0]) != _peel_key(end[0]):
                continue
            for tail in tails:
                after = tuple(t.key for t in toks[r.last:r.last + len(tail)])
                if after == tail:
                    r.last += len(tail)
                    break
            break


def _cut_second_party(found: list[_Raw]) -> None:
    """The tagger's body runs on through و into a second party: another
    body's head (مجلس الأمن والجامعة العربية، جامعة دار العلوم وجامعة
    اليمامة), a place after a word that is none and no genitive (الاتحاد
    الأوروبي وفيتنام, not الهيئة الملكية للجبيل وينبع), a person's first
    name (الاتحاد وكمال ظافر), or a name the tagger's lists call a body
    after one they call a body too (الاتحاد والأهلي، برشلونة وارسنال). The
    body ends before و; a second body or place is read as what it is, its
    own span (and may run on to a third: سيلز فورس ومايكروسوفت وجوجل). A
    name goes on through و to a common word (مؤسسة الإصلاح والتأهيل، هيومن
    رايتس ووتش)."""
    i = 0
    while i < len(found):
        r = found[i]
        i += 1
        if r.type != "organization" or r.source != "crf":
            continue
        toks = r.toks
        for x in range(r.first + 1, r.last):
            k = toks[x].key
            if _clitic(k) != "و":
                continue
            typ = _second_party(_peel_key(k), _peel_key(toks[x - 1].key))
            if typ == "place" and _under_preposition(toks[x - 1].key):
                continue  # الهيئة الملكية للجبيل وينبع: places of the name's genitive
            if not typ and (_people_after(_peel_key(k), toks[x - 1].key) or (
                    second_party(_peel_key(k), toks[x - 1].key))):
                r.last = x  # قوات الأمن | والعاملين: the people beside the body
                break
            if typ:
                if typ != "person":
                    # a person's first name after و opens too short a span
                    # to read (وجونسون آند جونسون is a company): left out
                    found.append(_Raw(x, r.last, typ, r.sentence, toks, "crf"))
                r.last = x
                break


def _second_party(w: str, prev: str) -> str:
    """The type of the party a word after و opens (w; prev the word before
    و), or "" where the name goes on."""
    if w in gz.org_heads() or _undefine(w) in gz.org_heads():
        return "organization"
    places = gz.places()
    if w in places:
        return "" if prev in places else "place"
    if not w.startswith("ال") and w in person_words():
        return "person"
    bodies = _tagged_bodies()
    return "organization" if w in bodies and prev in bodies else ""


def _people_after(w: str, prev: str) -> bool:
    """A definite sound masculine plural after و (والعاملين، والمواطنين،
    والمقيمين): people thanked or named beside a body, not its name's
    words; a name's own list of people runs on (جمعية المحاسبين
    والمراجعين، لرعاية الأيتام والمسنين: the word before is such a plural
    or under a preposition)."""
    if not _people_plural(w) or w in gz.org_heads():
        return False
    return not _people_list(_peel_key(prev)) and not _under_preposition(prev) and w not in _tagged_bodies()


@lru_cache(maxsize=1)
def _tagged_bodies() -> frozenset[str]:
    """The words the tagger's lists call a body's (الأهلي، ارسنال، داعش)."""
    return frozenset(w for w, t in typed_words(TAGGED_WORDS).items() if t.startswith("ORG"))


# A definite word written this often is known well enough to say whether
# it is an adjective by use (bench/after_definite.py's bound)
_KNOWN = 50


def _cut_objects(found: list[_Raw]) -> None:
    """A body's name ends before a definite word, right after a definite
    one, that is no adjective by shape nor by use (`after_definite`): the
    verb's object after the body that is its subject (وسيناقش الاتحاد
    المهام، ألقت شرطة المنطقة القبض، فتحت هيئة السوق المجال); so does
    a noun shaped like one that the corpus seldom writes there
    (`definite_nouns`: يدخل المنتخب الإماراتي المباراة). After
    the article an Arabic name goes on only through adjectives; the
    corpus writes such a word after a definite word in under 15% of
    its uses (15%). Under لل the article may be the head's own letter (للجنة
    الانضباط: a genitive), so that is left unless the peeler reads the
    word as ل and the article (`_lam_article`: دعت المديرية العامة
    للجوازات | الإخوة اليمنيين). A definite head left alone
    is only a short form, as the head-noun pass gives it."""
    for r in found:
        if r.type != "organization":
            continue
        toks = r.toks
        for x in range(r.first + 1, r.last):
            prev, k = toks[x - 1].key, toks[x].key
            # the written article, not a word the key opens with ال (ألعاب، إلغاء)
            if ((toks[x - 1].text.startswith(_DEFINITE_OPENINGS)
                 or (_lam_article(toks[x - 1]) and not _participle_shape(k)))
                    and toks[x].text.startswith("ال")
                    and (not _adjective(k) or k in words("definite_nouns"))
                    and k not in words("after_definite") and vocabulary().get(k, 0) >= _KNOWN):
                r.last = x
                if x == r.first + 1 and _peel_key(prev).startswith("ال"):
                    r.source = "head"
                break
        if r.last - r.first > 2 and toks[r.last - 2].text.startswith("ال") and _verb_after(toks[r.last - 1].key):
            r.last -= 1  # الاتحاد الكويتي | سيعتذر، الهيئة العامة للطيران المدني | فتح
        elif r.last - r.first == 1 and future_verb(toks[r.first].key):
            r.type = ""  # the tagger's سيعتذر alone, after the body it cut off


_GOVERNMENTS = {key(w) for w in ("حكومة", "الحكومة")}

# Purposes under ل that bench/org_lam.py's review left out of `org_lam`
# (a body's name does not go on through them) and that name no body's
# field either: what one goes to a hospital or a body for (نقل إلى مستشفى
# جازان العام | لتلقي العلاج)
_PURPOSES = {key(w) for w in ("لتلقي", "لإدخال", "للاطمئنان")}

_EXCEPT = key("إلا")


def _cut_purposes(found: list[_Raw]) -> None:
    """A body's name ends before a purpose under ل (`_PURPOSES`), before
    the exceptive إلا (وبما أن الإدارة العامة للمرور | إلا أنها), and a
    government's after its country, before any word under ل: a government
    is named by its country or its leader, never for a field (الحكومة
    العراقية | لمكافحة التنظيم، حكومة مصر | للتحالف)."""
    for r in found:
        if r.type != "organization":
            continue
        toks = r.toks
        government = _peel_key(toks[r.first].key) in _GOVERNMENTS
        for x in range(r.first + 1, r.last):
            k, text = toks[x].key, toks[x].text
            if k in _PURPOSES or k == _EXCEPT or (
                    government and x > r.first + 1 and text.startswith("ل") and not text.startswith("ال")
                    and _country_word(toks[x - 1].key)):
                r.last = x
                break


def _country_word(k: str) -> bool:
    """A country's name or its nisba (مصر، العراقية): what names a
    government (الحكومة المحلية لإقليم كردستان goes on)."""
    return k in gz.countries() or k in gz.nisbas()


def _lam_article(t: Token) -> bool:
    """A word under لل that the peeler reads as ل and the article restored
    (للجوازات → ل + الجوازات, للمرور), not as ل before a word of its own
    that opens with ل (للجنة → ل + لجنة, a head in construct)."""
    if not t.text.startswith(("لل", "ولل")):
        return False
    _, word, restored = _reading(t.key)
    return restored and word.startswith("ال")


def _participle_shape(k: str) -> bool:
    """A definite active participle (الطائرة of للكرة الطائرة, volleyball)
    or a sound plural (المسلمين of للعلماء المسلمين): after a field under
    لل such words describe it more often than they open the verb's object,
    and the lists do not tell which."""
    w = k[2:]
    return w.endswith(("ين", "ون")) or (len(w) in (4, 5) and w[1] == "ا" and (len(w) == 4 or w.endswith("ه")))


def _verb_after(k: str) -> bool:
    """Whether a bare word after a body's definite last word is the
    sentence's verb: a future (سيعتذر) or a past tense of the third
    person by its feminine and plural (فتح، أعلن). A name through a
    definite word ends with adjectives; a bare word after one is no part
    of it (حركة فتح, after a bare head, is not touched)."""
    if _clitic(k) or k.startswith("ال") or not k.isalpha():
        return False
    return future_verb(k) or (k not in person_words() and past_verb(k))


# The article, alone or after و، ف، ب، ك, never after ل (لل)
_DEFINITE_OPENINGS = ("ال", "وال", "فال", "بال", "كال", "وبال")


def _blessing_at(toks: list[Token], x: int) -> bool:
    return toks[x].key in _BLESSINGS and x + 1 < len(toks) and toks[x + 1].key == _ALLAH


# the home country's nisba after a bare word names a company's Saudi arm
# or a phrase (زين السعودية، كيان السعودية، قناتنا السعودية), seldom a
# city: bench/identical.py's 3,000 records held five such, no city
_SAUDI = key("السعودية")


def _cut_place_nisbas(found: list[_Raw]) -> None:
    """A place's name ends before a country's feminine nisba after a bare
    name (لمدينة هيروشيما | اليابانية، تستضيفها لوس أنجلوس | الأمريكية،
    ميلان | الإيطالية): the adjective says where the city is, as «الأسترالية»
    after a channel does, and is no part of its name. A name with the
    article keeps it (الجمهورية اليمنية، المملكة المغربية، الصحراء
    المغربية), and a masculine one after a place is as often a province's
    or a camp's (إقليم أتشيه الإندونيسي، مخيم اليرموك الفلسطيني). On the
    nineteenth round's dump (3,000 records of 2015-08-02/09), 15 of 17
    such places were a city or a state followed by its country."""
    nisbas = gz.nisbas()
    for r in found:
        if r.type != "place" or r.last - r.first < 2:
            continue
        last, prev = r.toks[r.last - 1], r.toks[r.last - 2]
        if (last.key in nisbas and last.key != _SAUDI and last.text.rstrip(_MARKS).endswith(("ية", "يه"))
                and last.key.startswith("ال")
                and not _peel_key(prev.key).startswith("ال") and prev.key.isalpha()
                # a territory the gazetteer names with it (بولينيزيا الفرنسية،
                # جزر فيرجن البريطانية، ساموا الأمريكية)
                and " ".join(_peel_key(t.key) if x == r.first else t.key
                             for x, t in enumerate(r.toks[r.first:r.last], r.first)) not in gz.places()):
            r.last -= 1
