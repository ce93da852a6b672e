"""Imports go one way: cli/plugin → site → run → extraction (assemble,
extract, readers, text, lang) → model. A module that reaches back against
that arrow is in the wrong place."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefings"
TOP = ("briefings.cli", "briefings.plugin")


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return {m for m in found if m.startswith("briefings")}


def _modules(*parts: str) -> dict[str, set[str]]:
    out = {}
    for part in parts:
        base = PACKAGE / part
        for p in [base] if base.is_file() else sorted(base.rglob("*.py")):
            out[p.relative_to(PACKAGE.parent).as_posix()] = _imports(p)
    return out


def _reaching(modules: dict[str, set[str]], above: tuple[str, ...]) -> dict[str, list[str]]:
    return {m: sorted(i for i in imps if i.startswith(above)) for m, imps in modules.items()
            if any(i.startswith(above) for i in imps)}


def test_the_site_knows_nothing_of_its_adapters():
    assert _reaching(_modules("site"), TOP) == {}


def test_a_run_knows_nothing_of_pages():
    assert _reaching(_modules("run"), ("briefings.site", *TOP)) == {}


def test_extraction_knows_nothing_of_runs_or_pages():
    below = _modules("assemble.py", "serialize.py", "model.py", "readers", "text", "extract")
    if (PACKAGE / "lang").is_dir():
        below |= _modules("lang")
    assert len(below) > 20
    assert _reaching(below, ("briefings.run", "briefings.site", *TOP)) == {}
