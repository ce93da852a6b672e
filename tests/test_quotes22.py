"""Quotes, the nineteenth round of helpers (branch quotes22): the opening
verb's subject is no noun under a preposition, past the style and office
words before the name; a source set off by commas after the verb is no
subject; «إلا أن» opens no reported clause. Sentences written for these
tests."""

from test_speakers import quotes


def test_a_caller_under_a_preposition_is_no_speaker_of_a_conjoined_cue():
    first = "وقال المواطن سعد بن علي القحطاني إن ابنه استشهد وهو يدافع عن حدود الوطن الجنوبية. "
    qs = quotes(first + "فيما تلقى والد الشهيد اتصالا من صاحب السمو الملكي الأمير خالد بن سلمان بن عبدالعزيز، "
                "وأوضح أنه خفف كثيرا من مصاب الأسرة في هذه الأيام.")
    q = next(q for q in qs if q.text.startswith("خفف"))
    assert q.speaker == "سعد بن علي القحطاني"  # the father the sentence before named


def test_the_opening_person_still_speaks_for_a_conjoined_cue():
    # the guard: a person the sentence opens with, under no preposition,
    # still speaks for the conjoined cue (quotes21's rule)
    qs = quotes("ورفع الأمير خالد بن سعد الولاء والطاعة لخادم الحرمين الشريفين الملك سلمان في الحفل، "
                "وأوضح أن المنطقة تشهد نهضة كبيرة في جميع المجالات التنموية.")
    q = next(q for q in qs if q.text.startswith("المنطقة"))
    assert "خالد بن سعد" in (q.speaker or "")


def test_a_source_between_commas_is_no_subject():
    first = "دعا الرئيس التركي رجب طيب إردوغان إلى تعاون أكبر مع جيرانه في مكافحة الإرهاب. "
    qs = quotes(first + "وأكد، بحسب وكالة «الأناضول»، أن التعاون بين البلدين يكتسي أهمية كبيرة في المرحلة المقبلة.")
    q = next(q for q in qs if q.text.startswith("التعاون"))
    assert "الأناضول" not in (q.speaker or "") and "إردوغان" in (q.speaker or "")


def test_illa_anna_opens_no_reported_clause():
    qs = quotes("وكان الحزب أعلن نيته مقاطعة الانتخابات عقب مقتل أحد أعضائه خلال المسيرة، "
                "إلا أن حكما قضائيا صدر الشهر الماضي دفع عددا من قادته إلى المطالبة بالتراجع.")
    assert all(not q.text.startswith("حكما") for q in qs), [(q.speaker, q.text) for q in qs]


def test_the_narrator_under_an_is_still_the_speaker():
    # guard: عن before a name names who speaks (a narration), not an object
    qs = quotes("وأخرج البخاري في صحيحه عن سعد بن مالك، قال إن الصبر نصف الإيمان في كل الأحوال والظروف.")
    q = next(q for q in qs if q.text.startswith("الصبر"))
    assert "سعد بن مالك" in (q.speaker or "")


def test_a_name_under_a_preposition_before_a_relative_is_the_subject():
    # guard: خلفا لفلان، الذي قدم …، ودعا: the relative clause's verbs are his
    qs = quotes("وحددت اللجنة التنفيذية موعدا للانتخابات خلفا لسامي بن خالد العتيبي، الذي قدم استقالته "
                "الشهر الماضي، ودعا إلى جمعية عمومية غير عادية لانتخاب رئيس جديد للاتحاد.")
    q = next(q for q in qs if q.text.startswith("إلى"))
    assert "العتيبي" in (q.speaker or "")


def test_illa_anna_after_a_negation_is_still_the_clause():
    # guard: لا يسعني إلا أن («I can only») keeps what follows as said
    qs = quotes("وأضاف المهندس سامي بن خالد العتيبي لا يسعني إلا أن أشكر فريق العمل على هذا الجهد المتميز في المشروع.")
    assert any(q.text.startswith("أشكر") and "العتيبي" in (q.speaker or "") for q in qs), \
        [(q.speaker, q.text) for q in qs]
