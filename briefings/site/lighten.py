"""What the theme writes on every page that the page does without.

A briefing page is most of the site (27,000 of them for the whole corpus),
so each kilobyte the theme adds to one is 27 MB. Two parts go, after the
page is rendered (every engine's pages are finished the same way):
  - the theme's configuration script keeps its JSON, written with its
    Arabic as it is rather than as `\\uXXXX` escapes (six bytes a letter
    where UTF-8 takes two), and without the translations of Material's own
    search, which the site does not run (ours is in the header);
  - a hidden table of contents: the theme's `hide: [toc]` (briefing
    pages, whose five fixed sections it would list again; actor, list and
    day pages, where it would list every entry) hides the sidebar but
    still writes it whole, up to a fifth of such a page;
  - what the theme's script reads only for parts a page does not have
    (`unused_config`): the worker of Material's own search (no search
    form), the copy button's words (no code block), keys set to null
    (the script tests them as absent); and the dialog those copy buttons
    speak through;
  - the generator meta tag, read by nothing, and the script that opens
    a content tab (a page without tabs has nothing for it to open).
Nothing else of the theme changes, so its script finds what it looks for.
"""

from __future__ import annotations

import json
import re

_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
_TOC = re.compile(r'<div class="md-sidebar md-sidebar--secondary"[^>]*data-md-type="toc"[^>]*\bhidden\b[^>]*>')
_DIV = re.compile(r"<(/?)div\b[^>]*>", re.I)
# what a script's text must not contain to stay one script (as Jinja's tojson does)
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"})
_GENERATOR = re.compile(r'<meta name="generator" content="[^"<>]*">\n?')
_DIALOG = re.compile(r'<div class="md-dialog" data-md-component="dialog">\s*<div class="md-dialog__inner md-typeset"></div>\s*</div>\n?')
# what makes Material's script use the copy button's words, dialog or search worker
_CODE = re.compile(r"<(pre|code)\b|data-clipboard-", re.I)
_SEARCH_FORM = re.compile(r'<form\b[^>]*\bname="search"', re.I)
# Material's script that opens the content tab a link's #anchor names
_TABS = re.compile(r'<script>var target=document\.getElementById\(location\.hash\.slice\(1\)\);[^<]*"__tabbed_"\)\)</script>\n?')


def _config(m: re.Match, trim: bool = False, code: bool = True, search: bool = True) -> str:
    try:
        cfg = json.loads(m.group(2))
    except ValueError:
        return m.group(0)
    if not isinstance(cfg, dict):
        return m.group(0)
    if isinstance(cfg.get("translations"), dict):
        cfg["translations"] = {k: v for k, v in cfg["translations"].items() if not k.startswith("search.")
                               and not (trim and (k.startswith("clipboard.") and not code
                                                  or k == "select.version" and cfg.get("version") is None))}
    if trim:
        cfg = {k: v for k, v in cfg.items() if v is not None and (search or k != "search")}
    text = json.dumps(cfg, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
    return m.group(1) + text + m.group(3)


def plain_config(html: str) -> str:
    """The page with its theme configuration written without escapes or
    the translations of a search it does not have."""
    return _CONFIG.sub(_config, html, count=1)


def unused_config(html: str) -> str:
    """The page without what Material's script reads only for parts the
    page lacks: with no code block, the copy button's words and the dialog
    that says "copied"; with no search form, the search worker's path;
    the version selector's word when there is no version; keys that are
    null (the script reads a missing one the same). The configuration is
    written without escapes, as `plain_config` does."""
    code = bool(_CODE.search(html))
    search = bool(_SEARCH_FORM.search(html))
    html = _CONFIG.sub(lambda m: _config(m, True, code, search), html, count=1)
    return html if code else _DIALOG.sub("", html, count=1)


def lighten(html: str) -> str:
    """Everything this module takes off a page: the generator tag, the
    script that opens a content tab on a page with none, what the theme's
    configuration holds for parts the page lacks, a hidden table of
    contents."""
    html = _GENERATOR.sub("", html, count=1)
    if 'name="__tabbed_' not in html:
        html = _TABS.sub("", html, count=1)
    return without_toc(unused_config(html))


def without_toc(html: str) -> str:
    """The page without the theme's table-of-contents sidebar where it is
    hidden (the element and all inside it); unchanged when it has none,
    shows it, or it does not close."""
    start = _TOC.search(html)
    if not start:
        return html
    depth = 0
    for m in _DIV.finditer(html, start.start()):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return html[: start.start()] + html[m.end():]
    return html

