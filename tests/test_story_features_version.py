"""The stories' per-briefing features are kept under a version of the code
that computes them only (`versions.FEATURES`), the linking's state under
the whole stories code's (`versions.STORIES`): a change to the clustering
links again without computing any briefing's features again, and a change
to anything the features are computed with still computes them again."""

from __future__ import annotations

import ast
import importlib
import shutil
from pathlib import Path

from briefings import stories, versions
from briefings.site import story_features
from briefings.site.story_features import StoryFeatures
from briefings.stories import Collector

# the module (the package's `features` is its function of the same name)
features_module = importlib.import_module("briefings.stories.features")
PACKAGE = Path(versions.__file__).resolve().parent


def _module_file(name: str) -> Path | None:
    """The file of a module of the package, or None (a name in a module)."""
    base = PACKAGE.parent.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported(path: Path) -> set[Path]:
    """The package's modules a module imports, by name or from (a name
    imported from a package may be a module of it)."""
    found: set[Path] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            if name.startswith("briefings.") and (f := _module_file(name)) is not None:
                found.add(f)
    return found


def test_the_features_version_covers_every_module_the_features_are_computed_with():
    # what the cache holds of a briefing: features, slim form and place
    for made_by in (stories.features, stories.slim, features_module.place):
        assert made_by.__module__ == "briefings.stories.features"
    hashed = set(versions.hashed_files(versions.FEATURES))
    seen: set[Path] = set()
    todo = [Path(features_module.__file__).resolve()]
    while todo:
        f = todo.pop()
        if f in seen:
            continue
        seen.add(f)
        todo.extend(_imported(f))
    assert len(seen) > 4  # the text functions it calls are followed
    assert seen <= hashed, sorted(str(p.relative_to(PACKAGE)) for p in seen - hashed)
    # and the linking is not in it
    assert PACKAGE / "stories" / "cluster.py" not in hashed and PACKAGE / "stories" / "link.py" not in hashed


def test_an_edit_to_the_clustering_changes_the_stories_version_not_the_features(tmp_path, monkeypatch):
    copy = tmp_path / "briefings"
    for name in ("stories", "lang", "text"):
        shutil.copytree(PACKAGE / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(versions, "_ROOT", copy)
    versions.package_hash.cache_clear()
    try:
        def now() -> tuple[str, str]:
            versions.package_hash.cache_clear()
            return versions.stories_version(), versions.features_version()

        first = now()
        for edited, features_move in (("stories/cluster.py", False), ("stories/link.py", False),
                                      ("stories/features.py", True), ("text/normalize.py", True),
                                      ("lang/ar/normalize.py", True)):
            before = now()
            with (copy / edited).open("a", encoding="utf-8") as f:
                f.write("\n# an edit\n")
            after = now()
            assert after[0] != before[0], edited  # the linking's state is made afresh
            assert (after[1] != before[1]) == features_move, edited
        assert now()[1] != first[1]
    finally:
        versions.package_hash.cache_clear()  # the package's own hashes again, once _ROOT is put back


def _briefing(i: int) -> dict:
    body = f"أعلنت هيئة الطرق اليوم إغلاق الطريق رقم {i} في مدينة الخبر لمدة {i} أيام للصيانة."
    return {"id": f"b{i}", "title": f"إغلاق طريق {i}", "body": body,
            "source": {"path": f"f{i}.txt", "published": "2015-07-21"},
            "summary": [], "actors": [], "quotes": [], "figures": []}


def _build(cache: Path, keys: list[str]) -> tuple[list[str], StoryFeatures]:
    store = StoryFeatures(cache)
    asked: list[str] = []
    c = Collector(store.known, store.linker)
    for k in keys:
        c.add(lambda k=k: asked.append(k) or _briefing(int(k[2:])), k)
    c.finish()
    store.save(c.computed)
    return asked, store


def test_a_new_stories_version_links_afresh_over_the_features_kept(tmp_path, monkeypatch):
    keys = ["aa01", "aa02", "bb03"]
    asked, store = _build(tmp_path, keys)
    assert asked == keys and store.linker.keys  # computed, and the linker keeps its articles
    # the clustering changed: the features are read back, the linker starts empty
    monkeypatch.setattr(story_features, "stories_version", lambda: "0" * 16)
    fresh = StoryFeatures(tmp_path)
    assert not fresh.linker.keys and set(fresh.known) == set(keys)
    asked, store = _build(tmp_path, keys)
    assert asked == [] and store.linker.keys
    # the features' code changed: every briefing's are computed again
    monkeypatch.setattr(story_features, "features_version", lambda: "1" * 16)
    asked, _ = _build(tmp_path, keys)
    assert asked == keys


def test_a_change_to_the_stories_code_is_a_change_to_what_a_build_depends_on(tmp_path, monkeypatch):
    """A build whose inputs and code fingerprint are unchanged is skipped:
    an edit to the linking must not leave the site's stories as they were."""
    from types import SimpleNamespace

    generate = importlib.import_module("briefings.site.generate")  # the module, not the package's function
    assert set(versions.hashed_files(versions.STORIES)) <= set(versions.hashed_files(versions.GENERATED))
    copy = tmp_path / "briefings"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("عنوان\n\nنص قصير.\n", encoding="utf-8")
    opts = SimpleNamespace(templates_dir=tmp_path / "templates", inputs=[seeds], max_bytes=1000, search=True)
    monkeypatch.setattr(versions, "_ROOT", copy)
    versions.package_hash.cache_clear()
    try:
        first = generate._fingerprint(opts, None)
        assert generate._fingerprint(opts, None) == first
        with (copy / "stories" / "link.py").open("a", encoding="utf-8") as f:
            f.write("\n# an edit\n")
        versions.package_hash.cache_clear()
        assert generate._fingerprint(opts, None) != first
    finally:
        versions.package_hash.cache_clear()
