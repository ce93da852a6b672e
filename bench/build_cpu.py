"""Where a `briefings build`'s CPU goes: run in a project's folder, it runs
the build in process with CPU timers (user + system, `os.times`) around its
steps, the generator's and MkDocs', and prints the total, the wall time,
the load as it started, and each step's CPU seconds (a step called many
times is summed; steps nest, so they do not add up to the total). A
profiler triples the cost of pure Python and counts wall time, which a
loaded machine stretches; these timers cost nothing that matters.

    cd PROJECT && nice -n 19 .venv/bin/python bench/build_cpu.py

Only names that the code has are timed, so an older checkout (on
PYTHONPATH) is measured by the same script: bench/README, "One new
article, eleventh round", alternates main and a branch so.
"""

from __future__ import annotations

import functools
import importlib
import os
import sys
import time

CPU: dict[str, float] = {}

STEPS = [
    ("briefings.site.generate", "write_all", "collection pages (write_all)"),
    ("briefings.site.generate", "document", "stories document"),
    ("briefings.stories", "Collector.finish", "stories linked (Collector.finish)"),
    ("briefings.stories.link", "Linker._clusters", "  stories clustered (Linker._clusters)"),
    ("briefings.site.pages", "_actor_pages_of", "  actor pages"),
    ("briefings.site.pages", "write_front", "  story, day and front pages"),
    ("briefings.site.collection", "ActorMerge.add", "  actor merge (add, whole)"),
    ("briefings.site.collection", "ActorMerge.finish", "  actor merge (finish)"),
    ("briefings.site.merge_kept", "KeptMerge.add", "  actor merge (add, kept)"),
    ("briefings.site.merge_kept", "KeptMerge.finish", "  actor merge (finish, kept)"),
    ("briefings.site.merge_kept", "KeptMerge.load", "  kept actor merge read"),
    ("briefings.site.merge_kept", "KeptMerge.save", "  kept actor merge written"),
    ("briefings.site.search_index", "IndexBuilder.write", "search index files"),
    ("briefings.site.index_state", "load", "kept index read"),
    ("briefings.site.index_state", "save", "kept index written"),
    ("briefings.site.per_briefing", "PerBriefing.of", "entries (JSON cache)"),
    ("briefings.site.per_briefing", "EntryParts.of", "entries (parts kept)"),
    ("briefings.site.generate", "_Entries.append", "entries spooled"),
    ("briefings.site.generate", "_Entries.append_packed", "entries spooled as kept"),
    ("briefings.site.render", "Page.digest", "page digests"),
    ("briefings.site.writer", "Writer.put", "writer.put"),
    ("mkdocs.commands.build", "get_files", "MkDocs: walk of docs/ (get_files)"),
    ("mkdocs.commands.build", "get_navigation", "MkDocs: navigation"),
    ("mkdocs.plugins", "PluginCollection.on_files", "MkDocs: on_files"),
    ("mkdocs.commands.build", "_populate_page", "MkDocs: pages read (checks, Markdown)"),
    ("mkdocs.structure.files", "Files.copy_static_files", "MkDocs: static files"),
    ("mkdocs.commands.build", "_build_theme_template", "MkDocs: 404 and sitemap"),
    ("mkdocs.commands.build", "_build_page", "MkDocs: pages written (checks, theme)"),
    ("mkdocs.plugins", "PluginCollection.on_post_build", "MkDocs: post_build"),
    ("mkdocs.commands.build", "build", "MkDocs build, generation included"),
]


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def _time(module: str, attr: str, label: str) -> None:
    try:
        mod = importlib.import_module(module)
        *path, name = attr.split(".")
        owner = functools.reduce(getattr, path, mod)
        f = getattr(owner, name)
    except (ImportError, AttributeError):
        return  # not in this checkout

    @functools.wraps(f)
    def timed(*args, **kwargs):
        t = _cpu()
        try:
            return f(*args, **kwargs)
        finally:
            CPU[label] = CPU.get(label, 0.0) + _cpu() - t

    setattr(owner, name, timed)


def main() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    for step in STEPS:
        _time(*step)
    from briefings.cli import main as briefings

    sys.argv = ["briefings", "build"]
    load, wall, cpu = os.getloadavg()[0], time.perf_counter(), _cpu()
    code = briefings()
    print(f"build: {_cpu() - cpu:.2f} CPU s, {time.perf_counter() - wall:.1f} s wall, load {load:.1f} at its start")
    for _, _, label in STEPS:
        if label in CPU:
            print(f"  {label:42s} {CPU[label]:6.2f}")
    sys.exit(code)


if __name__ == "__main__":
    main()
