"""The two fingerprints that decide whether a build has work to do hash the
code that can change what they stand for, each from one list in
briefings/versions.py: the generated pages (site/generate.py
`_fingerprint`, versions.GENERATED) and every built page's HTML
(site/dirty.py `site_fingerprint`, versions.BUILT). An edit to that code
makes the next build do its work; an edit to code that writes the same
bytes whatever it is (fsutil.py, stock_assets.py) does not."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

from conftest import ROOT, copy_project

from briefings import versions
from briefings.site import Options
from briefings.site.dirty import site_fingerprint
from briefings.site.writer import Writer

generate_module = importlib.import_module("briefings.site.generate")  # the module, not the package's function
PACKAGE = Path(versions.__file__).resolve().parent


def _hashed(names: tuple[str, ...]) -> set[str]:
    return {p.relative_to(PACKAGE).as_posix() for p in versions.hashed_files(names)}


def test_each_fingerprint_lists_the_code_its_outputs_are_made_with():
    generated, built = _hashed(versions.GENERATED), _hashed(versions.BUILT)
    for names in (versions.EXTRACTION, versions.RENDERING, versions.STORIES):
        assert _hashed(names) <= generated
    assert "plugin.py" in generated  # the configuration made the generator's options
    assert _hashed(versions.RENDERING) <= built
    assert {"plugin.py", "engines.py", "site/theme/main.html", "site/theme/assets/javascripts/bf-scope.js"} <= built
    # the theme layer is in the built pages, not in their Markdown
    assert "site/theme/main.html" not in generated
    for same_bytes in ("fsutil.py", "stock_assets.py"):
        assert same_bytes not in generated | built
    # a file two of the lists share is hashed once
    assert len(versions.hashed_files(versions.GENERATED)) == len(generated)


def _edit(path: Path) -> None:
    with path.open("a", encoding="utf-8") as f:
        f.write("\n<!-- an edit -->\n" if path.suffix == ".html" else "\n# an edit\n")


def test_an_edit_changes_the_fingerprints_of_what_it_can_change(tmp_path, monkeypatch):
    copy = tmp_path / "briefings"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    project = copy_project(tmp_path / "p", seeds=[])
    config, docs, site = project / "mkdocs.yml", project / "docs", project / "site"
    opts = Options(inputs=[project / "seeds"], cache_dir=project / ".cache", docs_dir=docs, templates_dir=ROOT / "templates")
    monkeypatch.setattr(versions, "_ROOT", copy)

    def now() -> tuple[str, str]:
        versions.package_hash.cache_clear()
        return generate_module._fingerprint(opts, None), site_fingerprint(config, docs, site)

    try:
        for edited, generated_moves, built_moves in (
            ("plugin.py", True, True), ("engines.py", False, True), ("site/theme/main.html", False, True),
            ("site/pages.py", True, True), ("stories/link.py", True, False), ("extract/actors.py", True, False),
            ("fsutil.py", False, False), ("stock_assets.py", False, False),
        ):
            before = now()
            _edit(copy / edited)
            after = now()
            assert (after[0] != before[0], after[1] != before[1]) == (generated_moves, built_moves), edited
    finally:
        versions.package_hash.cache_clear()
    # and the options the configuration gives
    first = generate_module._fingerprint(opts, None)
    opts.search = False
    assert generate_module._fingerprint(opts, None) != first
    opts.search, opts.max_bytes = True, opts.max_bytes // 2
    assert generate_module._fingerprint(opts, None) != first


def test_an_edit_to_the_plugin_makes_the_next_generation_do_its_work(tmp_path, monkeypatch):
    """Not skipped as "nothing changed": the plugin turns the configuration
    into the generator's options."""
    copy = tmp_path / "briefings"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("جسر جديد\n\nافتتحت وزارة النقل جسرا جديدا في تبوك.", encoding="utf-8")
    opts = Options(inputs=[seeds], cache_dir=tmp_path / "cache", docs_dir=tmp_path / "docs", templates_dir=ROOT / "templates")
    skipped: list[bool] = []
    real = Writer.unchanged
    monkeypatch.setattr(Writer, "unchanged", lambda self, f: skipped.append((r := real(self, f)) is not None) or r)
    monkeypatch.setattr(versions, "_ROOT", copy)
    versions.package_hash.cache_clear()
    try:
        generate_module.generate(opts, jobs=1)
        generate_module.generate(opts, jobs=1)
        _edit(copy / "plugin.py")
        versions.package_hash.cache_clear()
        generate_module.generate(opts, jobs=1)
    finally:
        versions.package_hash.cache_clear()
    assert skipped == [False, True, False]
