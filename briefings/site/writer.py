"""The one writer of generated pages. It knows what it wrote (its manifest
in the cache folder): a page is written only when its content changed, a
page rendered from the same data as last time is not even rendered again,
and whatever it did not write in a build, in the folders it owns, is
deleted."""

from __future__ import annotations

import json
import os
from pathlib import Path

from briefings.fsutil import is_temp, read_json_object, remove_temp_files, write_if_changed
from briefings.run import Report
from briefings.site.render import Page, Text

# the kinds of file the writer makes in the folders it owns
_OWN_SUFFIXES = (".md", ".json", ".js", ".gz", ".xml")


class Writer:
    def __init__(self, docs: Path, manifest: Path, owned: tuple[str, ...], pages_version: str) -> None:
        self.docs = docs
        self.manifest_path = manifest
        self.owned = owned
        self.pages_version = pages_version
        self.manifest = read_json_object(manifest)
        current = self.manifest.get("pages_version") == pages_version
        # what was written from which data, when the code and templates
        # that render it are still the same
        self.old_briefings: dict[str, str] = self.manifest.get("briefings", {}) if current else {}
        self.old_pages: dict[str, str] = self.manifest.get("pages", {}) if current else {}
        self.briefings: dict[str, str] = {}  # briefing id → digest of its data
        self.pages: dict[str, str] = {}  # page → digest of what it was rendered from
        self.wanted: set[str] = set()  # paths relative to docs/, as in the manifest
        self.written = 0
        self.removed = 0
        self._prefix = str(docs) + os.sep
        self._folders: dict[str, set[str]] = {}  # a folder under docs/ → its files, when `keep` listed it

    def unchanged(self, fingerprint: str) -> Report | None:
        """The last build's report, when nothing its pages depend on has
        changed (same fingerprint, same docs/, every page still there)."""
        m = self.manifest
        if (
            m.get("fingerprint") == fingerprint
            and m.get("docs") == str(self.docs.resolve())
            and all((self.docs / p).is_file() for p in m.get("files", []))
        ):
            report = Report(**{k: v for k, v in m["report"].items() if k != "built"})
            report.built = m["report"]["built"]
            return report
        return None

    def rel(self, path: Path) -> str:
        # string slicing: pathlib's relative_to costs more than the rest of
        # put() for the thousands of pages that did not change
        s = str(path)
        return s[len(self._prefix) :].replace(os.sep, "/") if s.startswith(self._prefix) else path.relative_to(self.docs).as_posix()

    def put(self, path: Path, content: str | bytes | Page | Text) -> None:
        """Write a page if its content changed; a page to render (Page,
        Text) is not rendered when the same data made the page there."""
        rel = self.rel(path)
        self.wanted.add(rel)
        if isinstance(content, (Page, Text)):
            digest = content.digest()
            self.pages[rel] = digest
            if self.old_pages.get(rel) == digest and os.path.isfile(path):
                return
            content = content.render()
        if write_if_changed(path, content):
            self.written += 1

    def keep(self, path: Path | str) -> bool:
        """Keep a page as the last build wrote it, unrendered (its maker
        knows nothing it shows changed); False when it cannot: not written
        by these templates and code, or gone. `path` is the page's, or its
        path under docs/ as a string ("actors/x.md"): a build keeps
        thousands of actor pages, and a Path made and a file stat'ed for
        each were most of a build's actor pages with nothing changed; a
        folder's files are listed once instead."""
        rel = path if isinstance(path, str) else self.rel(path)
        digest = self.old_pages.get(rel)
        if digest is None or not self._listed(rel):
            return False
        self.wanted.add(rel)
        self.pages[rel] = digest
        return True

    def _listed(self, rel: str) -> bool:
        """Whether a page the last build wrote is there: its folder's
        files, listed at the first page kept there."""
        folder, _, name = rel.rpartition("/")
        names = self._folders.get(folder)
        if names is None:
            try:
                with os.scandir(self.docs / folder) as found:
                    names = self._folders[folder] = {f.name for f in found if f.is_file()}
            except OSError:
                names = self._folders[folder] = set()
        return name in names

    def briefing_current(self, briefing_id: str, digest: str, paths: list[Path]) -> bool:
        """Whether a briefing's pages were written from this very data (and
        are there); they are kept as they are, and counted as written."""
        self.briefings[briefing_id] = digest
        if self.old_briefings.get(briefing_id) == digest and all(p.is_file() for p in paths):
            self.wanted.update(self.rel(p) for p in paths)
            return True
        return False

    def finish(self, fingerprint: str, report: Report) -> None:
        """Delete what this build did not write in the folders the writer
        owns, and the temporary files that an interrupted build left there
        and beside the pages it writes elsewhere (docs/index.md); record
        what it wrote."""
        for d in self.owned:
            # strings, not Paths: the owned folders hold thousands of pages
            for dirpath, _, names in os.walk(self.docs / d):
                prefix = os.path.relpath(dirpath, self.docs).replace(os.sep, "/") + "/"
                for name in names:
                    dot = name.rfind(".")
                    own = 0 < dot < len(name) - 1 and name[dot:] in _OWN_SUFFIXES  # as Path.suffix reads it
                    if (own and prefix + name not in self.wanted) or (not own and is_temp(name)):
                        p = os.path.join(dirpath, name)
                        if os.path.isfile(p):
                            os.unlink(p)
                            if own:
                                self.removed += 1
        elsewhere: dict[str, set[str]] = {}
        owned = tuple(f"{d}/" for d in self.owned)
        for rel in self.wanted:
            if not rel.startswith(owned):
                folder, _, name = rel.rpartition("/")
                elsewhere.setdefault(folder, set()).add(name)
        for folder, names in elsewhere.items():
            remove_temp_files(self.docs / folder, names)
        report.written += self.written
        report.removed += self.removed
        write_if_changed(self.manifest_path, json.dumps({
            "fingerprint": fingerprint, "docs": str(self.docs.resolve()), "files": sorted(self.wanted),
            "pages_version": self.pages_version, "briefings": self.briefings, "pages": self.pages,
            "report": {"built": report.built, "extracted": 0, "written": 0, "removed": 0, "skipped": report.skipped},
        }, ensure_ascii=False))

