import json

import pytest

from briefings.readers import read_source
from briefings.readers.base import ReaderError, Source


def read(name: str, text: str | bytes):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return list(read_source(Source(name, data)))


def test_plain_text_dateline_and_derived_title():
    [a] = read("a.txt", "وكالة الأنباء من القاهرة: افتتح الوزير مشروعاً جديداً للمياه في المدينة، بحضور المسؤولين.\nوقال إن المشروع سيخدم الآلاف.")
    assert a.outlet == "وكالة الأنباء" and a.dateline == "القاهرة"
    assert a.title_derived and a.title.startswith("افتتح الوزير مشروعاً")
    assert a.body.startswith("وكالة الأنباء من القاهرة:")


def test_plain_text_with_title_line():
    [a] = read("b.txt", "افتتاح مشروع المياه\n\nافتتح الوزير مشروعاً جديداً للمياه في المدينة.")
    assert a.title == "افتتاح مشروع المياه" and not a.title_derived
    assert a.body == "افتتح الوزير مشروعاً جديداً للمياه في المدينة."


def test_markdown_front_matter():
    text = "---\ntitle: خبر\noutlet: صحيفة\npublished: 2015-08-09\nurl: https://example.org/a\ntags: [اقتصاد]\n---\n\nنص الخبر هنا."
    [a] = read("c.md", text)
    assert (a.title, a.outlet, a.published, a.url, a.tags) == ("خبر", "صحيفة", "2015-08-09", "https://example.org/a", ["اقتصاد"])
    assert a.body == "نص الخبر هنا."


def test_broken_front_matter_names_the_file():
    [e] = read("bad.md", "---\ntitle: [غير مغلق\n---\nنص.")
    assert isinstance(e, ReaderError) and "bad.md" in str(e) and "front matter" in str(e)


def test_json_array_and_fields():
    recs = [
        {"title": "أ", "content": "نص أول.", "url": "http://x/1", "date_extracted": "2015-07-21 02:51:32", "source": "aawsat"},
        {"title": "ب", "text": "نص ثان.", "date": "2015-07-22"},
    ]
    a, b = read("d.json", json.dumps(recs, ensure_ascii=False))
    assert (a.published, a.outlet, b.published) == ("2015-07-21", "aawsat", "2015-07-22")
    assert a.id != b.id


def test_json_lines_bad_line_does_not_stop_the_others():
    text = '{"title": "أ", "body": "نص."}\n{oops\n{"title": "ب", "body": "نص آخر."}\n'
    items = read("e.jsonl", text)
    assert [type(i).__name__ for i in items] == ["Article", "ReaderError", "Article"]
    assert "line 2" in str(items[1])


def test_a_record_is_its_plain_index_in_the_file():
    """JSON arrays, JSON Lines (blank lines are no records) and the members
    of a ZIP: the index counts the file's records from 0, bad ones too."""
    import io
    import zipfile

    arr = json.dumps([{"body": "نص أول."}, {"body": "نص ثان."}, {"body": "نص ثالث."}], ensure_ascii=False)
    assert [a.record for a in read("d.json", arr)] == [0, 1, 2]
    lines = '\n{"body": "نص."}\n\n{oops\n{"body": "نص آخر."}\n'
    items = read("e.jsonl", lines)
    assert [i.record for i in items] == [0, 1, 2]
    assert isinstance(items[1], ReaderError) and "line 4" in str(items[1]) and "[record 1]" in str(items[1])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("day/2015-07-21.json", arr)
        z.writestr("one.txt", "نص وحيد.")
    got = [(a.path, a.record) for a in read("dump.zip", buf.getvalue())]
    assert got == [("dump.zip/day/2015-07-21.json", 0), ("dump.zip/day/2015-07-21.json", 1),
                   ("dump.zip/day/2015-07-21.json", 2), ("dump.zip/one.txt", None)]
    [single] = read("f.json", json.dumps({"body": "نص."}, ensure_ascii=False))
    assert single.record is None


@pytest.mark.parametrize("data", [b"", b"   \n"])
def test_empty_file(data):
    [e] = read("empty.txt", data)
    assert isinstance(e, ReaderError) and "empty" in e.message


def test_windows_1256_is_decoded():
    text = "أعلنت الحكومة اليوم عن خطة جديدة لتطوير التعليم في جميع المحافظات."
    [a] = read("w.txt", text.encode("cp1256"))
    assert a.body == text


def test_ids_are_stable_and_safe():
    [a] = read("مجلد/مقال ../x.txt", "نص الخبر.")
    [b] = read("مجلد/مقال ../x.txt", "نص الخبر.")
    assert a.id == b.id
    assert all(c.isascii() and (c.isalnum() or c in "-_") for c in a.id)


def test_a_file_gives_a_bounded_number_of_records():
    """Twenty MiB of tiny records would be a million pages, or a million
    skip lines: a file gives MAX_RECORDS, then one line for the rest."""
    from briefings.readers import MAX_RECORDS

    items = read("many.jsonl", "{oops\n" * (MAX_RECORDS + 5))
    assert len(items) == MAX_RECORDS + 1
    assert "holds more than" in items[-1].message and items[-1].record is None


def test_published_must_exist():
    for value in ("2021-99", "2021-02-30", "0000", "2021-01-01 25:61:00"):
        [e] = read("p.md", f"---\npublished: \"{value}\"\n---\nنص الخبر.")
        assert isinstance(e, ReaderError) and "not a date" in e.message, value
    [a] = read("q.md", "---\npublished: ٢٠٢١-٠٣\n---\nنص الخبر.")
    assert a.published == "2021-03"


def test_outlet_author_and_tags_lose_bidi_and_controls():
    text = ('{"content": "نص الخبر.", "source": "\\u202eصحيفة\\u202c", "author": "كاتب\\u0085 \\u2066اسم\\u2069",'
            ' "title": "عنوان\\u0000 طويل"}')
    [a] = read("b.json", text)
    assert (a.outlet, a.author, a.title) == ("صحيفة", "كاتب اسم", "عنوان طويل")


def _arabic_by_counting(text: str) -> bool:
    """Whether Arabic letters are at least half the letters of the first
    5,000 characters, every letter counted: what makes a text "ar"."""
    letters = [c for c in text[:5000] if c.isalpha()]
    arabic = [c for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f"]
    return bool(letters) and 2 * len(arabic) >= len(letters)

def test_language_shortcut_decides_as_the_count_does():
    from briefings.readers.base import detect_language

    ar = "قالَ الوزيرُ إنّ ٣٠ شخصاً وصلوا إلى بغداد، "
    texts = [
        "", "   ", "123 456 ...", ar * 3, "The minister said that the talks were over and the end is near. " * 3,
        ar + "The minister said that the talks of the day were over. " * 2,  # fewer Arabic letters than others
        "ـــ ًٌٍ ٠١٢ ، ؛ " * 20 + "بغداد",  # tatweel, marks, digits and punctuation of the block: no letters
        "שלום עולם " * 5 + "بغداد", "Le ministre et la France pour les accords " + ar,
        ar * 200 + "the end of the text and of the world is the one",  # past the sample's 5,000 characters
        "ڤ ڭ ۀ ݐ ݑ " * 10 + "abc def",  # letters of both Arabic blocks
    ]
    for t in texts:
        assert (detect_language(t) == "ar") == _arabic_by_counting(t), t[:40]
    assert [detect_language(t) for t in texts[:5]] == ["und", "und", "und", "ar", "en"]
    assert detect_language(texts[5]) == "en" and detect_language(texts[7]) == "he"
