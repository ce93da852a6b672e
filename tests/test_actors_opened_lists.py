"""The items of a list a plural place cue opens with a colon or a bracket
are places, however common their words (cued._opened_lists); a list one
item of which is a phrase is none. Sentences written for these tests."""

from extracted import places


def test_a_list_after_a_colon_names_each_neighbourhood():
    found = places("وغمرت السيول أحياء: المسفلة، والرصيفة، والششة.")
    assert {"المسفلة", "الرصيفة", "الششة"} <= set(found)
    assert "والششة" not in found  # the peeler may keep و on a word it does not know: the name without it


def test_a_bracketed_list_takes_common_words_and_two_word_names():
    found = places("وتشمل الخطة أحياء (أم الخير، الصناعية، المنتزه، النزهة) في شرق المدينة.")
    assert {"أم الخير", "الصناعية", "المنتزه", "النزهة"} <= set(found)


def test_a_list_that_holds_a_phrase_is_no_list_of_places():
    found = places("وتغيرت المدن: لا أعرف من أين أبدأ، والحديث يطول.")
    assert not any("الحديث" in p for p in found)


def test_a_bracket_left_open_is_no_list():
    found = places("وتحدث عن مناطق (العرقوب، والمطيرفة")
    assert not any("المطيرفة" in p for p in found)
