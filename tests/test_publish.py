"""`briefings publish` (what `make publish` runs) pushes the built site to
the gh-pages branch of a remote: here a local bare repository."""

from __future__ import annotations

import os
import subprocess

from conftest import BIN, SEED_ID, copy_project

from briefings.site.size_limit import over_limit

GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(cwd, *args):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                          env={**os.environ, **GIT_ENV}).stdout


def test_publish_to_a_bare_repository(tmp_path):
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--bare", "-q", str(remote))
    project = copy_project(tmp_path / "p")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "articles")
    git(project, "remote", "add", "origin", str(remote))
    r = subprocess.run([str(BIN / "briefings"), "publish", "--remote", "origin"], cwd=project, capture_output=True,
                       text=True, timeout=600, env={**os.environ, **GIT_ENV, "NO_MKDOCS_2_WARNING": "1"})
    assert r.returncode == 0, r.stderr
    files = git(remote, "ls-tree", "-r", "--name-only", "gh-pages").split()
    assert ".nojekyll" in files
    assert "index.html" in files
    assert f"briefings/{SEED_ID}.html" in files
    assert any(f.startswith("assets/search/") for f in files)


def test_publish_refuses_a_site_over_the_hosts_limit(tmp_path):
    """A site over the limit is not pushed: one message says by how much,
    where the bytes are and what to change."""
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--bare", "-q", str(remote))
    project = copy_project(tmp_path / "p")
    git(project, "init", "-q", "-b", "main")
    git(project, "remote", "add", "origin", str(remote))
    r = subprocess.run([str(BIN / "briefings"), "publish", "--remote", "origin", "--limit-mb", "0.5"], cwd=project,
                       capture_output=True, text=True, timeout=600,
                       env={**os.environ, **GIT_ENV, "NO_MKDOCS_2_WARNING": "1"})
    assert r.returncode == 1
    message = r.stderr.strip().splitlines()[-1]
    assert message.startswith("not published:") and "over the limit of 0.5 MB" in message
    assert "assets/" in message and "--limit-mb" in message
    assert git(remote, "branch", "--list") == ""  # nothing was pushed


def test_over_limit_names_the_largest_folders(tmp_path):
    (tmp_path / "big").mkdir()
    (tmp_path / "big" / "a.html").write_bytes(b"x" * 3000)
    (tmp_path / "small").mkdir()
    (tmp_path / "small" / "b.html").write_bytes(b"x" * 10)
    (tmp_path / "index.html").write_bytes(b"x" * 500)
    assert over_limit(tmp_path, 3510) is None
    message = over_limit(tmp_path, 3509)
    assert message and "big/ 0 MB" in message and message.index("big/") < message.index("index.html")
