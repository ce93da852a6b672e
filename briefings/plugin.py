"""The MkDocs adapter: generate the briefing pages before each build and
watch seeds/ and templates/ while serving. All the work is in the library."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin

from briefings.fonts import ensure_font
from briefings.generate import Options, generate

log = logging.getLogger("mkdocs.plugins.briefings")


class BriefingsConfig(Config):
    seeds = c.Type(str, default="seeds")
    templates = c.Type(str, default="templates")
    cache = c.Type(str, default=".briefings-cache")
    max_mb = c.Type(int, default=20)
    strict = c.Type(bool, default=False)
    jobs = c.Type(int, default=0)  # 0: all cores
    from_json = c.Type(str, default="")  # build from extracted JSON instead of seeds


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    def __init__(self) -> None:
        self.report = None

    def _root(self, config) -> Path:
        return Path(config["config_file_path"]).resolve().parent

    def on_pre_build(self, *, config) -> None:
        root = self._root(config)
        docs = Path(config["docs_dir"])
        ensure_font(docs / "assets" / "fonts")
        opts = Options(
            inputs=[root / self.config.seeds],
            docs_dir=docs,
            templates_dir=root / self.config.templates,
            cache_dir=root / self.config.cache,
            max_bytes=self.config.max_mb * 1024 * 1024,
        )
        self.report = generate(opts, jobs=self.config.jobs or None, progress=sys.stderr.isatty(),
                               from_json=Path(self.config.from_json) if self.config.from_json else None)
        log.info(self.report.summary_line())
        if self.report.skipped and self.config.strict:
            from mkdocs.exceptions import PluginError

            raise PluginError(f"{len(self.report.skipped)} article(s) skipped and strict is set")

    def on_serve(self, server, *, config, builder):
        root = self._root(config)
        for sub in (self.config.seeds, self.config.templates):
            path = root / sub
            if path.exists():
                server.watch(str(path))
        return server
