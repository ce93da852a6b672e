"""Quotes, the eighteenth round of helpers (branch quotes21): the name علي
(keyed as the preposition على) after an office and after «نقل … عن»; «إن
شاء الله» is no clause of what was said; a bare verb after a comma inside
a reported clause is its predicate; a name under a preposition before the
verb is not its subject; a direct quote's first cue under و speaks for
the sentence's opening person; an office runs to its holder's name.
Sentences written for these tests."""

from test_speakers import quotes

from briefings.lang.ar import key


def _only(qs):
    assert len(qs) == 1, [(q.speaker, q.text) for q in qs]
    return qs[0]


def test_ali_after_an_office_is_a_name():
    q = _only(quotes("كشف السفير الموريتاني لدى تونس، علي الدوماني، أن سفارة بلاده أوقفت منح التأشيرات للمسافرين."))
    assert "الدوماني" in (q.speaker or "")


def test_ali_after_naqala_an_is_the_cited_source():
    q = _only(quotes("ونقلت وكالة الأنباء عن علي الدوماني قوله إن المحادثات ستستأنف الأسبوع المقبل في العاصمة."))
    assert "الدوماني" in (q.speaker or "")


def test_the_preposition_ala_is_still_no_name():
    # «على» written with its alef maqsura keeps reading as the preposition
    qs = quotes("وأكد على الدوماني ضرورة العمل المشترك. وقال المتحدث باسم الوزارة إن العمل مستمر في المشروع.")
    assert qs and all("الدوماني" not in (q.speaker or "") for q in qs)


def test_god_willing_is_no_complementizer():
    qs = quotes("وقال المدرب سامي العمري في ختام المؤتمر سنعود أقوى إن شاء الله في الموسم المقبل بعد هذه الخسارة.")
    assert all(not key(q.text).startswith(("شاء", "الله")) for q in qs)
    # inside a clause, the clause runs on through it
    q = _only(quotes("وقال المدرب سامي العمري إن الفريق سيعود أقوى إن شاء الله في الموسم المقبل بعد هذه الخسارة."))
    assert q.text.startswith("الفريق") and "الموسم المقبل" in q.text and "العمري" in (q.speaker or "")


def test_a_verb_after_a_comma_in_the_clause_is_its_predicate():
    q = _only(quotes("وقال المتحدث باسم الشرطة سعد العمري إن الرجل الذي اعتقل مساء أمس في الحي الشرقي، "
                     "أبلغ المحققين عن شركائه في العملية."))
    assert "أبلغ المحققين" in q.text


def test_a_verb_after_a_comma_with_its_own_clause_still_opens_one():
    qs = quotes("وقال المتحدث باسم الشرطة سعد العمري إن التحقيق مستمر في القضية، أكد أن المتهمين سيحالون إلى المحكمة.")
    assert len(qs) == 2 and "أكد" not in qs[0].text


def test_a_name_under_a_preposition_is_not_the_subject():
    q = _only(quotes("ولكن المدرب سامي الجابر الذي تولى تدريب الفريق في يونيو الماضي خلفا لفيصل العمري، "
                     "أكد أنه لا يخشى المنافسة هذا الموسم."))
    assert "العمري" not in (q.speaker or "")


def test_a_conjoined_first_cue_speaks_for_the_sentences_opening_person():
    q = _only(quotes("واستقبل الأمير فيصل بن خالد وفد الغرفة التجارية برئاسة رجل الأعمال سعيد الزهراني، "
                     "وقال: «إن هذه المنطقة تستحق المزيد من المشاريع التنموية في السنوات المقبلة»."))
    assert "فيصل" in (q.speaker or "") and "الزهراني" not in (q.speaker or "")


def test_an_office_runs_to_its_holders_name():
    # no colon or complementizer bounds the subject: six words cut the office
    # before its holder, and the participle's statement went to the office
    qs = quotes("وأوضح وكيل الوزارة لشؤون المساجد والدعوة والإرشاد الدكتور سعد بن ناصر القحطاني بناء على "
                "توجيه الوزير تم توزيع «موسوعة خطب الجمعة» على فروع الوزارة، لافتا إلى أن الموسوعة تتناول "
                "مواضيع شاملة يمكن للخطيب أن يسترشد بها طوال العام.")
    q = next(q for q in qs if q.text.startswith("الموسوعة"))
    assert "القحطاني" in (q.speaker or "")
