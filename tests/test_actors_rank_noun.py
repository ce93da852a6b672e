"""A rank word that is also a common noun (الفريق: the team; اللواء: the
brigade) before a common word (seventh round, class "common word read as
a person"), on sentences written for these tests."""

from extracted import people


def test_the_team_before_a_verb_or_an_adverb_is_no_general():
    assert people("وقال المدرب إن الفريق يلعب بقوة كبيرة هذا الموسم.") == set()
    assert people("وغادر عدد من اللاعبين صفوف الفريق مؤخرا بعد انتهاء عقودهم.") == set()


def test_a_name_after_a_rank_stays():
    assert "أحمد عسيري" in people("وقال العميد أحمد عسيري إن العمليات مستمرة.")


def test_a_tagged_common_word_after_the_team_is_no_general():
    # the tagger reads the words after الفريق as a name; the team is doing something
    assert people("وقال المدرب إن الفريق يسير بالشكل المطلوب قبل انطلاق الموسم.") == set()
    assert people("ويخوض الفريق مباراته الثالثة بعد غد أمام ضيفه.") == set()


def test_a_general_whose_first_name_is_a_common_word_stays():
    # سفر is a common word (travel) but الغامدي is a name's
    assert "سفر الغامدي" in people("وأوضح اللواء سفر الغامدي أن الدوريات مستمرة.")
