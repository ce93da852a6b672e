"""Organizations on unseen text, eighteenth round (issue 12): a body's name
run on under لل into the verb's object, or into a purpose, the exceptive
إلا or a government's aim; a body named for a place and a field cut at
the place. On sentences written for these tests."""

from extracted import organizations

from briefings.extract.actors.cuts import _lam_article
from briefings.lang.ar import key
from briefings.model import Token


def _token(text: str) -> Token:
    return Token(text=text, start=0, end=len(text), key=key(text))


def test_the_article_under_lam_is_read_by_the_peeler():
    assert _lam_article(_token("للجوازات"))
    assert _lam_article(_token("للمرور"))
    # لجنة is a word of its own: للجنة is ل and a head in construct
    assert not _lam_article(_token("للجنة"))
    assert not _lam_article(_token("الجوازات"))


def test_the_object_after_a_field_under_lam_ends_the_name():
    orgs = organizations("ودعت المديرية العامة للجوازات الأسر اليمنية إلى مراجعة مكاتبها.")
    assert "المديرية العامة للجوازات" in orgs
    assert not any("الأسر" in o for o in orgs)


def test_adjectives_after_a_field_under_lam_stay():
    assert "الهيئة العامة للطيران المدني" in organizations("وأصدرت الهيئة العامة للطيران المدني بيانا أمس.")
    assert "المجلس الأعلى للقوات المسلحة" in organizations("واجتمع المجلس الأعلى للقوات المسلحة صباح أمس.")


def test_a_purpose_or_an_exception_ends_the_name():
    orgs = organizations("ونقل المصابان إلى مستشفى أبها العام لتلقي العلاج اللازم.")
    assert "مستشفى أبها العام" in orgs
    assert not any("لتلقي" in o for o in orgs)
    orgs = organizations("ومع أن الإدارة العامة للمرور إلا أنها لم ترد على الاستفسار.")
    assert "الإدارة العامة للمرور" in orgs
    assert not any("إلا" in o for o in orgs)


def test_a_government_is_named_for_no_field():
    orgs = organizations("وقدمت أستراليا دعما جديدا إلى الحكومة العراقية لمكافحة الإرهاب.")
    assert "الحكومة العراقية" in orgs
    assert not any("لمكافحة" in o for o in orgs)


def test_a_body_named_for_a_field_under_lam_keeps_it():
    assert "اللجنة الوطنية لمكافحة التدخين" in organizations("وقالت اللجنة الوطنية لمكافحة التدخين إن الحملة بدأت.")
    assert "حكومة الوفاق الوطني" in organizations("وقالت حكومة الوفاق الوطني إنها ترفض ذلك.")


def test_an_authority_named_for_a_place_goes_on_through_its_field():
    assert "هيئة أبوظبي للسياحة والثقافة" in organizations("ووقعت هيئة أبوظبي للسياحة والثقافة اتفاقا أمس.")
    assert "معهد واشنطن للشرق الأدنى" in organizations("وقال معهد واشنطن للشرق الأدنى في تقرير إن الوضع خطير.")


def test_a_participle_after_a_field_under_lam_stays():
    # الطائرة: a participle, not the verb's object (volleyball)
    assert "الاتحاد السعودي للكرة الطائرة" in organizations("وأصدر الاتحاد السعودي للكرة الطائرة بيانا أمس.")


def test_a_government_named_by_no_country_goes_on_under_lam():
    assert "الحكومة المحلية لإقليم كردستان" in organizations("وقالت الحكومة المحلية لإقليم كردستان إنها ستدفع الرواتب.")
    assert "الحكومة العراقية" in organizations("ودعت الحكومة العراقية لمكافحة التنظيم بكل الوسائل.")
