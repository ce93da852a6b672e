"""Places named in two words whose first word is common on its own
(`place_pairs`, mined by bench/place_pairs.py) and world regions
(CLDR, `regions`; tenth round b). Sentences written for these tests."""

from extracted import places

from briefings.lang.ar import words


def test_a_two_word_place_is_one_place():
    assert "حفر الباطن" in places("وافتتح المحافظ معرضا للكتاب في حفر الباطن مساء الخميس.")
    assert "رأس تنورة" in places("ووصلت ناقلة النفط إلى ميناء في رأس تنورة صباح اليوم.")


def test_a_clitic_on_the_first_word_comes_off():
    found = places("وهطلت أمطار غزيرة على الدمام وحفر الباطن أمس.")
    assert "حفر الباطن" in found
    assert "وحفر الباطن" not in found
    assert "عين العرب" in places("وعاد مئات النازحين إلى قراهم قرب حلب وعين العرب.")


def test_the_longer_name_wins_over_its_last_word():
    found = places("وأعلنت السلطات حظر التجول في محافظة شمال سيناء حتى إشعار آخر.")
    assert "شمال سيناء" in found
    assert "سيناء" not in found


def test_the_first_word_alone_is_no_place():
    assert not places("وبدأ العمال حفر الخندق حول الحديقة.")
    assert not places("وأصيب اللاعب في الرأس خلال المباراة ولم يعد إلى عين الملعب.") & {"عين", "الرأس"}


def test_the_list_holds_no_pair_opened_by_a_royal_title():
    # مدينة الملك عبدالعزيز is a body named for a king
    assert not any(p.split()[0] in {"الملك", "الامير", "الشيخ"} for p in words("place_pairs"))


def test_a_world_region_is_one_place():
    # CLDR's region names (Babel's numeric territories) and the press's forms
    found = places("وتراجعت الصادرات إلى دول جنوب شرق آسيا وأفريقيا جنوب الصحراء هذا العام.")
    assert {"جنوب شرق آسيا", "أفريقيا جنوب الصحراء"} <= found
    assert "آسيا" not in found
    assert "أوروبا الشرقية" in places("وزار الوفد عددا من عواصم أوروبا الشرقية الشهر الماضي.")


def test_a_country_named_alone_is_not_the_region_that_holds_its_name():
    # أمريكا alone is the United States, not أمريكا اللاتينية
    found = places("ووقعت أمريكا اتفاقا مع دول أمريكا اللاتينية لمكافحة التهريب.")
    assert {"أمريكا", "أمريكا اللاتينية"} <= found
    assert "أميركا الجنوبية" in places("وقال المسؤول إن أميركا الجنوبية ستدعم المرشح.")


def test_a_continent_named_alone_is_not_the_region_that_holds_it():
    found = places("وتتوسع الشركة في شرق أوروبا بعد نجاحها في أوروبا كلها.")
    assert {"شرق أوروبا", "أوروبا"} <= found
