"""Pages of an alphabetical list that keep their rows as names come
(site/anchored.py): a name added changes the page it falls on, and at
times the next one or two, not every page after it."""

from __future__ import annotations

import random

from briefings.site.anchored import END, Anchored

PAGES = Anchored(8, 40, lambda name: f"actors/names-{name}.md", "actors/index.md", "test")
UNCAPPED = Anchored(8, 10**9, lambda name: f"actors/names-{name}.md", "actors/index.md", "test")


def _names(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    return sorted({f"n{rng.randrange(10**9):09d}" for _ in range(n)})


def _by_path(names: list[str], pages: Anchored = PAGES) -> dict[str, list[str]]:
    return {p.path: p.items for p in pages.pages(names, lambda x: x)}


def test_every_item_once_in_order_and_pages_between_shortest_and_longest():
    names = _names(3000)
    pages = PAGES.pages(names, lambda x: x)
    assert [x for p in pages for x in p.items] == names
    assert all(len(p.items) <= 40 for p in pages)
    # shorter than `shortest` only the last page, or one after a cut by count
    assert all(len(p.items) >= 8 or len(q.items) == 40 for q, p in zip(pages, pages[1:-1], strict=False))
    assert 3000 / 8 / 2.72 * 0.8 < len(pages) < 3000 / 8 / 2.72 * 1.25  # e times `shortest` on average
    # a page is named for its last item, the last page "end" unless a mark ends it
    assert all(p.path == f"actors/names-{p.items[-1]}.md" for p in pages[:-1])
    assert pages[-1].path in (f"actors/names-{END}.md", f"actors/names-{pages[-1].items[-1]}.md")


def test_a_name_added_changes_its_page_and_at_most_the_next():
    names = _names(3000, seed=1)
    for pages in (UNCAPPED, PAGES):
        before = _by_path(names, pages)
        rng = random.Random(2)
        for _ in range(300):
            new = f"n{rng.randrange(10**9):09d}"
            after = _by_path(sorted({*names, new}), pages)
            # pages whose rows changed, as they were and as they are
            gone = {p for p in before if before[p] != after.get(p)}
            made = {p for p in after if after[p] != before.get(p)}
            holder = next(p for p, items in after.items() if new in items)
            assert holder in made
            if pages is UNCAPPED:  # the page it falls on, split in two or joined with the next
                assert len(gone) <= 2 and len(made) <= 2, (new, gone, made)
            else:  # and a run cut by count moves its cuts up to the next mark that counts
                assert len(gone) <= 6 and len(made) <= 6, (new, gone, made)
            # nothing before the page it falls on changes
            assert all(items[-1] >= new for p, items in after.items() if p in made)


def test_a_name_removed_changes_few_pages_and_a_cold_cut_is_the_same():
    names = _names(2000, seed=3)
    before = _by_path(names)
    rng = random.Random(4)
    for gone in rng.sample(names, 100):
        after = _by_path([n for n in names if n != gone])
        assert len({p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}) <= 6
    assert _by_path(list(names)) == before  # a function of the list alone


def test_neighbours_and_the_index_are_linked():
    pages = PAGES.pages(_names(100, seed=3), lambda x: x)
    assert len(pages) > 2
    assert pages[0].pager == [("كل الصفحات", "../actors/index.md"), ("التالية", "../" + pages[1].path)]
    assert pages[1].pager == [("السابقة", "../" + pages[0].path), ("كل الصفحات", "../actors/index.md"),
                              ("التالية", "../" + pages[2].path)]
    assert pages[-1].pager[-1] == ("كل الصفحات", "../actors/index.md")
    assert PAGES.pages([], lambda x: x) == []


def test_items_of_one_key_stay_on_one_page_and_the_first_page_keeps_its_name():
    names = sorted(_names(400, seed=5) * 3)  # each name three times, side by side
    pages = Anchored(8, 40, lambda name: f"t/{name}.md", "t/index.md", "test", first="t/2015.md").pages(
        names, lambda x: x)
    assert [x for p in pages for x in p.items] == names
    assert len({p.path for p in pages}) == len(pages)
    assert all(p.items[0] != q.items[-1] for q, p in zip(pages, pages[1:], strict=False))
    assert pages[0].path == "t/2015.md" and pages[1].pager[0] == ("السابقة", "../t/2015.md")


def test_items_shown_on_the_pages_move_no_cut_when_they_come_or_go():
    # the shared actor pages: cut on every actor by name, showing a sixth
    # of them; an actor that comes onto them (a second briefing) or leaves
    # (a fifth) changes the page it is on, and no page's name
    names = _names(3000, seed=6)
    rng = random.Random(7)
    shown = {n for n in names if rng.random() < 0.16}

    def cut(shown: set[str]) -> dict[str, list[str]]:
        pages = PAGES.pages(names, lambda x: x, shown=[n in shown for n in names])
        assert [x for p in pages for x in p.items] == [n for n in names if n in shown]
        return {p.path: p.items for p in pages}

    before = cut(shown)
    assert 3000 / 8 / 2.72 * 0.8 < len(before) < 3000 / 8 / 2.72 * 1.25  # the cut of the whole list
    for name in rng.sample(names, 200):
        after = cut(shown ^ {name})
        differ = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
        # the page it comes onto or leaves; a page left empty goes, a page
        # that had none comes, with no other page renamed
        assert len(differ) == 1, (name, differ)
        assert before.keys() - after.keys() <= differ and after.keys() - before.keys() <= differ
    # and the marks given are the marks: the same pages
    marked = [PAGES.marks(n) for n in names]
    assert {p.path: p.items for p in PAGES.pages(names, lambda x: x, marked, [n in shown for n in names])} == before
    # without `shown`, the cut of the shown items alone moves names
    moved = 0
    for name in rng.sample(names, 200):
        alone = {p.path for p in PAGES.pages(sorted(shown), lambda x: x)}
        moved += alone != {p.path for p in PAGES.pages(sorted(shown ^ {name}), lambda x: x)}
    assert moved >= 5  # (10 of these 200)
