"""Where the tagger ends or opens a person's name at the wrong word, mended
(issue 12, persons, nineteenth round): a family name that is a common
word too (فؤاد المسلم), a foreign name's particle (لويس فان غال), the
name علي read as the preposition على (عن علي أحمدي), a common word read
on after a father's name (سلمان بن عبدالعزيز برقية), an honorific read
into a name (ولي العهد معالي وزير), and a king's or a prince's name that
names a body or a site (مدينة الملك عبدالعزيز للعلوم), a body under ل
read into its office holder's name (الأمين العام لأوبك عبد الله البدري)."""

from __future__ import annotations

from briefings.extract import gazetteer as gz
from briefings.extract.actors.names import _written_name
from briefings.extract.actors.openings import _ROYAL, _place_cue, _rank_at
from briefings.extract.actors.sites import _SITE_HEADS
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import (
    _COMMON,
    _NAME_LINKS,
    OFFICE_HONORIFICS,
    _clitic,
    _is_punct,
    _peel_key,
    person_words,
    tagged_person,
)
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key, vocabulary, words
from briefings.model import Token

# a name's links in the genitive and the accusative too (بن أبي طالب)
_LINK_WORDS = _NAME_LINKS | {key("أبي"), key("أبا")}

# The particles of a European name (لويس فان غال، دافيد دي خيا، أنخيل دي
# ماريا، أورسولا فون دير لاين): never a name's last word. As written; فإن
# (then) keys as فان too, and is read as one (harmless: a clause goes on
# after it, no name ends there).
PARTICLES = {"فان", "فون", "دي", "دا", "دو", "دوس", "ديل", "دير"}

# What stands before علي, the name, and never before على, the preposition
# (a preposition does not follow these): عن علي أحمدي، مع علي لاريجاني.
# Not من: من على المنبر is from on the pulpit; not أن/إن: «إن على الأسد أن
# يرحل» (on him) is written «إن علي» too.
_BEFORE_ALI = {key(w) for w in ("عن", "مع", "إلى", "بين", "لدى", "ضد", "ابن", "بن", "أبو")}

# Before a title an office's honorific (words.OFFICE_HONORIFICS) is its
# own, not the end of a name the tagger read on.
_HONORIFICS = OFFICE_HONORIFICS

# Heads of what is named for a king or a prince (جامعة الملك عبدالعزيز،
# مستشفى الملك عبدالله، مدينة الملك عبدالعزيز للعلوم، جائزة الملك فيصل):
# the name after الملك/الأمير there is the body's or the site's, not a
# person's mention. Not حكومة، عهد، ديوان، مجلس: King Salman's government
# names him.
_NAMED_FOR_HEADS = _SITE_HEADS | {key(w) for w in (
    "جامعة", "مستشفى", "مدينة", "مركز", "مجمع", "كلية", "معهد", "مؤسسة", "جائزة", "كرسي", "برنامج", "مشروع",
    "وقف", "دارة", "مكتبة", "مدرسة", "مدارس", "قاعة", "مستشفيات", "حي", "مخطط", "مشفى")}

# A cable a person sends or gets (بعث … برقية تهنئة): the word follows a
# name in 166 corpus uses (the held days left out), before تهنئة 106 times,
# شكر 18, عزاء 10, and ends none; the tagger reads it into the sender's
# name (سلمان بن عبدالعزيز آل سعود برقية، محمد بن سلمان برقية).
_CABLE = {key(w) for w in ("برقية", "برقيه")}

# رائد, a rank with the article (الرائد فلان), is a first name bare right
# before the tagger's name (الفريق في الشرطة الاتحادية رائد شوكت جودت)
_RAID = key("رائد")


def named_for(toks: list[Token], i: int) -> bool:
    """Whether the royal rank at i names what the word before it heads:
    an indefinite head of a body or a site in construct with it."""
    if i == 0 or toks[i].key not in _ROYAL:
        return False
    prev = toks[i - 1].key
    head = _peel_key(prev)
    return not head.startswith("ال") and (head in _NAMED_FOR_HEADS or _place_cue(prev) != "")


def _given(t: Token) -> bool:
    """A first name as written: no article, listed or read as a person's."""
    k = t.key
    return k.isalpha() and not k.startswith("ال") and (k in person_words() or tagged_person(k))


def mend_name_bounds(found: list[_Raw]) -> None:
    """Each person's span of a sentence mended where the tagger set a bound
    at the wrong word; spans of other actors are not crossed."""
    taken = {x for r in found if r.type and r.type != "person" for x in range(r.first, r.last)}
    family = words("family_names")
    for r in found:
        if r.type != "person":
            continue
        toks = r.toks
        n = len(toks)
        if (r.first >= 2 and named_for(toks, r.first - 1)) or named_for(toks, r.first):
            r.type = ""  # جامعة الملك [عبدالعزيز]: the body's name
            continue
        _mend_ali(r)
        _mend_raid(r)
        _cut_body_under_lam(r)
        cable = next((x for x in range(r.first + 1, r.last) if toks[x].key in _CABLE), None)
        if cable is not None:
            r.last = cable  # محمد بن سلمان [برقية عزاء]: the cable
        last = toks[r.last - 1]
        nxt = toks[r.last] if r.last < n else None
        if nxt is None or r.last in taken or _is_punct(nxt):
            pass
        elif last.text in PARTICLES and r.last - r.first >= 2 and nxt.key.isalpha() and nxt.key not in gz.stop():
            r.last += 1  # لويس فان [غال]
        elif nxt.key in family and r.last - r.first <= 3 and (
                _given(last) or (r.last - r.first >= 2 and toks[r.last - 2].key in _NAME_LINKS)):
            r.last += 1  # فؤاد [المسلم]، عبد العزيز [الشيخ]
            r.family = True
        _cut_common_after_father(r)
        if r.last - r.first >= 2 and _peel_key(toks[r.last - 1].key) in _HONORIFICS and r.last < n and (
                _peel_key(toks[r.last].key) in gz.title_heads() or _rank_at(toks, r.last)):
            r.last -= 1  # العهد [معالي] وزير الدولة: the next title's honorific
            if r.last - r.first == 1 and toks[r.first].key.startswith("ال"):
                r.type = ""  # ولي العهد: an office, no name


def _mend_ali(r: _Raw) -> None:
    """The tagger's name opens after علي when it reads the word as على
    (the key makes them one): written with ya after a word no preposition
    follows, or opening the sentence, it is the name's first word."""
    i = r.first - 1
    if i < 0 or not _written_name(r.toks[i]) or r.toks[r.first].key.startswith("ال"):
        return
    before = r.toks[i - 1] if i else None
    if before is None or _is_punct(before) or before.key in _BEFORE_ALI or speech_lemma(before.key):
        r.first = i


def _mend_raid(r: _Raw) -> None:
    """Bare رائد one or two words before the tagger's name opens it: the
    rank is written الرائد; what stands between is a name's word (رائد
    شوكت [جودت]), not a stop word, a title's head or a definite word."""
    toks = r.toks
    for i in (r.first - 1, r.first - 2):
        if i < 0:
            return
        if toks[i].key == _RAID:
            if i > 0 and _peel_key(toks[i - 1].key) in (key("رتبة"), key("برتبة")):
                return  # برتبة رائد: the rank
            if i > 0 and _adjective_of(toks[i - 1].key):
                return  # عمل رائد قاده فلان: pioneering, after the noun it qualifies
            r.first = i
            return
        k = toks[i].key
        if not k.isalpha() or k.startswith("ال") or k in gz.stop() or _peel_key(k) in gz.title_heads() \
                or _clitic(k):
            return


def _adjective_of(k: str) -> bool:
    """Whether رائد after the word k qualifies it: an indefinite word that
    is no particle, no speech verb and no name's (عمل رائد، مشروع رائد;
    not وقال رائد، مع رائد، الاتحادية رائد)."""
    return (k.isalpha() and not k.startswith("ال") and k not in gz.stop() and not speech_lemma(k)
            and k not in person_words())


def _cut_common_after_father(r: _Raw) -> None:
    """A common word right after a father's name is the sentence going on
    (محمد بن ناصر حظي باستقبال): one no names list holds; one the lists
    hold weakly (برقية, مدني and جمال alike) only where a common word no
    list holds comes next (سلمان بن عبدالعزيز برقية تهنئة: the telegram),
    for a family name such as نزار بن عبيد مدني is followed by a mark, a
    title or a particle."""
    toks = r.toks
    # not after أبي/أبا, a link itself (علي بن أبي طالب)
    if r.last - r.first < 4 or toks[r.last - 3].key not in _NAME_LINKS or toks[r.last - 2].key in _LINK_WORDS:
        return
    t = toks[r.last - 1]
    k = t.key
    if (_written_name(t) or not k.isalpha() or k.startswith("ال") or k in _NAME_LINKS or tagged_person(k)
            or vocabulary().get(k, 0) < _COMMON):
        return  # علي as written is the name (أحمد بن محمد علي)
    if k not in person_words() or (r.last < len(toks) and _common_word(toks[r.last])):
        r.last -= 1


def _common_word(t: Token) -> bool:
    """An indefinite common word no names list holds, and no stop word or
    title: what a telegram's or a visit's complement is (تهنئة، عزاء)."""
    k = t.key
    return (k.isalpha() and not k.startswith("ال") and k not in person_words() and k not in gz.stop()
            and _peel_key(k) not in gz.title_heads() and vocabulary().get(k, 0) >= _COMMON)


def _cut_body_under_lam(r: _Raw) -> None:
    """An office's body under ل, right before the holder's name, is no
    part of it (الأمين العام [لأوبك] عبد الله البدري): the span's first
    word has ل, no names list holds the rest, a title's definite word
    stands before it (no rank: العقيد لودي دي فوس) and a first name or a
    name's link after it."""
    toks = r.toks
    if r.last - r.first < 3 or r.first == 0 or _clitic(toks[r.first].key) != "ل":
        return
    k = _peel_key(toks[r.first].key)
    before = toks[r.first - 1].key
    nxt = toks[r.first + 1]
    # a rank names the person right after it, clitic letter and all (العقيد لودي دي فوس)
    after_rank = any(p + _rank_at(toks, p) == r.first for p in range(max(0, r.first - 4), r.first))
    if (k not in person_words() and not tagged_person(k) and k not in _NAME_LINKS and not after_rank
            and before.startswith("ال") and not _is_punct(nxt) and (nxt.key in _NAME_LINKS or _given(nxt))):
        r.first += 1
