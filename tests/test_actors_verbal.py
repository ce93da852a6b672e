"""A head that is also a verbal noun before one definite word (seventh
round, class "قيادة الطائرة read as an organization"), on sentences
written for these tests."""

from extracted import organizations

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences


def test_driving_or_leading_is_no_command():
    assert organizations("وتعلم قيادة الطائرة في سن مبكرة.") == set()
    assert organizations("ومنعت الأنظمة قيادة السيارة دون رخصة سارية.") == set()


def test_the_command_of_a_body_is_one():
    assert "قيادة التحالف" in organizations("وقالت قيادة التحالف إن الضربات مستمرة.")
    assert "قيادة القوات المشتركة" in organizations("وأعلنت قيادة القوات المشتركة مقتل عشرة مسلحين.")


def test_led_by_a_country_or_a_coach_is_no_command():
    text = "وشن التحالف العربي بقيادة المملكة العربية السعودية غارات جديدة، والفريق بقيادة اليوناني دونيس."
    found = extract_actors(text, sentences(text, paragraphs(text)))
    assert not any(a.name.startswith("قيادة") for a in found)
    assert ("place", "المملكة العربية السعودية") in {(a.type, a.name) for a in found}
