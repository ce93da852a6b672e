"""Local places mined from the corpus by the cues before them (محافظة،
مركز، قرية، بلدة، هجرة، حي، مدينة، منطقة، مديرية، قضاء، بلدية:
`places-local.tsv.gz`, briefings.training.local_places), read bare where
a place's name stands. Sentences written for these tests."""

from extracted import places

from briefings.data import lines
from briefings.lang.ar import key


def _mined() -> set[str]:
    return {key(ln.split("\t")[0]) for ln in lines("places-local.tsv.gz")}


def test_the_list_holds_names_with_their_counts():
    rows = [ln.split("\t") for ln in lines("places-local.tsv.gz")]
    assert rows and all(len(r) == 3 and int(r[1]) <= int(r[2]) for r in rows)
    assert {key("الدلم"), key("أشيقر")} <= _mined()


def test_a_mined_village_after_a_preposition_is_a_place():
    assert "الدلم" in places("ووصل الوفد إلى الدلم صباح أمس لافتتاح المدرسة.")
    assert "أشيقر" in places("وأقيم حفل المعايدة بأشيقر بحضور الأهالي.")


def test_a_mined_name_in_a_list_after_a_mark_is_a_place():
    found = places("وزار الفريق قرى المحافظة، أشيقر، الدلم، ثم عاد.")
    assert {"أشيقر", "الدلم"} <= found


def test_a_mined_word_quoted_alone_is_no_place():
    # the mined list holds النسيم (a district); quoted alone it is a nickname
    assert key("النسيم") in _mined()
    assert "النسيم" not in places('وكتب القارئ "النسيم" تعليقا على الخبر.')


def test_a_mined_word_under_a_clitic_with_kaf_is_no_place():
    # وكسرت: and (it) broke; not و + ك + سرت (Sirte)
    assert key("سرت") in _mined()
    assert "سرت" not in places("وتعثر اللاعب في الشوط الثاني، وكسرت ساقه قبل نهاية المباراة.")


def test_a_mined_name_after_the_cue_it_was_mined_after_is_a_place():
    # مركز and هجرة are no place cues of the other rules (مركز التحكم)
    assert "ثربان" in places("ووصل المحافظ إلى مركز ثربان التابع للمحافظة.")
    assert "ذعبلوتن" in places("وشملت الجولة القرى وهجرة ذعبلوتن أمس.")
    assert not places("وقال إن مركز التحكم يعمل دون توقف.")


def test_a_name_written_often_after_a_cue_though_in_a_smaller_share_is_a_place():
    # المجمعة: after محافظة in 19 of its 131 uses, under 15%
    assert "المجمعة" in places("وتوجه الفريق إلى المجمعة لإقامة المعسكر الصيفي.")
    assert key("سانت") not in _mined()  # سانت لويس: the first word of a name
