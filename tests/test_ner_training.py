"""The NER data side: reading ANERcorp and Wojood files, the contiguous
split the model is measured on, the GeoNames name filter, and the word
lists the tagger reads. Files are written here; nothing is read from a
data folder of ours."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.extract import gazetteer as gz
from briefings.extract.ner import spans
from briefings.training.conll import read_conll, split_every, split_tail
from briefings.training.evaluate import score
from briefings.training.geonames import arabic_names

WOJOOD = """\
قال O
سكرتير B-OCC
اللجنة I-OCC B-ORG
القومية I-OCC I-ORG
في I-OCC
نابلس I-OCC B-GPE
محمد B-PERS
إن O
جامعة B-ORG
بيرزيت I-ORG B-GPE
$#$ O

زار O
الوفد B-NORP
مطار B-FAC
القاهرة I-FAC B-GPE
يوم B-DATE
"""


def test_wojood_nested_tags_become_anercorp_types(tmp_path: Path):
    p = tmp_path / "w.txt"
    p.write_text(WOJOOD, encoding="utf-8")
    (toks, tags), (toks2, tags2) = read_conll(p, wojood=True)
    assert "$#$" not in toks
    assert tags == ["O", "B-TIT", "B-ORG", "I-ORG", "O", "B-LOC", "B-PER", "O", "B-ORG", "I-ORG"]
    # a facility is a place to ANERcorp; nationalities and dates are not entities
    assert tags2 == ["O", "O", "B-LOC", "I-LOC", "O"]
    assert spans(tags) == [(1, 2, "TIT"), (2, 4, "ORG"), (5, 6, "LOC"), (6, 7, "PER"), (8, 10, "ORG")]


def test_anercorp_tags_outside_the_scheme_read_as_outside(tmp_path: Path):
    p = tmp_path / "a.conll"
    p.write_text("برند B-PER\nجوتشولك I-PER\nفي O\nأمس B-DATE\nالقاهرة B-LOC\n\n", encoding="utf-8")
    [(toks, tags)] = read_conll(p)
    assert tags == ["B-PER", "I-PER", "O", "O", "B-LOC"]


def _sents(lengths: list[int]):
    return [([f"w{i}"] * n, ["O"] * n) for i, n in enumerate(lengths)]


def test_the_tail_is_the_last_fifth_of_tokens_in_file_order():
    sents = _sents([10] * 8 + [5, 5, 5, 5])  # 100 tokens
    head, tail = split_tail(sents)
    assert head + tail == sents
    assert sum(len(t) for t, _ in tail) == 20
    assert tail == sents[-4:]


def test_the_tail_starts_at_a_sentence_boundary():
    sents = _sents([30, 30, 30, 10])
    head, tail = split_tail(sents)
    assert head == sents[:3] and tail == sents[3:]
    head, tail = split_tail(_sents([50, 50]))
    assert tail == [] and len(head) == 2  # no boundary past four fifths: nothing to hold out


def test_the_random_split_interleaves():
    sents = _sents([1] * 30)
    head, held = split_every(sents)
    assert held == [sents[9], sents[19], sents[29]]
    assert len(head) == 27


def test_entity_scores_need_exact_spans_and_types():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "O", "O", "O"]]
    s = score(gold, pred)
    assert s["PER"]["f1"] == 1.0
    assert s["LOC"]["recall"] == 0.0 and s["ORG"]["precision"] == 0.0
    assert s["micro"]["precision"] == 1 / 3 and s["micro"]["recall"] == 1 / 3


def test_geonames_keeps_arabic_written_names_only():
    names = ["Escaldes", "إسكالديس-إنجورداني", "اسکالدس-انګوردانی", "اسکالڈس", "الدار البيضاء", "Эскальдес", "پاریس"]
    assert arabic_names(names) == ["إسكالديس-إنجورداني", "الدار البيضاء"]


def test_places_are_countries_and_cities_not_unions():
    places = gz.places()
    assert "مصر" in places and "القاهره" in places
    # CLDR lists the UN and the EU among its territories: they are organizations
    assert "الامم المتحده" not in places and "الاتحاد الاوروبي" not in places


def test_geonames_cities_are_places_unless_they_read_as_words():
    places = gz.places()
    geo = gz.geonames()
    # cities CLDR lacks, from GeoNames: one the news corpus never names,
    # one it names after مدينة and the like, one of two words
    for city in ("مايدوغوري", "ميلانو", "سان فرانسيسكو"):
        assert city in geo and city in places, city
    # GeoNames cities named like common words are not places: سنة (a year),
    # دولة (a state), المدينة (the city), and no clitic is read off a word
    # the corpus knows (كورونا is not ك + ورونا)
    for word in ("سنه", "دوله", "المدينه", "ورونا"):
        assert word in geo, word  # so the exclusion is what keeps it out
        assert word not in places, word


def test_the_featurizer_marks_gazetteer_and_corpus_lists():
    from briefings.extract.ner_features import Featurizer

    feat = Featurizer()
    city, _ctx, _stem = feat.entry("كوالالمبور")
    assert "gGEO3" in city  # over a million people
    common, _ctx, _stem = feat.entry("قال")
    assert not any(f.startswith(("gGEO", "gCUE", "gTAG")) for f in common)
    # a word a news corpus uses after شركة is marked as an organization's
    company, _ctx, _stem = feat.entry("مايكروسوفت")
    assert any(f.startswith("gCUE=ORG") for f in company)


def test_optional_features_are_made_when_asked_or_when_a_model_knows_them():
    from briefings.extract.ner_features import Featurizer

    asked = Featurizer(optional=["gOOV", "gSAY", "gNB"])
    # a made-up surname: no corpus has it, with or without a clitic
    for word in ("زفليترونوف", "وزفليترونوف"):
        own, ctx, _stem = asked.entry(word)
        assert "gOOV" in own, word
        # the words two before to two after it see it (وأوضح X أن)
        assert [f for c in ctx for f in c if f.endswith("gOOV")] == ["-2gOOV", "-1gOOV", "1gOOV", "2gOOV"]
    # words the corpus writes, under a clitic too, and numbers and Latin letters
    for word in ("قال", "وأوضح", "الحكومة", "2015", "Google"):
        own, _ctx, _stem = asked.entry(word)
        assert "gOOV" not in own, word
    assert "gSAY" in asked.entry("وأوضح")[0] and "gSAY" not in asked.entry("الحكومة")[0]
    assert "gNB" in asked.entry("بن")[0] and "gNB" in asked.entry("أبو")[0] and "gNB" not in asked.entry("من")[0]
    # the shipped model's Featurizer makes none of them
    assert not any(f in Featurizer().entry("زفليترونوف")[0] for f in ("gOOV", "gSAY", "gNB"))
    # a tagger's Featurizer makes those its model knows, as its own or a neighbour's
    knows = Featurizer(known={"b", "-1gOOV"})
    assert knows.optional == {"gOOV"}
    assert knows.entry("زفليترونوف")[1][1] == ["-1gOOV"]


def test_optional_features_by_name():
    import argparse

    from briefings.training.train_ner import optional_features

    assert optional_features("oov,nb") == ("gOOV", "gNB")
    assert optional_features("") == ()
    with pytest.raises(argparse.ArgumentTypeError, match="unknown feature 'freq'"):
        optional_features("oov,freq")


def test_the_letters_table_reads_transliteration_as_a_name():
    from briefings.extract.ner_features import letters
    from briefings.training.letters import MIN_COUNT, build_table

    # made-up words: surnames ending ـوف or ـسكي, towns ending ـبورغ,
    # common words of Arabic patterns
    per = ["زلتوف", "برامنوف", "كوتيلوف", "فيرسكي", "دولنسكي", "مارتسكي"]
    loc = ["سالزبورغ", "هامبورغ", "فرانبورغ"]
    common = ["المكاتب", "الاجتماع", "الحكومة", "المدارس", "المشاريع", "الاستثمار", "التعليم", "المواطنين"]
    words = {**dict.fromkeys(per, "PER"), **dict.fromkeys(loc, "LOC"), **dict.fromkeys(common, "O")}
    table = build_table(words)
    assert "وف$" in table and "سكي" in table and "^ال" in table
    # n-grams seen fewer than three times are left out
    assert "زلت" not in table and all(len(g) in (2, 3, 4) for g in table)
    assert MIN_COUNT == 3
    typ, band = letters("غرينوف", table)
    assert typ == "PER" and band >= 3
    assert letters("لوتسبورغ", table)[0] == "LOC"
    _typ, band = letters("المصانع", table)
    assert band <= 1
    assert letters("ظظ", table) is None  # no n-gram it knows


def test_the_letters_are_an_optional_feature_of_unknown_words(monkeypatch):
    from briefings.extract import ner_features
    from briefings.extract.ner_features import Featurizer
    from briefings.training.train_ner import optional_features

    table = {"^زف": (2.0, -1.0, 0.0), "وف$": (1.5, 0.0, -0.5), "^ال": (-1.0, -0.5, -1.0), "لحك": (-2.0, -1.0, -1.0)}
    monkeypatch.setattr(ner_features, "letter_table", lambda: table)
    asked = Featurizer(optional=optional_features("chars"))
    # a made-up surname, with a clitic too: its own feature, no neighbour's
    for word in ("زفليترونوف", "وزفليترونوف"):
        own, ctx, _stem = asked.entry(word)
        assert [f for f in own if f.startswith("q")] == ["q=5", "qt=PER5"], word
        assert not any("q" in f for c in ctx for f in c)
    # words the corpus writes are read by their lists, not their letters
    for word in ("الحكومة", "قال", "2015"):
        assert not any(f.startswith("q") for f in asked.entry(word)[0]), word
    assert not any(f.startswith("q") for f in Featurizer().entry("زفليترونوف")[0])
    # a model that learned them makes the Featurizer read them
    assert Featurizer(known={"b", "q=3"}).optional == {"qCHARS"}


def _club_sentences(clubs: list[str], head_inside: bool) -> list[tuple[list[str], list[str]]]:
    """`فاز نادي X على ...`: ANERcorp tags the club's name alone, Wojood the
    head noun with it."""
    out = []
    for club in clubs:
        tags = ["O", "B-ORG", "I-ORG"] if head_inside else ["O", "O", "B-ORG"]
        out.append((["فاز", "نادي", club, "على", "منافسه", "في", "الرياض"], [*tags, "O", "O", "O", "B-LOC"]))
    return out


def test_the_other_schemes_conventions_stay_in_their_copies(tmp_path: Path):
    from briefings.extract.ner import Tagger
    from briefings.training.train_ner import train

    clubs = ["النصر", "الهلال", "الاتفاق", "الشباب", "التعاون", "الفيصلي"]
    anercorp = _club_sentences(clubs[:3], head_inside=False) * 2
    wojood = _club_sentences(clubs[3:], head_inside=True) * 3
    params = {"c1": 0.0, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}
    plain, marked = tmp_path / "plain.crfsuite", tmp_path / "marked.crfsuite"
    train(anercorp + wojood, plain, params)
    train(anercorp, marked, params, other=wojood)
    unseen = ["فاز", "نادي", "الوحدة", "على", "منافسه", "في", "الرياض"]
    # taught by both schemes as one, the tagger takes Wojood's, which says it
    # more often; with Wojood's features copied, ANERcorp's convention holds
    assert Tagger(str(plain)).tag(unseen)[1] == "B-ORG"
    tagger = Tagger(str(marked))
    assert tagger.tag(unseen)[1:3] == ["O", "B-ORG"]
    assert tagger.tag(unseen) == tagger.tag_with_crfsuite(unseen)


def test_augmented_features_keep_each_scheme_in_its_own_copies(tmp_path: Path):
    from briefings.extract.ner import Tagger
    from briefings.training.train_ner import train

    clubs = ["النصر", "الهلال", "الاتفاق", "الشباب", "التعاون", "الفيصلي"]
    anercorp = _club_sentences(clubs[:3], head_inside=False) * 2
    wojood = _club_sentences(clubs[3:], head_inside=True) * 3
    params = {"c1": 0.0, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}
    path = tmp_path / "augmented.crfsuite"
    train(anercorp, path, params, other=wojood, augment="all")
    unseen = ["فاز", "نادي", "الوحدة", "على", "منافسه", "في", "الرياض"]
    # one model, two conventions: the head noun outside the club's name as
    # ANERcorp writes it, inside as Wojood does
    ours = Tagger(str(path), scheme="anercorp")
    assert ours.tag(unseen)[1:3] == ["O", "B-ORG"]
    assert ours.tag(unseen) == ours.tag_with_crfsuite(unseen)
    theirs = Tagger(str(path), scheme="wojood")
    assert theirs.tag(unseen)[1:3] == ["B-ORG", "I-ORG"]
    assert theirs.tag(unseen) == theirs.tag_with_crfsuite(unseen)


def test_folding_adds_the_chosen_schemes_copy_and_drops_the_others():
    from briefings.extract.ner import fold

    state = {("w=x", "B-PER"): 1.0, ("A:w=x", "B-PER"): 0.5, ("W:w=x", "B-PER"): 2.0, ("A:-1w=y", "O"): 0.25}
    assert fold(state, "A:") == {("w=x", "B-PER"): 1.5, ("-1w=y", "O"): 0.25}
    assert fold(state, "W:") == {("w=x", "B-PER"): 3.0}
    assert fold(state, "") == {("w=x", "B-PER"): 1.0}


def test_a_model_with_optional_features_decodes_with_them(tmp_path: Path):
    from briefings.extract.ner import Tagger
    from briefings.training.train_ner import train

    # after a speech verb, made-up surnames are persons and adverbs the
    # corpus writes are not
    said = [(["وأوضح", name, "أن", "الوضع", "مستقر"], ["O", "B-PER", "O", "O", "O"])
            for name in ("زفليترونوف", "كرامبيلوس", "شتروفيلكا")]
    said += [(["وأوضح", word, "أن", "الوضع", "مستقر"], ["O"] * 5) for word in ("رسميا", "مجددا", "امس", "كذلك")]
    params = {"c1": 0.0, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}
    plain, oov = tmp_path / "plain.crfsuite", tmp_path / "oov.crfsuite"
    train(said * 2, plain, params)
    train(said * 2, oov, params, optional=["gOOV"])
    assert Tagger(str(plain))._features.optional == frozenset()
    tagger = Tagger(str(oov))
    assert tagger._features.optional == {"gOOV"}
    weights = tagger._crfsuite.info().state_features
    assert weights[("gOOV", "B-PER")] > 0 and weights[("-1gOOV", "O")] > 0
    # our decoder reads the feature as crfsuite does
    for sentence in (["وأوضح", "بلامنتوركي", "أن", "الوضع", "مستقر"], ["وأوضح", "رسميا", "بلامنتوركي", "أن"]):
        assert tagger.tag(sentence) == tagger.tag_with_crfsuite(sentence)


def _corpus(folder: Path, texts: list[str]) -> Path:
    """A folder of one daily ZIP as SaudiNewsNet ships them, of our texts."""
    import json
    import zipfile

    folder.mkdir()
    with zipfile.ZipFile(folder / "2020-01-01.zip", "w") as z:
        z.writestr("2020-01-01.json", json.dumps([{"content": t} for t in texts], ensure_ascii=False))
    return folder


def test_topic_clusters_part_words_by_what_they_are_written_about(tmp_path: Path):
    import gzip
    import random

    from briefings.training import clusters
    from briefings.training.clusters import build_topic_clusters

    # two subjects in the same frame: clubs among match words, companies
    # among money words, each name in the same slot of a sentence
    rng = random.Random(0)
    sport = ["المباراة", "الهدف", "الملعب", "الدوري", "المدرب", "الجمهور"]
    money = ["الأسهم", "الأرباح", "السوق", "المستثمرين", "الإيرادات", "البورصة"]
    clubs, firms = ["زلفاري", "قرنبيط", "مشمشان"], ["كوبالتكس", "فيرموناتا", "ترانسبيكو"]
    texts = []
    for _ in range(120):
        for names, topic in ((clubs, sport), (firms, money)):
            w = rng.sample(topic, 5)
            texts.append(f"{w[0]} في {w[1]} قال {rng.choice(names)} إن {w[2]} {w[3]} و{w[4]}")
    clusters._documents.cache_clear()
    out = tmp_path / "topic.txt.gz"
    build_topic_clusters(_corpus(tmp_path / "corpus", texts), out, n_context=40, window=4, dims=4,
                         sizes=(2, 2, 2), min_count=1)
    clusters._documents.cache_clear()
    table = {w: ids for w, *ids in (line.split("\t") for line in gzip.open(out, "rt", encoding="utf-8").read().split("\n") if line)}
    club, firm = table["زلفاري"][0], table["كوبالتكس"][0]
    assert club != firm
    assert all(table[w][0] == club for w in clubs) and all(table[w][0] == firm for w in firms)
    # a word under a clitic is counted as the word (والأرباح is الأرباح)
    assert "والارباح" not in table and table["الارباح"][0] == firm


def test_topic_clusters_are_an_optional_feature_of_the_peeled_word(monkeypatch):
    from briefings.extract import ner_features
    from briefings.extract.ner_features import Featurizer
    from briefings.training.train_ner import optional_features

    monkeypatch.setattr(ner_features, "topic_clusters", lambda: {"الملعب": ("3", "17", "250")})
    asked = Featurizer(optional=optional_features("topic"))
    # looked up peeled, as a word the corpus writes (والملعب is و + الملعب)
    for word in ("الملعب", "والملعب", "بالملعب"):
        own, ctx, _stem = asked.entry(word)
        assert [f for f in own if f.startswith("t")] == ["t1=3", "t2=17", "t3=250"], word
        # a word's own feature: its neighbours do not see it
        assert not any("t1=" in f for c in ctx for f in c)
    assert not any(f.startswith("t1=") for f in asked.entry("المباراة")[0])
    assert not any(f.startswith("t1=") for f in Featurizer().entry("الملعب")[0])
    # a model that learned them makes the Featurizer read them
    assert Featurizer(known={"b", "t2=17"}).optional == {"tTOPIC"}


def _day_zip(folder: Path, day: str, texts: list[str]) -> None:
    import json
    import zipfile

    with zipfile.ZipFile(folder / f"{day}.zip", "w") as zf:
        zf.writestr(f"{day}/a.json", json.dumps([{"content": t} for t in texts], ensure_ascii=False))


def test_the_one_word_organizations_are_counted_after_their_cues(tmp_path: Path):
    from briefings.training.org_words import build_org_words

    # a made-up club written after نادي seven times and alone three more,
    # a made-up paper after صحيفة three times, a word after a cue only twice
    texts = ["فاز نادي الزفلاوي على منافسه"] * 7 + ["خسر الزفلاوي أمس"] * 3
    texts += ["نشرت صحيفة البرقوش تقريرا"] * 3 + ["قالت وكالة القمطري"] * 2
    _day_zip(tmp_path, "2015-08-10", texts)
    # a held day's articles are never counted
    _day_zip(tmp_path, "2015-07-26", ["فاز نادي الزفلاوي"] * 50 + ["أعلنت شركة الدرمكي"] * 9)
    out = tmp_path / "org.txt.gz"
    assert build_org_words(tmp_path, out) == 2
    import gzip

    rows = dict(line.split("\t") for line in gzip.open(out, "rt", encoding="utf-8").read().split("\n") if line)
    # 7 of its 10 uses follow the cue: seen 3-9 times, a high share
    assert rows == {"الزفلاوي": "1h", "البرقوش": "1h"}


def test_a_model_with_the_organization_list_decodes_with_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from briefings.extract import ner_features
    from briefings.extract.ner import Tagger
    from briefings.training.train_ner import train

    monkeypatch.setattr(ner_features, "org_words", lambda: {"الزفلاوي": "2h", "البرقوش": "3m", "القمطري": "2h"})
    asked = ner_features.Featurizer(optional=["gORW"])
    own, ctx, _stem = asked.entry("الزفلاوي")
    # seen from two words either side, as the other lists are
    assert "gORW=2h" in own
    assert [f for c in ctx for f in c if "gORW" in f] == ["-2gORW=2h", "-1gORW=2h", "1gORW=2h", "2gORW=2h"]
    assert not any("gORW" in f for f in ner_features.Featurizer().entry("الزفلاوي")[0])
    # a club written alone is an organization where the list has it; made-up
    # words of the same shape the list lacks are not (without the feature
    # the model tags the unseen club as it tags them)
    sents = [(["وتغلب", club, "على", "منافسه"], ["O", "B-ORG", "O", "O"]) for club in ("الزفلاوي", "البرقوش")]
    sents += [(["وتغلب", w, "على", "منافسه"], ["O"] * 4) for w in ("الطرماني", "الخنفوري", "اليوم")]
    params = {"c1": 0.0, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}
    model = tmp_path / "orw.crfsuite"
    train(sents * 2, model, params, optional=["gORW"])
    tagger = Tagger(str(model))
    assert tagger._features.optional == {"gORW"}
    for sentence in (["وتغلب", "القمطري", "على", "منافسه"], ["وتغلب", "أمس", "القمطري", "على"]):
        assert tagger.tag(sentence) == tagger.tag_with_crfsuite(sentence)
    assert tagger.tag(["وتغلب", "القمطري", "على", "منافسه"])[1] == "B-ORG"
    assert tagger.tag(["وتغلب", "الدهماني", "على", "منافسه"])[1] == "O"
