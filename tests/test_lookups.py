"""The per-word tables the extractors read by map (issue 12's speed round)
give what the per-word tests they stand for give, the first time a word
is seen and every time after."""

from __future__ import annotations

from briefings.extract import actors
from briefings.extract.speech import speech_lemma, speech_lemmas
from briefings.lang.ar import key
from briefings.text.tokens import tokenize, words_only

OFFICE = "قال وزير الخارجية السعودي عادل الجبير في الرياض إن مجلس الوزراء وافق."
SITE = "وصل إلى مطار الملك خالد الدولي في منطقة القصيم ومدينة بريدة أمس."


def _expected(toks, test) -> list[int]:
    return [i for i, t in enumerate(toks) if test(t.key)]


def test_actor_flags_agree_with_the_word_tests():
    tests = {
        actors._OPENS_OFFICE: actors._opens_office,
        actors._HEADS_ORG: actors._heads_org,
        actors._OPENS_PLACE: lambda k: bool(actors._place_opening(k)[1]),
        actors._PLACE_CUE: actors._place_cue,
        actors._ROYAL_WORD: lambda k: k in actors._ROYAL,
    }
    first = tokenize(OFFICE, punct=True)
    second = tokenize(SITE, punct=True)
    # twice over, and alternating sentences: the kept flags of the last
    # sentence must never answer for another
    for _ in range(2):
        for toks in (first, second, first):
            for bit, test in tests.items():
                assert actors._opening(toks, bit) == _expected(toks, test)
    assert actors._opening(first, actors._OPENS_OFFICE)  # وزير
    assert actors._opening(first, actors._HEADS_ORG)  # مجلس
    assert actors._opening(second, actors._ROYAL_WORD)  # الملك
    assert actors._opening(second, actors._PLACE_CUE)  # منطقة، ومدينة


def test_a_sentence_equal_to_the_last_is_read_for_itself():
    a = tokenize(OFFICE, punct=True)
    b = tokenize(SITE, punct=True)
    actors._opening(a, actors._OPENS_OFFICE)
    # a new list of other tokens, asked right after: its own flags
    assert actors._opening(b, actors._OPENS_OFFICE) == _expected(b, actors._opens_office)
    assert actors._opening(a[:3], actors._OPENS_OFFICE) == _expected(a[:3], actors._opens_office)


def test_flags_read_their_own_sentence_s_keys_after_another_sentence_s_keys():
    # _opening reads the keys _sentence_keys keeps for one sentence: asked
    # of a sentence after another sentence's keys were made, it answers
    # for its own words, not the other's
    from briefings.extract.actors.words import _sentence_keys

    a = tokenize(OFFICE, punct=True)
    b = tokenize(SITE, punct=True)
    for first, then in ((a, b), (b, a), (a, a[:4])):
        _sentence_keys(first)
        for bit, test in ((actors._OPENS_OFFICE, actors._opens_office), (actors._HEADS_ORG, actors._heads_org),
                          (actors._PLACE_CUE, actors._place_cue)):
            assert actors._opening(then, bit) == _expected(then, test)
    _sentence_keys(a)
    assert actors._opening(b, actors._PLACE_CUE) == [7, 9]  # منطقة، ومدينة of SITE, not a word of OFFICE


def test_speech_lemmas_are_speech_lemma_of_each_word():
    keys = [key(w) for w in ("وقال", "وأكد", "الوزير", "أضاف", "كتاب", "وقال", "صرح", "في")]
    for _ in range(2):  # made, then read from the table
        assert speech_lemmas(keys) == [speech_lemma(k) or "" for k in keys]
    assert speech_lemmas(keys)[0] and not speech_lemmas(keys)[2]


def test_tokens_keys_and_words_only_on_a_second_reading():
    text = "قالَ المتحدثُ: إنّ 30% من الـ«مشاريع» اكتملت، وأُنجِز ٢٥ مشروعاً!"
    for _ in range(2):
        toks = tokenize(text, 5, punct=True)
        assert [t.key for t in toks] == [key(t.text) for t in toks]
        assert all(text[t.start - 5 : t.end - 5] == t.text for t in toks)
        kept = words_only(toks)
        assert [t.text for t in kept] == [t.text for t in toks if any(c.isalnum() for c in t.text) or t.text in "%٪"]
        assert "%" in [t.text for t in kept] and ":" not in [t.text for t in kept]


READINGS = ["وبغداد", "للعراق", "والسفارة", "بالرياض", "فرنسا", "وفرنسا", "فالح", "فيصل", "وهو", "الوادي",
            "لبنان", "للبنان", "كمصر", "وزارة", "والوزارة", "ولكن", "بجدة", "فبراير", "لندن", "ومجلس"]


def test_gazetteer_reading_is_the_place_peel_else_the_corpus_peel():
    from briefings.extract import gazetteer as gz
    from briefings.lang.ar import peel, peel_known, vocabulary

    def expected(k: str) -> tuple[str, str, bool]:
        if k in gz.places() or k in gz.org_heads():
            return ("", k, False)
        s = peel(k, lambda s: s.word in gz.places())
        if s.clitic:
            return tuple(s)
        vocab = vocabulary()
        whole = vocab.get(k, 0)
        if whole and len(k) <= 3 or vocab.get("ال" + k, 0):
            return ("", k, False)
        return tuple(peel(k, lambda s: vocab.get(s.word, 0) > whole))

    for w in READINGS:
        k = key(w)
        assert gz.reading(k) == expected(k), w
        assert tuple(peel_known(k)) == expected(k) or gz.reading(k)[1] in gz.places(), w
    assert gz.reading(key("وبغداد"))[:2] == ("و", key("بغداد"))
    assert gz.reading(key("والسفارة"))[:2] == ("و", key("السفارة"))
    assert gz.reading(key("فالح")) == ("", key("فالح"), False)


def test_one_openers_table_for_dates_and_numbers():
    from briefings.extract import dates, figures
    from briefings.extract.dates import find_dates
    from briefings.text import memo

    text = "وفي 12 أكتوبر 2015 وصل ثلاثة آلاف زائر، وبـ5 ملايين ريال منتصف العام الماضي و30 % أمس."
    toks = words_only(tokenize(text, punct=True))
    for _ in range(2):  # made, then read from the table
        opens = memo.lookup(figures._OPENERS, [t.key for t in toks], figures._opens, 100_000)
        assert [bool(o & figures._DATE) for o in opens] == [dates.may_open(t.key) for t in toks]
        assert [bool(o & figures._NUMBER) for o in opens] == [figures._may_open(t.key) for t in toks]
        assert find_dates(text, toks, None, [o & figures._DATE for o in opens]) == find_dates(text, toks, None)
    assert any(o & figures._DATE for o in opens) and any(o & figures._NUMBER for o in opens)
    assert any(o == figures._DATE | figures._NUMBER for o in opens)  # 12 opens both


def test_memo_lookup_reads_known_words_and_makes_each_new_one_once():
    from briefings.text import memo

    made: list[str] = []

    def make(w: str) -> int:
        made.append(w)
        return len(w)

    table: dict[str, int] = {}
    words = ["بغداد", "في", "بغداد", "الرياض"]
    assert memo.lookup(table, words, make, 100) == [5, 2, 5, 6]
    assert set(made) == {"بغداد", "في", "الرياض"} and table == {"بغداد": 5, "في": 2, "الرياض": 6}
    n = len(made)
    # every word known: read in one go, nothing made
    assert memo.lookup(table, ["الرياض", "في"], make, 100) == [6, 2]
    assert memo.lookup(table, ["في"], make, 100) == [2] and memo.lookup(table, [], make, 100) == []
    assert len(made) == n
    # one new word among known ones: only it is made
    assert memo.lookup(table, ["في", "عمان", "بغداد"], make, 100) == [2, 4, 5]
    assert made[n:] == ["عمان"]
    # past the limit the table starts over at the next new word
    assert memo.lookup(table, ["جدة"], make, 3) == [3] and table == {"جدة": 3}


def test_sentence_keys_are_each_tokens_key_and_peeled_key():
    from briefings.extract.actors.words import _peel_key, _sentence_keys

    a = tokenize(OFFICE, punct=True)
    b = tokenize(SITE, punct=True)
    for toks in (a, b, a, b[:4]):  # the kept sentence never answers for another
        keys, peeled = _sentence_keys(toks)
        assert keys == [t.key for t in toks]
        assert peeled == [_peel_key(t.key) for t in toks]
    assert "منطقه" in _sentence_keys(b)[1] and "مدينه" in _sentence_keys(b)[1]  # ومدينة peeled


def test_a_words_flags_agree_with_the_tests_they_stand_for():
    # _flags_of computes the four cached tests from one peel; were one of
    # them edited alone, the rule passes (which read the flags) and the
    # callers of the test would read a word differently
    from itertools import islice

    from briefings.extract import gazetteer as gz
    from briefings.extract.actors import openings as o
    from briefings.lang.ar import key

    words = [key(w) for w in (
        "الوزير", "ووزير", "رئيس", "لرئيس", "وزارة", "والوزارة", "بوزارة", "الشركة", "للشركة", "هيئة",
        "مدينة", "ومدينة", "بحي", "وحي", "حي", "منطقة", "الرياض", "بالرياض", "والرياض", "جدة", "لجدة",
        "الملك", "الأمير", "والأمير", "قال", "أمس", "الذي", "كتاب", "فرومان", "جزيرة")]
    for table in (gz.places(), gz.org_heads(), gz.title_heads()):
        names = [n.split()[0] for n in islice(iter(table), 200)]
        words += names + ["و" + n for n in names] + ["ب" + n for n in names]
    for k in words:
        expected = (o._OPENS_OFFICE * o._opens_office(k) | o._HEADS_ORG * o._heads_org(k)
                    | o._OPENS_PLACE * bool(o._place_opening(k)[1]) | o._PLACE_CUE * bool(o._place_cue(k))
                    | o._ROYAL_WORD * (k in o._ROYAL))
        assert o._flags_of(k) == expected, k
