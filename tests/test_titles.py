"""Title chains on sentences written for these tests, one class each: the
forms the corpus gives offices around a name (issue 12)."""

import pytest

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def people(text: str) -> dict:
    found = extract_actors(text, sentences(text, paragraphs(text)))
    return {a.name: a for a in found if a.type == "person"}


def test_a_name_set_off_by_commas_after_its_title():
    a = people("تلقى مدير عام الجمارك بالمنطقة الغربية، فهد الزهراني، رسالة شكر من الوزارة.")["فهد الزهراني"]
    assert "مدير عام الجمارك بالمنطقة الغربية" in a.titles


def test_a_name_in_quotation_marks_after_a_semicolon():
    a = people('أكد المتحدث الرسمي لأمانة محافظة جدة؛ "سامي الغامدي"؛ أن العمل مستمر.')["سامي الغامدي"]
    assert "المتحدث الرسمي لأمانة محافظة جدة" in a.titles


def test_two_offices_before_a_name_across_a_comma():
    a = people("أعلن عضو مجلس إدارة نادي النصر، المشرف على الفريق الأول سلمان القريني أن الفريق جاهز.")["سلمان القريني"]
    assert "عضو مجلس إدارة نادي النصر" in a.titles
    # الفريق after a preposition is the team, not a rank
    assert "المشرف على الفريق الأول" in a.titles


def test_an_office_left_of_the_comma_that_belongs_to_the_person_before():
    found = people("دعا خالد المطيري عضو اللجنة الفنية، رئيس النادي فيصل العتيبي إلى اجتماع عاجل.")
    assert found["فيصل العتيبي"].titles == ["رئيس النادي"]
    assert "عضو اللجنة الفنية" in found["خالد المطيري"].titles


def test_an_office_left_of_the_comma_as_an_object_is_not_a_title():
    a = people("ويضم الوفد المرافق لولي العهد، وزير المالية الدكتور محمد الجدعان.")["محمد الجدعان"]
    assert not any("العهد" in t for t in a.titles)
    assert "وزير المالية" in a.titles


def test_a_second_office_after_a_comma():
    a = people("وافق الأمير فيصل بن سلمان أمير منطقة المدينة المنورة، رئيس هيئة تطوير المنطقة، على المشروع.")["فيصل بن سلمان"]
    assert "أمير منطقة المدينة المنورة" in a.titles
    assert "رئيس هيئة تطوير المنطقة" in a.titles


def test_words_joined_by_waw_inside_a_bodys_name():
    a = people("وتشكلت اللجنة برئاسة مدير فرع وزارة التجارة والصناعة عبدالله الدبان.")["عبدالله الدبان"]
    assert "مدير فرع وزارة التجارة والصناعة" in a.titles


def test_an_ambassador_to_a_country():
    a = people("والتقى المسؤولون السفير الياباني لدى المملكة كينجي ساتو في مكتبه.")["كينجي ساتو"]
    assert "السفير الياباني لدى المملكة" in a.titles


def test_an_apposition_ends_at_a_bare_word_after_a_definite_one():
    a = people("تلقى اللواء سعد الحربي مدير الدفاع المدني بالمنطقة الشرقية نظير جهوده خطاب شكر.")["سعد الحربي"]
    assert "مدير الدفاع المدني بالمنطقة الشرقية" in a.titles
    assert not any("نظير" in t for t in a.titles)


def test_an_apposition_that_runs_into_a_name_is_that_persons_title():
    found = people("وأدى الصلاة مع الأمير فيصل بن خالد، مدير الأمن العام الفريق عثمان المحرج.")
    assert "مدير الأمن العام" in found["عثمان المحرج"].titles
    assert "مدير الأمن العام" not in found["فيصل بن خالد"].titles


def test_an_institution_named_after_a_person_inside_a_chain():
    found = people("وأشرف نائب مدير مستشفى الملك فهد بالهفوف الدكتور جاسم الزريق على نقل المصابين.")
    assert "نائب مدير مستشفى الملك فهد بالهفوف" in found["جاسم الزريق"].titles
    assert all("مستشفى" not in t for n, a in found.items() if n != "جاسم الزريق" for t in a.titles)


def test_honorifics_after_an_office_that_ends_in_a_nisba():
    found = people("زار إمام وخطيب المسجد النبوي الشريف فضيلة الشيخ الدكتور خالد المهنا مقر القيادة.")
    assert "فضيلة الشيخ" not in found
    a = found["خالد المهنا"]
    assert "الشيخ" in " ".join(a.titles)
    assert "إمام وخطيب المسجد النبوي الشريف" in a.titles  # الشريف describes the mosque here


def test_an_office_that_goes_on_past_its_nisba():
    found = people("وقال المدير الإقليمي للجمعية الخيرية السعودية لرعاية الأيتام في جدة الدكتور بدر السمحان إن البرنامج مستمر.")
    assert not any("الأيتام" in n for n in found)
    assert any(t.startswith("المدير الإقليمي للجمعية الخيرية السعودية لرعاية") for t in found["بدر السمحان"].titles)


def test_a_bodys_name_with_lil_and_waw_inside_a_chain():
    found = people("وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أن الفعاليات تنطلق.")
    assert "المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية" in found["رأفت الصباغ"].titles


def test_a_second_office_joined_by_waw_after_the_name():
    a = people("وقال عادل الفالح وزير الدولة وعضو مجلس الوزراء إن الاجتماع مهم.")["عادل الفالح"]
    assert "وزير الدولة" in a.titles and "عضو مجلس الوزراء" in a.titles
    a = people("قال محمد العلي، المتحدث باسم الوزارة، والمشرف على البرنامج، إن العمل مستمر.")["محمد العلي"]
    assert a.titles == ["المتحدث باسم الوزارة", "المشرف على البرنامج"]


def test_an_office_joined_by_waw_that_runs_into_a_name_is_the_next_persons():
    found = people("قال محمد العلي، المتحدث باسم الوزارة، ومدير التعليم خالد السبيعي إن العمل مستمر.")
    assert found["محمد العلي"].titles == ["المتحدث باسم الوزارة"]
    assert found["خالد السبيعي"].titles == ["مدير التعليم"]


def test_a_bodys_name_in_quotation_marks_inside_a_chain():
    for text in ("وأكد مدير منظمة «أطباء بلا حدود» في اليمن جون سميث أن الوضع صعب.",
                 "وقال جون سميث مدير منظمة «أطباء بلا حدود» في اليمن إن الوضع صعب."):
        assert people(text)["جون سميث"].titles == ["مدير منظمة أطباء بلا حدود في اليمن"], text


def test_an_office_between_dashes_or_in_brackets():
    for text in ("وقال محمد العلي - مدير التعليم بالمنطقة - إن العام الدراسي يبدأ.",
                 "وقال محمد العلي (مدير التعليم بالمنطقة) إن العام الدراسي يبدأ.",
                 "وأكد مدير التعليم بالمنطقة - محمد العلي - أن العام الدراسي يبدأ."):
        assert people(text)["محمد العلي"].titles == ["مدير التعليم بالمنطقة"], text
    assert people("وقال محمد العلي (45 عاما) إن العام الدراسي يبدأ.")["محمد العلي"].titles == []


def test_an_office_after_a_semicolon_or_after_wa_huwa():
    a = people("وقال هاني الطرابلسي؛ الوكيل الملاحي لمجموعة شركات الخطوط الفرنسية في السعودية إن الرحلات مستمرة.")["هاني الطرابلسي"]
    assert a.titles == ["الوكيل الملاحي لمجموعة شركات الخطوط الفرنسية في السعودية"]
    a = people("وأكد محمد العلي، وهو مدير التعليم بالمنطقة، أن العام الدراسي يبدأ.")["محمد العلي"]
    assert a.titles == ["مدير التعليم بالمنطقة"]


def test_a_relative_pronoun_after_waw_ends_an_office():
    a = people("وقال مايك دنكان ممثل شركات الفحم والذي يعمل في واشنطن إن الخطة سيئة.")["مايك دنكان"]
    assert a.titles == ["ممثل شركات الفحم"]


def test_so_called_inside_an_office():
    a = people("وقال خليفة الغويل، رئيس ما يسمى بحكومة الإنقاذ الوطني، إن حكومته مستمرة.")["خليفة الغويل"]
    assert a.titles == ["رئيس ما يسمى بحكومة الإنقاذ الوطني"]
    a = people("وأصدر رئيس ما يسمى باللجنة الثورية محمد الحوثي قرارا جديدا.")["محمد الحوثي"]
    assert a.titles == ["رئيس ما يسمى باللجنة الثورية"]


def test_an_apposition_that_holds_a_body_named_after_a_person():
    a = people("وأوضح رأفت الصباغ، المتحدث الرسمي لمركز الملك سلمان للإغاثة، أن الفعاليات تنطلق.")["رأفت الصباغ"]
    assert a.titles == ["المتحدث الرسمي لمركز الملك سلمان للإغاثة"]


def test_an_apposition_after_wa_huwa_without_a_comma():
    a = people("وقال فاليري بيرال وهو أستاذ بجامعة أكسفورد إن البحث مهم.")["فاليري بيرال"]
    assert a.titles == ["أستاذ بجامعة أكسفورد"]


def test_a_rank_word_under_a_preposition_inside_an_office_is_a_noun():
    a = people("وجدد النادي عقد ماركو سيلفا المدير الفني للفريق حتى نهاية الموسم.")["ماركو سيلفا"]
    assert "المدير الفني للفريق" in a.titles
    assert "الفريق" not in a.titles


def test_a_rank_under_a_preposition_opens_the_chain_of_the_name_after_it():
    a = people("ونقل وكيل الوزارة التحية للأمير سعود بن خالد في حفل التخرج.")["سعود بن خالد"]
    assert a.titles == ["الأمير"]


def test_mim_dot_for_an_engineer_but_not_after_a_year():
    a = people("وبين مدير المشاريع بالأمانة م. فهد السبيعي أن الأعمال تسير وفق الخطة.")["فهد السبيعي"]
    assert "مدير المشاريع بالأمانة" in a.titles
    assert "م" in a.titles
    # after a year م. is the era, not a title of the next person
    after_year = people("افتتح المبنى عام 2015 م. وقال سعد الدوسري إن المبنى جاهز.")
    assert after_year and all(p.titles == [] for p in after_year.values())


def test_a_bodys_name_left_of_the_comma_is_not_an_office():
    a = people("والتقى الوزير في مقر سفارة خادم الحرمين الشريفين في باريس، المستشار الثقافي للرئيس الفرنسي جان دوبون.")["جان دوبون"]
    assert not any("خادم" in t for t in a.titles)
    assert any(t.startswith("المستشار الثقافي") for t in a.titles)


def test_the_object_between_a_subjects_office_and_a_rank_is_not_a_title():
    found = people("ونقل سعد الحربي وكيل إمارة المنطقة الشمالية تحيات الأمير خالد بن فهد للمشاركين.")
    assert found["خالد بن فهد"].titles == ["الأمير"]
    assert "وكيل إمارة المنطقة الشمالية" in found["سعد الحربي"].titles


@pytest.mark.parametrize(("text", "name", "title"), [
    # an abbreviated honorific with its dot inside a chain
    ("ورفع المشاركون شكرهم لمدير الشؤون الصحية بالمنطقة د. ناصر العتيبي على دعمه.", "ناصر العتيبي",
     "مدير الشؤون الصحية بالمنطقة"),
    ("ورفع المشاركون شكرهم لمدير الشؤون الصحية بالمنطقة د. ناصر العتيبي على دعمه.", "ناصر العتيبي", "د"),
    # two places joined by و inside a chain
    ("وشارك في اللقاء سفير المملكة لدى بلجيكا ولوكسمبورغ الدكتور سامي الصالح.", "سامي الصالح",
     "سفير المملكة لدى بلجيكا ولوكسمبورغ"),
    # professions and ranks mined from the corpus (office_heads.txt)
    ("وأحيت المطربة ريم السالم حفل الافتتاح مساء أمس.", "ريم السالم", "المطربة"),
    ("وقدم الحفل المذيع ماجد الحربي بمشاركة عدد من الفنانين.", "ماجد الحربي", "المذيع"),
    ("واستقبل العماد جوزيف خليل وفدا من الضباط.", "جوزيف خليل", "العماد"),
    # an office under ل after a definite word is the one the first serves
    ("وصل النائب الأول لرئيس مجلس الإدارة سامر الخطيب إلى المقر.", "سامر الخطيب", "النائب الأول لرئيس مجلس الإدارة"),
    # الفريق under a preposition is the team, not a rank, even before a name
    ("وأكد المدير الفني للفريق الأول ماريو سالاس أن اللاعبين جاهزون.", "ماريو سالاس", "المدير الفني للفريق الأول"),
    # an office under ل after a bare word opens the next name's chain
    ("وقاتلت وحدات عسكرية موالية للرئيس اليمني عبد ربه منصور هادي في المدينة.", "عبد ربه منصور هادي", "الرئيس اليمني"),
], ids=["abbreviation", "abbreviation-dot", "places-joined", "singer", "presenter", "army-rank",
        "serving", "team", "after-a-bare-word"])
def test_a_title_in_its_frame(text: str, name: str, title: str):
    assert title in people(text)[name].titles


def test_an_office_ending_in_a_nisba_then_a_comma_and_the_name():
    a = people("وتأتي القمة تلبية لدعوة الرئيس التونسي، محمد الهاشمي لعقد لقاء عاجل.")["محمد الهاشمي"]
    assert "الرئيس التونسي" in a.titles
    # without the nisba a comma after a word is no title frame
    b = people("وقال الجانب الآخر، محمد الهاشمي إن اللقاء مهم.")
    assert all(not p.titles for p in b.values())


def test_the_team_an_office_governs_is_no_general():
    from briefings.assemble import assemble
    from briefings.model import Article

    for text, name, title in (
            ("وكان مدرب الفريق خورخي بيريرا قد أجرى تدريبا صباح أمس.", "خورخي بيريرا", "مدرب الفريق"),
            ("وأكد قائد الفريق سالم الدوسري أن الفوز مهم.", "سالم الدوسري", "قائد الفريق")):
        b = assemble(Article(id="t", path="t.txt", sha256="0", body=text, published="2015-08-01"))
        found = [(a.name, a.titles) for a in b.actors if a.type == "person"]
        assert found == [(name, [title])], text


def test_an_honorific_before_an_office_opens_the_next_persons_chain():
    # the host's title stands before «معالي وزير …»; it is not the guest's
    a = people("واستقبل ولي العهد معالي وزير الخارجية عادل الجبير في مكتبه.")["عادل الجبير"]
    assert "وزير الخارجية" in a.titles
    assert "ولي العهد" not in a.titles
    b = people("واستقبل أمير المنطقة سعادة مدير الشرطة اللواء سعد الخليوي.")["سعد الخليوي"]
    assert "مدير الشرطة" in b.titles and "أمير المنطقة" not in b.titles


def test_a_rank_joined_by_wa_after_a_name_opens_the_next_chain():
    found = people("وعضوية كل من الدكتور أحمد آل مريع رئيس النادي والدكتور أحمد التيهاني المسؤول الإداري.")
    assert "رئيس النادي" in found["أحمد آل مريع"].titles
    assert "رئيس النادي" not in found["أحمد التيهاني"].titles
    assert "الدكتور" in found["أحمد التيهاني"].titles
    royals = people("وحضر اللقاء الأمير محمد بن نايف ولي العهد وصاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد.")
    assert "ولي العهد" not in royals["محمد بن سلمان"].titles
    assert "ولي العهد" in royals["محمد بن نايف"].titles


def test_a_nisba_right_before_a_name_gives_its_nationality():
    assert people("وطبق اليوناني دونيس مدرب الفريق عددا من التدريبات.")["دونيس"].nationality == "اليونان"


def test_a_nisba_that_opens_the_next_name_is_not_the_one_before():
    found = people("وسجل واين روني وجيسي لينغارد والبلجيكي عدنان يانوزاي الأهداف الثلاثة.")
    assert found["جيسي لينغارد"].nationality is None
    assert found["عدنان يانوزاي"].nationality == "بلجيكا"
    found = people("ويضم الفريق الإكوادوري أنتونيو فالنسيا والبلجيكي عدنان يانوزاي وربما الإسباني بدرو رودريغيز.")
    assert found["عدنان يانوزاي"].nationality == "بلجيكا"
    assert found["بدرو رودريغيز"].nationality == "إسبانيا"


def test_a_nisba_of_a_body_or_a_plural_before_a_name_is_not_its_nationality():
    assert people("وسلمت الخارجية البحرينية مرتضى صنوبري مذكرة احتجاج رسمية.")["مرتضى صنوبري"].nationality is None
    assert people("وشارك في المهرجان عدد من المخرجين اللبنانيين فيليب أسمر وسامي خوري.")["فيليب"].nationality is None
    # a person's noun before the nisba does not stop it
    assert people("وحذر الميكانيكي السعودي أحمد الزهراني من الحرارة.")["أحمد الزهراني"].nationality == "السعودية"


def test_an_honorific_before_a_rank_or_inside_a_construct_opens_no_new_chain():
    a = people("وأكد ولي ولي العهد السعودي سمو الأمير محمد بن سلمان أهمية الاتفاق.")["محمد بن سلمان"]
    assert "ولي ولي العهد السعودي" in a.titles
    # the minister's office director, not the minister
    b = people("وقال مدير مكتب معالي وزير الإسكان حمد الحبردي إن الطلبات كثيرة.")["حمد الحبردي"]
    assert any(t.startswith("مدير مكتب") for t in b.titles)
