"""Where the generated pages go in docs/, and which folders the generator
owns (whatever it did not write there in a build is stale)."""

from __future__ import annotations

from pathlib import Path

from briefings.run.ids import TEXT_SUFFIX

GENERATED_DIR = "briefings"  # each briefing's page, its JSON and its full text
SEARCH_DIR = "assets/search"
GENERATED_DIRS = (GENERATED_DIR, "archive", "actors", "timeline", "figures", "outlets", "months", "stories", "days", "feeds",
                  SEARCH_DIR)
THEME_DIR = Path(__file__).resolve().parent / "theme"  # the plugin's layer over Material (its main.html)
FONT_DIR = "assets/fonts"  # written once into docs/, like the generated pages
HOME = "index.md"  # the front page, generated like the rest

# An article longer than this has its full text on a page of its own, so
# that no page grows past what a reader loads comfortably.
LONG_ARTICLE = 12_000


def is_long(chars: int) -> bool:
    """Whether an article of this many characters has a full-text page."""
    return chars > LONG_ARTICLE


def download_name(briefing_id: str) -> str:
    """The file of a briefing's JSON on the site: gzipped, as a download
    (the page links to it)."""
    return f"{briefing_id}.json.gz"


def full_text_stem(briefing_id: str) -> str:
    """The file name, without its extension, of a long article's full text
    (search.js and the list templates name it so too); no briefing id ends
    with this suffix, so it names no other page."""
    return f"{briefing_id}{TEXT_SUFFIX}"
