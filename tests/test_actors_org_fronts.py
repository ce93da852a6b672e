"""Organizations on unseen text, fifteenth round (issue 12): a two-word
name the tagger opens at its second word, the writer's epithet after a
body, a currency read as a body. On sentences written for these tests."""

from extracted import organizations, places

from briefings.lang.ar import key, words


def test_a_two_word_name_takes_the_word_the_tagger_left_before_it():
    assert key("واشنطن بوست") in words("org_fronts")
    found = organizations("ونقلت صحيفة واشنطن بوست عن مسؤولين في الوزارة أن المفاوضات توقفت.")
    assert "بوست" not in found
    assert any(o.endswith("واشنطن بوست") for o in found)
    # read as a place by the tagger: the pair is the paper's name
    text = "وقال مراسل واشنطن بوست في بيروت إن القصف اشتد مساء أمس."
    assert "واشنطن بوست" in organizations(text)
    assert "واشنطن بوست" not in places(text)
    assert "بيروت" in places(text)


def test_the_city_alone_stays_a_place():
    text = "وصل الوزير إلى واشنطن أمس في زيارة تستمر ثلاثة أيام."
    assert "واشنطن" in places(text)
    assert not organizations(text)


def test_the_writers_epithet_after_a_body_is_no_part_of_its_name():
    found = organizations("وتصدت القوات لهجوم شنته ميليشيات الحوثي الانقلابية على أطراف المدينة.")
    assert "ميليشيات الحوثي" in found
    assert not any("الانقلابية" in o for o in found)


def test_a_currency_alone_is_no_body():
    assert "اليورو" not in organizations("اليورو، الذي يتراجع عادة أمام العملة الأمريكية، هبط أمس بنسبة طفيفة.")


def test_a_presidency_before_a_bodys_name_is_an_office_and_the_body_is_the_actor():
    found = organizations("وأعلن المرشح ترشحه لرئاسة الاتحاد الدولي لكرة القدم أمس في باريس.")
    assert "الاتحاد الدولي لكرة القدم" in found
    assert not any(o.startswith("رئاسة") for o in found)
    found = organizations("وقال إنه قرر الاستقالة من رئاسة نادي الزمالك بعد الخسارة الأخيرة.")
    assert "نادي الزمالك" in found
    assert not any(o.startswith("رئاسة") for o in found)
    # before a person, no body at all
    assert not organizations("وكانت هذه البنود في العقد إبان رئاسة الأمير فهد بن خالد للنادي.")


def test_a_presidency_of_the_republic_is_a_body():
    found = organizations("وأعلنت رئاسة الجمهورية التونسية في بيان تمديد حالة الطوارئ شهرا.")
    assert "رئاسة الجمهورية التونسية" in found


def test_the_kingdoms_leadership_is_no_body_but_a_command_is():
    assert not organizations("وأكد أن الوفد يقف مع قيادة المملكة في كل ما تتخذه من خطوات.")
    assert "قيادة القوات المشتركة" in organizations("وأعلنت قيادة القوات المشتركة أن العملية انتهت فجرا.")


def test_an_editorship_names_the_paper_after_it():
    found = organizations("وتولى رئاسة تحرير جريدة الرياض منذ عشرين عاما.")
    assert "جريدة الرياض" in found
    assert not any("تحرير" in o for o in found)
    assert "رئاسة الدولة المصرية" in organizations("وقال إن رئاسة الدولة المصرية أصدرت بيانا أمس.")


def test_a_name_goes_on_to_a_second_field_after_its_lam_field():
    assert "المؤسسة العربية للدراسات والنشر" in organizations("وصدر الكتاب عن المؤسسة العربية للدراسات والنشر في بيروت.")
    found = organizations("وتراجعت أسهم ميدغلف للتأمين والخدمات الأرضية أمس.")
    assert not any("الخدمات" in o for o in found)
