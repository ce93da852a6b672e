"""Actors on sentences written for these tests: clitics, titles,
nationality, alias merging, and the CoNLL interface."""

import subprocess
import sys
from pathlib import Path

from briefings.extract.actors import extract_actors
from briefings.text.segment import paragraphs, sentences

BIN = Path(sys.executable).parent


def actors(text: str, outlet: str | None = None):
    found = extract_actors(text, sentences(text, paragraphs(text)), outlet)
    for a in found:
        for m in a.mentions:
            assert text[m.start : m.end] == m.text
    return {a.name: a for a in found}


def test_clitic_is_not_part_of_a_place():
    found = actors("وصل الوفد إلى بغداد أمس. وقالت مصادر إن الزيارة مهمة للعراق وللأردن.")
    assert {"بغداد", "العراق", "الأردن"} <= set(found)
    assert all(a.type == "place" for n, a in found.items() if n in ("بغداد", "العراق", "الأردن"))


def test_name_starting_with_waw_is_not_cut():
    found = actors("وأكد الدكتور وائل الحسيني أن المستشفى جاهز.")
    assert "وائل الحسيني" in found


def test_title_chain_and_nationality():
    text = "واستقبل قائد القوات البرية في المنطقة اللواء الفرنسي جان دوبوا وفداً من الجامعة."
    a = actors(text)["جان دوبوا"]
    assert a.type == "person"
    assert "اللواء" in a.titles
    assert any(t.startswith("قائد القوات البرية") for t in a.titles)
    assert a.nationality == "فرنسا"


def test_office_with_nisba_keeps_it_in_the_title():
    a = actors("وقال وزير الخارجية المصري سامح شكري إن المحادثات مثمرة.")["سامح شكري"]
    assert "وزير الخارجية المصري" in a.titles
    assert a.nationality == "مصر"


def test_aliases_merge_into_one_actor():
    text = (
        "التقى مستشار الأمن الوطني العراقي فالح الفياض السفير البريطاني. "
        "وأوضح الفياض أن اللقاء تناول الأوضاع الأمنية. "
        "وشاركت قيادة العمليات المشتركة في الاجتماع، وقالت القيادة إن الخطط جاهزة."
    )
    found = actors(text)
    person = found["فالح الفياض"]
    assert "الفياض" in person.aliases and len(person.mentions) == 2
    assert "الفياض" not in found
    org = found["قيادة العمليات المشتركة"]
    assert org.type == "organization" and len(org.mentions) == 2


def test_spelling_variants_are_one_entity_across_mentions():
    text = "زار الرئيس الأميركي جو بايدن المنطقة. وقال بايدن إن الزيارة ناجحة."
    found = actors(text)
    assert found["جو بايدن"].nationality == "الولايات المتحدة"
    assert "بايدن" in found["جو بايدن"].aliases


def test_outlet_in_its_dateline_is_an_organization():
    found = actors("الصحيفة من عمّان: أعلنت الحكومة الأردنية خطة جديدة.", outlet="الصحيفة")
    assert found["الصحيفة"].type == "organization"


def test_conll_interface(tmp_path):
    conll = tmp_path / "in.conll"
    conll.write_text("وصل O\nالرئيس O\nإلى O\nبغداد O\n. O\n\nقال O\nمحمد O\nعلي O\n. O\n", encoding="utf-8")
    r = subprocess.run([str(BIN / "briefings"), "ner", "--conll", str(conll)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.split("\n")
    assert lines[4] == ". O" and lines[5] == ""  # sentence breaks kept
    tags = dict(line.split() for line in lines if line)
    assert tags["بغداد"] == "B-LOC"
    assert set(tags.values()) <= {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-TIT", "I-TIT"}


def test_eval_ner_prints_scores_per_type(tmp_path):
    gold = tmp_path / "gold.conll"
    gold.write_text("وصل O\nالوزير O\nإلى O\nالقاهرة B-LOC\nأمس O\n. O\n", encoding="utf-8")
    r = subprocess.run([str(BIN / "briefings"), "eval", "ner", str(gold)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "LOC" in r.stdout and "micro" in r.stdout
