"""Search keys by construction: the browser makes the key of 5,000 corpus
words exactly as Python does (it reads the tables Python writes and has no
rule of its own), and a reader finds every spelling the issue names."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_project, run_build, static_server

from briefings.lang.ar import search_key
from briefings.lang.ar.match import readings

WORDS = [w for w in (Path(__file__).resolve().parent / "data" / "corpus_words.txt").read_text(encoding="utf-8").splitlines()
         if w and not w.startswith("#")]

# Each article writes the word its query looks for in one form only.
ARTICLES = {
    "france-waw": "استقبل الرئيس المصري وفدا من ألمانيا وفرنسا في القاهرة لبحث التعاون الاقتصادي بين البلدان الثلاثة.",
    "france": "أعلنت فرنسا خطة جديدة لدعم الطاقة المتجددة في المدن الكبرى خلال السنوات الخمس المقبلة.",
    "baghdad": "وصل الوفد الأممي ببغداد مساء الخميس للقاء المسؤولين في وزارة الخارجية ومناقشة ملف النازحين.",
    "departure": "دعت السلطات المسافرين لمغادرة المطار قبل وصول العاصفة الرملية التي ضربت الساحل الشرقي.",
    "visitors": "بلغ عدد زوار معرض الكتاب 855 زائرا في يومه الأول بحسب اللجنة المنظمة للمعرض.",
    "minister": "قال وزير المالية خالد الروضان إن الحكومة ستخفض الإنفاق على المشاريع الجديدة. وأضاف الروضان أن العجز سيتراجع.",
}
QUERIES = [
    ("فرنسا", {"france-waw", "france"}),
    ("بغداد", {"baghdad"}),
    ("مغادرة", {"departure"}),
    ("٨٥٥", {"visitors"}),
    ("الروضان", {"minister"}),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("parity")
    seeds = root / "in"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    project = copy_project(root / "project", seeds=sorted(seeds.iterdir()))
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    with static_server(project / "site") as base:
        yield base, project


def test_the_browser_makes_the_search_key_python_makes(site, page):
    assert len(WORDS) == 5000
    page.goto(f"{site[0]}/index.html")
    page.wait_for_function("typeof window.briefingsSearchKey === 'function'")
    got = page.evaluate("ws => Promise.all(ws.map(w => window.briefingsSearchKey(w)))", WORDS)
    wrong = [(w, b, search_key(w)) for w, b in zip(WORDS, got, strict=True) if b != search_key(w)]
    assert not wrong, wrong[:20]


@pytest.mark.parametrize("where", ["http", "file"])
def test_a_word_finds_every_spelling_of_it(site, page, where):
    base, project = site
    page.goto(f"{base}/index.html" if where == "http" else (project / "site" / "index.html").as_uri())
    page.wait_for_function("typeof window.briefingsSearch === 'function'")
    for query, want in QUERIES:
        hits = page.evaluate("q => window.briefingsSearch(q).then(r => r.hits.map(h => h.id))", query)
        assert set(hits) == want, (query, hits)


def test_the_browser_reads_a_word_outside_the_vocabulary_as_python_does(site, page):
    words = WORDS[:2000] + ["لتأويله", "و667", "ولنصيحته", "وبإسبريسو"]
    page.goto(f"{site[0]}/index.html")
    page.wait_for_function("typeof window.briefingsSearchReadings === 'function'")
    got = page.evaluate("ws => Promise.all(ws.map(w => window.briefingsSearchReadings(w)))", words)
    want = [list(readings(search_key(w))) for w in words]
    assert sum(1 for r in want if r) >= 4  # some words are read more than one way
    wrong = [(w, g, r) for w, g, r in zip(words, got, want, strict=True) if g != r]
    assert not wrong, wrong[:20]


def test_a_word_the_corpus_does_not_know_is_found_under_a_clitic(tmp_path, page):
    # تأويله and مادلين are in no vocabulary: the index and the query read them without the clitic too
    seeds = tmp_path / "in"
    seeds.mkdir()
    (seeds / "rare.txt").write_text("وقال الباحث إن لتأويله أثرا كبيرا على الدراسات، وأشار بمادلين إلى ذلك.\n", encoding="utf-8")
    (seeds / "other.txt").write_text("أعلنت الشركة نتائجها المالية للربع الثالث من العام الجاري.\n", encoding="utf-8")
    project = copy_project(tmp_path / "project", seeds=sorted(seeds.iterdir()))
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    page.goto((project / "site" / "index.html").as_uri())
    page.wait_for_function("typeof window.briefingsSearch === 'function'")
    for query in ("تأويله", "وتأويله", "مادلين", "لمادلين"):
        hits = page.evaluate("q => window.briefingsSearch(q + ' ').then(r => r.hits.map(h => h.id))", query)
        assert hits == ["rare"], (query, hits)
