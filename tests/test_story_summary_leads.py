"""A story's merged summary tells one event once when outlets open their
leads alike: a sentence with no figure and no actor not named yet, whose
first words are mostly those of a sentence taken and which shares a part
of its words with it, is that event again in other words (the word share
alone, under half, kept it). The same opening that names someone new
(a telegram to another president) is another fact. Articles written for
these tests."""

from __future__ import annotations

from story_articles import story_briefings, word_share

from briefings.stories.features import slim
from briefings.stories.story import NOVELTY, summary

CONDOLENCE = "نقل مدير عام حرس الحدود اللواء سالم الحربي تعازي القيادة لذوي الشهيد العريف فهد القرني في محافظة الطوال."
CONDOLENCE_AGAIN = ("نقل المدير العام لحرس الحدود اللواء سالم الحربي تعازي ومواساة القيادة الرشيدة لأسرة الشهيد "
                    "العريف فهد القرني خلال زيارته منزل العائلة مساء أمس يرافقه عدد من الضباط والأفراد، مؤكداً أن "
                    "تضحيات رجال الأمن محل تقدير واعتزاز من الجميع وأن الوطن لن ينسى أبناءه المخلصين.")
TELEGRAM = "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة لرئيس الاتحاد السويسري بمناسبة اليوم الوطني لبلاده."
TELEGRAM_OTHER = ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة لرئيس جمهورية بنين توماس بوني يايي "
                  "بمناسبة ذكرى استقلال بلاده، أعرب فيها عن أصدق التهاني وأطيب التمنيات بالصحة والسعادة لفخامته "
                  "ولشعب بنين الصديق اطراد التقدم والازدهار.")


def _briefings(*bodies: str) -> list[dict]:
    return story_briefings(bodies, "خبر", "2015-08-01")


_share = word_share


def test_a_lead_opening_as_one_taken_and_naming_no_one_new_is_left_out():
    assert _share(CONDOLENCE, CONDOLENCE_AGAIN) <= NOVELTY  # the word share alone keeps it
    bs = _briefings(CONDOLENCE, CONDOLENCE_AGAIN)
    for form in (bs, [slim(b) for b in bs]):
        texts = [s["text"] for s in summary(form)]
        assert texts == [CONDOLENCE], texts


def test_the_same_opening_naming_someone_new_is_kept():
    bs = _briefings(TELEGRAM, TELEGRAM_OTHER)
    for form in (bs, [slim(b) for b in bs]):
        texts = [s["text"] for s in summary(form)]
        assert texts == [TELEGRAM, TELEGRAM_OTHER], texts
