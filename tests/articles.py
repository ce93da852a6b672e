"""Arabic news articles composed for the tests from parts written here:
people with their titles and nationality, organizations, places, figures,
dates, direct and reported quotes, several outlets, authors and dates of
publication. Deterministic for a seed, varied enough that a collection of a
hundred has people in several briefings, places and bodies shared between
them, figures of every kind and a timeline over several years, so the site
built from them exercises what the real corpus would (the tests never read
it)."""

from __future__ import annotations

import random
from dataclasses import dataclass

FIRST = ["محمد", "أحمد", "خالد", "عبد الله", "فهد", "سلمان", "علي", "حسن", "يوسف", "عمر", "سعود", "ناصر", "فيصل",
         "ماجد", "طارق", "سامي", "هشام", "وليد", "إبراهيم", "عبد العزيز"]
FAMILY = ["العتيبي", "القحطاني", "الغامدي", "الشمري", "الدوسري", "الحربي", "المطيري", "الزهراني", "السبيعي",
          "الأنصاري", "الخطيب", "النعيمي", "الراشد", "الجبوري", "العبيدي", "الكبيسي", "المالكي", "الحسيني"]
FOREIGN = [("جون", "سميث", "الأمريكي"), ("ديفيد", "براون", "البريطاني"), ("بيير", "لوران", "الفرنسي"),
           ("هانس", "مولر", "الألماني"), ("ماركو", "روسي", "الإيطالي")]
TITLES = ["وزير الخارجية", "وزير الصحة", "وزير المالية", "وزير التعليم", "وزير النقل", "أمير منطقة الرياض",
          "محافظ جدة", "رئيس مجلس الإدارة", "المتحدث الرسمي باسم وزارة الداخلية", "مدير عام الجمارك",
          "رئيس الهيئة العامة للإحصاء", "سفير المملكة لدى مصر"]
RANKS = ["اللواء", "العميد", "الفريق", "العقيد"]
ORGS = ["وزارة الصحة", "وزارة الخارجية", "وزارة التعليم", "وزارة المالية", "الهيئة العامة للإحصاء",
        "مجلس الشورى", "الأمم المتحدة", "جامعة الدول العربية", "منظمة الصحة العالمية", "صندوق النقد الدولي",
        "البنك الدولي", "هيئة الهلال الأحمر", "الغرفة التجارية الصناعية", "شركة أرامكو"]
CITIES = ["الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "القاهرة", "بغداد", "عمان", "بيروت",
          "دبي", "الكويت", "تونس", "الرباط", "الخرطوم"]
COUNTRIES = ["مصر", "العراق", "الأردن", "لبنان", "الكويت", "تونس", "المغرب", "السودان", "فرنسا", "ألمانيا"]
OUTLETS = ["صحيفة الرياض", "صحيفة عكاظ", "وكالة الأنباء السعودية", "صحيفة الحياة", "صحيفة الشرق الأوسط",
           "صحيفة المدينة"]
AUTHORS = ["سارة الأحمد", "منى العلي", "خالد الفهد", "ريم السالم", "نورة المطيري", None]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]
DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس"]
TOPICS = [
    ("مشروعاً جديداً للمياه", "المياه", "ألف متر مكعب يومياً"),
    ("خطة لتطوير التعليم", "المدارس", "مدرسة"),
    ("برنامجاً للإسكان", "الوحدات السكنية", "وحدة سكنية"),
    ("مستشفى جديداً", "الأسرة", "سرير"),
    ("طريقاً سريعاً", "الطرق", "كيلومتر"),
    ("معرضاً دولياً للكتاب", "الزوار", "زائر"),
    ("مبادرة لدعم المشاريع الصغيرة", "المشاريع", "مشروع"),
    ("حملة للتطعيم", "الجرعات", "جرعة"),
]
VERBS = ["قال", "أكد", "أوضح", "أعلن", "أشار"]
FIGURE_PHRASES = [
    "بلغت تكلفة المشروع {n} مليون ريال",
    "ارتفع عدد {what} بنسبة {p}% مقارنة بالعام الماضي",
    "يضم المشروع أكثر من {n} {unit}",
    "خصصت الحكومة {n} مليار دولار للمرحلة الأولى",
    "شارك في الحدث نحو {n} ألف شخص",
    "تمتد المرحلة الثانية على مسافة {n} كيلومتراً",
]
CLOSINGS = [
    "ومن المقرر أن تبدأ المرحلة التالية خلال الأشهر المقبلة.",
    "ويأتي ذلك ضمن جهود التنمية التي تشهدها المنطقة.",
    "وأشاد عدد من المواطنين بالخطوة التي وصفوها بأنها طال انتظارها.",
    "ولم يصدر أي تعليق رسمي على هذه الأرقام حتى الآن.",
]


@dataclass
class Composed:
    title: str
    body: str
    outlet: str
    author: str | None
    published: str
    url: str


class Composer:
    """Articles from one seeded random source. A small cast recurs across
    articles (as news returns to the same officials), the rest is drawn
    fresh."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        r = self.rng
        self.cast = [(f"{r.choice(FIRST)} {r.choice(FAMILY)}", r.choice(TITLES)) for _ in range(30)]

    def person(self) -> tuple[str, str]:
        r = self.rng
        if r.random() < 0.7:
            return r.choice(self.cast)
        return f"{r.choice(FIRST)} بن {r.choice(FIRST)} {r.choice(FAMILY)}", r.choice(TITLES)

    def article(self) -> Composed:
        r = self.rng
        topic, what, unit = r.choice(TOPICS)
        city, org = r.choice(CITIES), r.choice(ORGS)
        name, title = self.person()
        other, other_title = self.person()
        year = r.choice([2014, 2015, 2016, 2019, 2021])
        month = r.randrange(1, 13)
        day = r.randrange(1, 29)
        verb = r.choice(VERBS)
        sentences = [
            f"{r.choice(['افتتح', 'دشن', 'أطلق'])} {title} {name} {topic} في {city} يوم {r.choice(DAYS)}، "
            f"بحضور عدد من المسؤولين وممثلي {org}.",
            f"{verb} {name} إن {what} {r.choice(['ستشهد تحسناً كبيراً', 'تمثل أولوية للحكومة', 'ستخدم آلاف المواطنين'])} "
            f"خلال السنوات المقبلة.",
            r.choice(FIGURE_PHRASES).format(n=r.randrange(2, 900), p=r.randrange(2, 60), what=what, unit=unit) + ".",
            f"وقال {other_title} {other}: «إن هذه الخطوة تعكس حرص القيادة على خدمة المواطنين في كل مكان».",
        ]
        if r.random() < 0.7:
            first, last, nis = r.choice(FOREIGN)
            sentences.append(f"والتقى {name} {r.choice(RANKS)} {nis} {first} {last} في {city} لبحث التعاون "
                             f"بين البلدين في مجال {what}.")
        if r.random() < 0.8:
            sentences.append(f"وكانت {org} قد أعلنت في {day} {MONTHS[month - 1]} {year} عن تخصيص "
                             f"{r.randrange(3, 90)} مليون ريال لدعم {what} في {r.choice(COUNTRIES)}.")
        if r.random() < 0.5:
            sentences.append(f"وأوضح المتحدث باسم {org} أن عدد المستفيدين بلغ {r.randrange(1000, 90000):,} مستفيد "
                             f"حتى نهاية عام {year - 1}.".replace(",", "٬"))
        sentences.append(r.choice(CLOSINGS))
        # paragraphs of one to three sentences, as news is laid out
        paras, i = [], 0
        while i < len(sentences):
            n = r.choice([1, 2, 2, 3])
            paras.append(" ".join(sentences[i : i + n]))
            i += n
        outlet = r.choice(OUTLETS)
        if r.random() < 0.3:
            paras[0] = f"{outlet.split()[-1]} من {city}: {paras[0]}"
        head = f"{title} {name.split()[0]} {r.choice(['يفتتح', 'يدشن', 'يطلق'])} {topic} في {city}"
        return Composed(
            title=head,
            body="\n\n".join(paras),
            outlet=outlet,
            author=r.choice(AUTHORS),
            published=f"{year}-{month:02d}-{day:02d}",
            url=f"https://example.org/news/{r.randrange(10**6, 10**7)}",
        )

    def records(self, n: int) -> list[dict]:
        """`n` articles as the JSON records scrapers dump (title, content,
        source, url, author, date_extracted)."""
        out = []
        for _ in range(n):
            a = self.article()
            rec = {"title": a.title, "content": a.body, "source": a.outlet, "url": a.url,
                   "date_extracted": f"{a.published} 08:{self.rng.randrange(60):02d}:00"}
            if a.author:
                rec["author"] = a.author
            out.append(rec)
        return out


def records(n: int, seed: int = 0) -> list[dict]:
    return Composer(seed).records(n)


# Stories across outlets: one event told by three papers (their figures
# disagree: 30 killed in one, 35 in another), a wire dispatch and its copy,
# and unrelated news of the same day.

DISPATCH = (
    "أعلنت وزارة الزراعة أمس عن إطلاق مشروع لزراعة مليون شجرة في منطقة القصيم خلال ثلاث سنوات، "
    "بتكلفة تبلغ 200 مليون ريال. وأوضح وزير الزراعة سالم النعيمي أن المشروع يهدف إلى مكافحة التصحر "
    "وتحسين البيئة في المحافظات الشمالية، مشيرا إلى أن المرحلة الأولى تبدأ في شهر أكتوبر المقبل "
    "بزراعة مئتي ألف شجرة من الأنواع المحلية التي تتحمل الجفاف. وأضاف أن الوزارة ستتعاون مع البلديات "
    "والجامعات والجمعيات الأهلية في تنفيذ المشروع ومتابعة الأشجار بعد زراعتها."
)
# the same dispatch as another paper ran it: diacritics, other punctuation, a word changed
DISPATCH_COPY = (
    "أعلنت وِزارة الزراعة، أمس، عن إطلاق مشروع لزراعة مليون شجرة في منطقة القصيم خلال ثلاث سنوات "
    "بتكلفة تبلغ 200 مليون ريال. وأوضح وزير الزراعة سالم النعيمي أن المشروع يهدف إلى مكافحة التصحر "
    "وتحسين البيئة في المحافظات الشمالية؛ مشيرا إلى أن المرحلة الأولى تبدأ في شهر أكتوبر القادم "
    "بزراعة مئتي ألف شجرة من الأنواع المحلية التي تتحمل الجفاف. وأضاف أن الوزارة ستتعاون مع البلديات "
    "والجامعات والجمعيات الأهلية في تنفيذ المشروع ومتابعة الأشجار بعد زراعتها."
)


def telegram(country: str, president: str) -> str:
    return (
        f"بعث خادم الحرمين الشريفين برقية تهنئة للرئيس {president} رئيس جمهورية {country} بمناسبة ذكرى "
        "استقلال بلاده. وأعرب باسمه واسم الشعب والحكومة عن أصدق التهاني وأطيب التمنيات بموفور الصحة "
        f"والسعادة للرئيس ولشعب {country} الصديق المزيد من التقدم والازدهار."
    )


BACKGROUND = [
    "افتتح أمير المنطقة الشرقية معرضا للكتاب في الدمام يشارك فيه أكثر من ثلاثمئة ناشر من عشرين دولة.",
    "ارتفع مؤشر سوق الأسهم في ختام تداولات الأسبوع بدعم من أسهم المصارف وشركات الاتصالات.",
    "تتوقع الأرصاد هطول أمطار رعدية على المرتفعات الجنوبية الغربية مع نشاط في الرياح السطحية.",
    "وقع نادي الهلال عقدا مع مهاجم برازيلي لمدة موسمين بعد اجتيازه الفحص الطبي في الرياض.",
    "أطلقت هيئة السياحة برنامجا صيفيا للشباب في الطائف يشمل رحلات إلى المواقع الأثرية والمتاحف.",
    "أقرت الحكومة اليابانية ميزانية إضافية للمزارعين المتضررين من موجة الحر في الجزر الجنوبية.",
]

STORY = [
    ("2015-08-06", "صحيفة أ", "انفجار في سوق بلدة النخيل",
     "قال المتحدث باسم الشرطة العقيد سامي الحربي إن انفجار سيارة مفخخة في سوق بلدة النخيل أسفر عن سقوط 30 قتيلا "
     "صباح أمس. وأضاف الحربي: «نحن نحقق في أسباب انفجار السوق وسنلاحق المسؤولين». وهرعت سيارات الإسعاف إلى السوق."),
    ("2015-08-06", "صحيفة ب", "حصيلة انفجار سوق النخيل ترتفع",
     "ارتفعت حصيلة انفجار السيارة المفخخة في سوق بلدة النخيل إلى 35 قتيلا بحسب الشرطة. وقال العقيد سامي الحربي "
     "إن المحققين عثروا على بقايا السيارة المفخخة قرب مدخل السوق. وأغلقت الشرطة الطرق المؤدية إلى النخيل."),
    ("2015-08-07", "صحيفة ج", "النخيل تشيع ضحايا انفجار السوق",
     "شيع آلاف من أهالي بلدة النخيل ضحايا انفجار السيارة المفخخة في السوق. وقال العقيد سامي الحربي: "
     "«نحن نحقق في أسباب انفجار السوق وسنلاحق المسؤولين». وأعلنت البلدية الحداد ثلاثة أيام في النخيل."),
]


def article(body: str, *, title: str | None = None, outlet: str = "صحيفة", date: str = "2015-08-01", url: str | None = None) -> dict:
    return {"title": title, "content": body, "source": outlet, "date": date, "url": url}


def story_records() -> list[dict]:
    recs = [article(body, title=title, outlet=outlet, date=date) for date, outlet, title, body in STORY]
    recs += [article(t, date="2015-08-06", outlet=f"صحيفة {n}") for n, t in enumerate(BACKGROUND)]
    recs.append(article(telegram("كولومبيا", "خوان سانتوس"), date="2015-08-06"))
    return recs
