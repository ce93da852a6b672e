"""A rare word joined by و to a place, with or without a comma, that ends
its item is the list's next place (places._coordinated_places): the
towns and regions no list holds. Sentences written for these tests."""

from extracted import places


def test_a_rare_word_after_a_place_and_waw_is_a_place():
    found = places("وانتشرت الجماعة في تونس وليبيا وأزواد، بحسب التقرير.")
    assert "أزواد" in found
    assert "وأزواد" not in found  # the peeler keeps و on a word it does not know; the name is shown without it


def test_a_list_with_commas_leads_each_item():
    found = places("وشعر بالهزة سكان عمّان، ومادبا، والطفيلة، صباح أمس.")
    assert {"مادبا", "الطفيلة"} <= set(found)


def test_the_name_after_a_settlement_cue_leads_the_list():
    # المنيزلة: a mined village; الفضول after it, rare and listed
    found = places("وتخدم اللجنة بلدة المركز، والمنيزلة، والفضول، منذ عشر سنوات.")
    assert {"المنيزلة", "الفضول"} <= set(found)


def test_an_item_that_runs_on_is_no_place():
    # والتقى المسؤولين: a verb whose object follows, not a list's item
    assert not any("التقى" in p for p in places("ووصل الوزير إلى جدة والتقى المسؤولين هناك."))


def test_a_common_word_or_a_name_after_a_place_is_no_place():
    assert not any("المواطنين" in p for p in places("وتوزع المساعدات في الدمام والمواطنين."))
    assert not any("سعيد" in p for p in places("والتقى في جدة بخالد وسعيد."))


def test_a_word_no_list_of_two_places_holds_stays_out():
    # وقتذاك (at that time) after one place: the rare words there are as often nouns and adverbs
    assert not any("قتذاك" in p for p in places("وكان يعمل مدرسا في القاهرة وقتذاك."))


def test_a_city_the_corpus_writes_as_a_word_when_joined_to_a_place():
    # الخبر: a GeoNames city of 165,000 that is also «the news»
    assert "الخبر" in places("وتمتد الأمطار إلى الدمام والخبر، بحسب الأرصاد.")
    assert "الخبر" in places("وازدحم الطريق السريع (الدمام-الخبر) صباح أمس.")
    assert "الخبر" in places("وتقام العروض في الخبر والظهران طوال الأسبوع.")
    assert "الخبر" not in places("ونشر الموقع الخبر في الرياض صباح اليوم.")
