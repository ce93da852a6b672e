"""Where the generated pages go in docs/, and which folders the generator
owns (whatever it did not write there in a build is stale)."""

from __future__ import annotations

from pathlib import Path

from briefings.run.ids import TEXT_SUFFIX

GENERATED_DIR = "briefings"  # each briefing's page, its JSON and its full text
SEARCH_DIR = "assets/search"
# "feeds": where earlier builds wrote the feeds; still owned, so that the
# writer deletes what an earlier build left there
GENERATED_DIRS = (GENERATED_DIR, "archive", "actors", "timeline", "figures", "outlets", "months", "stories", "days", "feeds",
                  SEARCH_DIR)
THEME_DIR = Path(__file__).resolve().parent / "theme"  # the plugin's layer over Material (its main.html)
FONT_DIR = "assets/fonts"  # written once into docs/, like the generated pages
HOME = "index.md"  # the front page, generated like the rest
# The Atom feeds sit at the site's root: Material's script takes every
# link[rel=alternate] of a page (the feeds too) for a language version and
# fetches sitemap.xml beside it, which is there only at the root (in a
# folder of their own, every page load asked for a missing file). Names
# that a hand-written page is unlikely to have.
FEED_BRIEFINGS = "feed-briefings.xml"
FEED_STORIES = "feed-stories.xml"
# the files the generator writes at the root of docs/, outside its folders
ROOT_FILES = (HOME, FEED_BRIEFINGS, FEED_STORIES)

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
