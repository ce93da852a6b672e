"""Organizations named by a head noun (وزارة، قيادة، قوات …) with the
genitive and adjective chain that follows it."""

from __future__ import annotations

from functools import lru_cache

from briefings.extract import gazetteer as gz
from briefings.extract.actors.bodies import _NAMING_ADJECTIVES, _kind_of_body
from briefings.extract.actors.generic import _GROUP_HEADS, _PEOPLES
from briefings.extract.actors.names import _name_end
from briefings.extract.actors.openings import (
    _HEADS_ORG,
    _ROYAL,
    _heads_org,
    _opening,
    _place_cue,
    _place_opening,
    _rank_at,
)
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.times import _time_phrase
from briefings.extract.actors.words import (
    _KIND_ADJECTIVES,
    COMMON_AFTER_OFFICE,
    _adjective,
    _clitic,
    _definite,
    _is_punct,
    _peel_key,
    _reading,
    _undefine,
)
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key, vocabulary, words
from briefings.model import Token

_WEAK_HEADS = {key(w) for w in ("تنظيم", "ادارة", "مكتب", "مركز", "جهاز", "حركة", "مجموعة", "دار", "غرفة", "أمانة", "وكالة", "مؤسسة", "رئاسة", "إدارة", "نادي", "مجمع", "صندوق", "مستشفى", "قسم", "فرع", "فريق", "دائرة")}


# What the writer calls a body, not its name (تنظيم داعش الإرهابي، حزب الله
# الإرهابي، قوات النظام المجرم: the gold names تنظيم داعش); not الضالة,
# which the corpus writes in a name (الفئة الضالة)
_CALLED = {key(w) for w in ("الإرهابي", "الإرهابية", "المتطرف", "المتطرفة", "المتشدد", "المتشددة", "المجرم", "الضال",
                            # ميليشيات الحوثي الانقلابية: the corpus writes الانقلابية 101 times,
                            # after المليشيات، القوى، جماعة الحوثي …, in no body's name
                            "الانقلابية", "الانقلابي")}


_ORG_ENDERS = {key(w) for w in ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "اليوم", "أمس", "مساء", "صباح", "الحالي", "الحالية", "السابق", "السابقة", "الجديد", "الجديدة", "المحددة", "المحدد", "والتي", "التي", "الذي", "المختص", "المختصة", "المعنية", "المعني",
    # a relation to another body, not part of the name: القوات الموالية للشرعية، الإدارة التابعة للوزارة
    "الموالية", "الموالي", "الموالين", "التابعة", "التابع", "المؤيدة", "المدعومة", "المقربة", "الخاضعة",
    # a participle of the noun before the body (التعميم … لوزارة التعليم
    # الصادر أمس، رئيس النادي المكلف) or an honorific (مجلس الشورى الموقر):
    # after a head and its genitive the corpus writes المكلف 121 times,
    # الصادرة 29, الصادر 17, الموقر 11, none of them a body's adjective
    "الصادر", "الصادرة", "المكلف", "المكلفة", "الموقر", "الموقرة",
    # a meeting's or an event's participle (ملتقى … لدول مجلس التعاون
    # المنعقد بالرياض): the event is held, not the body
    "المنعقد", "المنعقدة",
    # the last of what the noun before the body names (معسكر المنتخب
    # السعودي لكرة القدم الأخير), as السابق and الحالي above
    "الأخير", "الأخيرة",
    # the noun before the body, described after it (موقع الوزارة الإلكتروني
    # 26 times, موقع الإدارة الرسمي، اللجنة المشكلة، مجلس الوزراء الأسبق,
    # اختصاص البلدية المكاني), an honorific (حرس الحدود البواسل), or the
    # sentence going on (تنظيم داعش المتهم بالوقوف): read on a slice of the
    # corpus and counted after a body's head (bench/README.md, "Actors,
    # tenth round a")
    "الإلكتروني", "الرسمي", "المشكلة", "المشكل", "الأسبق", "البواسل", "المتهم", "المتهمة", "المكاني",
    )} | _CALLED


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
            if j > i + 1 and _complemented(toks, j):
                break  # أمانة عسير | الموافقة على، القوات | المدعومة من
            named_for = _named_for(toks, i, j, head)
            if named_for:
                j, named = named_for, True
                continue
            if (tags and tags[j].endswith("PER")) or k in gz.title_heads() or _rank_at(toks, j):
                break  # مجلس الوزراء الدكتور: a title opens the next phrase
            if _clitic(k) or k.startswith("وال") or _lam_after_kind(toks, j) or k in words("org_lam"):
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
                if toks[j - 1].key.startswith("لل") and toks[j - 1].key in words("org_lam") and not _adjective(k):
                    break  # شركة ميدغلف للتأمين | الأسهم: after a field only its adjective
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
                if j < n and f"{k} {_peel_key(toks[j].key)}" in words("org_fronts"):
                    j += 1  # صحيفة واشنطن بوست: a name the place opens
                    break
                if not _adjective_of_place_body(toks, j) and not (j < n and _field_lam(toks, i, j)):
                    break
                # بنك إنجلترا المركزي، مركز جدة الدولي للمعارض، مستشفى
                # الرياض العسكري: the body's adjective after its place
                continue
            elif tags and tags[j] != "O":
                named = True  # a proper name the tagger knows: تنظيم داعش
            elif not (j == i + 1 and not head.startswith("ال")) and not _construct_link(toks, i, j):
                break  # a bare word only in construct right after the head: قوات عمليات
            j += 1
        if j - i > 2 and _construct_link(toks, i, j):
            j -= 1  # اللجنة الإشرافية لسوق: a construct with nothing after it is no name
        if named and _undefine(head) in _WEAK_HEADS and not through_lam and not (tags and any(t != "O" for t in tags[i:j])) and not (
                j - i >= 3 and toks[j - 1].key in gz.nisbas() and not head.startswith("ال")) and not _club(head, toks, i):
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


_CLUB = key("نادي")


def _club(head: str, toks: list[Token], i: int) -> bool:
    """نادي and a definite noun, no adjective: a club's name, however
    common the word (نادي النجوم، نادي الربيع، نادي الشعيب: the corpus
    writes نادي before a definite noun some 2,000 times, club names all
    but a few bodies of their own, نادي الطلبة، نادي القصة), where the
    weak heads' rule reads مكتب التربية as a phrase; not نادي الحي, nor
    the verb written with ى (نادى البعض: called for)."""
    return (head == _CLUB and not toks[i].text.endswith("ى") and i + 1 < len(toks) and _definite(toks[i + 1].key)
            and not _adjective(toks[i + 1].key))


# the prepositions a participle after a body takes its complement by
# (bench/org_complements.py's list)
_COMPLEMENT_PREPOSITIONS = {key(w) for w in ("على", "عن", "ضد", "داخل", "إلى", "من", "مع")}
# ب with a pronoun, which the peeler keeps whole (الحكومة المعترف بها)
_BA_PRONOUNS = {key(w) for w in ("به", "بها", "بهم", "بهما", "بهن")}


def _complemented(toks: list[Token], j: int) -> bool:
    """Whether token j is a participle or a verbal noun the corpus writes
    with a complement after a body's name (`org_complements`: المدعومة
    من، المشرفة على، الموافقة على) and a preposition follows it here: it
    describes the body or is the verb's object, no part of the name."""
    if toks[j].key not in words("org_complements") or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1].key
    # ل too (شركة أودي | المملوكة لفولكس فاجن، القوات | المناهضة للنظام)
    return nxt in _COMPLEMENT_PREPOSITIONS or _clitic(nxt) in ("ب", "ل") or nxt in _BA_PRONOUNS or (
        nxt.startswith("ل") and len(nxt) > 3 and nxt not in gz.stop())  # لفولكس, which the peeler keeps whole


def _adjective_of_place_body(toks: list[Token], j: int) -> bool:
    """Whether token j, right after a place that ends a body's chain, is
    the body's own adjective (بنك إنجلترا المركزي، بنك أبوظبي الوطني): a
    definite word shaped like one, with the article written (الامتثال
    keys as a nisba too), not a place or a word of time, nor a country's
    nisba, which says where the body named is from (نادي روما الإيطالي)."""
    if j >= len(toks):
        return False
    t = toks[j]
    return (t.text.startswith("ال") and _adjective(t.key) and t.key not in gz.places() and t.key not in gz.nisbas()
            and t.key not in _ORG_ENDERS and not _time_phrase(toks, j))


# Heads that are also verbal nouns: قيادة is the Command and driving or
# leading, إدارة a directorate and managing, رئاسة a presidency and
# presiding (قيادة السيارة، إدارة الأزمة، رئاسة الجلسة)
_VERBAL_HEADS = {key(w) for w in ("قيادة", "إدارة", "رئاسة")}


_LEADERSHIP = key("قيادة")
# the country a writer names without its name (قيادة المملكة 121 times in
# the corpus, قيادة البلاد 10: a country's leaders, as قيادة السعودية 55)
_THE_COUNTRY = {key(w) for w in ("المملكة", "البلاد", "الدولة")}


def _led_by(toks: list[Token], j: int) -> bool:
    """Whether the words after قيادة at j are a place or a nisba: who leads
    (بقيادة الولايات المتحدة، بقيادة المدرب السويسري is found by the title),
    not a body whose command it is (قيادة حرس الحدود، قيادة القوات)."""
    k = toks[j].key
    if k in gz.nisbas() or k in _THE_COUNTRY:
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


# Second parties the corpus writes after a body and و, never inside a
# body's name (counted over every daily file but the held days): والمقاومة
# 290 times, after الجيش الوطني 88، قوات الجيش، التحالف العربي، الحكومة
# الشرعية (the resistance fighting beside them); والمخلوع 101, after
# ميليشيات الحوثي 25، مليشيات الحوثي 14 … (Saleh, the deposed president);
# والشعب 173, after حكومة المملكة 11، القيادة، الحكومة اليمنية (a people);
# والنظام 135, after مليشيات الحوثيين، حزب الله (the regime); and the
# plurals of groups (والجهات الأمنية) and the peoples (والشيعة) that
# generic.py calls no body
# (not السنة, also the Sunna of a name: جمعية الكتاب والسنة)
_SECOND_PARTIES = ({key(w) for w in ("المقاومة", "المخلوع", "الشعب", "النظام")} | _GROUP_HEADS | _PEOPLES) - {
    key("السنة"), key("سنة")}


def second_party(word: str, prev: str) -> bool:
    """Whether و+`word` (peeled) after `prev` opens a second party beside a
    body (والمقاومة، والمخلوع) rather than a second field of its name: not
    after a field under ل (للإلكترونيات والأجهزة)."""
    return word in _SECOND_PARTIES and _clitic(prev) != "ل"


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
    field = k in words("org_lam") or _firm_field(toks, i, j) or _federation_field(toks, i, j)
    c, word = ("و", k[1:]) if k.startswith("وال") else ("ل", k[1:]) if _lam_after_kind(toks, j) or field else _reading(k)[:2]
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
        linked = f"{prev} {k}" in words("org_links")
        # a country's nisba right after a definite head goes on where the
        # corpus writes the pair so (الهيئة السعودية للحياة، الشركة
        # السعودية للكهرباء, not حكومة المملكة العربية السعودية للشعب)
        country = prev in gz.nisbas() and j == i + 2 and _peel_key(toks[i].key).startswith("ال") and linked
        kind = j - i >= 2 and (prev not in gz.nisbas() or country) and (
            prev in _KIND_ADJECTIVES or (prev.startswith("ال") and not prev.startswith("الم") and prev.endswith(("ي", "يه"))))
        # after any other adjective, a pair the corpus writes as a name's,
        # not a purpose after a body, written once or twice (وزارة الداخلية
        # لتأمين، الاتحاد الأوروبي لمواجهة); المركز الوطني لأبحاث، الإدارة
        # العامة للمختبرات go on however rare
        named = prev in _KIND_ADJECTIVES or prev in _NAMING_ADJECTIVES or linked
        # a verbal noun with its object is the body's task, not its name
        # (الحكومة الشرعية | للدفاع عن الشعب، اللجنة | للرقابة على …)
        governs = j + 1 < len(toks) and toks[j + 1].key in _GOVERNED
        if field and not governs and _field_lam(toks, i, j) and not (
                j == i + 2 and _undefine(_peel_key(toks[i].key)) in _COMPANY_HEADS and prev in gz.nisbas()):
            # a company called by its country (الشركة الأمريكية للسيارات،
            # شركة ألمانية لصناعة) goes on only by a name's pair (above), as
            # الشركة السعودية للكهرباء does
            return c
        return c if kind and named and not governs else ""
    if c != "و" or not word.startswith("ال"):
        return ""
    if second_party(word, prev):
        # الجيش الوطني | والمقاومة الشعبية: the side fighting beside the
        # body; after a field a second field goes on (المعهد السعودي
        # للإلكترونيات والأجهزة المنزلية)
        return ""
    if _people_plural(word) and not _people_list(_peel_key(prev)) and _clitic(prev) != "ل":
        # قوات الأمن | والعاملين، قوات الطوارئ | والعاملين: the people beside
        # the body, not its name's (جمعية المحاسبين والمراجعين goes on)
        return ""
    if prev.startswith("ال") and prev.endswith(("ي", "يه")):
        # a noun after an adjective goes on a name the corpus writes so
        # (وزارة الشؤون الإسلامية والأوقاف، منظمة التعاون الاقتصادي والتنمية),
        # not a second party written once (الحكومة الشرعية والجهات); two
        # adjectives are one name (البلدية والقروية)
        return c if _adjective(word) or f"{prev} {k}" in words("org_links") else ""
    if prev.startswith("لل") and _clitic(prev) == "ل" and not word.endswith("ات"):
        # a second field after the field a body is named for (المركز
        # السعودي للتعليم والتأهيل، المؤسسة العربية للدراسات والنشر، منظمة
        # مرام للإغاثة والتنمية): in the corpus's days read for it, 15 of
        # 20 first mentions cut before such a و went on so; not a sound
        # plural, a second party in a list (ميدغلف للتأمين | والخدمات الأرضية)
        return c
    # after a noun or a bare name likewise, a pair written in a name's
    # share of the noun's uses inside bodies' names (وزارة التجارة والصناعة،
    # عمادة القبول والتسجيل), not a second party (الأمم المتحدة والشرعية،
    # وزارة التعليم والشؤون، تنظيم داعش والمتمردين): bench/org_and.py
    return c if f"{prev} {k}" in words("org_and") else ""


# heads a company is called by with its country's nisba alone
_COMPANY_HEADS = {key(w) for w in ("شركة", "مجموعة")}

# Deputies whose portfolio a ل after the body names (وكيل جامعة الملك
# عبدالعزيز للتطوير، مساعد مدير الشركة للتسويق): the field is the office's
_DEPUTIES = {key(w) for w in ("وكيل", "وكيلة", "مساعد", "مساعدة", "نائب", "نائبة")}


# Heads named for a place and a field: after one and a one-word place the
# corpus writes a word under لل in half its uses or more (8 uses at least,
# over every daily file but the held days): شركة 76 of 117، مؤسسة 20 of
# 31 (شركة الطائف للاستثمار، مؤسسة مكة للطباعة والإعلام), هيئة 16 of 20
# (هيئة الإمارات للمواصفات، هيئة أبوظبي للسياحة والثقافة)، معهد 10 of
# 14 (معهد واشنطن للشرق الأدنى)، منظمة 7 of 9 (منظمة شنغهاي للتعاون)،
# وكالة 4 of 8 (وكالة الرياض للسياحة والسفر): the body's field in every
# one read; the rest the sentence going on (شركة آسيا | أن). Not مركز
# (28 of 113), جامعة (23 of 685: جامعة تبوك | للطالبة), أمانة، نادي،
# بنك، حكومة (حكومة مصر | للتحالف), each under a tenth
_FIRMS = {key(w) for w in ("شركة", "مؤسسة", "هيئة", "معهد", "منظمة", "وكالة")}


def _firm_field(toks: list[Token], i: int, j: int) -> bool:
    """Whether token j is a word under لل right after a company's head at
    i and a place (شركة مكة للإنشاء، مؤسسة دبي للمهرجانات)."""
    k = toks[j].key
    return (j == i + 2 and k.startswith("لل") and _peel_key(toks[i].key) in _FIRMS and toks[i + 1].key in gz.places()
            and _reading(k)[1] not in gz.places())


_FEDERATIONS = {key(w) for w in ("اتحاد", "الاتحاد")}
# the scope a federation is named for beside or instead of its country
# (الاتحاد العربي السعودي، الاتحاد الآسيوي، الاتحاد الدولي للعبة), which
# the nisbas list lacks
_SCOPES = frozenset(key(w) for w in ("العربي", "الآسيوي", "الخليجي", "الدولي", "الأوروبي", "الأفريقي", "الإفريقي"))


def _federation_field(toks: list[Token], i: int, j: int) -> bool:
    """Whether token j is a sport a federation is named for
    (`federation_fields`: للكرة، للرياضات) right after اتحاد/الاتحاد and
    its nisbas or scopes inside the chain headed at i: الاتحاد السعودي للكرة الطائرة،
    مجلس إدارة الاتحاد العربي السعودي للرياضات. Only after a nisba: a
    union's purpose follows its adjective too (الاتحاد الأوروبي لمواجهة),
    and the sport is what tells them apart."""
    if toks[j].key not in words("federation_fields"):
        return False
    x = j - 1
    while x > i and (toks[x].key in gz.nisbas() or toks[x].key in _SCOPES):
        x -= 1
    return x < j - 1 and _peel_key(toks[x].key) in _FEDERATIONS


def _field_lam(toks: list[Token], i: int, j: int) -> bool:
    """Whether token j, under ل after the name of the body headed at i, is
    a field bodies are named for (`org_lam`: مركز الملك عبدالعزيز للحوار،
    شركة آسيا للاستثمار، مجلس التعاون لدول الخليج), or any word under لل
    after a company's head and a place (شركة مكة للإنشاء والتعمير), and
    the name goes on through it: not a deputy's portfolio (وكيل الجامعة
    للتطوير)."""
    if toks[j].key not in words("org_lam") and not _firm_field(toks, i, j) and not _federation_field(toks, i, j):
        return False
    return not (i > 0 and _peel_key(toks[i - 1].key) in _DEPUTIES)


def _people_plural(w: str) -> bool:
    """A definite sound masculine plural of people (key w, clitics peeled):
    a participle's (المسؤولين، المقيمين، المعتمرين), a فاعل's (العاملين،
    اللاعبين، الزائرين) or a nisba's (الأكاديميين); not a plural or a
    noun of things that ends alike (الفنون، القوانين، التلفزيون، التعاون)."""
    if not w.startswith("ال") or not w.endswith(("ين", "ون")) or len(w) < 7:
        return False
    return w.startswith("الم") or w[3] == "ا" or w.endswith("يين")


# broken plurals of people a body's name lists its charges by, as it does
# sound ones (هيئة شؤون الأسرى والمحررين، رعاية الأيتام والمسنين): a
# people plural after one of them goes on the name
_BROKEN_PEOPLE = {key(w) for w in (
    "الأسرى", "الجرحى", "المرضى", "الأيتام", "الطلاب", "العمال", "الأطفال", "الشهداء")}


def _people_list(prev: str) -> bool:
    """Whether a word before و (key, clitics peeled) is itself a plural
    of people: the name lists its people (جمعية المحاسبين والمراجعين)."""
    return prev in _BROKEN_PEOPLE or _people_plural(prev)


# the prepositions a verbal noun takes its object by (الدفاع عن، الرقابة على)
_GOVERNED = {key(w) for w in ("على", "عن")}


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
    k = toks[j - 1].key
    if k in words("org_lam") or k in words("federation_fields"):  # لكرة, which the peeler keeps whole
        # للعبة is the article's ل (لعبة is a word too: the peeler reads
        # ل + لعبة), so no word after it is its genitive
        return not k.startswith("لل")
    c, word, restored = _reading(k)
    return c == "ل" and not restored and not word.startswith("ال")


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
