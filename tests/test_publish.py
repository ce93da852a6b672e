"""`briefings publish` (what `make publish` runs) pushes the built site to
the gh-pages branch of a remote: here a local bare repository."""

from __future__ import annotations

import os
import subprocess

from conftest import BIN, SEED_ID, copy_project

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
