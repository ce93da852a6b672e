"""Word lists the extractors share, built once per process.

Month names come from Babel's CLDR data (every Arabic locale, so the
Egyptian/Gulf, Levantine/Iraqi and Maghrebi namings are all there); the
curated lists below hold only what no library has.
"""

from __future__ import annotations

from functools import lru_cache

from briefings.text.normalize import key, key_text

# Locales whose CLDR month names differ: Gulf/Egypt, Levant/Iraq, Algeria and
# Tunisia, Morocco, Mauritania.
_MONTH_LOCALES = ("ar", "ar_IQ", "ar_DZ", "ar_MA", "ar_MR", "ar_EG", "ar_SA", "ar_LB", "ar_TN")
# Spellings in common newspaper use that CLDR does not list.
_MONTH_EXTRA = {"يوليه": 7, "يونيه": 6, "ابريل": 4, "إبريل": 4, "اغسطس": 8, "أوغسطس": 8, "سبتمر": 9, "نوفمير": 11, "فبرابر": 2}

HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
    "جمادى الأولى": 5, "جمادى الاولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6,
    "جمادى الآخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11,
    "ذو الحجة": 12, "ذي الحجة": 12,
}

WEEKDAYS = {"الاحد": 6, "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5}

# Ordinal day words, as in السابع عشر من أغسطس.
_ORD = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Normalized month name (one or two words) → month number."""
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for loc in _MONTH_LOCALES:
        for ctx in ("format", "stand-alone"):
            for num, name in get_month_names("wide", context=ctx, locale=loc).items():
                out[key_text(name)] = num
    for name, num in _MONTH_EXTRA.items():
        out[key_text(name)] = num
    return out


@lru_cache(maxsize=1)
def hijri_months() -> dict[str, int]:
    return {key_text(k): v for k, v in HIJRI_MONTHS.items()}


@lru_cache(maxsize=1)
def ordinal_days() -> dict[str, int]:
    out = {w: i + 1 for i, w in enumerate(_ORD)}
    out["الحادي"] = 1
    teens = {"الحادي عشر": 11, "الثاني عشر": 12}
    for i, w in enumerate(_ORD[2:9], start=3):
        teens[f"{w} عشر"] = 10 + i
    out.update(teens)
    out["العشرين"] = 20
    out["الثلاثين"] = 30
    for i, w in enumerate(["الحادي", *_ORD[1:9]], start=1):
        out[f"{w} والعشرين"] = 20 + i
    out["الحادي والثلاثين"] = 31
    return out


CURRENCIES = {
    "ريال": "SAR", "ريالات": "SAR", "دولار": "USD", "دولارات": "USD", "يورو": "EUR",
    "جنيه": "EGP", "جنيهات": "EGP", "دينار": None, "دنانير": None, "درهم": "AED", "دراهم": "AED",
    "ليره": None, "ليرات": None, "ين": "JPY", "يوان": "CNY", "روبل": "RUB", "روبيه": "INR",
    "فرنك": "CHF", "استرليني": "GBP",
}
# A nisba after the currency fixes which one it is.
CURRENCY_NISBA = {
    ("دينار", "كويتي"): "KWD", ("دينار", "عراقي"): "IQD", ("دينار", "اردني"): "JOD",
    ("دينار", "بحريني"): "BHD", ("دينار", "ليبي"): "LYD", ("دينار", "تونسي"): "TND",
    ("دينار", "جزايري"): "DZD", ("ريال", "قطري"): "QAR", ("ريال", "عماني"): "OMR",
    ("ريال", "يمني"): "YER", ("ريال", "ايراني"): "IRR", ("ريال", "سعودي"): "SAR",
    ("درهم", "مغربي"): "MAD", ("درهم", "اماراتي"): "AED", ("جنيه", "استرليني"): "GBP",
    ("جنيه", "سوداني"): "SDG", ("جنيه", "مصري"): "EGP", ("ليره", "تركيه"): "TRY",
    ("ليره", "سوريه"): "SYP", ("ليره", "لبنانيه"): "LBP", ("دولار", "كندي"): "CAD",
    ("دولار", "استرالي"): "AUD", ("دولار", "امريكي"): "USD", ("دولار", "اميركي"): "USD",
}

MEASURES = {
    "كيلومتر", "كيلومترا", "كيلومترات", "كم", "متر", "مترا", "امتار", "سنتيمتر", "ملم", "ميل", "اميال",
    "هكتار", "هكتارا", "فدان", "فدانا", "دونم", "دونما", "طن", "اطنان", "طنا", "كيلوغرام", "كيلوجرام",
    "كغ", "كجم", "غرام", "جرام", "لتر", "لترا", "برميل", "براميل", "ميغاواط", "ميجاوات", "ميغاوات",
    "كيلوواط", "ساعه", "ساعات", "يوم", "يوما", "ايام", "اسبوع", "اسبوعا", "اسابيع", "شهر", "شهرا",
    "اشهر", "شهور", "سنه", "سنوات", "سنين", "عام", "عاما", "اعوام", "دقيقه", "دقايق", "ثانيه", "ثوان",
    "عقد", "عقود", "قرن", "درجه", "درجات",
}
MEASURE_FOLLOWERS = {"مربع", "مربعا", "مربعه", "مكعب", "مكعبا", "مييويه", "ميويه"}

PERCENT_WORDS = {"بالميه", "بالمايه", "%", "٪"}
PERCENT_PHRASES = {("في", "الميه"), ("في", "المايه")}

QUALIFIERS: list[tuple[tuple[str, ...], str]] = [
    (("ما", "يزيد", "على"), "more_than"), (("ما", "يزيد", "عن"), "more_than"),
    (("ما", "لا", "يقل", "عن"), "at_least"), (("ما", "لا", "يزيد", "على"), "at_most"),
    (("ما", "لا", "يزيد", "عن"), "at_most"), (("ما", "يقارب"), "about"), (("ما", "يقرب", "من"), "about"),
    (("ما", "يقل", "عن"), "less_than"), (("اكثر", "من"), "more_than"), (("اقل", "من"), "less_than"),
    (("اكثر", "من",), "more_than"), (("يزيد", "على"), "more_than"), (("يتجاوز",), "more_than"),
    (("يفوق",), "more_than"), (("نحو",), "about"), (("حوالي",), "about"), (("قرابه",), "about"),
    (("زهاء",), "about"), (("قرابه",), "about"), (("تقريبا",), "about"), (("اكثر", "من"), "more_than"),
    (("على", "الاقل"), "at_least"), (("حتى",), "at_most"),
]

# Words before a number that make it an identifier, not a figure.
NOT_FIGURE_BEFORE = {
    "رقم", "المادة", "الماده", "ماده", "القانون", "قانون", "صفحه", "الصفحه", "ص", "قناه", "القناه",
    "الساعه", "هاتف", "جوال", "الهاتف", "فاكس", "ب", "الفقره", "فقره", "البند", "بند", "العدد", "عدد_",
    "الطريق", "طريق", "الغرفه", "غرفه", "الجزء", "الاصدار", "مرسوم", "المرسوم", "الامر", "القرار",
}

# Function words that are never the counted noun.
NOT_UNIT = {
    "من", "في", "على", "الى", "الي", "عن", "مع", "او", "و", "ثم", "بين", "حتى", "منذ", "خلال", "بعد",
    "قبل", "عند", "لدى", "الذي", "التي", "الذين", "ما", "لا", "لم", "لن", "قد", "ان", "انه", "كما",
    "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "كان", "كانت", "الف", "لكن", "لكنها", "لكنه",
    "لكنهم", "بينما", "حيث", "فيما", "اذ", "اي", "وهو", "وهي", "وهم", "الا", "عام", "سنه",
}


def normalized(words: set[str]) -> set[str]:
    return {key(w) for w in words}
