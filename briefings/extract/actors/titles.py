"""A person's title chain before the name (and the apposition after it),
split into its parts, and the nationality a nisba in it gives."""

from __future__ import annotations

from briefings.extract import gazetteer as gz
from briefings.extract.actors.apposition import _apposition, _set_off
from briefings.extract.actors.chains import (
    _QUOTE_PAIRS,
    _construct_head,
    _coordinated,
    _ends_chain,
    _engineer,
    _inner_preposition,
    _parts,
    _quoted_from,
    _so_called,
    _title_word,
)
from briefings.extract.actors.openings import _rank_at
from briefings.extract.actors.words import (
    OFFICE_HONORIFICS,
    _clitic,
    _definite,
    _genitive,
    _is_punct,
    _peel_key,
    _under_preposition,
)
from briefings.extract.speech import speech_lemma
from briefings.lang.ar import key
from briefings.model import Token

# one-word honorifics that open a person's chain as a rank does (وصاحب
# السمو، ومعالي الوزير): joined by و after another person's name, the
# chain from them on is the next person's
_SAHIB = key("صاحب")
_HONORIFIC_OPENERS = OFFICE_HONORIFICS | {_SAHIB}


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
    joined = None  # the last rank joined by و the walk crossed (والدكتور)
    after_name = False  # the walk stopped at another person's name
    opened = None  # a bare honorific before an office (معالي وزير): the chain's first word
    while j > 0:
        t = toks[j - 1]
        k = t.key
        if j - 1 in named:
            # a person an institution is named after: مستشفى الملك فهد
            s = _namesake_start(toks, j - 1, named)
            if s is None:
                after_name = True
                break
            j = s
            continue
        if _clitic(k) == "و" and (_rank_at(toks, j - 1) or _peel_key(k) in _HONORIFIC_OPENERS):
            joined = j - 1
        if opened is None and _opens_office(toks, j - 1, named):
            opened = j - 1
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
    if after_name and joined is not None and joined > start:
        # a rank joined by و opens this person's chain; what stands between
        # it and the person named before is that one's apposition (الأمير
        # محمد بن نايف ولي العهد وصاحب السمو الملكي الأمير محمد بن سلمان;
        # الدكتور أحمد آل مريع رئيس النادي والدكتور أحمد التيهاني)
        start = joined
    if opened is not None and opened > start:
        # what stands before «معالي وزير …» is another's: the host's title
        # or the sentence's object (استقبل ولي العهد معالي وزير الخارجية
        # عادل الجبير; شكر مدير المطار … الظاهري معالي رئيس الهيئة). The
        # corpus writes a word, an honorific, an office head 711 times (the
        # held days left out); the 25 read after a definite word all open
        # a new person's chain there
        start = opened
    chain = [toks[x] for x in range(start, first - marks) if not _is_punct(toks[x])]
    if chain and _names_institution(toks, first, start):
        chain = []  # الملك سلمان in مركز الملك سلمان: a body's name, not a title
    nationality = None
    for t in chain:
        if t.key in nis:
            nationality = gz.country_name(nis[t.key])
    if nationality is None and start == first - marks and _nisba_noun(toks, start - 1, named):
        # a nisba right before a name with no title: the person's (وطبق
        # اليوناني دونيس، والبلجيكي عدنان يانوزاي)
        nationality = gz.country_name(nis[_peel_key(toks[start - 1].key)])
    titles = _parts(chain)
    # an apposition after the name: إبراهيم نجم، مستشار مفتي مصر
    titles += _apposition(toks, last, named)
    for x in range(last, min(last + 2, len(toks))):
        if nationality is None and toks[x].key in nis and x + 1 not in named:
            # not a nisba that opens the next person's name (جيسي لينغارد
            # والبلجيكي عدنان يانوزاي، يانوزاي وربما الإسباني بدرو)
            nationality = gz.country_name(nis[toks[x].key])
    return [t for t in titles if t], nationality


def _opens_office(toks: list[Token], i: int, named: set[int]) -> bool:
    """Whether the bare honorific at i opens a new person's chain: an
    office (not a rank: ولي العهد السعودي سمو الأمير is one person's) after
    a definite word or a name, which ends another's (ولي العهد معالي وزير
    الخارجية). Not in construct after an indefinite head: مدير مكتب معالي
    وزير الإسكان، مساعد سمو رئيس الهيئة name the minister's man."""
    if i == 0 or i + 1 >= len(toks) or toks[i].key not in _HONORIFIC_OPENERS or toks[i].key == _SAHIB:
        return False
    nxt = toks[i + 1]
    if _peel_key(nxt.key) not in gz.office_heads() or _rank_at(toks, i + 1):
        return False
    return i - 1 in named or _definite(_peel_key(toks[i - 1].key))


def _nisba_noun(toks: list[Token], i: int, named: set[int]) -> bool:
    """Whether the nisba at i stands for the person after it (اليوناني
    دونيس، للبريطاني آندي موراي، الميكانيكي السعودي أحمد): not a feminine
    one that qualifies the definite noun before it (الخارجية البحرينية،
    الشركات الإماراتية), nor one after a body's head (النادي البرتغالي), nor
    a plural (المخرجين اللبنانيين), nor the last word of another person's
    name (مقبل سعد السويدي فيصل الوزران). Joined by و it is a noun of its
    own (يحيى الشهري والبحريني محمد حسين)."""
    if i < 0 or i in named:
        return False
    k = _peel_key(toks[i].key)
    if k not in gz.nisbas() or k.endswith("ين"):
        return False
    if i == 0 or _clitic(toks[i].key) == "و" or _title_word(toks, i - 1):
        return True
    # a masculine nisba after a definite noun is mostly a person's (النجم
    # الأرجنتيني أنخيل دي ماريا، الممثل الهندي أميتاب باتشان); where that noun
    # is the verb's subject and the name its object (وانتقد الإعلام الأمريكي
    # بشار الأسد) it is not, and no list tells those nouns apart yet: a
    # review's mend that took every such nisba out lost about 40 right
    # nationalities in 2,000 briefings for a rare wrong one
    prev = _peel_key(toks[i - 1].key)
    if not _definite(prev):
        return True
    return not k.endswith("ه") and prev not in gz.org_heads()


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


def _names_institution(toks: list[Token], first: int, lo: int) -> bool:
    """Whether the person at `first` is the namesake of an institution whose
    head stands before its ranks (لمركز الملك سلمان)."""
    for p in range(max(lo, first - 4), first + 1):
        if p == first or p + _rank_at(toks, p) == first:
            return p > lo and _construct_head(toks[p - 1].key)
    return False
