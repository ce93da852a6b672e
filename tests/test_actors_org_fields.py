"""A body's name going on through ل after a name rather than an adjective,
to the field it is named for (issue 12, fourteenth round): on sentences
written for these tests."""

from extracted import organizations

from briefings.lang.ar import key, words


def test_a_name_goes_on_through_the_field_it_is_named_for():
    assert key("للحوار") in words("org_lam")
    found = organizations("ونظم مركز الأمير نايف للحوار الثقافي ندوة عن الشباب.")
    assert "مركز الأمير نايف للحوار الثقافي" in found
    assert "شركة تبوك للاستثمار" in organizations("وأعلنت شركة تبوك للاستثمار نتائجها للربع الثاني.")
    found = organizations("وقال الأمين العام لمجلس التعاون لدول الخليج العربية إن اللقاء مثمر.")
    assert "مجلس التعاون لدول الخليج العربية" in found


def test_a_sport_after_a_federation_stays_in_its_name():
    # the peeler keeps لكرة whole: the list reads it as ل and كرة
    found = organizations("وأعلن الاتحاد الأردني لكرة اليد جدول الدوري الجديد.")
    assert "الاتحاد الأردني لكرة اليد" in found
    assert "الاتحاد الأردني" not in found


def test_a_deputys_portfolio_and_what_follows_a_field_are_no_part_of_the_name():
    found = organizations("والتقى وكيل جامعة الملك خالد للتطوير الدكتور سعد الغامدي بالوفد.")
    assert "جامعة الملك خالد" in found
    found = organizations("وتراجع سهم شركة النخيل للتأمين الأسهم الأخرى أمس.")
    assert "شركة النخيل للتأمين" in found
    assert not any("الأسهم" in o for o in found)
    found = organizations("وشارك في المؤتمر لدول مجلس التعاون لدول الخليج العربية المنعقد في الدوحة وزراء.")
    assert "مجلس التعاون لدول الخليج العربية" in found


def test_a_company_called_by_its_country_does_not_take_a_field():
    # الشركة الأمريكية للسيارات names no company; a name's pair still goes on
    assert not any("للسيارات" in o for o in organizations("وأعلنت الشركة الأمريكية للسيارات خطتها للعام المقبل."))
    assert "الشركة السعودية للكهرباء" in organizations("وقالت الشركة السعودية للكهرباء إن الانقطاع انتهى.")
    found = organizations("وأعلن معسكر المنتخب الأردني لكرة اليد الأخير عن نتائج جيدة.")
    assert not any("الأخير" in o for o in found)
