"""The site engines: MkDocs 1.6, ProperDocs (MkDocs 1.x carried on) and
Zensical (Material's successor, which reads mkdocs.yml but runs no MkDocs
plugin). Generation is ours and the same for all three: MkDocs and
ProperDocs run it through the plugin; for Zensical it runs before the
engine, through the same plugin object, and the tag chips are linked in
the built pages afterwards."""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

ENGINES = ("mkdocs", "properdocs", "zensical")
EXTRA = {"properdocs": "properdocs", "zensical": "zensical"}  # pip install 'briefings[NAME]'
log = logging.getLogger("briefings")
# Zensical's server answers a browser that holds a page (If-Modified-Since,
# whole seconds) "304 Not Modified" while the page's mtime is at most one
# second past that date: a page finished in the same second the engine wrote
# it never reaches a browser that loaded the engine's version. So a serving
# pass finishes only pages written before the current second, with a margin
# for the file system's clock, which lags the system's by up to a tick.
_CLOCK_MARGIN_NS = 20_000_000


class EngineError(Exception):
    """The engine cannot run here (not installed, or the config lacks the plugin)."""


def _use(engine: str) -> None:
    """Make the engine's modules the ones `mkdocs.*` imports find."""
    if engine == "mkdocs":
        return
    try:
        if engine == "properdocs":
            if "mkdocs.config" in sys.modules and "properdocs" not in sys.modules:
                raise EngineError("ProperDocs must be the first engine loaded in a process")
            import properdocs.replacement  # noqa: F401  (mkdocs.* imports now load properdocs.*)
        else:
            import zensical  # noqa: F401
    except ImportError as e:
        raise EngineError(f"{engine} is not installed: pip install 'briefings[{EXTRA[engine]}]'") from e


def load(engine: str, config_file: str, site_dir: str | None = None):
    """The validated config and our plugin. For Zensical, MkDocs (always
    installed with briefings) reads mkdocs.yml: the plugin's options get
    the same defaults and checks in every engine."""
    _use("mkdocs" if engine == "zensical" else engine)
    from mkdocs.config import load_config

    cfg = load_config(config_file, site_dir=site_dir) if site_dir else load_config(config_file)
    plugin = cfg.plugins.get("briefings")
    if plugin is None:
        raise EngineError(f"{config_file}: the briefings plugin is not enabled")
    return cfg, plugin


def build(engine: str, cfg, plugin, dirty: bool = False, generated: Callable[[], None] | None = None) -> None:
    """Generate and build the site. Raises the engine's own exceptions.
    `dirty`: MkDocs and ProperDocs render only the pages that changed
    (Zensical keeps a cache of its own). `generated` is called once the
    pages are generated, before the engine changes anything in site/."""
    if engine != "zensical":
        from mkdocs.commands.build import build as mkdocs_build

        cfg.plugins.on_startup(command="build", dirty=dirty)
        events = cfg.plugins.events["pre_build"]
        # after every plugin's pre_build (ours generates): next, MkDocs
        # cleans site/ (a cold build) or copies into it (a dirty one)
        hook = (lambda config: generated()) if generated else None
        if hook:
            events.append(hook)
        try:
            mkdocs_build(cfg, dirty=dirty)
        finally:
            if hook:
                events.remove(hook)
        return
    _use("zensical")
    plugin.on_startup(command="build", dirty=False)
    plugin.on_pre_build(config=cfg)
    if generated:
        generated()
    site = Path(cfg["site_dir"])
    _zensical("build", cfg, {"clean": False, "strict": False})
    finish_pages(plugin, cfg, site)


def _zensical(command: str, cfg, options: dict) -> None:
    """Run Zensical over mkdocs.yml with two settings of ours: the site
    folder asked for (`-d`), and its own search left out, so the search in
    the header is ours (Arabic-aware, works from disk)."""
    import zensical
    import zensical.config as zconfig

    parse = zconfig.parse_config
    site_dir = str(cfg["site_dir"])

    def parse_ours(path: str) -> dict:
        config = parse(path)
        config["site_dir"] = site_dir
        config["plugins"]["search"]["config"]["enabled"] = False
        return config

    zconfig.parse_config = parse_ours
    try:
        getattr(zensical, command)(str(Path(cfg["config_file_path"]).resolve()), options)
    finally:
        zconfig.parse_config = parse


def finish_pages(plugin, cfg, site: Path, since: dict[Path, int] | None = None) -> int:
    """Finish the built pages as the plugin does for MkDocs page by page
    (tag chips linked to the actor pages, indentation squeezed out). With `since` (each page's last
    seen modification time), only pages written since are read, and only
    those the engine wrote before the current second (the others wait for
    the next pass: see _CLOCK_MARGIN_NS)."""
    from briefings.fsutil import write_if_changed

    changed = 0
    for page in site.rglob("*.html"):
        try:
            stamp = page.stat().st_mtime_ns
        except OSError:
            continue
        if since is not None and (since.get(page) == stamp or not _settled(stamp)):
            continue
        try:
            text = page.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        linked = plugin.finish_page(text, page.relative_to(site).as_posix(), cfg)
        try:
            if page.stat().st_mtime_ns != stamp:
                # the engine wrote the page again while it was read (a serving
                # Zensical's rebuild): writing what was read would put the old
                # page back over the new one; the next pass finishes the new one
                continue
        except OSError:
            continue
        if linked != text:
            write_if_changed(page, linked)
            changed += 1
        if since is not None:
            since[page] = page.stat().st_mtime_ns
    return changed


def _settled(stamp: int) -> bool:
    """A page written at `stamp` (ns) can be rewritten now with an mtime in a
    later whole second, the only change Zensical's server lets through to a
    browser that holds the page."""
    return time.time_ns() - _CLOCK_MARGIN_NS > (stamp // 1_000_000_000 + 1) * 1_000_000_000


def serve(engine: str, config_file: str, dev_addr: str) -> None:
    """Serve the site and rebuild it as seeds/ and templates/ change. MkDocs
    and ProperDocs watch through the plugin; for Zensical a thread
    regenerates the pages (Zensical sees docs/ change, rebuilds and
    reloads the browser) and links the tag chips of pages it rewrote."""
    if engine != "zensical":
        _use(engine)
        from mkdocs.commands.serve import serve as mkdocs_serve

        # dirty: a rebuild renders only the pages that changed
        mkdocs_serve(config_file=config_file, dev_addr=dev_addr, build_type="dirty")
        return
    cfg, plugin = load(engine, config_file)
    _use("zensical")
    plugin.on_startup(command="serve", dirty=True)
    plugin.on_pre_build(config=cfg)
    site = Path(cfg["site_dir"])
    seen: dict[Path, int] = {}
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(1.0):
            try:
                plugin.on_pre_build(config=cfg)  # nothing changed: one look at the inputs' sizes and times
                if site.is_dir():
                    finish_pages(plugin, cfg, site, seen)
            except Exception as e:  # an edit that breaks the build: say so, keep serving
                log.error("briefings: %s", e)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        _zensical("serve", cfg, {"dev_addr": dev_addr, "open": False, "strict": False})
    finally:
        stop.set()

