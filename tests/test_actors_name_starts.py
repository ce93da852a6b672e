"""Where a person's name starts: after the dot of an abbreviated title
(د. الشعيبي), after what stands between a rank and the name (العقيد ركن،
العقيد دكتور), and at تركي when it is the first name (الأمير تركي بن
فيصل), not the nationality. Sentences written for these tests."""

from extracted import people

from briefings.assemble import assemble
from briefings.model import Article


def actors(text: str):
    return assemble(Article(id="t", path="t.txt", sha256="0", body=text, published="2015-08-01")).actors


def test_the_dot_of_an_abbreviated_title_is_not_the_name():
    assert people("كشف د. الشمري وجود دراسات جديدة للمبادرة.") == {"الشمري"}
    assert people("وأعلن د. الغامدي انطلاق البرنامج في المدارس.") == {"الغامدي"}


def test_a_rank_qualifier_goes_with_the_rank():
    for text, name, title in (
        ("وأوضح اللواء ركن منصور بن سالم الحارثي أن القوات جاهزة.", "منصور بن سالم الحارثي", "اللواء ركن"),
        ("وقال العقيد دكتور نايف العتيبي إن التحقيق مستمر.", "نايف العتيبي", "العقيد دكتور"),
        ("وحضر العميد بحري سعد القحطاني تمرين الإنقاذ.", "سعد القحطاني", "العميد بحري"),
    ):
        found = [a for a in actors(text) if a.type == "person"]
        assert [(a.name, a.titles) for a in found] == [(name, [title])], text


def test_turki_is_a_first_name_after_a_title_or_before_bin():
    for text, name in (
        ("افتتح الأمير تركي بن ماجد بن سعود المعرض أمس.", "تركي بن ماجد بن سعود"),
        ("وقال الأمير تركي الفيصل إن المرحلة صعبة.", "تركي الفيصل"),
        ("واستقبل الوزير تركي بن عبدالرحمن الحمد الوفد.", "تركي بن عبدالرحمن الحمد"),
    ):
        found = [a for a in actors(text) if a.type == "person"]
        assert [(a.name, a.nationality) for a in found] == [(name, None)], text


def test_the_turkish_nisba_stays_a_nationality():
    found = [a for a in actors("وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تسمح بذلك.") if a.type == "person"]
    assert [(a.name, a.nationality) for a in found] == [("رجب طيب أردوغان", "تركيا")]


def test_an_office_alone_names_no_one():
    text = "وبعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وسمو ولي العهد وسمو ولي ولي العهد برقيات عزاء."
    assert people(text) == {"سلمان بن عبدالعزيز"}
    # مساعد is a name too, and a rare word after an office is a surname
    assert "مساعد العيبان" in people("وأكد الدكتور مساعد العيبان أن المفاوضات مستمرة.")


def test_a_country_official_name_and_its_short_name_are_one_place():
    found = [a for a in actors("وصل الوزير إلى المملكة الأردنية الهاشمية أمس. وتعد الأردن شريكا مهما.") if a.type == "place"]
    assert len(found) == 1 and {found[0].name, *found[0].aliases} == {"المملكة الأردنية الهاشمية", "الأردن"}
    found = [a for a in actors("أعلنت دولة الكويت دعمها للمبادرة. وقال مسؤول إن الكويت ستشارك.") if a.type == "place"]
    assert len(found) == 1 and {found[0].name, *found[0].aliases} == {"دولة الكويت", "الكويت"}


def test_two_qualifiers_of_a_rank_go_with_it():
    for text, name, title in (
        ("وحضر الحفل الفريق ركن مهندس خالد العمري ووزراء آخرون.", "خالد العمري", "الفريق ركن مهندس"),
        ("وأكد اللواء طيار ركن ماجد السبيعي أن الطائرات عادت.", "ماجد السبيعي", "اللواء طيار ركن"),
    ):
        found = [a for a in actors(text) if a.type == "person"]
        assert [(a.name, a.titles) for a in found] == [(name, [title])], text


def test_a_given_name_after_an_office_opens_a_name_the_tagger_misses():
    found = [a for a in actors("وقال نقيب المحامين يحيى قرطاش إن النقابة تدعم المطالب.") if a.type == "person"]
    assert [a.name for a in found] == ["يحيى قرطاش"]
    # a verb after the office is no name, nor what follows it
    assert not [a for a in actors("وأشار المسؤول الذي فضل عدم الكشف عن اسمه إلى الخطوة.") if a.type == "person"]
    assert "برقية تهنئة" not in {a.name for a in actors("وبعث ولي العهد وزير الداخلية برقية تهنئة للرئيس.")}
