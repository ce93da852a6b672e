"""A person the quotes extractor names as a speaker is an actor
(ANNOTATION.md: the speaker is the actor who speaks), on sentences
written for these tests: a name the tagger does not read after an office
and a speech verb becomes a person, its quotes point at it, and a generic
speaker stays no one."""

from briefings.assemble import assemble
from briefings.extract.actors.speaker_actors import link_speakers
from briefings.model import Actor, Article, Quote


def brief(body: str):
    return assemble(Article(id="t", path="t.txt", sha256="0" * 64, body=body))


def test_a_named_speaker_no_actor_holds_becomes_a_person():
    b = brief("وأوضح رئيس اللجنة المنظمة مطلق النبأ أن المعرض يستمر أسبوعين.")
    person = next(a for a in b.actors if a.name == "مطلق النبأ")
    assert person.type == "person"
    assert person.titles == ["رئيس اللجنة المنظمة"]
    assert [m.text for m in person.mentions] == ["مطلق النبأ"]
    assert [q.speaker_id for q in b.quotes] == [person.id]


def test_a_surname_alone_speaks_for_the_new_person():
    p = Actor(id="p-1", name="مطلق النبأ", type="person")
    qs = [Quote("…", "reported", 0, 1, 0, speaker="النبأ"), Quote("…", "reported", 0, 1, 1, speaker="مصادر")]
    link_speakers(qs, [p])
    assert [q.speaker_id for q in qs] == ["p-1", None]


def test_a_generic_speaker_is_no_actor():
    b = brief("وقال شهود عيان إن الانفجار وقع صباحا. وذكر متابعون للأنواء أن الحر يشتد.")
    assert not any(a.type == "person" for a in b.actors)
    assert all(q.speaker_id is None for q in b.quotes)


def test_a_speaker_already_an_actor_is_not_doubled():
    b = brief("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مستمرة.")
    assert [a.name for a in b.actors if a.type == "person"] == ["جون كيري"]


def test_a_verb_after_an_adverb_is_no_name():
    from briefings.extract.actors.speaker_actors import _named
    from briefings.text.segment import paragraphs, sentences
    from briefings.text.tokens import sentence_tokens

    text = "وكان الناس كما ذكر آنفا يتصورون أن الحقوق محصورة، وقال مطلق النبأ إن المعرض ناجح."
    toks = sentence_tokens(text, sentences(text, paragraphs(text)))[0]
    assert _named("آنفا يتصورون", toks) is None
    assert _named("مطلق النبأ", toks) is not None
