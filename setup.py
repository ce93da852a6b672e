"""The project starter that `briefings init` writes ships in the package as
`briefings/starter/`: mkdocs.yml, templates/ and the hand-written part of
docs/, taken from the repository's root, where this repository's own site
is built from them. They stay there (the package data is mapped onto them),
so the repository's site and a new project's come from the same files."""

import shutil
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPy(build_py):
    def run(self) -> None:
        super().run()
        # a file at the root cannot be mapped as package data (the root
        # would become a package, and this script one of its modules)
        target = Path(self.build_lib) / "briefings" / "starter"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "mkdocs.yml", target / "mkdocs.yml")


setup(
    packages=[*find_packages(include=["briefings*"]), "briefings.starter.templates", "briefings.starter.docs"],
    package_dir={"briefings.starter.templates": "templates", "briefings.starter.docs": "docs"},
    cmdclass={"build_py": BuildPy},
)
