"""The package on its own: a wheel built from the repository, installed in
a fresh virtual environment outside it, makes a project in an empty folder
(`briefings init`), builds it with each engine, and the result passes the
browser checks. The new environment reaches the test environment's
installed dependencies through a .pth file (no registry needed, offline
and in CI), never the repository: briefings itself comes from the wheel."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import ROOT
from site_checks import check_site

ENGINES = ("mkdocs", "properdocs", "zensical")
ARTICLE = """\
مباحثات في عمّان حول مشروع الربط الكهربائي

عمّان: بحث وزير الطاقة الأردني صالح الخرابشة الثلاثاء مع وفد من البنك الدولي تمويل مشروع الربط الكهربائي بكلفة 300 مليون دولار.

وقال الخرابشة إن "المشروع يخدم المنطقة كلها". وأضاف أن العمل يبدأ في الربع الأول من العام المقبل.
"""


def _run(cmd: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{cmd}: {done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict]:
    tmp = tmp_path_factory.mktemp("wheel")
    # the sources a wheel is built from, copied: the build writes nothing
    # into the repository
    src = tmp / "src"
    shutil.copytree(ROOT / "briefings", src / "briefings", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", src / "templates")
    shutil.copytree(ROOT / "docs", src / "docs", ignore=shutil.ignore_patterns(
        "index.md", "briefings", "archive", "actors", "timeline", "figures", "outlets", "months", "fonts", "search"))
    for name in ("setup.py", "pyproject.toml", "README.md", "mkdocs.yml"):
        shutil.copy(ROOT / name, src / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["NO_MKDOCS_2_WARNING"] = "1"
    wheels = tmp / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index",
          "-w", str(wheels), str(src)], tmp, env)
    (wheel,) = wheels.glob("briefings-*.whl")

    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp, env)
    python = venv / "bin" / "python"
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                        tmp, env).stdout.strip())
    # the dependencies as the test environment has them installed (its
    # site-packages, where briefings itself is only an editable pointer
    # that a plain path entry does not load)
    (purelib / "_test_env_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--force-reinstall", str(wheel)],
         tmp, env)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return venv, env


@pytest.fixture(scope="module")
def project(installed, tmp_path_factory) -> tuple[Path, Path, dict]:
    venv, env = installed
    empty = tmp_path_factory.mktemp("empty")
    where = _run([str(venv / "bin" / "python"), "-c", "import briefings; print(briefings.__file__)"], empty, env)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout  # the wheel's, not the repository's
    _run([str(venv / "bin" / "briefings"), "init", "news"], empty, env)
    proj = empty / "news"
    assert sorted(p.name for p in proj.iterdir()) == ["docs", "mkdocs.yml", "seeds"]
    (proj / "seeds" / "energy.txt").write_text(ARTICLE, encoding="utf-8")
    return venv, proj, env


@pytest.mark.parametrize("engine", ENGINES)
def test_a_new_project_builds_from_the_wheel(project, engine, page):
    venv, proj, env = project
    site = proj / f"site-{engine}"
    done = _run([str(venv / "bin" / "briefings"), "build", "--engine", engine, "-d", str(site)], proj, env)
    assert "2 built" in done.stderr, done.stderr
    assert (site / "briefings" / "sample.html").is_file()
    # the search's results page (search.html?q=…) is the starter's too
    assert 'id="bf-results"' in (site / "search.html").read_text(encoding="utf-8")
    check_site(page, site, "energy", "الخرابشة")


def test_a_copied_template_overrides_the_package(project):
    venv, proj, env = project
    bin_ = venv / "bin" / "briefings"
    listed = _run([str(bin_), "templates", "--list"], proj, env).stdout.split()
    assert "briefing.md.j2" in listed
    _run([str(bin_), "templates", "briefing.md.j2"], proj, env)
    template = proj / "templates" / "briefing.md.j2"
    assert sorted(p.name for p in (proj / "templates").iterdir()) == ["briefing.md.j2"]
    template.write_text(template.read_text(encoding="utf-8").replace(
        "## الملخص", "## الملخص\n\n<p class=\"bf-house\">نسخة التحرير</p>", 1), encoding="utf-8")
    site = proj / "site-override"
    _run([str(bin_), "build", "-d", str(site)], proj, env)
    assert "نسخة التحرير" in (site / "briefings" / "energy.html").read_text(encoding="utf-8")
    schema = _run([str(bin_), "schema"], proj, env).stdout
    assert '"$schema"' in schema and "sentences" in schema
