"""A briefing page weighs what it shows: the theme's configuration without
escapes, no table of contents, three links an actor to the sentences that
name it; nothing else changes."""

from __future__ import annotations

import json
import re

from briefings.assemble import assemble
from briefings.model import Article
from briefings.scaffold import package_templates
from briefings.serialize import to_dict
from briefings.site.lighten import plain_config, without_toc
from briefings.site.render import Renderer

CONFIG = {"base": "..", "features": ["navigation.top"],
          "translations": {"clipboard.copy": "نسخ إلى الحافظة", "search.result.none": "لا توجد نتائج",
                           "select.version": "اختر الإصدار </script><b>"},
          "search": "../assets/x.js", "tags": None}


def page(config: str) -> str:
    return f'<body><p>قبل</p><script id="__config" type="application/json">{config}</script><p>بعد</p></body>'


def config_of(html: str) -> dict:
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1))


def test_the_configuration_keeps_its_meaning_without_escapes():
    escaped = json.dumps(CONFIG).replace("<", "\\u003c").replace(">", "\\u003e")
    out = plain_config(page(escaped))
    assert "\\u0" not in out.replace("\\u003c", "").replace("\\u003e", "")
    assert "نسخ إلى الحافظة" in out
    want = dict(CONFIG, translations={k: v for k, v in CONFIG["translations"].items() if not k.startswith("search.")})
    assert config_of(out) == want
    # the text of a translation cannot end the script early
    assert out.count("</script>") == 1
    assert out.startswith("<body><p>قبل</p>") and out.endswith("<p>بعد</p></body>")
    assert len(out) < len(page(escaped))


def test_a_configuration_that_does_not_parse_is_left_alone():
    html = page("{not json")
    assert plain_config(html) == html


def test_a_hidden_table_of_contents_goes_with_all_inside_it():
    nav = '<div class="md-sidebar md-sidebar--primary" data-md-type="navigation"><div><nav>تصفح</nav></div></div>'
    toc = ('<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc" hidden>'
           '<div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav">'
           '<a href="#الملخص">الملخص</a></nav></div></div></div>')
    content = '<div class="md-content"><article><div class="bf-meta">م</div></article></div>'
    assert without_toc(nav + toc + content) == nav + content
    # a table of contents the page shows stays
    shown = toc.replace(" hidden>", " >")
    assert without_toc(nav + shown + content) == nav + shown + content


def test_a_page_without_a_table_of_contents_or_with_one_unclosed_is_unchanged():
    plain = '<div class="md-content"><p>نص</p></div>'
    assert without_toc(plain) == plain
    unclosed = '<div class="md-sidebar md-sidebar--secondary" data-md-type="toc" hidden><div>' + plain
    assert without_toc(unclosed) == unclosed


def test_an_actor_links_three_sentences_that_name_it_and_counts_the_rest():
    sentences = ["قال وزير الخارجية فيصل بن فرحان إن المحادثات مستمرة.",
                 "وأضاف فيصل بن فرحان أن الوفد يصل غداً، وأن فيصل بن فرحان سيستقبله.",
                 "والتقى فيصل بن فرحان نظيره في الرياض.",
                 "وقال فيصل بن فرحان في ختام الزيارة إن النتائج طيبة.",
                 "وغادر فيصل بن فرحان مساءً."]
    d = to_dict(assemble(Article(id="a0001", path="a0001.txt", sha256="0" * 64, body=" ".join(sentences),
                                 title="زيارة وزير الخارجية")))
    actor = next(a for a in d["actors"] if "فرحان" in a["name"])
    said = list(dict.fromkeys(m["sentence"] for m in actor["mentions"]))
    assert len(said) > 3 and len(actor["mentions"]) > len(said)  # the case: more sentences, one named twice
    page = Renderer(package_templates()).briefing(d)
    row = next(r for r in page.split("<tr") if actor["name"] in r and "bf-links" in r)
    links = re.findall(r'href="#s-(\d+)"', row.split('class="bf-links"')[1])
    assert [int(s) for s in links] == said[:3]
    assert f"+{len(said) - 3}</td>" in row


def test_a_built_briefing_page_has_no_table_of_contents_palette_or_escapes(built_site):
    from conftest import SEED_ID

    html = (built_site / "site" / "briefings" / f"{SEED_ID}.html").read_text(encoding="utf-8")
    assert 'data-md-type="toc"' not in html
    assert 'data-md-component="palette"' not in html and "__md_get(\"__palette\")" not in html
    cfg = config_of(html)
    assert cfg["base"] == ".." and "search.result.none" not in cfg["translations"]
    assert not re.search(r"\\u06[0-9a-f]{2}", html)  # Arabic written as it is
    # the logo is a file of the site, not an SVG written twice into every page
    # (once: the header's; a briefing page has no navigation drawer to repeat it)
    assert html.count('<img src="../assets/images/logo.svg"') == 1 and "M12 8a3 3 0 0 0 3-3" not in html
    assert (built_site / "site" / "assets" / "images" / "logo.svg").is_file()
    # the site's other pages keep a table of contents they show
    shown = [f for f in (built_site / "site").rglob("*.html")
             if 'data-md-type="toc" >' in f.read_text(encoding="utf-8")]
    assert shown
    assert not any('data-md-type="toc" hidden' in f.read_text(encoding="utf-8")
                   for f in (built_site / "site").rglob("*.html"))
