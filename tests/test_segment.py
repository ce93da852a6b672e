from briefings.text.segment import paragraphs, sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, paragraphs(text))]


def test_no_break_at_arabic_comma():
    assert split("زار الوزير المدينة، والتقى بالسكان. ثم عاد.") == ["زار الوزير المدينة، والتقى بالسكان.", "ثم عاد."]


def test_no_break_inside_quotes():
    text = "قال المدير «وصلنا. وسنبدأ غداً» أمام الصحفيين. انتهى اللقاء."
    assert split(text) == ["قال المدير «وصلنا. وسنبدأ غداً» أمام الصحفيين.", "انتهى اللقاء."]


def test_unclosed_quote_does_not_swallow_the_rest():
    text = 'أعلنت الشركة نيتها التوسع" في المنطقة. وارتفعت الأسهم. ثم هبطت.'
    assert len(split(text)) == 3


def test_double_period_and_mixed_marks():
    assert split("وصل الوفد.. وبدأت المحادثات!؟ وانتهت مساء.") == [
        "وصل الوفد..",
        "وبدأت المحادثات!؟",
        "وانتهت مساء.",
    ]


def test_missing_space_after_period():
    assert split("انتهى الاجتماع.وقال الناطق إن النتائج جيدة.") == [
        "انتهى الاجتماع.",
        "وقال الناطق إن النتائج جيدة.",
    ]


def test_decimal_point_is_not_a_break():
    assert len(split("بلغ النمو 2.5 في المئة هذا العام.")) == 1


def test_offsets_point_into_the_body():
    text = "\n\nعنوان قصير\n\nالجملة الأولى هنا. والثانية هناك.\n"
    for s in sentences(text, paragraphs(text)):
        assert text[s.start : s.end].strip() == text[s.start : s.end]


def test_paragraph_kinds():
    text = "خبر أول عن الاجتماع في المدينة.\n\nتعليق الصورة في المدينة اليوم (وكالات)\n\nعنوان فرعي\n\nنص آخر طويل يتبع العنوان."
    kinds = [p.kind for p in paragraphs(text)]
    assert kinds == ["lede", "caption", "subheading", "body"]


def test_a_comma_after_a_mark_goes_on_with_the_sentence():
    # a writer's «؟!،» or «!!،» does not end the sentence: what follows
    # opens with a comma and is no sentence of its own
    text = "لماذا تأخر المشروع كل هذه السنوات؟!، ولماذا لم يحاسب أحد؟ سننتظر الجواب."
    assert split(text) == ["لماذا تأخر المشروع كل هذه السنوات؟!، ولماذا لم يحاسب أحد؟", "سننتظر الجواب."]
    assert split("فرح الجمهور بالفوز!! ، ثم عاد إلى بيته.") == ["فرح الجمهور بالفوز!! ، ثم عاد إلى بيته."]


def test_a_comma_on_the_next_line_does_not_join_it():
    # a line is a paragraph: a mark at a line's end still ends its sentence
    text = "انتهت المباراة!\n، وغادر اللاعبون الملعب."
    assert split(text)[0] == "انتهت المباراة!"


def test_a_long_run_of_marks_before_a_comma_is_read_once():
    text = "يا للعجب" + "!" * 20000 + "، ثم سكت الجميع."
    assert split(text) == [text]
