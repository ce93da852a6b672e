"""The site: briefings → pages in docs/ (collection, list pages through one
paginator, rendering, the search index), written by one writer that knows
what it wrote. It takes briefings from `briefings.run`, never the other
way round."""

from briefings.site.fonts import ensure_font
from briefings.site.generate import Options, generate
from briefings.site.paths import GENERATED_DIRS
from briefings.site.state import ServeState

__all__ = ["GENERATED_DIRS", "Options", "ServeState", "ensure_font", "generate"]
