"""Gazetteers: places and nationality adjectives from Babel's CLDR data, and
the curated lists no library holds (titles, ranks, organization heads).

Everything is keyed by normalized form; values keep the written form.
"""

from __future__ import annotations

from functools import lru_cache

from briefings.text.normalize import key, key_text

# CLDR names a few countries by their long official form; news uses these.
_SHORT_NAMES = {
    "US": ["الولايات المتحدة", "أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية"],
    "GB": ["المملكة المتحدة", "بريطانيا"],
    "SA": ["السعودية", "المملكة العربية السعودية"],
    "AE": ["الإمارات", "الإمارات العربية المتحدة"],
    "KR": ["كوريا الجنوبية"],
    "KP": ["كوريا الشمالية"],
    "PS": ["فلسطين", "الأراضي الفلسطينية"],
    "CN": ["الصين"],
    "RU": ["روسيا"],
}
# Nisba adjectives the rule cannot derive.
_NISBA_EXTRA = {
    "US": ["أمريكي", "أميركي", "امريكي"],
    "GB": ["بريطاني"],
    "SA": ["سعودي"],
    "AE": ["إماراتي"],
    "NL": ["هولندي"],
    "CH": ["سويسري"],
    "BH": ["بحريني"],
    "KR": ["كوري"],
    "PS": ["فلسطيني"],
    "SY": ["سوري"],
}
# CLDR's two-letter codes that name no country: unions, the UN, test locales.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "XA", "XB"}
# The name a briefing gives as nationality, where CLDR's is long.
_CANONICAL = {"US": "الولايات المتحدة", "GB": "المملكة المتحدة", "SA": "السعودية", "AE": "الإمارات"}

# Cities and regions frequent in Arabic news that CLDR's time-zone cities lack.
_PLACES_EXTRA = [
    "أربيل", "الموصل", "البصرة", "كركوك", "الأنبار", "الفلوجة", "الرمادي", "تكريت", "النجف", "كربلاء",
    "السليمانية", "ديالى", "نينوى", "صلاح الدين", "كردستان", "حلب", "حمص", "حماة", "إدلب", "الرقة",
    "درعا", "اللاذقية", "طرابلس", "بنغازي", "مصراتة", "الإسكندرية", "الجيزة", "سيناء", "الأقصر", "أسوان",
    "جدة", "مكة المكرمة", "مكة", "المدينة المنورة", "الدمام", "الطائف", "تبوك", "أبها", "جازان", "نجران",
    "القصيم", "حائل", "الأحساء", "القطيف", "ينبع", "الجوف", "عسير", "الظهران", "بريدة",
    "صنعاء", "عدن", "تعز", "الحديدة", "مأرب", "المكلا", "حضرموت", "صعدة", "غزة", "الضفة الغربية",
    "رام الله", "الخليل", "نابلس", "القدس", "تل أبيب", "الرباط", "الدار البيضاء", "مراكش", "فاس",
    "وهران", "قسنطينة", "صفاقس", "سوسة", "أبوظبي", "أبو ظبي", "الشارقة", "عجمان", "الدوحة", "المنامة",
    "مسقط", "الكويت", "بيروت", "دمشق", "عمان", "بغداد", "القاهرة", "الرياض", "الخرطوم", "نواكشوط",
    "واشنطن", "نيويورك", "لندن", "باريس", "برلين", "موسكو", "طهران", "أنقرة", "إسطنبول", "جنيف",
    "فيينا", "بروكسل", "بكين", "طوكيو", "نيودلهي", "إسلام آباد", "كابول", "الخليج", "الشرق الأوسط",
    "أوروبا", "آسيا", "أفريقيا", "إفريقيا", "الخليج العربي", "البحر الأحمر", "البحر المتوسط",
]

TITLE_HEADS = [
    # offices
    "رئيس", "نائب", "وزير", "وزيرة", "مستشار", "مستشارة", "قائد", "مدير", "مديرة", "محافظ", "أمير",
    "سفير", "سفيرة", "مساعد", "معاون", "وكيل", "أمين", "الأمين", "متحدث", "المتحدث", "الناطق", "ناطق",
    "عضو", "رئيسة", "ملك", "ولي", "مفتي", "قاضي", "عميد", "مندوب", "ممثل", "نائبة", "زعيم", "المرشد",
    "الرئيس", "الوزير", "المستشار", "القائد", "المدير", "المحافظ", "السفير", "النائب", "الملك",
    "الأمير", "ولي", "المفتي", "القاضي", "المندوب", "الزعيم", "الرئيسة", "الوزيرة", "رئيسا", "الممثل",
    "المبعوث", "مبعوث", "المنسق", "منسق", "سكرتير", "السكرتير", "المفوض", "مفوض", "خادم",
    "شيخ", "إمام", "المدعي", "مدعي", "النائب العام", "قاضي", "محافظ", "أمين", "رئيس",
]
RANKS = [
    # military and police ranks, honorifics; longest first when matching
    "الفريق الأول الركن", "الفريق الاول الركن", "الفريق أول ركن", "الفريق الركن", "اللواء الركن",
    "العميد الركن", "العقيد الركن", "الفريق أول", "الفريق الأول", "الفريق", "اللواء", "العميد", "العقيد",
    "المقدم", "الرائد", "النقيب", "الملازم أول", "الملازم", "المشير", "الجنرال", "الأدميرال", "الأميرال",
    "العريف", "الرقيب", "الجندي", "الجندي أول", "الرقيب أول", "العريف أول", "الوكيل", "الشيخ", "الشيخة", "السيد", "السيدة", "الدكتور", "الدكتورة", "د", "المهندس",
    "المهندسة", "الأستاذ", "الأستاذة", "البروفيسور", "الإمام", "الحاج", "معالي", "سمو", "سعادة", "فضيلة",
    "سماحة", "صاحب السمو الملكي الأمير", "صاحب السمو الملكي", "صاحب السمو", "صاحب المعالي",
    "صاحب الجلالة", "جلالة", "فخامة", "الأمير", "الأميرة", "الملك", "الملكة", "المطران", "البابا",
    "الكاردينال", "الشريف", "اللواء طيار", "العميد طيار",
]
ORG_HEADS = [
    "وزارة", "قيادة", "خلية", "هيئة", "مجلس", "حزب", "تنظيم", "قوات", "جيش", "الجيش", "حركة", "جبهة",
    "شركة", "مؤسسة", "منظمة", "جمعية", "اتحاد", "جامعة", "بنك", "مصرف", "صندوق", "وكالة", "لجنة",
    "اللجنة", "مجموعة", "إدارة", "الإدارة", "الادارة", "دار", "محكمة", "المحكمة", "مديرية", "أمانة",
    "رئاسة", "كتائب", "ألوية", "لواء", "فيلق", "سرايا", "ميليشيا", "ميليشيات", "فصائل", "البرلمان",
    "الحكومة", "حكومة", "السفارة", "سفارة", "القنصلية", "مكتب", "مركز", "معهد", "أكاديمية", "نادي",
    "النادي", "غرفة", "شرطة", "الشرطة", "الاستخبارات", "استخبارات", "جهاز", "الأمم", "مفوضية",
    "المفوضية", "الهيئة", "المجلس", "الحرس", "البنك", "الاتحاد", "المنظمة", "الوكالة", "الجامعة",
    "الشركة", "المؤسسة", "الجمعية", "الحركة", "الجبهة", "القوات", "الوزارة", "التحالف", "تحالف",
    "مجمع", "ديوان", "الديوان", "صحيفة", "قناة", "إذاعة", "مستشفى", "المستشفى", "بلدية",
]

# Words that end a name or a title chain.
STOP = {
    "في", "من", "الى", "إلى", "على", "عن", "مع", "ان", "أن", "إن", "انه", "أنه", "قد", "لقد", "كان",
    "كانت", "الذي", "التي", "الذين", "ما", "لا", "لم", "لن", "هذا", "هذه", "ذلك", "تلك", "و", "أو",
    "او", "ثم", "بين", "حول", "خلال", "بعد", "قبل", "منذ", "حتى", "عند", "لدى", "ضد", "عبر", "دون",
    "اليوم", "أمس", "امس", "غدا", "كما", "وقال", "قال", "هو", "هي", "هم", "يوم", "بأن", "لأن",
}


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str]]:
    """Normalized country name → (code, display name)."""
    from babel import Locale

    out: dict[str, tuple[str, str]] = {}
    for loc in ("ar", "ar_EG", "ar_SA", "ar_MA"):
        for code, name in Locale.parse(loc).territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                out.setdefault(key_text(name), (code, name))
    for code, names in _SHORT_NAMES.items():
        for name in names:
            out[key_text(name)] = (code, names[0])
    return out


def country_name(code: str) -> str:
    from babel import Locale

    return _CANONICAL.get(code) or Locale.parse("ar").territories.get(code, code)


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Normalized place name → as written in the list."""
    from babel import Locale

    out = {k: v for k, (_, v) in countries().items()}
    for zone in Locale.parse("ar").time_zones.values():
        city = zone.get("city")
        if city and " " not in city.strip() or (city and len(city.split()) <= 2):
            out.setdefault(key_text(city), city)
    for p in _PLACES_EXTRA:
        out[key_text(p)] = p
    for k, name in _geonames_places().items():
        out.setdefault(k, name)
    return out


def _geonames_places() -> dict[str, str]:
    """GeoNames' cities of 100,000 people or more that cannot be mistaken
    for a word (without the checks, سنة، دولة، الجديد and المدينة would
    be places): names of several words; one-word names the news corpus
    uses as a place (after مدينة، محافظة… at least a quarter of the time,
    briefings/training/priors.py); and names it never uses, unless a
    clitic before them makes a word it does use (كورونا is no ك + ورونا)."""
    from briefings.data import lines
    from briefings.extract.ner_features import CUE_WORDS, vocabulary

    vocab = vocabulary()
    placelike = set()
    for line in lines(CUE_WORDS):
        w, typ, share = line.split("\t")
        if typ == "LOC" and share != "0":
            placelike.add(w)
    stops = stop()
    out = {}
    for k, (name, pop) in geonames().items():
        words = k.split()
        if pop < 100_000 or words[0] in stops:
            continue
        if k in vocab:
            keep = k in placelike
        else:
            keep = len(words) > 1 or not any(c + k in vocab for c in "وبلفك")
        if keep:
            out[k] = name
    return out


def _nisba_bases(name: str) -> list[str]:
    k = key_text(name)
    if " " in k:
        return []
    if k.startswith("ال"):
        k = k[2:]
    if k.endswith("يا") and len(k) > 4:  # روسيا، سوريا، ألمانيا
        return [k[:-1]]
    if k.endswith("ا") and len(k) > 3:  # أمريكا، كندا
        return [k[:-1] + "ي"]
    if k.endswith("ه"):  # السعودية → سعودي
        return [k[:-1] + ("" if k[:-1].endswith("ي") else "ي")]
    return [k + "ي"]


@lru_cache(maxsize=1)
def nisbas() -> dict[str, str]:
    """Normalized nisba adjective (any gender, with or without ال) → country
    code. Derived by rule from CLDR names: العراق → العراقي/العراقية."""
    out: dict[str, str] = {}
    for _, (code, name) in countries().items():
        bases = [b for b in _nisba_bases(name)]
        for extra in _NISBA_EXTRA.get(code, []):
            bases.append(key(extra))
        for b in bases:
            if len(b) < 3:
                continue
            for form in (b, b + "ه", b + "ون", b + "ين"):
                out.setdefault(form, code)
                out.setdefault("ال" + form, code)
    return out


@lru_cache(maxsize=1)
def geonames() -> dict[str, tuple[str, int]]:
    """Normalized Arabic name of a city (15,000 people or more) or a
    continent → the name as written and its population, from GeoNames (`places-geonames.tsv.gz`,
    made by `make train`)."""
    from briefings.data import lines

    out = {}
    for line in lines("places-geonames.tsv.gz"):
        k, name, pop = line.split("\t")
        out[k] = (name, int(pop))
    return out


@lru_cache(maxsize=1)
def geonames_parts() -> set[str]:
    """The words of GeoNames' names of more than one word (سان in سان
    فرانسيسكو), less the words that end a name."""
    stops = stop()
    return {w for k in geonames() if " " in k for w in k.split() if len(w) >= 3 and w not in stops}


@lru_cache(maxsize=1)
def title_heads() -> set[str]:
    return {key(t) for t in TITLE_HEADS}


@lru_cache(maxsize=1)
def ranks() -> list[tuple[str, ...]]:
    """Ranks as tuples of keys, longest first."""
    return sorted({tuple(key_text(r).split()) for r in RANKS}, key=len, reverse=True)


@lru_cache(maxsize=1)
def ranks_by_first() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for r in ranks():
        out.setdefault(r[0], []).append(r)
    return out


@lru_cache(maxsize=1)
def org_heads() -> set[str]:
    """Head nouns, each with and without the article."""
    out = set()
    for t in ORG_HEADS:
        k = key(t)
        out.add(k)
        out.add(k[2:] if k.startswith("ال") else "ال" + k)
    return out


@lru_cache(maxsize=1)
def stop() -> set[str]:
    return {key(t) for t in STOP}
