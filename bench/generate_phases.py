"""What a cold `briefings generate` holds at each step: run in a project's
folder, it runs the command with the steps of `briefings.site.generate`
wrapped, and prints to stderr the process's RSS and high-water mark
(VmHWM) as each step begins and ends, and every 1,000 briefings streamed.

    cd PROJECT && .venv/bin/python bench/generate_phases.py [-j J]

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
    print(f"[{time.perf_counter() - T0:7.1f} s] {_mem()}  {what}", file=sys.stderr, flush=True)


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


def main() -> None:
    import importlib

    from briefings import cli, stories

    # the package exports a function `generate`: the modules by name
    generate, index_state, pages, search_index, story_features, writer = (
        importlib.import_module(f"briefings.site.{m}")
        for m in ("generate", "index_state", "pages", "search_index", "story_features", "writer"))

    for owner, names in ((generate, ("document", "write_all", "_also_published", "_touch_pages_whose_chips_moved")),
                         (index_state, ("save", "load")), (pages, ("merge_actors", "timeline", "ledger", "write_front")),
                         (search_index.IndexBuilder, ("write",)), (story_features.StoryFeatures, ("save",)),
                         (writer.Writer, ("finish",)), (stories.Collector, ("finish",))):
        for name in names:
            _wrap(owner, name, name)
    for name in ("items", "items_from_json"):
        f = getattr(generate, name)
        setattr(generate, name, lambda *a, f=f, **k: _counted(f(*a, **k)))
    _say("start")
    code = cli.main(["generate", *sys.argv[1:]])
    _say("done")
    sys.exit(code)


if __name__ == "__main__":
    main()
