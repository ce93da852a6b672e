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
    still writes it whole, up to a fifth of such a page.
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


def _config(m: re.Match) -> str:
    try:
        cfg = json.loads(m.group(2))
    except ValueError:
        return m.group(0)
    if isinstance(cfg.get("translations"), dict):
        cfg["translations"] = {k: v for k, v in cfg["translations"].items() if not k.startswith("search.")}
    text = json.dumps(cfg, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE)
    return m.group(1) + text + m.group(3)


def plain_config(html: str) -> str:
    """The page with its theme configuration written without escapes or
    the translations of a search it does not have."""
    return _CONFIG.sub(_config, html, count=1)


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

