"""Organizations on unseen text, seventeenth round (issue 12): a body's
name run on into the verb's object when the object is a noun shaped like
an adjective, or into the verb itself; a company named for a place and a
field cut at the place. On sentences written for these tests."""

from extracted import organizations, places

from briefings.lang.ar import key, words


def test_a_noun_shaped_like_an_adjective_ends_the_name_before_it():
    orgs = organizations("ويدخل المنتخب الإماراتي المباراة وفي رصيده ست نقاط.")
    assert "المنتخب الإماراتي" in orgs
    assert not any("المباراة" in o for o in orgs)
    orgs = organizations("واجتاحت القوات العراقية الأراضي الكويتية فجر ذلك اليوم.")
    assert "القوات العراقية" in orgs
    assert not any("الأراضي" in o for o in orgs)


def test_adjectives_by_use_still_go_on_the_name():
    # المتحدة، المسلحة: adjectives the corpus writes after a definite word
    assert not {key("المتحدة"), key("المسلحة"), key("الكويتية")} & words("definite_nouns")
    assert "القوات المسلحة الأردنية" in organizations("وأعلنت القوات المسلحة الأردنية انتهاء التمرين أمس.")


def test_a_verb_after_the_body_is_no_part_of_its_name():
    orgs = organizations("وبين المصدر أن الاتحاد الكويتي سيعتذر على الأرجح في نهاية الشهر.")
    assert "الاتحاد الكويتي" in orgs
    assert not any("سيعتذر" in o for o in orgs)
    orgs = organizations("وأكدت الهيئة العامة للطيران المدني فتح تحقيق في الحادث.")
    assert "الهيئة العامة للطيران المدني" in orgs
    assert not any(o.endswith("فتح") for o in orgs)


def test_a_name_that_is_a_verb_after_a_bare_head_stays():
    assert "حركة فتح" in organizations("وقال المتحدث باسم حركة فتح إن الحوار مستمر.")
    assert "مانشستر سيتي" in organizations("وقال مدرب مانشستر سيتي إن الفريق جاهز للموسم.")


def test_a_company_named_for_a_place_goes_on_through_its_field():
    text = "ووقعت شركة مكة للإنشاء والتعمير عقدا لتطوير مشروع سكني في جدة."
    assert "شركة مكة للإنشاء والتعمير" in organizations(text)
    assert "مكة" not in places(text)
    assert "مؤسسة مكة للطباعة والإعلام" in organizations("وقررت مؤسسة مكة للطباعة والإعلام إصدار ملحق جديد.")


def test_a_deputys_portfolio_after_a_place_is_not_a_field():
    orgs = organizations("وقال وكيل إمارة مكة للتنمية الدكتور هشام الفالح إن الملتقى ناجح.")
    assert "إمارة مكة" in orgs
    assert not any("للتنمية" in o for o in orgs)
