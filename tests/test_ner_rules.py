"""The rules over the tagger's tags for organizations it does not know
(briefings/extract/ner_rules.py), on sentences of our own."""

from briefings.extract.ner_rules import org_rules


def _tag(sentence: str, tags: list[str] | None = None) -> list[tuple[str, str]]:
    toks = sentence.split()
    return list(zip(toks, org_rules(toks, tags or ["O"] * len(toks)), strict=True))


def test_agency_read_as_a_person_becomes_an_organization():
    toks = "وأفادت لوكالة فرانس برس مصادر محلية".split()
    tags = ["O", "O", "B-PER", "I-PER", "O", "O"]
    assert org_rules(toks, tags)[2:4] == ["B-ORG", "I-ORG"]


def test_quoted_name_after_a_paper_is_an_organization():
    out = _tag("كتبت صحيفة « ميرور » في عددها الصادر اليوم")
    assert out[3] == ("ميرور", "B-ORG")
    assert [t for _, t in out].count("B-ORG") == 1


def test_quoted_words_after_a_verb_stay_untagged():
    # no body's head before the quote marks: a slogan, not a name
    out = _tag("رفع المتظاهرون « ارحلوا » أمام المبنى")
    assert all(t == "O" for _, t in out)


def test_quoted_name_the_tagger_found_is_kept():
    toks = "ونشرت مجلة « تايم » تقريرا".split()
    tags = ["O", "O", "O", "B-LOC", "O", "O"]
    assert org_rules(toks, tags) == tags


def test_both_sides_of_a_match_result_are_clubs():
    out = dict(_tag("وفاز بيرنلي على ضيفه هدرسفيلد بهدف نظيف"))
    assert out["بيرنلي"] == "B-ORG"
    assert out["هدرسفيلد"] == "B-ORG"
    assert out["ضيفه"] == "O"


def test_a_common_word_in_a_result_frame_stays_untagged():
    out = dict(_tag("وتعادل الفريق مع منافسه أمس في الدوري"))
    assert out["الفريق"] == "O"
    assert out["أمس"] == "O"


def test_a_person_who_won_stays_a_person():
    toks = "فاز ديفيدسون على منافسه بالنقاط".split()
    tags = ["O", "B-PER", "O", "O", "O"]
    assert org_rules(toks, tags)[1] == "B-PER"


def test_an_adverb_or_a_pronoun_in_a_result_frame_stays_untagged():
    out = dict(_tag("وفاز بصعوبة على خصمه في النزال"))
    assert out["بصعوبة"] == "O"
    assert out["خصمه"] == "O"


def test_a_definite_club_after_the_guest_word_is_named():
    out = dict(_tag("وتغلب على ضيفه الشعلة بهدفين"))
    assert out["الشعلة"] == "B-ORG"


def test_an_adjective_of_origin_after_the_guest_word_stays_untagged():
    out = dict(_tag("وتعادل مع ضيفه الموريتاني دون أهداف"))
    assert out["الموريتاني"] == "O"
