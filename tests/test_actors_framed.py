"""Places the corpus writes after a place cue in a quarter to a half of
their uses (ninth round): places where a place's name stands, without a
cue; not where the same word is a common one. Sentences written for
these tests."""

from extracted import places


def test_a_town_after_a_preposition_is_a_place():
    assert "القنفذة" in places("وتوجه الفريق الطبي إلى القنفذة صباح أمس.")
    assert "الرس" in places("واحتفل الأهالي بالرس بتخريج الدفعة الأولى.")


def test_towns_joined_by_waw_are_places():
    found = places("وسجلت الأمطار في الرس وأملج أعلى الكميات هذا الأسبوع.")
    assert {"الرس", "أملج"} <= found


def test_after_a_plural_cue_a_list_names_places():
    assert "أبين" in places("وتقدمت القوات في محافظتي لحج وأبين خلال اليومين الماضيين.")


def test_the_same_word_after_a_verb_or_a_noun_is_no_place():
    # الحرث is a governorate of جازان and the tilth of the verse
    assert "الحرث" not in places("إن الإرهاب يهلك الحرث والنسل ولا يفرق بين أحد.")
    assert "الضباب" not in places("وعاد الطيران إلى جدوله بعد انقشاع الضباب الكثيف.")


def test_a_nickname_after_capital_is_no_place():
    assert "الضباب" not in places("وتقام المباراة في عاصمة الضباب الشهر المقبل.")


def test_a_common_noun_written_with_and_without_the_article_is_no_place():
    # الامتياز is written twice as often as امتياز: a noun, not a name
    assert "امتياز" not in places("وحصلت الشركة على امتياز التنقيب في الصحراء.")


def test_the_same_word_after_a_particle_is_no_place():
    # أبحر is a district of جدة and the verb "sailed"
    assert "أبحر" not in places("وكان القارب قد أبحر مساء الأربعاء من الميناء.")
    assert "أبحر" in places("وافتتحت البلدية حديقة جديدة في أبحر أمس.")
