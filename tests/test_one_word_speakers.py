"""One-word speakers (issue 12, quotes19): a surname or a first name alone
after a speech verb (وقال هول، وأكدت يارا) is a person when the article
shows it as one elsewhere, and a person's span loses a leading word the
corpus never writes as a name's part (أما، زيارة). Sentences written for
these tests."""

from briefings.assemble import assemble
from briefings.extract.actors.people import _cut_not_leads
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.speaker_actors import link_speakers, speaker_people
from briefings.extract.actors.words import person_words
from briefings.lang.ar import key, words
from briefings.model import Article, Quote
from briefings.text.segment import paragraphs, sentences
from briefings.text.tokens import sentence_tokens


def briefing(body: str):
    return assemble(Article(id="t", path="t.txt", sha256="0" * 64, body=body))


def people_for(body: str, speaker: str):
    """The new people `speaker_people` makes for a reported statement of
    the last sentence whose speaker the quotes extractor read as
    `speaker`, with no actor in the article (as when the tagger misses
    the name), and the statement after `link_speakers`."""
    ss = sentences(body, paragraphs(body))
    tokens = sentence_tokens(body, ss)
    last = ss[-1]
    q = Quote(text=body[last.start : last.end], kind="reported", start=last.end - 5, end=last.end,
              sentence=last.id, speaker=speaker)
    new = speaker_people([q], tokens, [])
    for n, a in enumerate(new):
        a.id = f"p{n}"
    link_speakers([q], new)
    return new, q


def test_a_surname_alone_is_the_person_named_earlier_after_a_first_name():
    body = ("التقى مراسلنا بالمصور بنجامين هول في مدينة غازي عنتاب. "
            "وقال هول إن المقاتلين الأجانب في التنظيم أكثر قسوة من غيرهم.")
    new, q = people_for(body, "هول")
    assert [(a.name, a.type) for a in new] == [("بنجامين هول", "person")]
    assert q.speaker == "بنجامين هول" and q.speaker_id == "p0"
    # the person is mentioned where the full name stands and where the surname speaks
    assert len(new[0].mentions) == 2


def test_a_first_name_alone_is_the_person_a_title_heads_elsewhere():
    b = briefing("استضاف المعرض الفنانة التشكيلية يارا منشي التي عرضت أكثر من مئتي لوحة. "
                 "وأكدت يارا أن الفن رسالة قبل أن يكون مهنة.")
    [q] = b.quotes
    person = next(a for a in b.actors if a.id == q.speaker_id)
    assert person.type == "person" and person.name == "يارا منشي"
    assert q.speaker == "يارا منشي"


def test_a_word_the_article_shows_as_no_name_makes_no_person():
    # no first name, title or tag vouches for it: a generic plural, a rare word alone
    for body, speaker in (
        ("انتشرت الشائعات في المدينة. وقالت مصادر إن الاجتماع تأجل إلى الأسبوع المقبل.", "مصادر"),
        ("عثرت الشرطة على سيارة مسروقة في الحي. وأوضح كوتشوك أن التحقيقات ما زالت جارية.", "كوتشوك"),
    ):
        new, q = people_for(body, speaker)
        assert new == [] and q.speaker == speaker and q.speaker_id is None


def test_an_honorific_pronoun_is_no_name():
    body = ("وتحدث في الندوة الشيخ عبدالله المطلق عن فضل العشر الأواخر. "
            "وأشار فضيلته إلى أن الصدقة في هذه الأيام مضاعفة.")
    new, _ = people_for(body, "فضيلته")
    assert new == []


def cut(text: str, first: int, last: int) -> str:
    """The words a person's span over tokens first..last keeps after the cut."""
    toks = sentence_tokens(text, sentences(text, paragraphs(text)))[0]
    r = _Raw(first, last, "person", 0, toks, "crf")
    _cut_not_leads([r])
    return " ".join(t.text for t in toks[r.first : r.last])


def test_a_function_word_or_a_verbal_noun_is_cut_off_a_name():
    assert cut("أما فريدي فريد فقال إن الحفل كان ناجحا.", 0, 3) == "فريدي فريد"
    assert cut("وجاءت زيارة خالد بحاح إلى المدينة بعد أسبوع.", 1, 4) == "خالد بحاح"
    assert cut("وأضاف سامي الجابر أن الفريق جاهز.", 0, 3) == "سامي الجابر"


def test_a_name_and_a_lone_word_keep_their_words():
    assert cut("وقال سعيد فريد إن الحفل كان ناجحا.", 1, 3) == "سعيد فريد"
    assert cut("أما فريد فقال إن الحفل كان ناجحا.", 0, 1) == "أما"  # nothing after it to be the name
    # a first name the peeler reads as a clitic and a listed word (و + أين)
    assert cut("وسجل واين روني هدف الفوز للفريق.", 1, 3) == "واين روني"


def test_the_mined_list_holds_no_name():
    leads = words("name_not_leads")
    assert {key("أما"), key("زيارة")} <= leads
    assert not leads & person_words()
