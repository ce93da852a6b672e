"""The MkDocs configs of a partition and of the top level: the project's
mkdocs.yml with a few keys set, and the project's hand-written pages copied
beside them."""

from __future__ import annotations

from pathlib import Path

import yaml

from briefings.fsutil import write_if_changed
from briefings.site.partition.layout import GENERATED, Project


def raw_config(config_file: Path) -> dict:
    """The project's mkdocs.yml as plain data where it is plain (the keys
    rewritten below are); Python tags (a slugify function) are left out."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    return yaml.load(config_file.read_text(encoding="utf-8"), Loader=Loader) or {}  # noqa: S506 - SafeLoader


def config_text(project: Project, overrides: dict) -> str:
    """A config that is the project's with these keys set: the project's
    text, then the keys again (YAML's last key wins in MkDocs' loader), so
    its tagged values (a slugify function) stay as written."""
    text = project.config_file.read_text(encoding="utf-8")
    return f"{text}\n# written by briefings (site/partition/): the project's, with these keys\n" + \
        yaml.safe_dump(overrides, allow_unicode=True, sort_keys=False)


def plugins(raw: dict, briefings: dict | None) -> list:
    """The project's plugins, with the briefings plugin's options replaced
    (None: without it)."""
    out = []
    for p in raw.get("plugins") or []:
        name = p if isinstance(p, str) else next(iter(p))
        if name == "briefings":
            if briefings is not None:
                out.append({"briefings": briefings})
        else:
            out.append(p)
    return out


def theme(raw: dict, root: Path) -> dict | str | None:
    """The project's theme, its custom_dir made absolute (the configs are
    written elsewhere)."""
    value = raw.get("theme")
    if isinstance(value, dict) and value.get("custom_dir"):
        value = {**value, "custom_dir": str((root / value["custom_dir"]).resolve())}
    return value


def part_config(project: Project, key: str) -> Path:
    """The config of one partition: the project's, with its docs, site,
    briefings and cache folders under the partition, and the top level's
    search script."""
    raw = raw_config(project.config_file)
    folder = project.parts_dir / key
    brief = dict(next((p["briefings"] for p in raw.get("plugins") or [] if isinstance(p, dict) and "briefings" in p), None) or {})
    brief.update({"from_json": str(folder / "json"), "cache": str(folder / "cache"), "templates": str(project.templates),
                  "search": False, "partition": ""})
    scripts = [("../" + s if isinstance(s, str) and s.endswith("search.js") else s) for s in raw.get("extra_javascript") or []]
    overrides = {"docs_dir": str(folder / "docs"), "site_dir": str(project.site / key),
                 "extra_javascript": scripts, "plugins": plugins(raw, brief)}
    if t := theme(raw, project.config_file.parent):
        overrides["theme"] = t
    path = folder / "mkdocs.yml"
    write_if_changed(path, config_text(project, overrides))
    hand_written(project.docs, folder / "docs")
    return path


def hand_written(docs: Path, into: Path) -> None:
    """The project's hand-written pages and assets, copied (what changed)
    into a partition's or the top level's docs/."""
    keep = set()
    for p in sorted(docs.rglob("*")):
        rel = p.relative_to(docs).as_posix()
        if p.is_file() and not rel.startswith(GENERATED):
            keep.add(rel)
            write_if_changed(into / rel, p.read_bytes())
    if into.is_dir():  # a hand-written page taken away from the project
        for p in into.rglob("*"):
            rel = p.relative_to(into).as_posix()
            if p.is_file() and not rel.startswith(GENERATED) and rel not in keep:
                p.unlink()
