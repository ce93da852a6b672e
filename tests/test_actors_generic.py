"""A definite head and one adjective that say what kind of body, not
which (sixth round, class "generic body read as an organization"), on
sentences written for these tests."""

from extracted import organizations

from briefings.extract.actors import _kind_of_body
from briefings.lang.ar import key


def test_a_kind_of_committee_or_company_is_no_body():
    assert organizations("وأكدت اللجنة المنظمة أن التسجيل يبدأ غدا في مقر النادي.") == set()
    assert organizations("وقالت الشركة المشغلة للمشروع إن الأعمال تسير وفق الجدول.") == set()


def test_the_body_a_statement_belongs_to_is_one():
    assert "القيادة المشتركة" in organizations("وصدر بيان للقيادة المشتركة عن الضربات الجوية الأخيرة.")


def test_a_country_has_one_of_its_army_and_government():
    # heads the corpus writes mostly with the article: their adjective names them
    assert "الجيش الوطني" in organizations("وأعلن الجيش الوطني أنه استعاد السيطرة على البلدة.")
    assert "الحكومة الأفغانية" in organizations("ودعت الحكومة الأفغانية إلى الحوار.")


def test_nisbas_of_a_country_or_a_region_name_the_body():
    assert not _kind_of_body(key("المفوضية"), key("الأوروبية"))  # a region's
    assert not _kind_of_body(key("القوات"), key("الكردستانية"))  # كردستان's, not in the nisbas list
    assert not _kind_of_body(key("اللجنة"), key("السعودية"))  # a country's
    assert _kind_of_body(key("اللجنة"), key("المنظمة"))
    assert _kind_of_body(key("الشركة"), key("الخاصة"))
    assert not _kind_of_body(key("لجنة"), key("المنظمة"))  # without the article: a genitive follows, a name


def test_an_adjective_that_names_a_states_one_body_keeps_it():
    # the royal court, the national guard, a party: one of each, named by the adjective
    assert "الديوان الملكي" in organizations("وأصدر الديوان الملكي بيانا أمس.")
    assert "الحرس الوطني" in organizations("وشارك الحرس الوطني في تأمين الحفل.")
    assert "الحزب الجمهوري" in organizations("وقال الحزب الجمهوري إن الاتفاق ضعيف.")
    assert not _kind_of_body(key("القوات"), key("المسلحة"))
    # a kind of committee stays none
    assert organizations("وأوضحت اللجنة المشكلة أن العمل انتهى.") == set()
