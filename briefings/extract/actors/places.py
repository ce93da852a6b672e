"""Places from the gazetteer and from the corpus's cued words, and a
one-word place that is an adjective or a nisba where it stands."""

from __future__ import annotations

from functools import lru_cache

from briefings.data import lines
from briefings.extract import gazetteer as gz
from briefings.extract.actors.openings import (
    _OPENS_PLACE,
    _heads_org,
    _opening,
    _opens_office,
    _place_cue,
    _place_opening,
)
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import (
    _PRONOUN_ENDS,
    _adjective,
    _clitic,
    _definite,
    _display,
    _is_punct,
    _peel_key,
    _sentence_keys,
    person_words,
)
from briefings.extract.ner_features import CUE_WORDS, typed_words
from briefings.lang.ar import key, key_text, vocabulary, words
from briefings.model import Token


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


# CLDR's region codes that name no place a briefing wants (001: the world)
_NOT_REGIONS = {"001"}


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[int, ...]]:
    """Places named in several words that neither the gazetteer nor the
    tagger's features hold, by first word → their lengths, longest first:
    `place_pairs` (حفر الباطن، رأس تنورة، عين العرب), CLDR's world regions
    (شرق آسيا، أمريكا اللاتينية، جنوب شرق آسيا) and the press's forms of
    them (`regions`: آسيا الوسطى). Kept out of gz.places(), whose entries
    are features of the tagger."""
    sizes: dict[str, set[int]] = {}
    for n in _phrase_names():
        ws = n.split()
        if len(ws) > 1:
            sizes.setdefault(ws[0], set()).add(len(ws))
    return {w: tuple(sorted(s, reverse=True)) for w, s in sizes.items()}


def _phrase_places(toks: list[Token], sid: int) -> list[_Raw]:
    """A place of _phrases: a place named in two words whose first word is
    common on its own (حفر، رأس، عين، دار), or a world region (شرق آسيا).
    A clitic on the first word comes off (بحفر الباطن، ورأس تنورة)."""
    firsts = _phrases()
    keys, peeled = _sentence_keys(toks)
    if firsts.keys().isdisjoint(keys) and firsts.keys().isdisjoint(peeled):
        return []
    names = _phrase_names()
    out = []
    n = len(toks)
    j = 0
    while j < n - 1:
        k0 = _peel_key(keys[j])
        for size in firsts.get(k0, ()):
            if j + size <= n and " ".join([k0, *keys[j + 1 : j + size]]) in names:
                out.append(_Raw(j, j + size, "place", sid, toks, "gazetteer"))
                j += size - 1
                break
        j += 1
    return out


@lru_cache(maxsize=1)
def _phrase_names() -> frozenset[str]:
    from babel import Locale

    names = set(words("place_pairs")) | set(words("regions"))
    names |= {key_text(n) for c, n in Locale.parse("ar").territories.items() if c.isdigit() and c not in _NOT_REGIONS}
    return frozenset(n for n in names if " " in n and n not in gz.places())


# regions named in one word (تهامة، السراة), read as _cue_places are
_REGIONS = frozenset(words("regions_local"))


@lru_cache(maxsize=1)
def _cue_places() -> frozenset[str]:
    """Words the corpus writes right after a place cue (مدينة، محافظة،
    شمال …) in half of their uses or more (`names-cued`, LOC, share 2 and
    up): small towns and provinces no gazetteer of cities holds (شرورة،
    ثادق، المخا، سراقب), and the regions of `regions_local` (تهامة،
    السراة). Not a word shaped as an adjective or a feminine
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
    return frozenset(out | _REGIONS - gz.places().keys())


@lru_cache(maxsize=1)
def _framed_places() -> frozenset[str]:
    """Words the corpus writes right after a place cue in a quarter of their
    uses to a half (`names-cued`, LOC, share 1: الباحة، الرس، أملج،
    القنفذة، الضالع، كاليفورنيا), shaped as _cue_places are, less the
    common nouns among them (_toggles: الجزاء، الامتياز، المضيق). Half of
    their uses are no place's, so they are read as places only in a
    place's frame (_place_frame)."""
    out = set()
    for w, share in typed_words(CUE_WORDS).items():
        if not share.startswith("LOC") or share[3:] != "1" or w in gz.places() or w in gz.stop() or w in gz.nisbas():
            continue
        if _adjective(w) or w.endswith(("ي", "ها")) or (not w.startswith("ال") and w.endswith("ه") and len(w) <= 5):
            continue
        if not w.startswith("و") and not _toggles(w):
            out.add(w)
    return frozenset(out)


@lru_cache(maxsize=1)
def _local_places() -> frozenset[str]:
    """`local_places`: words the corpus writes after محافظة، محافظ، قرية،
    بلدة، مديرية، حي or ضاحية in 15% of their uses or more (تنومة، بلجرشي،
    الدوادمي، شبوة، التواهي; briefings.training.local_places, which mines
    places-local.tsv.gz in the same pass). Read as _framed_places are; a
    nisba's shape is no bar here (الخفجي، البكيرية): these cues are
    followed by names."""
    return frozenset(w for w in words("local_places") if w not in gz.places())


@lru_cache(maxsize=1)
def _mined_places() -> frozenset[str]:
    """`places-local.tsv.gz`: one-word names the corpus writes after a
    settlement's cue (محافظة، مركز، قرية، بلدة، هجرة، حي، مدينة، منطقة،
    مديرية، قضاء، بلدية: SETTLEMENT_CUES) twice or more and in 15% of their uses or more
    (بلدية الدلم، مركز المزروعية، قضاء سنجار، مدينة سيهات; made by
    briefings.training.local_places): the villages, centres and districts
    no gazetteer of cities holds. Read as _local_places are."""
    mined = frozenset(key(ln.split("\t")[0]) for ln in lines("places-local.tsv.gz"))
    return mined - gz.places().keys() - _local_places() - _cue_places() - _framed_places()


@lru_cache(maxsize=1)
def _governed() -> frozenset[str]:
    """The local names, listed and mined: read only where a place's name
    stands, and not as a noun a definite word completes."""
    return _local_places() | _mined_places()


@lru_cache(maxsize=1)
def _corpus_words() -> frozenset[str]:
    return _cue_places() | _framed_places() | _governed()


def _toggles(w: str) -> bool:
    """Whether the corpus writes a word with its article toggled (added or
    taken off) at least half as often as the word: a common noun, which
    takes the article or not (جزاء 200 times to الجزاء 192، الامتياز 74 to
    امتياز 37، مضيق 32 to المضيق 14); a place's name is written one way
    (الباحة 1,105 to باحة 35, الرس 195 to رس 0)."""
    v = vocabulary()
    other = w[2:] if w.startswith("ال") else "ال" + w
    return v.get(other, 0) * 2 >= max(v.get(w, 0), 1)


# Cues in the plural or the dual, before a list of places (محافظات عدن
# ولحج وأبين، مناطق الباحة ومكة، مدينتي مارع وجرابلس)
_PLURAL_CUES = {key(w) for w in ("مدن", "محافظات", "مناطق", "قرى", "أحياء", "ولايات", "بلدات", "مديريات", "مدينتي",
                                 "محافظتي", "منطقتي", "بلدتي", "ولايتي", "مديريتي", "قريتي")}


def _place_frame(toks: list[Token], j: int, known: frozenset[str]) -> bool:
    """Whether token j stands where a place's name does: under ب or ل
    (بالباحة، لعدن), under و after a place (وعسير والباحة), or after a
    mark, a preposition (في، إلى، من: _PREPOSITIONS), a place cue, a word that governs a
    place (شمال، حدود; not عاصمة, below), who governs it (محافظ أملج، بلدية
    الرس، أمير الباحة: _GOVERNORS), its people (أهالي بيشة: _RESIDENTS) or a
    place. Not after a verb or a noun it completes (يهلك الحرث، يوسف
    الضالع) nor under و after a common word (والضباب الرقيق)."""
    if j == 0:
        return True
    c = _clitic(toks[j].key)
    if c and c[-1] in "بل":
        return True
    prev = toks[j - 1]
    pk = _peel_key(prev.key)
    if c == "و":
        return pk in gz.places() or pk in known or pk in _cue_places()
    return (_is_punct(prev) or pk in _PREPOSITIONS or bool(_place_cue(prev.key)) or pk in _PLURAL_CUES
            or (pk in _GOVERNING and pk != _CAPITAL) or pk in gz.places() or pk in _GOVERNORS or pk in _RESIDENTS)


# Countries are written in other spellings with a long vowel more or less
# (فينزويلا and فنزيلا for فنزويلا، الأورغواي for أوروغواي، تايلند، نيوزلندا،
# قرغيزستان: 48 uses of 31 such forms over the corpus): a one-letter variant
# of a country's name of six letters or more (its article aside) by ا، و or
# ي added or dropped inside it, that the corpus writes under 8 times (no
# word of the vocabulary), no stop word, first name or place, and not a
# nisba's shape the name lacks (أوكراني of أوكرانيا). Shorter names make
# words (النبال of نيبال، السويدان of السودان, a family name).
_LONG_VOWELS = "اوي"
_NISBA_ENDS = ("ي", "يه", "يين", "يون")


@lru_cache(maxsize=1)
def _country_spellings() -> dict[str, str]:
    """Variant key → the country's name as the gazetteer writes it."""
    v, places, stop, pw = vocabulary(), gz.places(), gz.stop(), person_words()
    out: dict[str, str] = {}
    for k, (_, name) in gz.countries().items():
        stem = k[2:] if k.startswith("ال") else k
        if " " in k or len(stem) < 6:
            continue
        for form in {k, k if k.startswith("ال") else "ال" + k}:
            for i in range(1, len(form) - 1):  # inside the name: the last letter stays
                vs = [form[:i] + c + form[i:] for c in _LONG_VOWELS]
                if form[i] in _LONG_VOWELS:
                    vs.append(form[:i] + form[i + 1:])
                for x in vs:
                    if (len(x) < 6 or x in places or x in v or x in stop or x in pw
                            or (x.endswith(_NISBA_ENDS) and not form.endswith(_NISBA_ENDS))):
                        continue
                    out.setdefault(x, name)
    return out


@lru_cache(maxsize=1)
def _spelling_forms() -> dict[str, bool]:
    """The variants as written, and under a one-letter clitic (بفينزويلا،
    والأورغواي), each with whether its first letter is that clitic. The
    peeler cannot find them (it peels only onto a known word, and a
    variant is chosen for being unknown), so the forms are listed, and a
    sentence's keys are tested against them at once. Two clitics or لل
    before a variant are not listed: merge shows one clitic letter off."""
    out: dict[str, bool] = {}
    for x in _country_spellings():
        out.setdefault(x, False)
        for c in "وبلفك":
            out.setdefault(c + x, True)
    return out


def _spelled_countries(toks: list[Token], sid: int, tags: list[str]) -> list[_Raw]:
    """A country written in another spelling (فينزويلا) where the tagger
    reads no person or body."""
    forms = _spelling_forms()
    keys = _sentence_keys(toks)[0]
    if forms.keys().isdisjoint(keys):
        return []  # nearly every sentence: one pass in C
    out = []
    for j, k in enumerate(keys):
        if k in forms and not (tags and tags[j].endswith(("PER", "ORG"))):
            out.append(_Raw(j, j + 1, "place", sid, toks, "gazetteer", peeled=forms[k]))
    return out


# اليمن is also good fortune: «باليمن والخير» (22 uses over the corpus),
# «باليمن والبركات» (5)، «بالخير واليمن والبركات» (6)، «باليمن والمسرات»,
# all wishes for a feast; no use of the country sits beside these words
_YEMEN = key("اليمن")
_FORTUNES = {key(w) for w in ("الخير", "البركات", "البركة", "المسرات", "الخيرات")}


def _good_fortune(r: _Raw) -> bool:
    """Whether a one-word place اليمن is the wish «باليمن والخير»: a word
    of good fortune joined to it by و, after it or before it (بالخير
    واليمن)."""
    toks = r.toks
    if r.last - r.first != 1 or _peel_key(toks[r.first].key) != _YEMEN:
        return False
    if r.last < len(toks) and toks[r.last].key.startswith("و") and toks[r.last].key[1:] in _FORTUNES:
        return True
    return (r.first > 0 and toks[r.first].key.startswith("و")
            and _peel_key(toks[r.first - 1].key) in _FORTUNES)


# the people of a place (أهالي بيشة، سكان الحجاز): over the corpus 140 uses
# before a word of the corpus's place lists, nearly all places; not أهل,
# before abstract nouns as often (أهل البدع، أهل الشرائع السابقة)
_RESIDENTS = {key(w) for w in ("أهالي", "سكان")}


# Prepositions a place's name follows (في جدة، إلى أبها); not the other stop
# words, before which a verb or a noun stands as often (قد أبحر، أن الخزنة،
# أو يهودا)
_PREPOSITIONS = {key(w) for w in ("في", "من", "إلى", "الى", "على", "عن", "حتى", "بين", "مع", "قرب", "نحو", "داخل",
                                  "خارج", "عبر", "حول")}


# عاصمة before a common word is an epithet: عاصمة الضباب (London), عاصمة
# الثقافة; before a place's name it is the capital of a place already known
_CAPITAL = key("عاصمة")


def _corpus_places(toks: list[Token], sid: int, tags: list[str]) -> list[_Raw]:
    """A word of _cue_places is a place wherever the article writes it
    (أهالي شرورة), unless the tagger reads it as a person or a body; one of
    _framed_places where a place's name stands."""
    cue = _cue_places()
    framed = _framed_places() | _governed()
    governed = _governed()
    mined = _mined_places()
    either = _corpus_words()
    keys, peeled = _sentence_keys(toks)
    if either.isdisjoint(keys) and either.isdisjoint(peeled):
        return []  # most sentences name none: two passes in C
    out = []
    for j, t in enumerate(toks):
        k = t.key
        if tags and tags[j].endswith(("PER", "ORG")):
            continue
        if (k in cue or _peel_key(k) in cue
                or ((k in framed or _peel_key(k) in framed)
                    and (_place_frame(toks, j, framed) or (_peel_key(k) in mined and _after_settlement(toks, j))))):
            cued = _peel_key(k) in mined and _after_settlement(toks, j)  # مركز ثربان التابع: no construct
            if _peel_key(k) in governed and ((_in_construct(toks, j) and not cued) or t.text.endswith("ه")):
                continue  # في حقل التعليم; من شروره (its evils, not شرورة)
            if _peel_key(k) in mined and not _mined_frame(toks, j):
                continue
            if _peel_key(k) in _REGIONS and j + 1 < len(toks) and toks[j + 1].key.startswith("لل"):
                continue  # تهامة للاستثمارات: a company named for the region
            out.append(_Raw(j, j + 1, "place", sid, toks, "gazetteer"))
    return out


# the cues the mined names were counted after (briefings.training.
# local_places): not أمير or إمارة (a region or a person follows), not
# مخطط (a planned district, named for its owner: مخطط القحطاني), not
# مطار، ميناء، شارع، طريق (a site's name: the site is the place), not
# ناحية (من ناحية اليابسة: on the land's side)
SETTLEMENT_CUES = frozenset(key(w) for w in (
    "محافظة", "محافظ", "محافظتي", "مركز", "قرية", "قريتي", "بلدة", "بلدتي", "هجرة", "حي", "ضاحية", "مدينة", "منطقة",
    "مديرية", "مديريتي", "قضاء", "بلدية"))


@lru_cache(maxsize=100_000)
def settlement_cue(k: str) -> bool:
    """A settlement's cue, bare or under و، ب، ل، ف، وب، ول، فب (وبمركز)."""
    return (k in SETTLEMENT_CUES or (len(k) > 3 and k[0] in "وبلف" and k[1:] in SETTLEMENT_CUES)
            or (len(k) > 4 and k[:2] in ("وب", "ول", "فب") and k[2:] in SETTLEMENT_CUES))


def _after_settlement(toks: list[Token], j: int) -> bool:
    """Whether a mined name follows the kind of cue it was mined after and
    _place_frame does not read (مركز ثربان، هجرة ذعبلوتن، قضاء سنجار)."""
    return j > 0 and not _clitic(toks[j].key) and settlement_cue(toks[j - 1].key)


# quotation marks: a word quoted alone is a nickname or a word itself
# («النسيم» a reader's name, "أشباح" ghosts), not a place's name
_QUOTES = set("\"«»“”'")


def _mined_frame(toks: list[Token], j: int) -> bool:
    """Whether a mined name (_mined_places) in a place's frame may be read
    there: not right after a quotation mark, nor under a clitic with ك
    (وكسرت, and broke, is no و + ك + سرت): the list's words are rare, and
    some spell common words too."""
    if "ك" in _clitic(toks[j].key):
        return False
    return j == 0 or toks[j - 1].text not in _QUOTES


def _in_construct(toks: list[Token], j: int) -> bool:
    """Whether a bare word is a noun a definite one completes (في حقل
    التعليم، حقل النفط), not a place's name (محافظة حقل الحدودية)."""
    if _definite(_peel_key(toks[j].key)) or j + 1 >= len(toks):
        return False
    nk = toks[j + 1].key
    if _clitic(nk):
        return False  # a word under ل or و completes no noun: في بيشة للزراعة
    return _definite(nk) and (not _adjective(nk) or nk.endswith(("يين", "يون"))) and nk not in gz.places()


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


# Words before a place's name that only a place follows (شمال كابل، ريف
# القنيطرة، ضواحي أتلانتا): of the words after them in the corpus, 40–85%
# are gazetteer places (شمال 1,043 of 2,299, ريف 299 of 352, ضواحي 26 of 63)
_DIRECTION_HEADS = {key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "ريف", "ضواحي")}

# A bare word after one of them that the corpus writes this rarely is a
# town no list holds (سرت 71 uses، عفرين، بوجمبورا، رابغ); the commoner
# ones are mostly nouns (مرتفعات 111، ساحات 135)
_RARE_AFTER_DIRECTION = 100


def _direction_places(toks: list[Token], sid: int, tags: list[str]) -> list[_Raw]:
    """A rare bare word after a direction or ريف، ضواحي is a place's name
    (شمال سرت، جنوب كردفان): not a word with the article (شمال الصالة, the
    hall), a pronoun (شرقها، غربه), a verb's shape (يدعمه، يتجاهلهم), a word
    under و the peeler keeps whole (وإيلاف، وعمارات), one ending in a hamza
    (شاطئ), an adjective, or a noun a definite word completes (جنوب معقل
    المتمردين; a plural nisba is people, not a place's adjective)."""
    keys, peeled = _sentence_keys(toks)
    if _DIRECTION_HEADS.isdisjoint(peeled):
        return []
    out = []
    vocab = vocabulary()
    places = gz.places()
    for j in range(1, len(toks)):
        if _peel_key(keys[j - 1]) not in _DIRECTION_HEADS or _is_punct(toks[j]):
            continue
        k = keys[j]
        if (not k.isalpha() or len(k) < 3 or k in places or k in _corpus_words() or _definite(k) or _clitic(k)
                or vocab.get(k, 0) >= _RARE_AFTER_DIRECTION or k in gz.stop() or k in gz.nisbas() or _adjective(k)
                or k.endswith(("ه", "ها", "هم", "ء")) or k.startswith(("ي", "ت", "و"))
                or (tags and tags[j].endswith(("PER", "ORG")))):
            continue
        if j + 1 < len(toks) and _definite(nk := _peel_key(keys[j + 1])) and (not _adjective(nk) or nk.endswith(("يين", "يون"))):
            continue  # a noun in construct: جنوب معقل المتمردين (or الإسلاميين), شمال مدخل المدينة
        out.append(_Raw(j, j + 1, "place", sid, toks, "rule"))
    return out


# a stem the corpus writes this often alone is a word that takes the
# pronoun ه (جد 56 uses: جده, his grandfather; طيب، جبل)
_COMMON_STEM = 50
_FI = key("في")


def _with_pronoun(r: _Raw) -> bool:
    """Whether a one-word place written with a final ه (not ة) is a common
    word with the pronoun where it stands: جده keys as جدة (Jeddah), but the
    corpus writes جدة 4,290 times and جده 73, mostly his grandfather (زوجة
    جده، أورثه جده، إلى جده، عن والده وجده) or «found it» (ما وجده). Jeddah
    so written stands under ب (بجده), after في, a place cue, a place or a
    dash (مكة – جده), before و and a place (جده والدمام), or opens a
    dateline (جده -)."""
    toks, j = r.toks, r.first
    w = _display(toks[j])
    if not w.endswith("ه") or w.startswith("ال") or vocabulary().get(key(w[:-1]), 0) < _COMMON_STEM:
        return False
    c = _clitic(toks[j].key)
    if c:
        return not c.endswith("ب")
    if j + 1 < len(toks) and (_clitic(nk := toks[j + 1].key) == "و" and _peel_key(nk) in gz.places()):
        return False
    if j == 0:
        return not (len(toks) > 1 and _is_punct(toks[1]))
    prev = toks[j - 1]
    pk = _peel_key(prev.key)
    return not (pk == _FI or _place_cue(prev.key) or pk in gz.places() or (_is_punct(prev) and prev.text in "-–—،,"))


@lru_cache(maxsize=1)
def _two_senses() -> frozenset[str]:
    """Words read as places only in a place's frame that the corpus also
    writes with the article toggled in a quarter of their uses or more, as a
    common noun is (المذنب 73 / مذنب 31: the governorate, the comet, the
    guilty; الروضة 81 / روضة 21); a place's name is written one way
    (الباحة 1,105 / باحة 35، الليث 103 / ليث 13)."""
    v = vocabulary()
    return frozenset(w for w in _framed_places() | _governed()
                     if v.get(w[2:] if w.startswith("ال") else "ال" + w, 0) * 4 >= v.get(w, 0) > 0)


def _one_sense(raws: list[_Raw], tokens: list[list[Token]]) -> list[_Raw]:
    """A word of _two_senses is no place anywhere in an article that never
    writes a place cue before it (بمحافظة المذنب، بلدية المذنب) and writes
    it out of a place's frame more often than in one (سطح المذنب، ويدنو
    المذنب against من المذنب، للمذنب: the comet's article)."""
    keys = {_peel_key(r.toks[r.first].key) for r in raws if r.type == "place" and r.last - r.first == 1}
    keys &= _two_senses()
    if not keys:
        return raws
    framed = _framed_places() | _governed()
    uses: dict[str, list[int]] = {k: [0, 0] for k in keys}
    cued: set[str] = set()
    for toks in tokens:
        for j, t in enumerate(toks):
            k = _peel_key(t.key)
            if k in uses:
                uses[k][_place_frame(toks, j, framed)] += 1
                if j and (_place_cue(toks[j - 1].key) or _peel_key(toks[j - 1].key) in _GOVERNORS):
                    cued.add(k)
    wrong = {k for k, (out, inside) in uses.items() if out > inside and k not in cued}
    return [r for r in raws if not (r.type == "place" and r.last - r.first == 1
                                     and _peel_key(r.toks[r.first].key) in wrong)]


# who governs a place, before its name (محافظ المذنب، بلدية المذنب)
_GOVERNORS = {key(w) for w in ("محافظ", "بلدية", "أمير", "إمارة")}


# Syria written سورية (785 uses over the corpus; سوريا is commoner) spells
# the feminine nisba too (حكومة سورية جديدة، مقاتلة سورية), so no list
# holds it: the gazetteer would read every Syrian thing as the country
_SYRIA = key("سورية")

# before سورية these make it the nisba, though they frame a place's name
# elsewhere: مدينة سورية، مناطق سورية (a Syrian town, Syrian areas), دولة
# سورية (a Syrian state)
_NOUNS_BEFORE_NISBA = {key("دولة")}


def _syria(toks: list[Token], sid: int) -> list[_Raw]:
    """سورية where a place's name stands (_place_frame: في سورية 293 times
    of its 785 uses (bench/place_frames.py), العراق وسورية، إلى سورية، شمال سورية، لسورية) is the
    country; after a place cue, singular or plural, or دولة it is the
    nisba (مدينة سورية، مناطق سورية), as it is after any other noun."""
    keys, peeled = _sentence_keys(toks)
    if _SYRIA not in peeled:
        return []
    out = []
    for j, k in enumerate(keys):
        if _peel_key(k) != _SYRIA or not _place_frame(toks, j, frozenset()):
            continue
        if j and not _clitic(k):
            pk = _peel_key(keys[j - 1])
            if _place_cue(keys[j - 1]) or pk in _PLURAL_CUES or pk in _NOUNS_BEFORE_NISBA:
                continue
        out.append(_Raw(j, j + 1, "place", sid, toks, "gazetteer"))
    return out


# A word in a list of places that the corpus writes this rarely is a place
# too (تونس وليبيا وسيناء وأزواد والصومال، عمّان، ومادبا، والسلط); the
# commoner words joined to a place are nouns and verbs (الرياض والمدينة،
# الدمام والخبر: the news, جدة وخارجها)
_RARE_IN_LIST = 150
_COMMAS = {"،", ","}


def _list_word(k: str) -> bool:
    """Whether a word (its clitic peeled) may name a place in a list: rare,
    no stop word, nisba, adjective, person's name or pronoun ending; no
    common noun, whose article the corpus toggles (البركات 60 / بركات،
    نجل / النجل: _toggles), no plural in ات or definite one in ين/ون
    (مكسرات، المدلسين), no verb's shape (تركوا، تصدرت، يلزم: the
    direction rule's test)."""
    return (k.isalpha() and len(k) >= 3 and vocabulary().get(k, 0) < _RARE_IN_LIST and k not in gz.stop()
            and k not in gz.nisbas() and not _adjective(k) and not k.endswith(_PRONOUN_ENDS)
            and k not in person_words() and not _toggles(k) and not k.endswith(("ات", "وا"))
            and not (k.startswith("ال") and k.endswith(("ين", "ون"))) and not k.startswith(("ي", "ت")))


def _coordinated_places(toks: list[Token], sid: int, tags: list[str], found: list[_Raw]) -> list[_Raw]:
    """A rare word under و in a list of places, with or without commas, is
    the list's next place where it ends its item (a mark, the next و or the
    sentence's end follows) and the list is one of places on both sides of
    it or two before it: تونس وليبيا وسيناء وأزواد والصومال، عمّان، ومادبا،
    والسلط، بلدة المركز، والمنيزلة، والفضول (a settlement's name opens a
    list). After one place alone only a GeoNames town (الكرك والطفيلة):
    there half the rare words are nouns, verbs and bodies (العراق وقتذاك،
    مدريد وسالت، القصيم، والعثيم). Each place found so leads the next. Not
    a word the tagger reads as a person or a body (وصالح), nor one inside a
    span already found."""
    ends = {r.last for r in found if r.type == "place"}
    starts = {r.first for r in found if r.type == "place"}
    keys = _sentence_keys(toks)[0]
    n = len(toks)
    if not ends and not any(map(settlement_cue, keys)):
        return []
    inside = {j for r in found for j in range(r.first, r.last)}
    known = _corpus_words()
    places = gz.places()
    out = []
    vocab = vocabulary()

    def item_before(j: int) -> int:
        """The last token of the list's item before token j, -1 if none."""
        return j - 1 if toks[j - 1].text not in _COMMAS else j - 2

    def place_item(i: int) -> bool:
        """Whether the item ending at token i is a place, or a settlement's
        name (بلدة المركز)."""
        return i >= 0 and (i + 1 in ends or (i > 0 and not _clitic(keys[i]) and settlement_cue(keys[i - 1])))

    for j in range(1, n):
        k = keys[j]
        if j in inside or not k.startswith("و"):
            continue
        c = _clitic(k)
        if c == "و":
            w, kept = _peel_key(k), False
        elif not c and len(k) >= 5 and vocab.get(k, 0) < _RARE_IN_LIST:
            w, kept = k[1:], True  # وأزواد، والمنيزلة: the peeler keeps و on a word it does not know
        else:
            continue
        i = item_before(j)
        if not place_item(i):
            continue
        if j + 1 < n and not (_is_punct(toks[j + 1]) or keys[j + 1].startswith("و")):
            continue  # the item runs on: وحدنان الواقعة، وتفقد المشروع
        if (tags and tags[j].endswith(("PER", "ORG"))) or toks[j].text.endswith(("ً", "ه")):
            continue  # a pronoun, as written: ومكافحته ومحاربته (keyed as ة would be)
        if w in known:
            pass  # a listed or mined place in any shape: والمنيزلة
        elif not _list_word(w):
            continue
        else:
            m = j + 2 if j + 2 < n and toks[j + 1].text in _COMMAS else j + 1
            after = m < n and keys[m].startswith("و") and (
                m in starts or _peel_key(keys[m]) in places or keys[m][1:] in places or _peel_key(keys[m]) in known)
            two_before = keys[i].startswith("و") and i > 0 and place_item(item_before(i))
            if not (after or two_before or w in gz.geonames()):
                continue
        out.append(_Raw(j, j + 1, "place", sid, toks, "rule", peeled=kept))
        ends.add(j + 1)
        starts.add(j)
    return out


# GeoNames' cities of 100,000 people or more that the gazetteer leaves out
# because the corpus writes them as words (الخبر the news 2,454 times,
# السويس، الجبيل); only definite ones, no adjective's shape (الهندية) and
# no common noun, whose article the corpus toggles (مدينة / المدينة، جديد /
# الجديد، عين / العين، صور / الصور: _toggles; الخبر 2,454 / خبر 239 stays):
# the bare ones are words (بأنه، منا، طراز), clubs (ميلان) or persons
_TOWN_POPULATION = 100_000
_JOINERS = {"-", "–", "—", "،", ","}


@lru_cache(maxsize=1)
def _common_towns() -> frozenset[str]:
    places = gz.places()
    return frozenset(k for k, (_, pop) in gz.geonames().items()
                     if pop >= _TOWN_POPULATION and " " not in k and k not in places and k not in person_words()
                     and k.startswith("ال") and len(k) >= 5 and not _adjective(k) and not _toggles(k))


def _joined_towns(toks: list[Token], sid: int, tags: list[str], found: list[_Raw]) -> list[_Raw]:
    """A city of _common_towns joined to a place found in the sentence by
    و, a comma or a dash, on either side, where its item ends there: الدمام
    والخبر والظهران، (الدمام-الخبر)، الخبر والدمام. The corpus writes الخبر
    so 84 times (50 after an Eastern Province or Saudi city, 34 before one;
    bench/README), the news never."""
    towns = _common_towns()
    keys, peeled = _sentence_keys(toks)
    if towns.isdisjoint(peeled):
        return []
    ends = {r.last for r in found if r.type == "place"}
    starts = {r.first for r in found if r.type == "place"}
    inside = {j for r in found for j in range(r.first, r.last)}
    n = len(toks)
    out = []
    for j in range(n):
        k = keys[j]
        c = _clitic(k)
        if j in inside or _peel_key(k) not in towns or (c and c != "و") or (tags and tags[j].endswith(("PER", "ORG"))):
            continue
        before = (c == "و" and (j in ends or (j > 1 and toks[j - 1].text in _COMMAS and j - 1 in ends))) or (
            not c and j > 1 and toks[j - 1].text in _JOINERS and j - 1 in ends)
        nxt = j + 1
        after = nxt < n and ((keys[nxt].startswith("و") and nxt in starts)
                             or (toks[nxt].text in _JOINERS and nxt + 1 < n and nxt + 1 in starts))
        ends_item = nxt >= n or _is_punct(toks[nxt]) or keys[nxt].startswith("و")
        if (before or after) and ends_item:
            out.append(_Raw(j, j + 1, "place", sid, toks, "rule"))
            ends.add(j + 1)
            starts.add(j)
    return out
