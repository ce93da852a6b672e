"""Pages of an alphabetical list that keep their rows as names come
(site/anchored.py): a name added changes the page it falls on, not the
pages after it."""

from __future__ import annotations

import random

from briefings.site.anchored import END, Anchored

PAGES = Anchored(8, lambda name: f"actors/names-{name}.md", "actors/index.md", "test")


def _names(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return sorted({f"n{rng.randrange(10**9):09d}" for _ in range(n)})


class _Uncapped(Anchored):
    LONGEST = 10**9  # no run cut by count: every page ends at a mark


UNCAPPED = _Uncapped(8, lambda name: f"actors/names-{name}.md", "actors/index.md", "test")


def _by_path(names: list[str], pages: Anchored = UNCAPPED) -> dict[str, list[str]]:
    return {p.path: p.items for p in pages.pages(names, lambda x: x)}


def test_every_item_once_in_order_and_pages_near_their_size():
    names = _names(2000)
    pages = PAGES.pages(names, lambda x: x)
    assert [x for p in pages for x in p.items] == names
    assert all(1 <= len(p.items) <= Anchored.LONGEST * 8 for p in pages)
    assert 2000 / 8 / 2 < len(pages) < 2000 / 8 * 2  # one mark in `size` on average
    # a page is named for its last item (the mark), the last page "end"
    assert all(p.path == f"actors/names-{p.items[-1]}.md" for p in pages[:-1])
    assert pages[-1].path in (f"actors/names-{END}.md", f"actors/names-{pages[-1].items[-1]}.md")


def test_a_name_added_changes_one_page_or_splits_it():
    names = _names(1500, seed=1)
    before = _by_path(names)
    rng = random.Random(2)
    for _ in range(200):
        new = f"n{rng.randrange(10**9):09d}"
        after = _by_path(sorted({*names, new}))
        changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
        # the page it falls on; when the new name is itself a mark, the new
        # page it ends and the rest of the page it split (which keeps its name)
        holder = next(p for p, items in after.items() if new in items)
        assert holder in changed
        assert len(changed) == 1 or (UNCAPPED.marks(new) and len(changed) == 2), (new, changed)
        # and the pages it did not fall on link the same neighbours
        assert {p.path: p.pager for p in UNCAPPED.pages(names, lambda x: x) if p.path not in changed} == {
            p.path: p.pager for p in UNCAPPED.pages(sorted({*names, new}), lambda x: x) if p.path not in changed
        } or UNCAPPED.marks(new)


def test_a_run_without_a_mark_is_cut_by_count_and_the_cuts_move_no_further_than_the_next_mark():
    names = _names(3000, seed=4)
    capped = _by_path(names, PAGES)
    assert max(len(items) for items in capped.values()) == Anchored.LONGEST * 8  # runs that long exist
    rng = random.Random(5)
    for _ in range(100):
        new = f"n{rng.randrange(10**9):09d}"
        after = _by_path(sorted({*names, new}), PAGES)
        changed = {p for p in capped.keys() | after.keys() if capped.get(p) != after.get(p)}
        # every page changed lies between the new name and the next mark
        nxt = next((x for x in names if x > new and PAGES.marks(x)), None)
        for p in changed:
            items = after.get(p) or capped[p]
            assert items[-1] >= new or items[0] >= new or new in items
            assert nxt is None or items[0] <= nxt


def test_neighbours_and_the_index_are_linked():
    pages = PAGES.pages(_names(100, seed=3), lambda x: x)
    assert len(pages) > 2
    assert pages[0].pager == [("كل الصفحات", "../actors/index.md"), ("التالية", "../" + pages[1].path)]
    assert [label for label, _ in pages[1].pager] == ["السابقة", "كل الصفحات", "التالية"]
    assert pages[-1].pager[-1] == ("كل الصفحات", "../actors/index.md")
    assert PAGES.pages([], lambda x: x) == []
