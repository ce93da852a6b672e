"""What a cold `briefings generate` holds at each step: run in a project's
folder, it runs the command with the steps of `briefings.site.generate`
wrapped, and prints to stderr the process's RSS and high-water mark
(VmHWM) as each step begins and ends, and every 1,000 briefings streamed.
With `build` first, it runs `briefings build` instead and follows MkDocs
too: its pages read and rendered (every 5,000, and what the pages hold
once all are read: their Markdown, HTML and tables of contents), then
written (every 5,000), and the plugin's steps.

    cd PROJECT && .venv/bin/python bench/generate_phases.py [build] [-j J]

(`bench/build_memory.py --phases` runs it.) Only names that the code
has are wrapped, so it measures an older checkout too (PYTHONPATH).
"""

from __future__ import annotations

import sys
import time
from functools import wraps

T0 = time.perf_counter()


def _mem() -> str:
    got = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                got[line.split(":")[0]] = int(line.split()[1]) // 1024
    return f"RSS {got['VmRSS']:5d} MB, peak {got['VmHWM']:5d} MB"


def _say(what: str) -> None:
    # the process's CPU beside the wall: on a loaded machine the wall
    # between two steps is mostly other processes'
    print(f"[{time.perf_counter() - T0:7.1f} s, CPU {time.process_time():7.1f} s] {_mem()}  {what}",
          file=sys.stderr, flush=True)


def _wrap(owner, name: str, label: str) -> None:
    f = getattr(owner, name, None)
    if f is None:
        return

    @wraps(f)
    def wrapped(*a, **k):
        _say(f"{label} begins")
        try:
            return f(*a, **k)
        finally:
            _say(f"{label} ends")

    setattr(owner, name, wrapped)


def _counted(stream):
    n = 0
    for item in stream:
        yield item
        n += 1
        if n % 1000 == 0:
            _say(f"{n} briefings streamed")
    _say(f"all {n} briefings streamed")


def _every(owner, name: str, label: str, at_end=None) -> None:
    """Count the calls of a function called once a page; say so every
    5,000, and after the last (when the next step begins: `at_end`)."""
    f = getattr(owner, name)
    n = [0]

    @wraps(f)
    def wrapped(*a, **k):
        try:
            return f(*a, **k)
        finally:
            n[0] += 1
            if n[0] % 5000 == 0:
                _say(f"{n[0]} pages {label}")

    setattr(owner, name, wrapped)
    return n


def _held(files) -> str:
    """What MkDocs' pages hold once all are read and rendered, in MB: their
    Markdown, their HTML (as Python keeps the strings) and their tables of
    contents (pickled: a measure, not the objects' own size)."""
    import pickle

    md = html = toc = 0
    for f in files.documentation_pages():
        page = f.page
        if page is None:
            continue
        md += sys.getsizeof(page.markdown) if page.markdown is not None else 0
        html += sys.getsizeof(page.content) if page.content is not None else 0
        toc += len(pickle.dumps(page.toc, protocol=pickle.HIGHEST_PROTOCOL)) if page.toc is not None else 0
    return f"pages hold: Markdown {md / 2**20:.0f} MB, HTML {html / 2**20:.0f} MB, tocs {toc / 2**20:.0f} MB (pickled)"


def _follow_mkdocs() -> None:
    from mkdocs.commands import build

    from briefings import plugin

    _wrap(build, "get_files", "mkdocs get_files")  # the walk of docs/ (and, dirty, every page's mtime later)
    read = _every(build, "_populate_page", "read and rendered")
    written = _every(build, "_build_page", "written")
    for name in ("on_pre_build", "on_post_build"):
        _wrap(plugin.BriefingsPlugin, name, f"plugin.{name}")
    on_env = plugin.BriefingsPlugin.on_env

    @wraps(on_env)
    def after_reading(self, env, *, config, files):
        _say(f"all {read[0]} pages read and rendered; {_held(files)}")
        return on_env(self, env, config=config, files=files)

    plugin.BriefingsPlugin.on_env = after_reading
    post = plugin.BriefingsPlugin.on_post_build

    @wraps(post)
    def after_writing(self, *, config):
        _say(f"all {written[0]} pages written")
        return post(self, config=config)

    plugin.BriefingsPlugin.on_post_build = after_writing


def main() -> None:
    import importlib

    from briefings import cli, stories

    # the package exports a function `generate`: the modules by name
    collection, generate, index_state, pages, search_index, story_features, writer = (
        importlib.import_module(f"briefings.site.{m}")
        for m in ("collection", "generate", "index_state", "pages", "search_index", "story_features", "writer"))

    for owner, names in ((generate, ("document", "write_all", "_also_published", "_touch_pages_whose_chips_moved")),
                         (index_state, ("save", "load")),
                         (pages, ("merge_actors", "timeline", "ledger", "write_front", "_actor_pages_of",
                                  "_timeline_of", "_ledger_of")),
                         (search_index.IndexBuilder, ("write",)), (story_features.StoryFeatures, ("save",)),
                         (writer.Writer, ("finish",)), (stories.Collector, ("finish",))):
        for name in names:
            _wrap(owner, name, name)
    _wrap(getattr(collection, "ActorMerge", None), "finish", "actor merge (ActorMerge.finish)")
    for name in ("items", "items_from_json"):
        f = getattr(generate, name)
        setattr(generate, name, lambda *a, f=f, **k: _counted(f(*a, **k)))
    args = sys.argv[1:]
    command = "generate"
    if args[:1] == ["build"]:
        command, args = "build", [a for a in args[1:] if a != "-j" and not a.isdigit()]  # build: the plugin's jobs
        _follow_mkdocs()
    _say("start")
    code = cli.main([command, *args])
    _say("done")
    sys.exit(code)


if __name__ == "__main__":
    main()
