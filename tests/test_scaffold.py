"""`briefings init`, templates overridden by the project's, and copying
them out: in-process, on folders of the test's own."""

from __future__ import annotations

import pytest
from conftest import ROOT

from briefings.cli import main
from briefings.scaffold import copy_templates, package_templates, template_files
from briefings.site.render import Renderer


def test_init_writes_a_project_and_nothing_else(tmp_path, capsys):
    assert main(["init", str(tmp_path / "news")]) == 0
    files = sorted(p.relative_to(tmp_path / "news").as_posix() for p in (tmp_path / "news").rglob("*") if p.is_file())
    assert files == ["docs/about.md", "docs/assets/images/logo.svg", "docs/assets/javascripts/briefings.js", "docs/assets/javascripts/search.js",
                     "docs/assets/stylesheets/briefings.css", "docs/search.md", "mkdocs.yml", "seeds/sample.txt"]
    assert (tmp_path / "news" / "mkdocs.yml").read_bytes() == (ROOT / "mkdocs.yml").read_bytes()
    # a project that is there is never written over
    (tmp_path / "news" / "seeds" / "sample.txt").write_text("مقال محرر", encoding="utf-8")
    assert main(["init", str(tmp_path / "news")]) == 1
    assert "exists" in capsys.readouterr().err
    assert (tmp_path / "news" / "seeds" / "sample.txt").read_text(encoding="utf-8") == "مقال محرر"


def test_a_project_template_overrides_the_package_one(tmp_path):
    project = tmp_path / "templates"
    assert template_files(project) == {f.name: f for f in sorted(package_templates().glob("*.j2"))}
    copied = copy_templates(project, ["pager.md.j2"])
    assert [p.name for p in copied] == ["pager.md.j2"]
    (project / "pager.md.j2").write_text("صفحات المحرر\n", encoding="utf-8")
    files = template_files(project)
    assert files["pager.md.j2"] == project / "pager.md.j2"
    assert files["briefing.md.j2"] == package_templates() / "briefing.md.j2"
    assert Renderer(project).env.get_template("pager.md.j2").render() == "صفحات المحرر\n"
    # copied again: the edited file stays unless forced
    assert copy_templates(project, ["pager.md.j2"]) == []
    assert (project / "pager.md.j2").read_text(encoding="utf-8") == "صفحات المحرر\n"
    with pytest.raises(KeyError, match="no such template"):
        copy_templates(project, ["nothing.md.j2"])


def test_schema_is_the_packaged_one(capsys):
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == (ROOT / "briefings" / "data" / "briefing.schema.json").read_text(encoding="utf-8")
