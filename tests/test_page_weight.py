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
from briefings.site.lighten import lighten, plain_config, without_toc
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
    row = next(r for r in page.split("<tr")[1:] if r.startswith(' class="bf-person"') and actor["name"] in r)
    links = re.findall(r'href="#s-(\d+)"', row.rsplit("<td>", 1)[1])  # the row's last cell
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


THEME_CONFIG = {"base": "..", "features": ["navigation.top"], "search": "../assets/worker.js", "annotate": None,
                "tags": None, "version": None,
                "translations": {"clipboard.copy": "نسخ", "clipboard.copied": "نُسخ", "select.version": "الإصدار",
                                 "search.result.none": "لا نتائج"}}
TABS = ('<script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&'
        '(target.checked=target.name.startsWith("__tabbed_"))</script>\n')
DIALOG = '<div class="md-dialog" data-md-component="dialog">\n<div class="md-dialog__inner md-typeset"></div>\n</div>\n'


def theme_page(content: str) -> str:
    return ('<head>\n<meta charset="utf-8">\n<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-9.8.2">\n'
            f'</head><body><article>{content}</article>\n{TABS}{DIALOG}'
            f'<script id="__config" type="application/json">{json.dumps(THEME_CONFIG)}</script></body>')


def test_lighten_takes_off_what_a_page_does_not_use():
    out = lighten(theme_page("<p>نص</p>"))
    assert "generator" not in out and "__tabbed_" not in out and "md-dialog" not in out
    assert config_of(out) == {"base": "..", "features": ["navigation.top"], "translations": {}}
    assert out.startswith('<head>\n<meta charset="utf-8">\n</head><body><article><p>نص</p></article>')


def test_lighten_keeps_what_a_page_uses():
    # a code block: its copy button speaks through the dialog, in the translations' words
    code = lighten(theme_page("<pre><code>x = 1</code></pre>"))
    assert DIALOG in code
    assert config_of(code)["translations"] == {"clipboard.copy": "نسخ", "clipboard.copied": "نُسخ"}
    # content tabs: the script opens the one a link names
    tabs = lighten(theme_page('<input type="radio" name="__tabbed_1" id="__tabbed_1_1">'))
    assert TABS in tabs
    # Material's own search form: its worker
    form = lighten(theme_page('<form class="md-search__form" name="search"><input></form>'))
    assert config_of(form)["search"] == "../assets/worker.js"
    # a version: the selector's word
    versioned = theme_page("<p>نص</p>").replace('"version": null', '"version": {"provider": "mike"}')
    assert config_of(lighten(versioned))["translations"] == {"select.version": "الإصدار"}


def test_a_built_briefing_page_goes_without_what_it_does_not_use(built_site):
    from conftest import SEED_ID

    site = built_site / "site"
    html = (site / "briefings" / f"{SEED_ID}.html").read_text(encoding="utf-8")
    assert "generator" not in html and "__tabbed_" not in html and "md-dialog" not in html
    assert config_of(html) == {"base": "..", "features": ["navigation.top", "content.tooltips"], "translations": {}}
    # the stored-settings helpers come from one file, not inline
    assert "__md_scope=" not in html and '<script src="../assets/javascripts/bf-scope.js"></script>' in html
    assert (site / "assets" / "javascripts" / "bf-scope.js").is_file()
    # the skip link and the title's id are short, not the title's slug twice
    assert '<a href="#top" class="md-skip">' in html and '<h1 id="top">' in html
    # the back-to-top arrow is the stylesheet's
    top = re.search(r'<button type="button" class="md-top[^"]*"[^>]*>.*?</button>', html, re.S).group()
    assert "bf-top" in top and "<svg" not in top
    # table cells without classes
    assert 'class="bf-name"' not in html and 'class="bf-num"' not in html and 'class="bf-links"' not in html
    assert 'class="bf-p ' not in html


def test_the_theme_script_works_on_a_lighter_page_served_and_from_disk(built_site, page):
    """Material's script finds its helpers (`bf-scope.js`), stores the
    reader's settings under the site's root, shows the back-to-top button
    with its arrow, and the tables keep their look, over HTTP and from a
    copy on disk, with no error."""
    from conftest import SEED_ID, static_server

    site = built_site / "site"
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    with static_server(site) as base:
        for root in (f"{base}/", site.as_uri() + "/"):
            page.goto(f"{root}briefings/{SEED_ID}.html")
            page.wait_for_load_state("load")
            assert page.evaluate("__md_scope.href") == root
            page.evaluate("__md_set('bf-probe', 7)")
            assert page.evaluate("__md_get('bf-probe')") == 7
            page.mouse.wheel(0, 4000)
            page.wait_for_timeout(400)
            page.mouse.wheel(0, -300)
            page.locator(".md-top:not([hidden])").wait_for(timeout=5000)
            mask = page.evaluate("() => { const s = getComputedStyle(document.querySelector('.md-top'), '::before');"
                                 " return s.maskImage || s.webkitMaskImage; }")
            assert "data:image/svg+xml" in mask
            assert page.evaluate("getComputedStyle(document.querySelector('.bf-actors td')).fontWeight") == "700"
            assert page.evaluate("getComputedStyle(document.querySelector('.bf-figures td:nth-child(3)')).whiteSpace") \
                == "nowrap"
            assert page.evaluate("getComputedStyle(document.querySelector('.bf-fulltext p')).marginTop") == "0px"
            page.locator(".md-skip").focus()
            page.keyboard.press("Enter")
            assert page.evaluate("location.hash") == "#top"
    assert errors == []
