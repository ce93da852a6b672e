"""briefings: Arabic news articles to structured briefing pages."""

__version__ = "0.1.0"
