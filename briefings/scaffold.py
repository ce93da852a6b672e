"""The project starter the package ships (mkdocs.yml, templates/, the
hand-written docs/): where it is, `briefings init`, and copying the
templates out for editing. A project's templates/ overrides the package's
file by file."""

from __future__ import annotations

import shutil
from pathlib import Path

_HERE = Path(__file__).resolve().parent

# written for the starter (not taken from any newspaper), so that a new
# project builds a page at once
SAMPLE_NAME = "sample.txt"
SAMPLE_ARTICLE = """\
افتتاح معرض الكتاب في الرياض

الرياض: افتتح وزير الثقافة الأمير بدر بن عبدالله بن فرحان مساء الأربعاء معرض الرياض الدولي للكتاب بمشاركة 1800 دار نشر من 32 دولة.

وقال الوزير في كلمة الافتتاح: "الكتاب سيبقى جسرا بين الثقافات". وأضاف أن المعرض يستمر عشرة أيام.

وذكرت هيئة الأدب والنشر والترجمة أن عدد الزوار في الدورة الماضية بلغ مليون زائر، وأن الدورة الحالية تخصص جناحا لأدب الأطفال.
"""


def starter() -> Path:
    """The starter's folder: `briefings/starter/` in an installed package;
    in a source checkout, the repository's root, which holds the same files."""
    installed = _HERE / "starter"
    return installed if installed.is_dir() else _HERE.parent


def package_templates() -> Path:
    return starter() / "templates"


def template_folders(project: Path) -> list[Path]:
    """Where templates are looked up, first match wins: the project's
    templates/ (when it has one), then the package's."""
    package = package_templates()
    if project.is_dir() and project.resolve() != package.resolve():
        return [project, package]
    return [package]


def template_files(project: Path) -> dict[str, Path]:
    """Each template name and the file that provides it."""
    found: dict[str, Path] = {}
    for folder in reversed(template_folders(project)):
        for f in folder.glob("*"):
            if f.is_file():
                found[f.name] = f
    return dict(sorted(found.items()))


def _hand_written_docs() -> list[Path]:
    docs = starter() / "docs"
    return [docs / "about.md", docs / "search.md", *sorted((docs / "assets" / "images").glob("*.svg")),
            *sorted((docs / "assets" / "javascripts").glob("*.js")), *sorted((docs / "assets" / "stylesheets").glob("*.css"))]


def init_project(target: Path) -> list[Path]:
    """Write a new project into `target`: mkdocs.yml, seeds/ with one
    sample article, docs/ with the hand-written pages and assets. Refuses
    to write over a project that is there."""
    if (target / "mkdocs.yml").exists():
        raise FileExistsError(f"{target / 'mkdocs.yml'} exists: not writing a project over it")
    src = starter()
    written = []
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src / "mkdocs.yml", target / "mkdocs.yml")
    written.append(target / "mkdocs.yml")
    for f in _hand_written_docs():
        dest = target / "docs" / f.relative_to(src / "docs")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, dest)
        written.append(dest)
    seeds = target / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / SAMPLE_NAME).write_text(SAMPLE_ARTICLE, encoding="utf-8")
    written.append(seeds / SAMPLE_NAME)
    return written


def copy_templates(project_templates: Path, names: list[str] | None = None, force: bool = False) -> list[Path]:
    """Copy the package's templates (all, or those named) into the
    project's templates/ for editing; a file there is kept unless `force`."""
    package = package_templates()
    available = {f.name: f for f in package.glob("*.j2")}
    unknown = sorted(set(names or ()) - set(available))
    if unknown:
        raise KeyError(f"no such template: {', '.join(unknown)} (the package has {', '.join(sorted(available))})")
    project_templates.mkdir(parents=True, exist_ok=True)
    copied = []
    for name in sorted(names or available):
        dest = project_templates / name
        if dest.exists() and not force:
            continue
        shutil.copyfile(available[name], dest)
        copied.append(dest)
    return copied
