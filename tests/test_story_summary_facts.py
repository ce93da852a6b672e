"""A story's merged summary says a fact once: a sentence whose figures
(with their values) were all said already and that names no actor not
named yet adds nothing, however many more words it says them in; the
word share alone let a longer second sentence through. Articles written
for these tests."""

from __future__ import annotations

from story_articles import story_briefings, word_share

from briefings.stories.features import slim
from briefings.stories.story import summary

GIFT = "قدمت جمعية البر الخيرية 25 ألف دولار لأسر المتضررين من السيول في جدة."
# the same gift in many more words: under half of them are the first sentence's
GIFT_AGAIN = ("وأوضح بيان صادر عن إدارة الجمعية مساء أمس أن المبلغ البالغ 25 ألف دولار سيصرف على دفعات "
              "عاجلة للعائلات التي فقدت منازلها ومقتنياتها بعد أن غمرت المياه الأحياء الجنوبية وأتلفت الأثاث والسيارات.")
# the same sum, given by someone the summary has not named: a new fact
OTHER_GIVER = ("وتبرع رجل الأعمال خالد الزهراني بمبلغ 25 ألف دولار لإعادة تأهيل المدارس التي تضررت "
               "في الأحياء الجنوبية بعد انحسار المياه عنها وعودة الأهالي إلى منازلهم.")


def _briefings(*bodies: str) -> list[dict]:
    return story_briefings(bodies, "السيول في جدة", "2015-08-06")


_share = word_share


def test_a_longer_sentence_repeating_the_figures_and_actors_said_is_left_out():
    assert _share(GIFT, GIFT_AGAIN) <= 0.5  # the word share alone keeps it
    bs = _briefings(GIFT, GIFT_AGAIN)
    money = [{(f["kind"], f["value"]) for f in b["figures"]} for b in bs]
    assert all(("money", 25000) in m for m in money), money
    for form in (bs, [slim(b) for b in bs]):  # as `briefings stories` and as the site's build give them
        texts = [s["text"] for s in summary(form)]
        assert texts == [GIFT], texts


def test_the_same_figure_with_a_new_actor_is_a_new_fact():
    bs = _briefings(GIFT, OTHER_GIVER)
    assert "الزهراني" in " ".join(a["name"] for a in bs[1]["actors"])
    texts = [s["text"] for s in summary([slim(b) for b in bs])]
    assert texts == [GIFT, OTHER_GIVER], texts


def test_a_number_with_the_article_points_back_and_states_nothing():
    from briefings.stories.story import _facts

    def said(text: str, unit: str) -> set:
        figures, _ = _facts({"figures": [{"kind": "count", "text": text, "unit": unit, "value": 3.0, "sentence": 0}],
                             "actors": []})
        return figures.get(0, set())

    assert said("الوزراء الثلاثة", "الوزراء") == set()  # the three ministers the reader knows
    assert said("ثلاثة وزراء", "وزراء")
