"""The writer cleans up after a build that was killed mid-write: the
hidden temporary files of its atomic writes, in the folders it owns and
beside the pages it writes elsewhere, and nothing of anyone else's."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import BIN, ROOT, SEED_ID


def generate(project: Path) -> None:
    r = subprocess.run([str(BIN / "briefings"), "generate", "--seeds", "seeds", "--docs", "docs", "--templates",
                        str(ROOT / "templates"), "--cache", "cache", "-j", "1"],
                       cwd=project, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr


def test_temporary_files_of_an_interrupted_build_are_removed(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / f"{SEED_ID}.txt").write_bytes((ROOT / "seeds" / f"{SEED_ID}.txt").read_bytes())
    docs = tmp_path / "docs"
    generate(tmp_path)
    # what `kill -9` leaves in the middle of writes (tempfile's names, and
    # the hard link's): the build died before its manifest, which is last
    leftovers = [
        docs / "briefings" / f".{SEED_ID}.md.k3j4h5_q.tmp",
        docs / "actors" / ".index.md.8a8ab2c0.tmp",
        docs / "assets" / "search" / "t" / ".62b-62a.js.zz01abcd.tmp",
        docs / ".index.md.w9x8y7z6.tmp",
    ]
    for p in leftovers:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("half a page")
    (tmp_path / "cache" / "manifest.json").unlink()
    # someone else's hidden files, where the writer does not own the folder
    theirs = [docs / ".notes.md.swp.tmp", docs / "about.md", docs / ".about.md.1234.tmp2"]
    for p in theirs:
        p.write_text("mine")
    generate(tmp_path)
    assert [p for p in leftovers if p.exists()] == []
    assert all(p.read_text() == "mine" for p in theirs)
    assert (docs / "briefings" / f"{SEED_ID}.md").is_file() and (docs / "index.md").is_file()


def test_a_kept_page_is_the_last_builds_while_it_is_there(tmp_path):
    # Writer.keep, by a page's path under docs/ or its Path: a folder is
    # listed once, so a page gone since the last build is not kept
    from briefings.run import Report
    from briefings.site.render import Text
    from briefings.site.writer import Writer

    docs, manifest = tmp_path / "docs", tmp_path / "manifest.json"
    w = Writer(docs, manifest, ("actors",), "v1")
    for name in ("a", "b", "c"):
        w.put(docs / "actors" / f"{name}.md", Text(f"page {name}"))
    w.put(docs / "actors" / "d.md", "not rendered from data")
    w.finish("f1", Report())
    (docs / "actors" / "b.md").unlink()
    w = Writer(docs, manifest, ("actors",), "v1")
    assert w.keep("actors/a.md") and w.keep(docs / "actors" / "c.md")
    assert not w.keep("actors/b.md")  # gone
    assert not w.keep("actors/d.md")  # no digest: not a rendered page
    assert not w.keep("actors/e.md") and not w.keep("other/a.md")
    w.finish("f2", Report())
    assert sorted(p.name for p in (docs / "actors").iterdir()) == ["a.md", "c.md"]  # what was not kept goes
    # another version of the pages: nothing is kept
    assert not Writer(docs, manifest, ("actors",), "v2").keep("actors/a.md")
