"""Local places the corpus writes after محافظة، محافظ، مديرية، حي …
(`local_places`, mined by briefings.training.local_places; tenth round b), read
where a place's name stands. Sentences written for these tests."""

from extracted import places


def test_a_governorate_after_a_preposition_is_a_place():
    assert "بلجرشي" in places("وزار الوفد المدارس الجديدة في بلجرشي صباح الأحد.")
    assert "الدوادمي" in places("ونقل المصابون إلى المستشفى العام بالدوادمي بعد الحادث.")


def test_a_governorate_in_a_list_of_places_is_a_place():
    found = places("وشملت الأمطار محافظات الطائف والنماص وبلجرشي يوم الجمعة.")
    assert {"النماص", "بلجرشي"} <= found


def test_a_governorate_word_with_a_pronoun_is_no_place():
    # شروره: its evils, written with ه, not the town شرورة
    assert "شروره" not in places("وحذر الخطيب الشباب من شروره وآفاته.")


def test_a_bare_governorate_word_in_construct_is_no_place():
    assert "عفيف" not in places("وتحدث الضيف عن عفيف اللسان وحسن الخلق في المجالس.")


def test_a_governorate_word_after_a_verb_is_no_place():
    assert "عفيف" not in places("وكان الشاب عفيف النفس طيلة حياته.")


def test_a_district_written_after_مديرية_or_حي_is_a_place_elsewhere():
    # the corpus writes التواهي after مديرية، المفتاحة after حي
    assert "التواهي" in places("وسقطت قذائف على التواهي فجر اليوم.")
    assert "المفتاحة" in places("وأقيم الحفل في المفتاحة بحضور المحافظ.")
