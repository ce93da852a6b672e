"""Organizations and places on unseen text, nineteenth round (issue 12): a
federation's name goes on through the sport it is named for after its
nisbas, and a city's name ends before its country's feminine nisba. On
sentences written for these tests."""

from extracted import organizations, places

from briefings.lang.ar import key, words


def test_the_sports_are_a_mined_list():
    assert key("للكرة") in words("federation_fields")
    assert key("للرياضات") in words("federation_fields")
    # a purpose is no sport
    assert key("لمواجهة") not in words("federation_fields")


def test_a_federation_goes_on_through_its_sport():
    orgs = organizations("وأكد رئيس الاتحاد السعودي للكرة الطائرة حرص الاتحاد على المشاركة.")
    assert "الاتحاد السعودي للكرة الطائرة" in orgs
    orgs = organizations("ويؤكد رئيس مجلس إدارة الاتحاد السعودي للكرة الطائرة أن الموسم سيبدأ.")
    assert "مجلس إدارة الاتحاد السعودي للكرة الطائرة" in orgs
    orgs = organizations("وقرر الاتحاد العربي السعودي للرياضات الجوية إقامة البطولة.")
    assert any(o.startswith("الاتحاد العربي السعودي للرياضات") for o in orgs)


def test_a_union_stops_before_its_purpose():
    orgs = organizations("وقال الاتحاد الأوروبي لمواجهة الأزمة إنه سيجتمع.")
    assert "الاتحاد الأوروبي" in orgs
    assert not any("لمواجهة" in o for o in orgs)


def test_a_sport_needs_the_federation_and_its_nisba():
    # after another body the sport is the sentence's, not a name's
    orgs = organizations("وقدمت وزارة الرياضة الدعم للكرة السعودية في الموسم.")
    assert not any("للكرة" in o for o in orgs)


def test_a_city_ends_before_its_countrys_nisba():
    assert "هيروشيما" in places("وأحيت اليابان الذكرى السبعين لقصف مدينة هيروشيما اليابانية النووي.")
    assert "لوس أنجلوس" in places("وحصدوا خمس ميداليات في الألعاب التي تستضيفها حاليا لوس أنجلوس الأمريكية.")
    found = places("ويجري اللاعب الفحص الطبي في ميلان الإيطالية غدا.")
    assert "ميلان" in found and "ميلان الإيطالية" not in found


def test_a_name_with_the_article_keeps_its_nisba():
    assert "الجمهورية اليمنية" in places("وعاد الوفد إلى الجمهورية اليمنية أمس.")
    assert "المملكة المغربية" in places("ووصل الملك إلى المملكة المغربية في إجازة خاصة.")


def test_no_word_runs_on_after_the_sport():
    # للعبة: the article's ل, though لعبة is a word the peeler could read
    orgs = organizations("وقال الاتحاد الأمريكي للعبة اتصل بنا أمس.")
    assert "الاتحاد الأمريكي للعبة" in orgs
    assert not any("اتصل" in o for o in orgs)
    assert "الاتحاد الدولي للعبة" in organizations("وأعلن الاتحاد الدولي للعبة قراره أمس.")


def test_the_home_countrys_nisba_is_not_cut_as_a_citys():
    # a company's Saudi arm is never the bare word as a place
    assert "زين" not in places("وارتفع سهم زين السعودية أمس في السوق.")


def test_a_territory_named_with_its_nisba_keeps_it():
    assert "بولينيزيا الفرنسية" in places("واختفى البحار في مياه بولينيزيا الفرنسية الشهر الماضي.")
    assert "جزر فيرجن البريطانية" in places("ووضعت الأموال في ملاذات ضريبية مثل جزر فيرجن البريطانية.")
