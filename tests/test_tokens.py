from briefings.text.tokens import tokenize


def spans(text: str, offset: int = 0, punct: bool = False) -> list[tuple[int, int, str, str]]:
    return [(t.start, t.end, t.text, t.key) for t in tokenize(text, offset, punct)]


def test_offsets_point_into_the_text():
    text = "قالَ الوزيرُ، إنّ 2.5 مليون «زائر» وصلوا."
    for t in tokenize(text, 0, punct=True):
        assert text[t.start : t.end] == t.text
    assert [t.text for t in tokenize(text)] == ["قالَ", "الوزيرُ", "إنّ", "2.5", "مليون", "زائر", "وصلوا"]
    assert [t.key for t in tokenize(text)][:3] == ["قال", "الوزير", "ان"]


def test_offset_is_added():
    assert spans("في بغداد", 10) == [(10, 12, "في", "في"), (13, 18, "بغداد", "بغداد")]


def test_clitic_glued_to_digits_is_a_token_of_its_own():
    assert spans("و67 ب2015 ف٣") == [
        (0, 1, "و", "و"), (1, 3, "67", "67"), (4, 5, "ب", "ب"), (5, 9, "2015", "2015"), (10, 11, "ف", "ف"),
        (11, 12, "٣", "3")]
    # inside a word, or before letters, the letter stays in the word
    assert [t.text for t in tokenize("س5و5 وزير")] == ["س5و5", "وزير"]


def test_punctuation_only_when_asked_and_marks_alone_are_no_word():
    assert [t.text for t in tokenize("نعم، ـــ لا!", punct=True)] == ["نعم", "،", "لا", "!"]
    assert [t.text for t in tokenize("نعم، ـــ لا!")] == ["نعم", "لا"]
    assert tokenize("") == [] and tokenize("  ") == []
