"""A body's name does not take in the noun after its adjectives (seventh
round, class "an organization absorbing the object after a VSO verb"),
on sentences written for these tests."""

from extracted import organizations


def test_the_verbs_object_is_no_part_of_the_body():
    assert organizations("وانتقد الحزب الجمهوري الاتفاق النووي بشدة.") == {"الحزب الجمهوري"}
    assert organizations("واستنكرت منظمة التعاون الإسلامي التصريحات الأخيرة.") == {"منظمة التعاون الإسلامي"}


def test_participles_ordinals_and_genitives_stay_in_the_name():
    assert "مجلس القوى العاملة" in organizations("وأكد رئيس مجلس القوى العاملة أن الخطة جاهزة.")
    assert "الرئاسة العامة لرعاية الشباب" in organizations("وأعلنت الرئاسة العامة لرعاية الشباب موعد البطولة.")
    assert "لجنة المباني الخضراء" in organizations("وحصل المشروع على شهادة من لجنة المباني الخضراء.")


def test_a_time_after_a_body_is_no_part_of_its_name():
    assert organizations("وأعلنت وزارة الصحة العام الماضي عن خطة جديدة.") == {"وزارة الصحة"}
    assert organizations("ونشرت كتائب القسام الليلة قبل الماضية شريطا مصورا.") == {"كتائب القسام"}


def test_a_people_after_a_body_is_its_adjective():
    assert "مجلس وزراء الداخلية العرب" in organizations("وعقد مجلس وزراء الداخلية العرب اجتماعه السنوي في تونس.")
    assert organizations("واستنكرت منظمة التعاون الإسلامي التصريحات الأخيرة.") == {"منظمة التعاون الإسلامي"}


def test_a_participle_of_the_noun_before_the_body_ends_its_name():
    assert organizations("وبحسب التعميم الأخير لوزارة التعليم الصادر أمس فإن الدراسة تبدأ مبكرا.") == {"وزارة التعليم"}
    assert organizations("وطالب مجلس الشورى الموقر بدراسة المشروع.") == {"مجلس الشورى"}
