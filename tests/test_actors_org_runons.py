"""Where a body's name runs on into what follows it (issue 12, twelfth
round): on sentences written for these tests."""

from extracted import organizations, people


def test_a_bodys_name_ends_before_the_rank_of_the_person_its_office_names():
    text = "وأوضح رئيس بلدية الحناكية المهندس سالم العتيبي أن الفرق بدأت أعمالها."
    found = organizations(text)
    assert "بلدية الحناكية" in found
    assert not any("المهندس" in o for o in found)
    text = "وقال أستاذ التاريخ في جامعة الملك سعود الدكتور فهد الغامدي إن الوثائق نادرة."
    assert "جامعة الملك سعود" in organizations(text)
    assert "فهد الغامدي" in people(text)

