"""A word with hamza on a waw or a ya is spelt both ways in this press
(مسؤول and مسئول, شؤون and شئون; about one in twenty with ئ on two real
days), and the two spellings have two keys: the header's search found
412 articles for مسؤول and 23 others for مسئول, never both. Typed with
either seat, a word now finds the other too, also while it is still
being typed. Read in Chromium from a site built with the real MkDocs;
articles written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from articles import article
from conftest import copy_project, run_build, static_server

WAW = "قال مسؤول في وزارة الصحة إن الحملة تشمل جميع المدارس في المنطقة خلال العام الدراسي المقبل."
YA = "أوضح مسئول في أمانة المدينة أن أعمال الصيانة تنتهي قبل بداية موسم الأمطار في الخريف."
OTHER = "افتتح نادي الفروسية موسمه الجديد بسباق على كأس المؤسس شارك فيه عدد كبير من الخيول."


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hamza18"), seeds=[])
    recs = [article(WAW, title="حملة الصحة", outlet="okaz", date="2015-08-20"),
            article(YA, title="صيانة الأمانة", outlet="alriyadh", date="2015-08-20"),
            article(OTHER, title="موسم الفروسية", outlet="alyaum", date="2015-08-20")]
    (project / "seeds" / "news.json").write_text(json.dumps(recs, ensure_ascii=False), encoding="utf-8")
    r = run_build(project)
    assert r.returncode == 0, r.stderr
    return project / "site"


def _titles(page, query: str) -> list[str]:
    page.locator(".bf-search__input").fill("")
    page.locator(".bf-search__input").click()
    page.keyboard.type(query)
    page.wait_for_function("q => document.querySelector('.bf-search__panel')?.dataset.q === q", arg=query, timeout=15_000)
    return sorted(page.locator(".bf-search__panel .bf-search__item a").all_inner_texts())


@pytest.mark.parametrize("query", ["مسؤول", "مسئول", "مسؤول ", "مسئول "])
def test_either_seat_finds_both_spellings(site, page, query):
    with static_server(site) as base:
        page.goto(f"{base}/index.html")
        page.wait_for_function("typeof window.briefingsSearch === 'function'")
        found = " ".join(_titles(page, query))
        assert "حملة الصحة" in found and "صيانة الأمانة" in found
        assert "موسم الفروسية" not in found
