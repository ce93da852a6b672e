"""Organizations that name no body: what a span read as one says of a kind,
a people, a date or a sum (ANNOTATION.md: a named body; generic references
are no actors). Read on corpus articles nobody tuned on, by frame
(bench/README.md, "Actors, ninth round b")."""

from __future__ import annotations

from briefings.extract import gazetteer as gz
from briefings.extract.actors.bodies import _body_firsts
from briefings.extract.actors.openings import _heads_org
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import _adjective, _clitic, _is_punct, _peel_key, _undefine, person_words
from briefings.lang.ar import key, vocabulary, words

# Peoples and sects: groups of people, no body (الشيعة، الأكراد، الخوارج);
# the tagger reads them as ORG where a body would stand (السلام مع الأكراد)
_PEOPLES = {key(w) for w in (
    "الشيعة", "شيعة", "السنة", "سنة", "الأكراد", "أكراد", "الكرد", "العرب", "الفرس", "الأتراك", "الروس",
    "الأجانب", "الأفارقة", "الخوارج", "الدروز", "العلويين", "العلويون", "الأقباط", "اليهود", "المسيحيين",
    "المسيحيون", "المسلمين", "المسلمون", "الإيزيديين", "الأيزيديين", "اليزيديين", "الصابئة", "شيعيا", "سنيا")}

# Latin letters as Arabic spells them: alone, a piece of an acronym the
# tagger cut (إف. بي. أي.، «جي إف كي»)
_LETTERS = {key(w) for w in (
    "إيه", "بي", "سي", "دي", "إي", "إف", "جي", "إتش", "آي", "أي", "جاي", "كي", "إل", "إم", "إن", "أو", "كيو",
    "آر", "إس", "تي", "يو", "في", "إكس", "واي", "زد", "اف", "اس", "ام", "اي", "ان", "اكس")}

# Plural or dual heads that say which kind of group, not which group: with
# adjectives alone after them they refer, as الجانب العراقي does
# (الفصائل المسلحة، السلطات التركية، الزعامتان السعودية والمصرية)
_GROUP_HEADS = {key(w) for w in (
    "الفصائل", "الجماعات", "التنظيمات", "الأطراف", "الجهات", "السلطات", "الأجهزة", "الزعامتان", "الزعامات",
    "القيادات", "الحركات", "الأوساط", "الدوائر")}

# Plurals of bodies' heads: a kind a country has many of (المجالس البلدية
# المنتخبة، الشركات المساهمة، الجامعات السعودية), never one body; not
# اللجان or القوات, which open names (اللجان الشعبية، القوات المسلحة)
_BODY_PLURALS = {key(w) for w in (
    "المجالس", "الشركات", "الهيئات", "الوزارات", "الجمعيات", "الأندية", "البنوك", "المصارف", "الجامعات",
    "المؤسسات", "المنظمات", "الغرف", "المحاكم", "البلديات", "الأمانات", "الإدارات", "المستشفيات")}

# A body's own staff, not a body (أعضاء هيئة التدريس، الهيئة التعليمية),
# whatever the tagger ran on after it (هيئة التدريس المتميزين)
_STAFF = {key(w) for w in (
    "هيئة التدريس", "الهيئة التدريسية", "الهيئة التعليمية", "الهيئة الإدارية", "الهيئة التمريضية",
    "هيئة التمريض")}

# an indefinite adjective that the corpus writes with the article too is a
# common word (إرهابية 774 times, الإرهابية 1,837), not a name (هواوي)
_COMMON_DEFINITE = 50


def _generic_bodies(found: list[_Raw]) -> None:
    """Drop, in place, the organizations that name no body; and, inside a
    cup's name, a head with its participle or a ranked kind, the place or
    the body another pass read in it (آسيا of كأس أمم آسيا، المنظمة of
    اللجنة المنظمة، كردستان of أول صحيفة كردية باسم كردستان)."""
    kinds = [r for r in found if r.type == "organization"
             and (_peel_key(r.toks[r.first].key) == _NATIONS or _which_by_participle(r.keys())
                  or _ranked(r, r.toks[r.first].key))]
    found[:] = [r for r in found
                if not (r.type == "organization" and _names_none(r)) and not any(_inside(r, c) for c in kinds)]


def _inside(r: _Raw, kind: _Raw) -> bool:
    """A place within the kind's span, or a body opening after its first word."""
    if r is kind or not kind.first <= r.first < kind.last:
        return False
    return r.first > kind.first if r.type == "organization" else r.last <= kind.last


def _names_none(r: _Raw) -> bool:
    ks = r.keys()
    if _peel_key(ks[0]) == _NATIONS or _ranked(r, ks[0]) or _event(r, ks[0]):
        return True
    if _led_by(r, ks) or _people_named(ks) or _quoted_work(r) or _sum(r, ks[0]):
        return True
    if f"{_peel_key(ks[0])} {' '.join(ks[1:2])}" in _STAFF or _after_plural(r, ks[0]):
        return True
    if len(ks) == 1:
        k = ks[0]
        return (k in _PEOPLES or _peel_key(k) in _PEOPLES or _month(r, k)
                or (k in _LETTERS and _in_acronym(r)) or _describes(r, k))
    return (_indefinite(r, ks) or _group(ks) or _part_of_the_body(ks) or _which_company(ks)
            or _which_by_participle(ks))


# Companies and outlets, which a country has many of: the corpus writes
# each head without the article as often as with it or more (شركة 4,660
# times, الشركة 3,314; صحيفة 1,310، الصحيفة 512); universities and
# channels, which are named so (الجامعة الأردنية، القناة الثقافية), are not
_MANY_OF_A_KIND = {key(w) for w in ("الشركة", "الصحيفة", "الجريدة", "المجلة", "المجموعة")}


def _which_company(ks: list[str]) -> bool:
    """Such a head with one adjective alone, a country's nisba or another
    (الشركة الألمانية، الصحيفة البريطانية، الشركة المصنعة، الشركة
    العالمية): the company or the paper the article names elsewhere,
    called by where it is from or what it does, no name of its own; a
    name goes on after it (الشركة السعودية للكهرباء)."""
    return len(ks) == 2 and ks[0] in _MANY_OF_A_KIND and ks[1].startswith("ال") and _adjective(ks[1])


# A head with one participle alone (الهيئة المستحدثة، البلدية المقدمة،
# الميليشيات المتمردة، اللجنة المنظمة، التنظيم المتطرف) says what a body
# does or did, as الشركة المصنعة does: no name. Of the pairs of a head and
# a participle the corpus writes 10 times or more (over every daily file
# but the blind day, by bench/org_participles.py) these are names (and
# القيادة المشتركة, 7), the rest kinds (اللجنة المنظمة 187، التنظيم المتطرف
# 99، الميليشيات المسلحة 33، الحكومة المعترف 18 …)
_PARTICIPLE_NAMES = {key(w) for w in ("الأمم المتحدة", "الامم المتحدة", "القيادة المشتركة", "الحكومة المؤقتة")}

# القوات opens names with a participle as often as kinds (القوات المسلحة
# 321، القوات المشتركة 79، القوات المساعدة, Morocco's; القوات المشاركة 23)
_FORCES = key("القوات")


def _which_by_participle(ks: list[str]) -> bool:
    """A definite head of a body and one definite participle after it, no
    nisba (not الهيئة الملكية, الدفاع المدني), and not a listed name."""
    if len(ks) != 2:
        return False
    head, adj = _peel_key(ks[0]), ks[1]
    if f"{head} {adj}" in _PARTICIPLE_NAMES or head == _FORCES:
        return False
    return (head.startswith("ال") and head in gz.org_heads() and adj.startswith("الم")
            and not adj.endswith(("ي", "يه", "ين", "ون")))


# A superlative or an ordinal before a bare head ranks a kind (أكبر شركة
# لصناعة الهواتف، أول حكومة توسع، أقدم بنك تجاري): which body is named
# elsewhere, if at all. Over the corpus these words stand before a bare
# head of a body 340 times (أكبر 152، أول 128، أفضل 27 …); not أي (also
# "that is": أي مجموعة براون) or أبرز (also a verb: أبرز بنك إنجلترا)
_RANKS_A_KIND = {key(w) for w in (
    "أكبر", "أصغر", "أول", "أهم", "أقدم", "أفضل", "أحدث", "أضخم", "أقوى", "أكثر", "ثاني", "ثالث")}


def _ranked(r: _Raw, k: str) -> bool:
    """A bare head right after a superlative or an ordinal."""
    return r.first > 0 and k in gz.org_heads() and not k.startswith("ال") and r.toks[r.first - 1].key in _RANKS_A_KIND


# كأس أمم آسيا، أمم أفريقيا: a cup (the nations of a continent), no body;
# a body's name has the article (الأمم المتحدة)
_NATIONS = key("أمم")

# Competitions, festivals and games: an event, no body (ANNOTATION.md
# names bodies; a cup or a tournament is what bodies hold). On 9,000
# corpus records of six days (three dumps of bench/actors_changes.py,
# 23,257 organizations) the tagger opened 19 organizations with one of
# these (بطولة عسير الدولية الرابعة للطيران الشراعي ×5، الدوري والكأس
# وكأس الرابطة ×6، مهرجان فلسطين، مهرجان بريغنز، كأس فلسطين، كأس السوبر
# الأوروبي، الدورة الدموية), none a body; not حملة (الحملة الوطنية
# السعودية has offices and a director: 13 there), برنامج (برنامج الأمم
# المتحدة الإنمائي), مشروع (مشروع العدالة العالمية), ندوة (الندوة
# العالمية للشباب الإسلامي), سوق (سوق مسقط للأوراق المالية), all of
# which open bodies' names too
_EVENTS = {key(w) for w in (
    "بطولة", "كأس", "دوري", "مهرجان", "مسابقة", "دورة", "أولمبياد", "مونديال", "بطولات", "مهرجانات")}

# the cup or the tournament a span of the nations opens after
# (كأس [[الأمم الإفريقية]]: 9 first mentions in those dumps, none a body)
_CUPS = {key(w) for w in ("كأس", "بطولة", "كأسي")}
_THE_NATIONS = key("الأمم")


def _one_of(k: str, kinds: set[str]) -> bool:
    """Whether a word is one of `kinds`, with or without its article and
    one proclitic; tried as written first, for the peeler reads كأس as ك
    and أس."""
    return any(_undefine(w) in kinds for w in (k, k[1:] if k[:1] in "وفبلك" else "", _peel_key(k)) if w)


def _event(r: _Raw, k: str) -> bool:
    """A span opening with a competition's or a festival's word, or the
    nations right after a cup (كأس الأمم الأوروبية)."""
    toks = r.toks
    if _one_of(toks[r.first].key, _EVENTS):
        return True
    return k == _THE_NATIONS and r.first > 0 and _one_of(toks[r.first - 1].key, _CUPS)


_LEADERSHIP = key("قيادة")
_REGION = key("منطقة")
_NAME_LINKS = {key(w) for w in ("بن", "ابن", "آل", "عبد", "أبو")}


def _led_by(r: _Raw, ks: list[str]) -> bool:
    """بقيادة + who leads (the corpus writes it 1,038 times: خادم الحرمين
    142, المدرب 81, المملكة 77, قطاع 30), not the Command of a body
    (بقيادة حرس الحدود: 46)."""
    if len(ks) < 2 or ks[0] != _LEADERSHIP or "ب" not in _clitic(r.toks[r.first].key):
        return False
    # بقيادة منطقة جازان: at a region's Command, as its spokesman speaks
    return not _heads_org(ks[1]) and ks[1] not in _body_firsts() and ks[1] != _REGION


_OPENING = frozenset("«\"“(")


def _quoted_work(r: _Raw) -> bool:
    """A name between quote marks right after a kind of work or event
    (فيلم «باتمان»، مسرحية «شرم برم»، سيارة من طراز «شيروكي»): a title,
    a product or an event the tagger read as a body (`quoted_works`)."""
    return (r.first >= 2 and r.toks[r.first - 1].text in _OPENING
            and _peel_key(r.toks[r.first - 2].key) in words("quoted_works"))


def _people_named(ks: list[str]) -> bool:
    """Words all the names lists call a person's, joined by و or not: the
    people a span names (سعود وفيصل وخالد, a byline's writer), or a
    building named for one (مسجد العباس), no body."""
    pw = person_words()
    return all(k in pw or k in _NAME_LINKS or (k.startswith("و") and k[1:] in pw) for k in ks)


def _describes(r: _Raw, k: str) -> bool:
    """A nisba the tagger read as a body (الأهلي، العربي) right after a
    definite noun it describes: السلم الأهلي، الأمن القومي العربي، المسؤول
    الأهلي; not after a body's head, whose name it is (النادي الأهلي)."""
    toks = r.toks
    if r.source != "crf" or not r.first or toks[r.first].key != k or not k.startswith("ال"):
        return False
    if not k.endswith(("ي", "يه")):
        return False
    before = toks[r.first - 1]
    return (not _is_punct(before) and before.key.startswith("ال") and not _heads_org(before.key)
            and before.key not in _body_firsts())


def _neighbour(r: _Raw, step: int) -> str | None:
    """The key of the nearest word before (-1) or after (1) the span,
    punctuation skipped; None at the sentence's edge."""
    i = r.first - 1 if step < 0 else r.last
    while 0 <= i < len(r.toks):
        if not _is_punct(r.toks[i]):
            return r.toks[i].key
        i += step
    return None


def _month(r: _Raw, k: str) -> bool:
    """نيسان after أبريل or شهر: the month, not the carmaker (أبريل (نيسان))."""
    if k not in words("months_levant"):
        return False
    before = _neighbour(r, -1)
    return before is not None and (_peel_key(before) in words("months") or _peel_key(before) == key("شهر"))


def _sum(r: _Raw, k: str) -> bool:
    """A currency after a number, the words the tagger ran on after it too
    (500 ألف ريال، 84 مليار ريال أي, 10 ملايين ريال للشهراني): a sum, not
    Real (ريال مدريد)."""
    if k not in words("currencies"):
        return False
    before = _neighbour(r, -1)
    return before is not None and (any(c.isdigit() for c in before) or before in words("number_words"))


def _in_acronym(r: _Raw) -> bool:
    """A letter beside another letter or a full stop: a piece of an acronym."""
    toks = r.toks
    for i in (r.first - 1, r.last):
        if 0 <= i < len(toks) and (toks[i].text == "." or toks[i].key in _LETTERS):
            return True
    return False


def _indefinite(r: _Raw, ks: list[str]) -> bool:
    """A head and words all without the article, ending in a common
    adjective: which kind of body, not which (منظمة إرهابية، شركة طيران
    دولية، جامعة سعودية حكومية, as الجامعة and a nisba are in bodies.py);
    so too the words after such a head (طيران دولية of شركة طيران دولية)."""
    heads = gz.org_heads()
    head = ks[0] in heads or (r.first > 0 and r.toks[r.first - 1].key in heads)
    if not head or any(k.startswith("ال") for k in ks):
        return False
    last = ks[-1]
    if not last.endswith(("ي", "يه")) or last in gz.places() or last in _LETTERS:
        return False
    return vocabulary().get("ال" + last, 0) >= _COMMON_DEFINITE


def _after_plural(r: _Raw, k: str) -> bool:
    """A span opening on a definite adjective right after the plural of a
    body's head (المجالس [[البلدية المنتخبة]]): the plural's adjective,
    a kind of body, no name."""
    if not r.first or not k.startswith("ال") or not _adjective(k):
        return False
    before = r.toks[r.first - 1].key
    return _peel_key(before) in _BODY_PLURALS | _GROUP_HEADS


def _group(ks: list[str]) -> bool:
    """A plural head of groups or of bodies with definite adjectives alone
    after it (الفصائل السياسية العراقية، المجالس البلدية)."""
    if _peel_key(ks[0]) not in _GROUP_HEADS | _BODY_PLURALS:
        return False
    return all(k.startswith("ال") and k.endswith(("ي", "يه", "ين", "ون")) or k.startswith("الم")
               for k in ks[1:])


# a region or a governorate named before (أمير المنطقة، ديوان المحافظة)
_PLACES_NAMED_BEFORE = {key(w) for w in ("المنطقة", "المحافظة")}

# outlets' heads take their own name in construct (صحيفة الديوان، قناة العربية)
_OUTLET_HEADS = {key(w) for w in ("صحيفة", "جريدة", "مجلة", "قناة", "إذاعة", "وكالة", "موقع", "شبكة")}


def _part_of_the_body(ks: list[str]) -> bool:
    """Heads without the article before a definite head of a kind there are
    many of: a part of a body named elsewhere, called by its kind (مجلس
    النادي، مجلس إدارة الجمعية، إمارة المنطقة, as فرع الوزارة in
    bodies.py). A head the corpus writes mostly with the article is one a
    country has (قيادة الجيش) and names it."""
    heads = gz.org_heads()
    if ks[0] in _OUTLET_HEADS or any(k.startswith("ال") or k not in heads for k in ks[:-1]):
        return False
    last = ks[-1]
    if last in _PLACES_NAMED_BEFORE:
        return True
    if not last.startswith("ال") or last not in heads:
        return False
    v = vocabulary()
    return v.get(last[2:], 0) >= v.get(last, 0) / 2
