"""A serving process's first answer to an edit: the pages of the briefings
that changed, written before any collection-wide work.

A rebuild after an edited article links the stories, makes the collection
pages and patches the search index over the whole archive (12 to 14 CPU s
at 10,000 articles), and MkDocs' dirty pass walks docs/ and checks every
page, before the page the writer edited is shown. Here only the edited
briefings are written, as the full generation will write them (the same
renderer, the copies note the last build found); the plugin has MkDocs
render just those pages, shows them, and a full build follows that brings
everything else (and the notes, and the chips) up to date. That build
writes these pages again only if they differ, so a page that was right is
neither written nor rendered twice.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefings.fsutil import read_json_object, write_if_changed
from briefings.run import Report, items
from briefings.site.generate import Options, download
from briefings.site.paths import GENERATED_DIR, download_name, full_text_stem, is_long
from briefings.site.state import ServeState
from briefings.versions import rendering_version, templates_version


def changed_pages(opts: Options, state: ServeState, report: Report, jobs: int | None = None) -> list[Path]:
    """Write the pages of the briefings whose data differ from what the last
    build wrote (as its manifest records) and return the files written.
    Nothing is written when the code or templates that render the pages
    changed since: every page is then the full build's to make."""
    manifest = read_json_object(opts.cache_dir / "manifest.json")
    if manifest.get("pages_version") != rendering_version() + templates_version(opts.templates_dir):
        return []
    before: dict[str, str] = manifest.get("briefings", {})
    also = read_json_object(opts.cache_dir / "also-published.json")
    renderer = state.renderer(opts.templates_dir)
    out_dir = opts.docs_dir / GENERATED_DIR
    pages: list[tuple[str, Path, str | bytes]] = []  # (briefing id, file, content)
    # the whole stream, not only the files that changed: an id is claimed
    # in the order of the collection, and the run's memory makes the
    # unchanged files cost a look at their bytes
    for item in items(opts, report, jobs, memory=state.run):
        digest, b = item.digest, item.light
        if digest is None or before.get(b.id) == digest:
            continue  # unchanged, or an article's last good briefing (the full build's)
        whole = item.whole()
        pages += [(b.id, out_dir / f"{b.id}.md", renderer.briefing(whole, also.get(b.id))),
                  (b.id, out_dir / download_name(b.id), download(whole))]
        if is_long(b.chars):
            pages.append((b.id, out_dir / f"{full_text_stem(b.id)}.md", renderer.full_text(whole)))
    if not pages:
        return []
    # The manifest no longer vouches for what these files held: were the
    # edit undone before the full build, that build would find the
    # briefing as the manifest records it and keep these pages as they are.
    for bid, path, _ in pages:
        before.pop(bid, None)
        manifest.get("pages", {}).pop(path.relative_to(opts.docs_dir).as_posix(), None)
    write_if_changed(opts.cache_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False))
    return [path for _, path, content in pages if write_if_changed(path, content)]
