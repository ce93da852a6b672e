"""Whether a change to the extractor left its output byte for byte as it
was: the briefings (as JSON) and the skipped records of a sample of the
corpus, extracted by the code of a git revision and by the working tree.

    .venv/bin/python bench/identical.py CORPUS [--base main] [--n 800] [--files 3] [--show 5] [--actors | --persons | --figures | --quotes]

CORPUS holds SaudiNewsNet's daily ZIPs. The sample is every k-th record of
the first `--files` daily files, about `--n` of them, extracted in one
process per side (as `briefings extract` does a file: batches of 32). The
base revision is checked out with `git archive` into a temporary folder and
put first on the path. Prints how many briefings differ (and the first
few); exits 1 when any does.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in a child process whose path starts with the tree under test: the
# sample (a JSON array) in, one line per briefing and one per skip out.
CHILD = """
import json, sys
import briefings
sys.stderr.write(briefings.__file__ + "\\n")
from briefings.readers import Source
from briefings.run.extraction import extract_source
path = sys.argv[1]
result = extract_source(Source("sample.json", open(path, "rb").read()))
out = sys.stdout
for b in result.briefings:
    out.write(json.dumps(b, ensure_ascii=False) + "\\n")
for e in result.errors:
    out.write("skip " + json.dumps(e, ensure_ascii=False) + "\\n")
"""


def sample(corpus: Path, files: int, n: int) -> list[dict]:
    records: list[dict] = []
    for z in sorted(corpus.glob("*.zip"))[:files]:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                records += json.loads(zf.read(name))
    step = max(1, len(records) // n)
    return records[::step][:n]


def extract(tree: Path, data: Path) -> list[str]:
    # -P and a folder of its own: `python -c` would put the current folder
    # (the project, when run from it) before PYTHONPATH
    proc = subprocess.run([sys.executable, "-P", "-c", CHILD, str(data)], capture_output=True, text=True,
                          cwd=data.parent, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"})
    if proc.returncode != 0:
        raise SystemExit(f"extraction with {tree} failed:\n{proc.stderr[-2000:]}")
    used = proc.stderr.splitlines()[0]
    if not used.startswith(str(tree)):
        raise SystemExit(f"the code of {tree} was not the one run: {used}")
    return proc.stdout.splitlines()


def _actors_changed(a: str, b: str) -> str:
    """What one briefing's actors lost (-) and gained (+) between two lines."""
    if a.startswith("skip ") or b.startswith("skip "):
        return "skipped on one side"

    def actors(line: str) -> set[str]:
        return {f"{x['type'][:3]} {x['name']} {x.get('aliases') or ''}" for x in json.loads(line)["actors"]}

    old, new = actors(a), actors(b)
    return " | ".join([*(f"- {x}" for x in sorted(old - new)), *(f"+ {x}" for x in sorted(new - old))]) or "actors equal"


def _persons_changed(a: str, b: str) -> str:
    """What one briefing's persons lost (-) and gained (+) between two
    lines: name, titles and nationality (what --actors does not show)."""
    if a.startswith("skip ") or b.startswith("skip "):
        return "skipped on one side"

    def persons(line: str) -> set[str]:
        return {f"{x['name']} [{'، '.join(x.get('titles') or [])}] {x.get('nationality') or ''}"
                for x in json.loads(line)["actors"] if x["type"] == "person"}

    old, new = persons(a), persons(b)
    return "\n    ".join([*(f"- {x}" for x in sorted(old - new)), *(f"+ {x}" for x in sorted(new - old))]) or "persons equal"


def _figures_changed(a: str, b: str) -> str:
    """What one briefing's figures lost (-) and gained (+) between two
    lines: text, kind, value or date, currency, unit (in brackets: a unit
    alone may move, 12 منهم counting شخصا), and the words around."""
    if a.startswith("skip ") or b.startswith("skip "):
        return "skipped on one side"

    def figures(line: str) -> set[str]:
        d = json.loads(line)
        body = d["body"]
        return {f"{f['kind']} «{f['text']}» {f['date'] or f['value']} {f['currency'] or ''} [{f.get('unit') or ''}] "
                f"| {body[max(0, f['start'] - 40) : f['end'] + 25]!r}" for f in d["figures"]}

    old, new = figures(a), figures(b)
    return "\n    ".join([*(f"- {x}" for x in sorted(old - new)), *(f"+ {x}" for x in sorted(new - old))]) or "figures equal"


def _quotes_changed(a: str, b: str) -> str:
    """What one briefing's statements lost (-) and gained (+) between two
    lines: speaker (or «—» for none), kind, cue and the text's start."""
    if a.startswith("skip ") or b.startswith("skip "):
        return "skipped on one side"

    def quotes(line: str) -> set[str]:
        d = json.loads(line)
        return {f"{q.get('speaker') or '—'} [{q.get('kind')} {q.get('cue')}] {q['text'][:60]}"
                for q in [*d["quotes"], *d.get("unattributed_statements", [])]}

    old, new = quotes(a), quotes(b)
    return "\n    ".join([*(f"- {x}" for x in sorted(old - new)), *(f"+ {x}" for x in sorted(new - old))]) or "quotes equal"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, help="a folder of SaudiNewsNet daily ZIPs")
    ap.add_argument("--base", default="main", help="the git revision to compare with (default: main)")
    ap.add_argument("--n", type=int, default=800, help="records in the sample")
    ap.add_argument("--files", type=int, default=3, help="daily files the sample is drawn from")
    ap.add_argument("--show", type=int, default=5, help="differing briefings printed (each at its first difference)")
    ap.add_argument("--actors", action="store_true",
                    help="print the differing briefings' actors that changed (type, name, aliases) instead")
    ap.add_argument("--persons", action="store_true",
                    help="print the differing briefings' persons that changed (name, titles, nationality) instead")
    ap.add_argument("--figures", action="store_true",
                    help="print the differing briefings' figures that changed (kind, text, value or date) instead")
    ap.add_argument("--quotes", action="store_true",
                    help="print the differing briefings' statements that changed (speaker, kind, cue, text) instead")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-identical-") as tmp:
        work = Path(tmp)
        data = work / "sample.json"
        data.write_text(json.dumps(sample(args.corpus, args.files, args.n), ensure_ascii=False), encoding="utf-8")
        base = work / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.base, "briefings"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        before = extract(base, data)
        after = extract(ROOT, data)
    differ = [(i, a, b) for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    print(f"{len(before)} lines with {args.base}, {len(after)} with the working tree; "
          f"{len(differ)} differ, {sum(map(len, before))} and {sum(map(len, after))} bytes")
    if args.actors or args.persons or args.figures or args.quotes:
        changed = (_actors_changed if args.actors else _persons_changed if args.persons
                   else _figures_changed if args.figures else _quotes_changed)
        for i, a, b in differ[: args.show]:
            print(f"line {i}: {changed(a, b)}")
        sys.exit(1 if differ or len(before) != len(after) else 0)
    for i, a, b in differ[: args.show]:
        at = next((x for x in range(min(len(a), len(b))) if a[x] != b[x]), min(len(a), len(b)))
        print(f"line {i}: {args.base} …{a[max(0, at - 80) : at + 80]}…\n        tree …{b[max(0, at - 80) : at + 80]}…")
    sys.exit(1 if differ or len(before) != len(after) else 0)


if __name__ == "__main__":
    main()
