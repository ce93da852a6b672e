"""Search postings are the site's: a change to the search weights changes
the search version, not the extraction version, so the index is made
again from the briefings in the cache and no article is extracted again."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT, SEED_ID

from briefings import versions
from briefings.site import Options, generate, search_index
from briefings.site import postings as postings_module


def _versions() -> tuple[str, str, str]:
    versions.package_hash.cache_clear()
    return versions.extraction_version(), versions.search_version(), versions.rendering_version()


def test_search_code_is_not_extraction_code(tmp_path, monkeypatch):
    package = tmp_path / "briefings"
    shutil.copytree(Path(versions.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(versions, "_ROOT", package)
    before = _versions()
    source = package / "site" / "search_index.py"
    text = source.read_text(encoding="utf-8")
    assert '"actor": 8.0' in text
    source.write_text(text.replace('"actor": 8.0', '"actor": 9.0'), encoding="utf-8")
    after = _versions()
    assert after[0] == before[0]  # extraction: the cache stays good
    assert after[1] != before[1] and after[2] != before[2]  # postings and pages: made again
    normalize = package / "text" / "normalize.py"  # matching keys: extraction's and search's
    normalize.write_text(normalize.read_text(encoding="utf-8") + "\n# a change\n", encoding="utf-8")
    again = _versions()
    assert again[0] != after[0] and again[1] != after[1]
    # a stylesheet's new digest among the stock assets extracts nothing again
    stock = package / "data" / "stock-assets.json"
    stock.write_text(stock.read_text(encoding="utf-8").replace("{", '{"assets/x.css": ["0"],', 1), encoding="utf-8")
    assert _versions()[0] == again[0]
    (package / "data" / "places.txt").write_text("new\n", encoding="utf-8")  # other data is extraction's
    assert _versions()[0] != again[0]
    versions.package_hash.cache_clear()


def _index(docs: Path) -> dict[str, str]:
    folder = docs / "assets" / "search"
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in folder.rglob("*.js")}


def test_new_search_weights_extract_nothing_again(tmp_path, monkeypatch):
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / f"{SEED_ID}.txt", tmp_path / "seeds")
    (tmp_path / "seeds" / "more.txt").write_text("قال وزير النقل إن قطار الرياض الجديد ينقل 3000 راكب يومياً.",
                                                 encoding="utf-8")
    opts = Options(inputs=[tmp_path / "seeds"], cache_dir=tmp_path / "cache", docs_dir=tmp_path / "docs",
                   templates_dir=ROOT / "templates")
    first = generate(opts, jobs=1)
    assert first.extracted == 2
    before = _index(opts.docs_dir)
    # what an edit of the weights in search_index.py amounts to
    monkeypatch.setitem(search_index.FIELD_WEIGHTS, "actor", 80.0)
    monkeypatch.setattr(postings_module, "search_version", lambda: "edited")
    second = generate(opts, jobs=1, shortcut=False)
    assert second.extracted == 0
    after = _index(opts.docs_dir)
    assert after.keys() == before.keys() and after != before
    assert after["meta.js"] == before["meta.js"]  # the same documents, weighed anew
