"""The pages of stories and of days: a page per story, the front page of
the latest day's stories, a page per earlier day (a stable URL,
days/YYYY-MM-DD.html) and the Atom feeds of new briefings and stories.

A day's page lists what was published that day: each story with an
article that day, and each article in no story (its copies folded into
it), ranked by how many outlets carry it, then by how salient its actors
are. Everything here comes from the stories document
(`briefings.stories.document`) and the collection's entries.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from briefings.site.charts import bars, per_day
from briefings.site.collection import REPEAT, REPEAT_WORDS
from briefings.site.feeds import FEED_ITEMS, atom
from briefings.site.outlets import outlet_name
from briefings.site.paginator import Paginator, numbered
from briefings.site.paths import FEED_BRIEFINGS, FEED_STORIES, full_text_stem
from briefings.site.render import Renderer, currency_name
from briefings.text.terms import terms

DAY_ITEMS = 30  # stories and articles on one page of a day
SALIENT = 3  # actors whose salience ranks a story
LIST = {"members": 30, "actors": 24, "speakers": 8, "quotes": 3, "figures": 10, "values": 4, "sources": 3}  # a page stays light


def _href(entries: dict[str, dict], briefing: str, sentence: int | None = None, prefix: str = "../") -> str:
    long = entries.get(briefing, {}).get("long", False)
    # .html: these links go into raw HTML, which MkDocs does not rewrite
    page = f"{prefix}briefings/{full_text_stem(briefing) if long and sentence is not None else briefing}.html"
    return page if sentence is None else f"{page}#s-{sentence}"


def _source(entries, s: dict) -> dict:
    return {"outlet": outlet_name(s.get("outlet")) or "غير معروف", "published": s.get("published"),
            "href": _href(entries, s["briefing"], s.get("sentence"))}


def _one_each(sources: list[dict]) -> list[dict]:
    """A source per briefing, its first sentence: an article that gives a
    figure or a quote twice is named once (not «الوئام، الوئام»)."""
    seen: set[str] = set()
    return [s for s in sources if not (s["briefing"] in seen or seen.add(s["briefing"]))]


def story_page(story: dict, entries: dict[str, dict], homes: dict[str, str]) -> dict:
    """What the story template shows: every item with the link to its
    briefing's sentence, outlets by name, lists cut to a page's worth."""
    summary = [{"text": s["text"], **_source(entries, s)} for s in story["summary"]]
    actors = _story_actors(story["actors"], homes)[: LIST["actors"]]
    speakers = []
    for sp in story["quotes"][: LIST["speakers"]]:
        said = [{"text": q["text"], "kind": q["kind"], "sources": [_source(entries, s) for s in _one_each(q["sources"])[: LIST["sources"]]]}
                for q in fold_quotes(sp["quotes"])[: LIST["quotes"]]]
        speakers.append({"speaker": sp["speaker"] or "غير معروف", "quotes": said})
    figures = []
    for g in story["figures"][: LIST["figures"]]:
        # the values an outlet gives alone are what the outlets disagree
        # on (`story.figures`): they come first, and the note names those
        # outlets only, never one outlet on both sides
        sole = [sorted({outlet_name(o) or "غير معروف" for o in v.get("sole", ())}) for v in g["values"]]
        shown = sorted(range(len(g["values"])), key=lambda i: (not sole[i], i))[: LIST["values"]]
        values = [{"text": v["sources"][0]["text"], "value": v["value"], "value_max": v["value_max"], "outlets": sole[i],
                   "sources": [{**_source(entries, s), "text": s["text"]} for s in _one_each(v["sources"])[: LIST["sources"]]]}
                  for i, v in ((i, g["values"][i]) for i in shown)]
        # the values past the table's share are said, not cut silently
        figures.append({"kind": g["kind"], "unit": currency_name(g["currency"]) if g["currency"] else g["unit"] or "", "disagree": g["disagree"],
                        "vals": values, "more": len(g["values"]) - len(values)})
    members = [{"title": m["title"], "outlet": outlet_name(m["outlet"]) or "غير معروف", "published": m["published"],
                "href": _href(entries, m["id"]), "is_copy": m["copy_of"] is not None}
               for m in sorted(story["members"], key=lambda m: (m["published"] or "", m["id"]))[: LIST["members"]]]
    days = _member_days(story)
    return {
        "id": story["id"], "headline": story["headline"]["text"] or "", "outlets": [outlet_name(o) for o in story["outlets"]],
        "first": days[0]["date"] if days else None, "last": days[-1]["date"] if days else None, "count": len(story["members"]),
        "more_members": max(0, len(story["members"]) - LIST["members"]),
        "more_figures": max(0, len(story["figures"]) - LIST["figures"]),
        "summary": summary, "actors": actors, "speakers": speakers, "figures": figures, "members": members,
        "chart": bars([(d["date"], d["articles"]) for d in days], "مقالات القصة في كل يوم") if len(days) > 1 else "",
        "days": days,
    }


def _member_days(story: dict) -> list[dict]:
    """The story's days as its page counts its articles: every member,
    copies too, as the header's «19 مقالاً» and the list of articles do
    (the story's own dates count the canonical briefings: a story of 19
    articles, 11 of them copies, charted 6 and 2 a day). A story with no
    member dated keeps its own dates."""
    counted: dict[str, int] = defaultdict(int)
    for m in story["members"]:
        if m.get("published"):
            counted[m["published"]] += 1
    if not counted:
        return story["dates"]["days"]
    return [{"date": d, "articles": counted[d]} for d in sorted(counted)]


# One speaker's statement in two outlets' words (one cut it shorter, or
# changed a word: «ديدن» and «دين», «إلحاقًا لما سبق إعلانه …» with and
# without the date) is one quote with the sources of both: at least
# REPEAT_WORDS base forms shared, and REPEAT of both together (the
# timeline's fold, collection.fold_repeats) or nearly all of the shorter one.
QUOTE_INSIDE = 0.9


def fold_quotes(quotes: list[dict]) -> list[dict]:
    """A speaker's quotes in their order, each that repeats an earlier
    one in near the same words folded into it (its sources added)."""
    kept: list[dict] = []
    words: list[set[str]] = []
    for q in quotes:
        mine = set(terms(q["text"]))
        into = next((i for i, w in enumerate(words)
                     if (shared := len(mine & w)) >= REPEAT_WORDS
                     and (shared >= REPEAT * len(mine | w) or shared >= QUOTE_INSIDE * min(len(mine), len(w)))), None)
        if into is None:
            kept.append(q)
            words.append(mine)
            continue
        head = kept[into] = {**kept[into], "sources": kept[into]["sources"] + q["sources"]}
        if len(mine) > len(words[into]) and len(mine & words[into]) >= QUOTE_INSIDE * len(words[into]):
            # the later one says all the first said and more (one outlet
            # cut the statement): its words are shown, none is lost
            head.update(text=q["text"], kind=q["kind"])
            words[into] = mine
    return kept


def _story_actors(found: list[dict], homes: dict[str, str]) -> list[dict]:
    """The story's actors, one line each: two of its names that lead to
    the same actor page of the collection (محمد بن نايف بن عبدالعزيز and
    the same with آل سعود, joined across briefings) are one line, under
    the name of the most mentioned, counting the articles of both once. An
    actor of one briefing leads to a sentence, which other actors may
    share: that joins nothing."""
    merged: dict[str, dict] = {}
    for a in found:  # the most talked-about first
        home = homes.get(a["name"])
        key = home if home and home.startswith("actors/") else f"\x00{a['id']}"
        e = merged.setdefault(key, {
            "name": a["name"], "type": a["type"], "titles": [], "articles": set(),
            "href": ("../" + home.replace(".md", ".html", 1)) if home else None})
        e["titles"] += [t for t in a["titles"] if t not in e["titles"]]
        e["articles"].update(a["articles"])
    out = sorted(merged.values(), key=lambda e: -len(e["articles"]))  # stable: ties keep their order
    return [{**e, "titles": e["titles"][:3], "articles": len(e["articles"])} for e in out]


def _salience(actors: list[dict]) -> float:
    return sum(sorted((a.get("salience", 0) for a in actors), reverse=True)[:SALIENT])


def front_items(doc: dict, entries: Iterable[dict], copies_of: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Each day's stories and lone articles, ranked: day → items; the
    articles with no date under ""."""
    data = FrontData(doc, copies_of)
    for e in entries:
        data.add(e)
    return data.days(doc)


_LONG, _SHORT = {"long": True}, {"long": False}


class FrontData:
    """What the story and day pages, the front page and the feeds need of
    the canonical briefings' entries (copies folded), gathered as the
    build reads them (once, for every list)."""

    def __init__(self, doc: dict, copies_of: dict[str, list[dict]]) -> None:
        self.copies_of = copies_of
        self.in_story = {m["id"] for s in doc["stories"] for m in s["members"]}
        self.by_id: dict[str, dict] = {}  # all a link needs of a briefing
        self.lone: list[tuple[str, dict]] = []  # (day, item) of the articles in no story
        self.published: list[str | None] = []
        self.feed: list[tuple[tuple[str, str], dict]] = []  # the newest FEED_ITEMS, a heap

    def add(self, e: dict) -> None:
        self.by_id[e["id"]] = _LONG if e["long"] else _SHORT
        self.published.append(e["published"])
        item = ((e["published"] or "", e["id"]), {
            "id": e["id"], "title": e["title"], "href": f"briefings/{e['id']}.html", "published": e["published"],
            "summary": e["summary"][0] if e["summary"] else None, "author": e["outlet"]})
        # the feed shows the newest (atom() orders them, by the same key:
        # ids are unique, so which are the newest does not depend on order)
        if len(self.feed) < FEED_ITEMS:
            heapq.heappush(self.feed, item)
        elif item[0] > self.feed[0][0]:
            heapq.heapreplace(self.feed, item)
        if e["id"] in self.in_story:
            return
        copies = self.copies_of.get(e["id"], [])
        outlets = {e["outlet"], *(c["outlet"] for c in copies)} - {None}
        self.lone.append(((e["published"] or "")[:10], {
            "kind": "briefing", "id": e["id"], "href": f"briefings/{e['id']}.md", "title": e["title"] or "",
            "summary": e["summary"][:2], "outlets": sorted(outlets), "articles": 1 + len(copies),
            "rank": (len(outlets), _salience(e["actors"]))}))

    def days(self, doc: dict) -> dict[str, list[dict]]:
        days: dict[str, list[dict]] = defaultdict(list)
        for s in doc["stories"]:
            item = {"kind": "story", "id": s["id"], "href": f"stories/{s['id']}.md", "title": s["headline"]["text"] or "",
                    "summary": [x["text"] for x in s["summary"][:2]], "outlets": [outlet_name(o) for o in s["outlets"]],
                    "articles": len(s["members"]), "rank": (len(s["outlets"]), _salience(s["actors"]))}
            for d in {m["published"][:10] for m in s["members"] if m["published"]}:
                days[d].append(item)
        for d, item in self.lone:
            days[d].append(item)
        for items in days.values():
            items.sort(key=lambda i: (-i["rank"][0], -i["rank"][1], i["title"], i["id"]))
        return days

    def chart(self) -> str:
        """Articles a day (the front page's and the timeline's)."""
        return bars(per_day(self.published), "عدد الموجزات في كل يوم")


def write_front(doc: dict, entries: FrontData, copies_of: dict[str, list[dict]], homes: dict[str, str],
                renderer: Renderer, docs: Path, put: Callable) -> None:
    """Story pages, day pages, the front page (docs/index.md) and feeds,
    of what `entries` gathered of the canonical briefings."""
    by_id = entries.by_id
    for s in doc["stories"]:
        put(docs / "stories" / f"{s['id']}.md", renderer.page("story.md.j2", s=story_page(s, by_id, homes), prefix="../"))
    days = entries.days(doc)
    # an article with no date has no day page; when no article has a date
    # (a text file without a dateline), the front page shows those instead
    # of an empty page
    undated = days.pop("", [])
    ordered = sorted(days, reverse=True)
    chart = entries.chart()
    day_links = [{"date": d, "href": f"days/{d}.md", "count": len(days[d])} for d in ordered]
    for n, d in enumerate(ordered):
        neighbours = {"newer": ordered[n - 1] if n else None, "older": ordered[n + 1] if n + 1 < len(ordered) else None}
        for p in Paginator(DAY_ITEMS, numbered("days", d)).pages(days[d]):
            put(docs / p.path, renderer.page("day.md.j2", day=d, items=p.items, page=p.number, pager=p.pager,
                                             prefix="../", chart="", front=False, more=[], **neighbours))
    latest = ordered[0] if ordered else None
    first = days[latest][:DAY_ITEMS] if latest else undated[:DAY_ITEMS]
    more = [(2, f"days/{latest}-2.html")] if latest and len(days[latest]) > DAY_ITEMS else []
    put(docs / "index.md", renderer.page("day.md.j2", day=latest, items=first, page=1, pager=[], prefix="",
                                         chart=chart, front=True, newer=None,
                                         older=ordered[1] if len(ordered) > 1 else None, more=more))
    put(docs / "days" / "index.md", renderer.page("days.md.j2", days=day_links, chart=chart))
    put(docs / FEED_BRIEFINGS, atom("briefings", "موجزات الأخبار: أحدث الموجزات", [i for _, i in entries.feed]))
    put(docs / FEED_STORIES, atom("stories", "موجزات الأخبار: أحدث القصص", [
        {"id": s["id"], "title": s["headline"]["text"], "href": f"stories/{s['id']}.html",
         "published": s["dates"]["last"], "summary": s["summary"][0]["text"] if s["summary"] else None,
         "author": "، ".join(outlet_name(o) for o in s["outlets"])} for s in doc["stories"]]))
