"""The MkDocs adapter: generate the briefing pages before each build and
watch seeds/ and templates/ while serving. All the work is in the library."""

from __future__ import annotations

import gc
import hashlib
import html
import json
import logging
import os
import posixpath
import re
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import jinja2
import jinja2.bccache
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority

from briefings.fsutil import is_temp
from briefings.run import Report, warm_up
from briefings.site import GENERATED_DIRS, Options, ServeState, ensure_font, generate
from briefings.site.dirty import built_site, copy_site, forget_modified, inputs_stamp, remove_stale, settle_modified
from briefings.site.lighten import lighten
from briefings.site.page_spool import PageSpool
from briefings.site.paths import FEED_BRIEFINGS, FEED_STORIES, FONT_DIR, ROOT_FILES, THEME_DIR
from briefings.site.quick import changed_pages
from briefings.site.squeeze import squeeze

log = logging.getLogger("mkdocs.plugins.briefings")
FEEDS = ((FEED_BRIEFINGS, "أحدث الموجزات"), (FEED_STORIES, "أحدث القصص"))


def announce_feeds(output: str, here: str, dest_uri: str) -> str:
    """Every page names the site's Atom feeds in its head, by relative
    links (they work from any host and from a copy on disk). Done here and
    not in a theme override, so that a project made by `briefings init`
    and an engine that runs no plugin get it the same way. The 404 page is
    served at any depth, where no relative link holds: it goes without."""
    if dest_uri == "404.html" or "</head>" not in output:
        return output
    links = "".join(
        f'<link rel="alternate" type="application/atom+xml" title="{title}" '
        f'href="{html.escape(posixpath.relpath(feed, here or "."))}">'
        for feed, title in FEEDS)
    return output.replace("</head>", links + "</head>", 1)


_TAG_CHIP = re.compile(r'<span class="(md-tag[^"]*)">([^<]*)</span>')


class _MemoryBytecodeCache(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


_BYTECODE = _MemoryBytecodeCache()


class BriefingsConfig(Config):
    seeds = c.Type(str, default="seeds")
    templates = c.Type(str, default="templates")
    cache = c.Type(str, default=".briefings-cache")
    max_mb = c.Type(int, default=20)
    strict = c.Type(bool, default=False)
    jobs = c.Type(int, default=0)  # 0: all cores
    from_json = c.Type(str, default="")  # build from extracted JSON instead of seeds
    partition = c.Choice(("", "year", "month"), default="")  # `briefings build` builds a site per year or month
    search = c.Type(bool, default=True)  # False: a partition's build, searched from the top level's index


@dataclass
class _Built:
    """What MkDocs made of the site in a serving process's last full build
    (its files, pages, navigation and theme environment), kept so that the
    pages of an edit can be rendered alone before the next full build."""

    config: object
    files: object
    nav: object
    env: object
    stamp: str  # of what every page depends on besides seeds/ (dirty.inputs_stamp), at that build's start


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    def __init__(self) -> None:
        self.report = None
        self.serving = False
        self.state: ServeState | None = None  # what a serving process keeps between builds
        self.first_build = True
        self.dirty = False
        self._outputs: set[str] = set()
        self._settled: list = []  # files whose `is_modified` this dirty build answered once (dirty.settle_modified)
        self.warmed = False
        self._links: dict[str, str] = {}
        self._links_stamp: int | None = None
        self.base: tuple[Path, str | None] | None = None  # the built site a serving process starts from
        # the pages' text between MkDocs' reading pass and its writing one
        self.spool: PageSpool | None = None
        self._shown = None  # the page whose text was last taken back
        # a serving process's quick pass (`_serve_build`)
        self._building: dict = {}  # what MkDocs made in the build under way
        self._built: _Built | None = None
        self._carried = 0  # articles the quick pass extracted, counted in the full build's report
        self._follow_up = False  # the quick pass showed an edit: the next build is a full one

    def _root(self, config) -> Path:
        return Path(config["config_file_path"]).resolve().parent

    def on_startup(self, *, command, dirty) -> None:
        # while serving, read the collection once at start so that an edit
        # later costs only what it changed
        self.serving = command == "serve"
        self.state = ServeState() if self.serving else None
        self.dirty = dirty

    def on_config(self, config):
        # the plugin's layer over the theme (`site/theme/main.html`: a
        # lighter layout for the generated pages), after a project's own
        # custom_dir so that the project's templates still win
        dirs = config.theme.dirs
        if str(THEME_DIR) not in dirs:
            dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        # A dirty serve starts from the site the last `briefings build`
        # left, when nothing every page depends on changed since, and renders
        # only what changed after it. Its pages are rendered as that build's
        # were: with the configured site URL, not the local server's (which
        # only the canonical links and the sitemap show).
        if self.serving and self.dirty and self.first_build:
            root = self._root(config)
            engine = "properdocs" if "properdocs" in sys.modules else "mkdocs"
            self.base = built_site(root / self.config.cache / "site-fingerprint", Path(config["config_file_path"]),
                                   Path(config["docs_dir"]), engine)
        if self.base is not None:
            config.site_url = self.base[1]
        return config

    def on_files(self, files, *, config):
        # a dirty build leaves the pages that went away in site/: what this
        # build's files make is kept, the rest removed after it
        if self.dirty:
            self._outputs = {f.dest_uri for f in files}
            # nothing writes to docs/ from here to the end of the build (the
            # pages were generated in on_pre_build)
            self._settled = settle_modified(files)
        return files

    def _forget_modified(self) -> None:
        forget_modified(self._settled)
        self._settled = []

    @event_priority(-100)  # the navigation and files as every plugin left them
    def on_nav(self, nav, *, config, files):
        if self.serving:
            self._building.update(config=config, files=files, nav=nav)
        return nav

    def _options(self, config) -> Options:
        root = self._root(config)
        return Options(
            inputs=[root / self.config.seeds],
            docs_dir=Path(config["docs_dir"]),
            templates_dir=root / self.config.templates,
            cache_dir=root / self.config.cache,
            max_bytes=self.config.max_mb * 1024 * 1024,
            search=self.config.search,
        )

    def _inputs_stamp(self, config) -> str:
        root = self._root(config)
        return inputs_stamp(Path(config["config_file_path"]), Path(config["docs_dir"]), root / self.config.templates)

    def on_pre_build(self, *, config) -> None:
        docs = Path(config["docs_dir"])
        ensure_font(docs / FONT_DIR)
        site = Path(config["site_dir"])
        if self.base is not None and self.first_build and not (site.is_dir() and any(site.iterdir())):
            copy_site(self.base[0], site)
            log.info("briefings: serving from a copy of %s; only pages that changed since are rendered", self.base[0])
        if self.serving and not self.config.from_json:
            # taken before the generation: a change made while it runs
            # leaves the stamp behind, and the next build is a full one
            self._building = {"stamp": self._inputs_stamp(config)}
        self.report = generate(self._options(config), jobs=self.config.jobs or None, progress=sys.stderr.isatty(),
                               from_json=Path(self.config.from_json) if self.config.from_json else None,
                               shortcut=not (self.serving and self.first_build), state=self.state)
        self.report.extracted += self._carried
        self._carried = 0
        if self.serving and self.first_build:
            # the collection kept between rebuilds is long-lived: keep it
            # out of the collector's full passes, which otherwise walk all
            # of it at random moments of later builds
            gc.collect()
            gc.freeze()
        self.first_build = False
        log.info(self.report.summary_line())
        if self.report.skipped and self.config.strict:
            from mkdocs.exceptions import PluginError

            raise PluginError(f"{len(self.report.skipped)} article(s) skipped and strict is set")

    @event_priority(-100)  # after every other plugin has had the page's HTML
    def on_page_content(self, html: str, *, page, config, files) -> str:
        """The page's Markdown and HTML go to disk until the page is
        written (site/page_spool.py): MkDocs keeps every page's from its
        reading pass to the end of the build. They come back in
        on_page_context, before any plugin or the theme sees the page."""
        if self.spool is None:
            self.spool = PageSpool(self._root(config) / self.config.cache)
        self.spool.put(page.file.src_uri, page.markdown or "", html)
        page.markdown = None
        return ""  # not None: MkDocs would keep the HTML

    @event_priority(100)
    def on_page_context(self, context, *, page, config, nav):
        self._release()
        if self.spool is not None and (text := self.spool.take(page.file.src_uri)) is not None:
            page.markdown, page.content = text
            self._shown = page
        # what the theme layer needs to know: a page the generator wrote
        # (not the front page or a hand-written one)
        context["bf_light"] = page.file.src_uri.split("/", 1)[0] in GENERATED_DIRS
        return context

    def _release(self) -> None:
        """The last page taken back is written by now: its text goes (the
        page object stays in MkDocs' lists to the end of the build)."""
        if self._shown is not None:
            self._shown.markdown = self._shown.content = None
            self._shown = None

    def _close_spool(self) -> None:
        self._release()
        if self.spool is not None:
            self.spool.close()
            self.spool = None

    def on_build_error(self, *, error) -> None:
        self._close_spool()
        self._forget_modified()

    def on_post_build(self, *, config) -> None:
        self._close_spool()
        self._forget_modified()
        if self.dirty:
            remove_stale(Path(config["site_dir"]), self._outputs)
        if self.serving:
            b = self._building
            self._built = _Built(**b) if {"config", "files", "nav", "env", "stamp"} <= b.keys() else None
            self._building = {}
            # between edits rather than during the next one: free what the
            # build left behind, and once, load the extractor that the first
            # edited article would otherwise wait for
            timer = threading.Timer(0.3, self._idle, args=(not self.warmed,))
            timer.daemon = True
            timer.start()
            self.warmed = True

    @staticmethod
    def _idle(warm: bool) -> None:
        gc.collect()
        if warm:
            warm_up()

    def on_env(self, env, *, config, files):
        # mkdocs serve makes a new theme environment for every rebuild and
        # compiles the theme's templates again (a third of a second for
        # Material); compiled code kept in memory spares that. Jinja checks
        # each template's source against it, so an edited theme still shows.
        # A one-off build compiled them all anew too (0.2 to 0.3 s of a
        # build that adds one article): it keeps the compiled code in the
        # cache folder, one folder per setting of the environment that
        # changes the code compiled (Jinja's warning for a shared cache).
        if self.serving:
            env.bytecode_cache = _BYTECODE
            self._building["env"] = env
        else:
            escape = getattr(env.autoescape, "__qualname__", env.autoescape)
            setting = f"{jinja2.__version__} {sorted(env.extensions)} {escape} {env.undefined.__name__}"
            folder = self._root(config) / self.config.cache / "jinja" / hashlib.sha256(setting.encode()).hexdigest()[:16]
            folder.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        return env

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        """A generated page whose front matter did not parse would be shown
        as Markdown, where the front matter's text is read as markup:
        MkDocs falls back quietly, so the build stops here instead."""
        src = page.file.src_uri
        if (src == "index.md" or src.split("/", 1)[0] in GENERATED_DIRS) and (
                markdown.startswith("---") or not page.meta.get("title")):
            from mkdocs.exceptions import PluginError

            raise PluginError(f"{src}: the generated page's front matter does not parse as YAML")
        return markdown

    def on_post_page(self, output: str, *, page, config) -> str:
        return self.finish_page(output, page.file.dest_uri, config)

    def finish_page(self, output: str, dest_uri: str, config) -> str:
        """Material renders each tag as a chip; make it lead to the tag's
        actor page. Every page loses the theme's indentation (a tenth of
        the site) and what `site/lighten.py` takes off: the generator tag,
        the escapes and unused keys of its configuration script, a hidden
        table of contents. `dest_uri` is the
        page's path in the site (an engine that runs no plugin has its
        pages finished so after the build)."""
        output = lighten(squeeze(output))
        here = posixpath.dirname(dest_uri)
        output = announce_feeds(output, here, dest_uri)
        if 'class="md-tag' not in output:
            return output
        links = self._tag_links(config)

        def link(m: re.Match) -> str:
            target = links.get(html.unescape(m.group(2)))
            if not target:
                return m.group(0)
            path, _, anchor = target.partition("#")
            href = posixpath.relpath(path[:-3] + ".html", here or ".") + (f"#{anchor}" if anchor else "")
            return f'<a class="{m.group(1)}" href="{html.escape(href)}">{m.group(2)}</a>'

        return _TAG_CHIP.sub(link, output)

    def _tag_links(self, config) -> dict[str, str]:
        path = self._root(config) / self.config.cache / "tag-links.json"
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            return {}
        if self._links_stamp != stamp:
            self._links = json.loads(path.read_text(encoding="utf-8"))
            self._links_stamp = stamp
        return self._links

    def on_serve(self, server, *, config, builder):
        # MkDocs watches all of docs/, so every rebuild that writes pages
        # there sets off another rebuild, and at 10,000 articles it polls
        # 30,000 files every second. Watch what people write instead.
        docs = Path(config["docs_dir"]).resolve()
        try:
            server.unwatch(str(docs))
        except KeyError:
            pass  # not watched (serve --no-livereload)
        else:
            _watch_hand_written(server, docs, {*GENERATED_DIRS, FONT_DIR})
        root = self._root(config)
        for sub in (self.config.seeds, self.config.templates):
            path = root / sub
            if path.exists():
                server.watch(str(path))
        if hasattr(server, "builder") and hasattr(server, "_rebuild_cond"):
            full = server.builder
            server.builder = lambda: self._serve_build(server, full)
        return server

    def _serve_build(self, server, full) -> None:
        """A rebuild of the serving process. When only articles changed,
        their pages are generated and rendered alone and shown first (the
        server reloads the browsers when this returns); a full build is
        then asked for at once, which brings the collection pages, the
        search index and the rest of the site to what a build makes."""
        built, self._built = self._built, None  # not held through the full build
        follow_up, self._follow_up = self._follow_up, False
        try:
            shown = built is not None and not follow_up and self._quick(built)
        except Exception as e:  # the full build below says what is wrong
            log.warning("briefings: the quick pass failed (%s); building in full", e)
            self._close_spool()
            shown = False
        if not shown:
            built = None  # its pages go before the full build makes new ones
            full()
            return
        self._follow_up = True
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    def _quick(self, built: _Built) -> bool:
        """Generate the pages of the briefings that changed and have MkDocs
        render only them, with the files, navigation and environment of the
        last full build; False when anything besides seeds/ changed since
        (a full build then) or no briefing's page changed."""
        from mkdocs.commands.build import _build_page, _populate_page
        from mkdocs.structure.files import File, InclusionLevel, set_exclusions
        from mkdocs.structure.pages import Page

        config, files = built.config, built.files
        if self.state is None or self._inputs_stamp(config) != built.stamp:
            return False
        t0 = time.perf_counter()
        report = Report()
        written = changed_pages(self._options(config), self.state, report, self.config.jobs or None)
        self._carried += report.extracted
        if not written:
            return False
        docs = Path(config["docs_dir"])
        pages = []
        for path in written:
            src = path.relative_to(docs).as_posix()
            f = files.get_file_from_path(src)
            if f is None:  # a new article
                f = File(src, config["docs_dir"], config["site_dir"], config["use_directory_urls"])
                set_exclusions([f], config)
                files.append(f)
                if f.is_documentation_page():
                    Page(None, f, config)
            if f.is_documentation_page():
                pages.append(f)
            else:
                f.copy_file()
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        try:
            for f in pages:
                _forget_tags(config, f.page)
                _populate_page(f.page, config, files, dirty=True)
            for f in pages:
                _build_page(f.page, config, doc_files, built.nav, built.env, dirty=True,
                            excluded=f.inclusion.is_excluded())
        finally:
            self._close_spool()
        log.info("briefings: %d page(s) of the edited articles shown in %.2f s; the rest of the site follows",
                 len(pages), time.perf_counter() - t0)
        return True


def _forget_tags(config, page) -> None:
    """Drop what Material's tags plugin holds of a page from the last full
    build: it replaces a page's tags only when the page still has some, so
    a page edited to name no actor was rendered by the quick pass with its
    old chips, and kept them (the full build after it renders no page whose
    Markdown is older than its HTML)."""
    from material.plugins.tags.plugin import TagsPlugin

    for plugin in config.plugins.values():
        data = getattr(getattr(plugin, "mappings", None), "data", None) if isinstance(plugin, TagsPlugin) else None
        if isinstance(data, dict):
            data.pop(page.url, None)


def _watch_hand_written(server, folder: Path, generated: set[str], rel: str = "") -> None:
    """Watch a folder of docs/ and all below it except the generated
    folders: a folder holding one of them is watched alone (its own files)
    and its other subfolders each in full."""
    if not any(g.startswith(f"{rel}/" if rel else "") for g in generated):
        server.watch(str(folder))
        return
    if rel or not _watch_own_files_but(server, folder, ROOT_FILES):
        server.watch(str(folder), recursive=False)
    for child in sorted(folder.iterdir()):
        sub = f"{rel}/{child.name}" if rel else child.name
        if child.is_dir() and sub not in generated:
            _watch_hand_written(server, child, generated, sub)


def _watch_own_files_but(server, folder: Path, generated: tuple[str, ...]) -> bool:
    """Watch a folder's own files except the generated ones (docs/'s front
    page and feeds, which a full build writes, and the temporary files of
    those writes): watched like the rest, each front page that a build
    rewrote set off one more build that found nothing to do (a dirty
    pass over every page: 2 to 3 s at 10,000 articles). False when the
    server is not one this can watch for (it watches the whole folder)."""
    if not (hasattr(server, "observer") and hasattr(server, "_rebuild_cond")):
        return False
    import watchdog.events

    def rebuild(event) -> None:
        if event.is_directory:
            return
        names = {os.path.basename(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p}
        if all(n in generated or is_temp(n) for n in names):
            return
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    handler = watchdog.events.FileSystemEventHandler()
    handler.on_any_event = rebuild
    server.observer.schedule(handler, str(folder), recursive=False)
    return True
