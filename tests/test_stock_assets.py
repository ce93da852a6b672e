"""A project's copies of the package's stock files (search script, styles,
logo, about and search pages) kept in step with the installed package:
an unedited older copy is replaced at the next generate, an edited one
kept and said. In-process, on a project of the test's own."""

from __future__ import annotations

import hashlib
import logging

import pytest

from briefings import stock_assets
from briefings.cli import main
from briefings.scaffold import _hand_written_docs, starter


def test_every_stock_file_is_listed_with_its_current_digest():
    # a stock file changed without its new digest listed would, in the next
    # release, be taken for a user's edit and never updated
    docs = starter() / "docs"
    listed = stock_assets.shipped()
    assert set(listed) == {f.relative_to(docs).as_posix() for f in _hand_written_docs()}
    for name, digests in listed.items():
        assert hashlib.sha256((docs / name).read_bytes()).hexdigest() in digests, name


@pytest.fixture
def project(tmp_path, monkeypatch):
    assert main(["init", str(tmp_path / "news")]) == 0
    old = b"// the search script of an older release\n"
    shipped = dict(stock_assets.shipped())
    shipped["assets/javascripts/search.js"] = shipped["assets/javascripts/search.js"] | {hashlib.sha256(old).hexdigest()}
    monkeypatch.setattr(stock_assets, "shipped", lambda: shipped)
    return tmp_path / "news", old


def test_an_unedited_older_copy_is_updated_and_an_edited_one_kept(project, caplog):
    root, old = project
    docs = root / "docs"
    package = starter() / "docs"
    (docs / "assets/javascripts/search.js").write_bytes(old)
    (docs / "assets/stylesheets/briefings.css").write_text("/* ألوان المحرر */\n", encoding="utf-8")
    (docs / "about.md").unlink()
    with caplog.at_level(logging.WARNING, logger="briefings"):
        done = stock_assets.refresh(docs)
    assert done == [("assets/javascripts/search.js", "updated"), ("assets/stylesheets/briefings.css", "edited")]
    assert (docs / "assets/javascripts/search.js").read_bytes() == (package / "assets/javascripts/search.js").read_bytes()
    assert (docs / "assets/stylesheets/briefings.css").read_text(encoding="utf-8") == "/* ألوان المحرر */\n"
    assert "briefings.css" in caplog.text and "kept as edited" in caplog.text
    assert not (docs / "about.md").exists()  # removed by the user: stays removed
    assert stock_assets.refresh(docs) == [("assets/stylesheets/briefings.css", "edited")]


def test_generate_updates_an_older_search_script(project):
    root, old = project
    docs = root / "docs"
    (docs / "assets/javascripts/search.js").write_bytes(old)
    assert main(["generate", "--seeds", str(root / "seeds"), "--docs", str(docs), "--cache", str(root / "cache"), "-j", "1"]) == 0
    assert (docs / "assets/javascripts/search.js").read_bytes() == (starter() / "docs/assets/javascripts/search.js").read_bytes()


def test_the_package_source_tree_is_left_alone():
    assert stock_assets.refresh(starter() / "docs") == []
