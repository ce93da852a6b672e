"""Regions named in one word that no gazetteer holds (regions_local: تهامة،
السراة) and regions of two words (regions: القرن الأفريقي، الربع الخالي).
Sentences written for these tests."""

from extracted import places


def test_the_regions_of_the_southwest_in_one_word():
    found = places("وتوقعت الأرصاد أمطارا رعدية على مرتفعات السراة وسهول تهامة مساء اليوم.")
    assert {"السراة", "تهامة"} <= set(found)


def test_regions_of_two_words():
    found = places("وتتصاعد موجة الجفاف في القرن الأفريقي، فيما تشتد الحرارة في الربع الخالي.")
    assert {"القرن الأفريقي", "الربع الخالي"} <= set(found)


def test_the_near_east_is_no_east_alone():
    found = places("وعمل الباحث سنوات في بلاد الرافدين والشرق الأدنى.")
    assert {"بلاد الرافدين", "الشرق الأدنى"} <= set(found)


def test_a_company_named_for_a_region_is_no_place():
    found = places("وارتفع سهم تهامة للاستثمارات المالية بنسبة خمسة في المائة.")
    assert "تهامة" not in found
