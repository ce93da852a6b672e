"""Bodies named without a head noun (seventh round, from the corpus's
most frequent ones), on sentences written for these tests."""

from extracted import organizations


def test_civil_defence_and_the_border_guard_are_bodies():
    assert "الدفاع المدني" in organizations("وباشرت فرق الدفاع المدني الحريق في الحي الصناعي.")
    assert "حرس الحدود" in organizations("وأحبط حرس الحدود تهريب كمية من المخدرات.")


def test_under_a_head_the_longer_name_is_found():
    assert "المديرية العامة للدفاع المدني" in organizations("وأوضحت المديرية العامة للدفاع المدني أن الفرق باشرت.")
