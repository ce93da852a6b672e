"""Places after a direction or ريف، ضواحي (a rare bare word no list holds),
and countries CLDR names with an alternate in brackets (ninth round e).
Sentences written for these tests."""

from extracted import places


def test_a_rare_word_after_a_direction_is_a_place():
    assert "سرت" in places("وتقدمت القوات نحو مواقع جنوب سرت مساء أمس.")
    assert "عفرين" in places("وقصفت الطائرات قرى شمال عفرين خلال الليل.")
    assert "أتلانتا" in places("وضربت عاصفة ثلجية ضواحي أتلانتا يوم الاثنين.")


def test_a_definite_word_or_a_pronoun_after_a_direction_is_no_place():
    assert "الصالة" not in places("وجلس الضيوف شمال الصالة قرب المنصة.")
    assert "شرقها" not in places("ويقع المطار شرقها على بعد عشرين كيلومترا.")


def test_a_noun_in_construct_after_a_direction_is_no_place():
    assert "معقل" not in places("وتقع البحيرة جنوب معقل المتمردين القديم.")


def test_both_names_of_a_country_cldr_brackets_are_places():
    # CLDR writes ميانمار (بورما), a key no article writes
    assert "ميانمار" in places("وضربت الفيضانات ميانمار هذا الأسبوع وشردت الآلاف.")
    assert "بورما" in places("وعاد اللاجئون إلى بورما بعد انحسار المياه.")


def test_countries_as_the_press_spells_them_are_places():
    # CLDR writes الدانمرك and هنغاريا, spellings the corpus hardly uses
    found = places("ووقعت الحكومة اتفاقا مع الدنمارك والمجر لتبادل الخبرات.")
    assert {"الدنمارك", "المجر"} <= found
    assert "إنجلترا" in places("ويغادر المنتخب إلى إنجلترا صباح الغد.")


def test_a_noun_before_a_plural_nisba_or_a_word_under_waw_is_no_place():
    assert "معقل" not in places("ووقع الانفجار شمال معقل الانفصاليين في الشرق.")
    assert "وإيلاف" not in places("وسمى ابنتيه ريف وإيلاف تيمنا بجدتيهما.")
