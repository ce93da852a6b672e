"""What a story page shows, from the briefings of the story's articles:
the union of their actors, their quotes by speaker, their figures side by
side (a disagreement between outlets flagged), a summary merged from
several outlets without saying a thing twice, and the story's dates.

Everything points back into the briefings: each quote, figure and summary
sentence carries the id of its briefing and of its sentence there.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from briefings.lang.ar.names import NASAB, name_key, named_fathers
from briefings.text.normalize import key_text
from briefings.text.terms import terms

SUMMARY_SENTENCES = 6  # sentences of the merged summary at most
NOVELTY = 0.5  # a sentence sharing more than this part of its words with one already taken adds nothing
# A lead that opens as one already taken (more than HEAD_SHARE of its first
# HEAD base forms: who did what, «تشهد العاصمة الرياض، الآن، عاصفة رملية»
# and «شهدت العاصمة الرياض أمس عاصفة رملية») and shares more than ECHO of
# its words with it, stating no figure and naming no actor not said yet,
# tells the same event in other words. Read on the 402 stories of 2015-08-01 and
# 08-02: 14 summaries change; of the 14 sentences left out, 12 repeat the
# one before (the sandstorm, the mufti's sermon, the bank cards), one
# says something new (a father's words after his death was told), one is
# a second point of one sermon. Without the actors' test, 52 left out,
# with two kings' telegrams to two presidents among them.
HEAD = 10
HEAD_SHARE = 0.5
ECHO = 0.3


def story_id(member_ids: list[str]) -> str:
    """Stable while the story keeps its earliest article."""
    return "s-" + hashlib.sha1(min(member_ids).encode("utf-8")).hexdigest()[:10]


def _source(b: dict) -> dict:
    return {"briefing": b["id"], "outlet": b["source"].get("outlet"), "published": b["source"].get("published")}


def actors(briefings: list[dict]) -> list[dict]:
    """The actors of all the articles, one entry per actor id, the most
    talked-about first: in how many articles, then how salient at most."""
    found: dict[str, dict] = {}
    names: dict[str, Counter] = defaultdict(Counter)
    for b in briefings:
        for a in b.get("actors", []):
            names[a["id"]][a["name"]] += 1
            e = found.setdefault(a["id"], {"id": a["id"], "type": a["type"], "articles": [], "salience": 0.0,
                                           "titles": [], "nationality": None})
            e["articles"].append(b["id"])
            e["salience"] = max(e["salience"], a.get("salience", 0.0))
            e["titles"] += [t for t in a.get("titles", []) if t not in e["titles"]]
            e["nationality"] = e["nationality"] or a.get("nationality")
    for aid, e in found.items():
        e["name"] = names[aid].most_common(1)[0][0]
    return sorted(found.values(), key=lambda e: (-len(e["articles"]), -e["salience"], e["name"]))


def quotes(briefings: list[dict]) -> list[dict]:
    """Quotes grouped by speaker (by the speaker's name, keyed);
    one quote reported by several outlets is one entry with all its sources."""
    speakers: dict[str, dict] = {}
    for b in briefings:
        for q in b.get("quotes", []):
            # by the speaker's name, عبد written either way (an actor's id is
            # its briefing's: ماجد بن عبد الله and بن عبدالله are two ids)
            who = f"name:{name_key(q['speaker'])}" if q.get("speaker") else q.get("speaker_id") or "unknown"
            s = speakers.setdefault(who, {"speaker": q.get("speaker"), "speaker_id": q.get("speaker_id"), "quotes": {}})
            said = s["quotes"].setdefault(key_text(q["text"]), {"text": q["text"], "kind": q["kind"], "sources": []})
            said["sources"].append({**_source(b), "sentence": q["sentence"]})
    out = []
    for group in _one_person(list(speakers.values())):
        # under the name of the most quoted of its spellings, their quotes in turn
        head = max(group, key=lambda s: sum(len(q["sources"]) for q in s["quotes"].values()))
        said: dict[str, dict] = {}
        for s in group:
            for k, q in s["quotes"].items():
                if k in said:
                    said[k] = {**said[k], "sources": said[k]["sources"] + q["sources"]}
                else:
                    said[k] = q
        out.append({"speaker": head["speaker"], "speaker_id": head["speaker_id"], "quotes": list(said.values())})
    return sorted(out, key=lambda s: (s["speaker"] is None, -sum(len(q["sources"]) for q in s["quotes"])))


# The joining words of a name, which say nothing of whose it is.
_NAME_LINKS = NASAB | {"ال"}


def _spells(short: list[str], long: list[str]) -> bool:
    """A person's shorter name as another paper wrote it: the longer one
    with words left out (خالد العطية, خالد بن محمد العطية; عادل الجبير, عادل
    بن أحمد الجبير) or cut after its first (محمد بن نايف, محمد بن نايف بن
    عبدالعزيز آل سعود). The first name the same, and two words at least
    that are not a joining word: «محمد بن» tells too little; the fathers
    the same as far as it names them (عبدالله بن عبدالعزيز is not عبدالله
    بن سلمان بن عبدالعزيز)."""
    if len(short) >= len(long) or short[0] != long[0] or len([w for w in short if w not in _NAME_LINKS]) < 2:
        return False
    if short[: (n := named_fathers(short))] != long[:n]:
        return False
    rest = iter(long)
    if not all(w in rest for w in short):
        return False
    return short[-1] == long[-1] or long[: len(short)] == short


def _one_person(speakers: list[dict]) -> list[list[dict]]:
    """The speakers, a person spelt two ways in two articles as one (a
    story page of the GCC ministers' meeting listed «خالد بن محمد العطية»
    and «خالد العطية» as two speakers). Persons only (their actor id's
    «p-»): وزارة الخارجية is not the Palestinian one. A short name that
    spells two people who are not one another (محمد العيسى beside محمد بن
    عبدالله العيسى and محمد بن علي العيسى) is left alone."""
    words = [name_key(s["speaker"]).split() if s["speaker"] and (s["speaker_id"] or "").startswith("p-") else []
             for s in speakers]
    root = list(range(len(speakers)))  # the speaker whose group each one is in

    def find(i: int) -> int:
        while root[i] != i:
            i = root[i]
        return i

    # the longer names first: محمد توفيق مدني joins محمد توفيق بن مصطفى مدني
    # before محمد مدني, which spells both, is asked where it goes
    for i in sorted(range(len(speakers)), key=lambda i: -len(words[i])):
        if words[i]:
            longer = {find(j) for j in range(len(speakers)) if words[j] and _spells(words[i], words[j])}
            if len(longer) == 1:
                root[i] = longer.pop()
    groups: dict[int, list[dict]] = defaultdict(list)
    for i, s in enumerate(speakers):
        groups[find(i)].append(s)
    return list(groups.values())


def _figure_key(f: dict) -> tuple:
    """What a figure measures, as far as the ledger tells: its kind, its
    unit (normalized) and currency."""
    if f["kind"] == "money" and f.get("currency"):
        # the currency says it: دولار and دولارا are one unit, not two tables
        return f["kind"], "", f["currency"]
    unit = " ".join(_case_free(t) for t in terms(f["unit"])) if f.get("unit") else ""
    return f["kind"], unit, f.get("currency") or ""


def _case_free(term: str) -> str:
    """A unit's word without the case its number gives it, so that one
    quantity is one table: the accusative of 11 to 99 (45 قتيلا، 21 عاما)
    and the genitive of the hundreds (300 قتيل، 40 ألف شخص), the sound
    plural's nominative and genitive (المرشحون الـ17، المرشحين الـ17). A
    matching key only: the table shows the unit as an article wrote it."""
    if len(term) >= 5 and term.endswith("ون"):
        return term[:-2] + "ين"
    return term[:-1] if len(term) >= 3 and term.endswith("ا") else term


# Read on the 364 stories of 2015-07-27 and 08-03: of the 64 figure groups
# whose outlets "disagreed", the 15 whose values lie ten times apart or more
# were none one number told two ways (a day's toll and the year's, shares
# and deals, 2.464 misread for 2,464); between three and ten times apart,
# tolls that outlets did give otherwise (30 and 140 fighters, 251 and 850
# settlers) beside two counts of other things: left flagged.
APART = 10


def figures(briefings: list[dict]) -> list[dict]:
    """Figures of the same kind and unit from different articles side by
    side: each value with its sources, and `disagree` when the articles
    give different values (30 قتيلا in one, 35 in another). Only what two
    or more articles give is set side by side; dates and years are the
    timeline's (two years are two moments, not two counts of one thing),
    and a number with no unit names nothing to compare."""
    groups: dict[tuple, dict] = {}
    for b in briefings:
        for f in b.get("figures", []):
            if f["kind"] in ("date", "year") or f.get("value") is None or f.get("relative") or not f.get("unit"):
                continue
            g = groups.setdefault(_figure_key(f), {"kind": f["kind"], "unit": f.get("unit"),
                                                   "currency": f.get("currency"), "values": {}})
            value = (f["value"], f.get("value_max"))
            v = g["values"].setdefault(value, {"value": f["value"], "value_max": f.get("value_max"), "sources": []})
            v["sources"].append({**_source(b), "sentence": f["sentence"], "text": f["text"]})
    out = []
    for g in groups.values():
        articles = {s["briefing"] for v in g["values"].values() for s in v["sources"]}
        if len(articles) < 2:
            continue
        values = sorted(g["values"].values(), key=lambda v: (-len(v["sources"]), v["value"]))
        # a disagreement: two outlets, each giving one value of the kind and
        # unit, and not the same one (30 قتيلا in one, 35 in another); an
        # outlet that gives several (an oil price, its fall and the day's
        # low, all in dollars; or its own toll updated in a later article)
        # speaks of several quantities or moments, none of which another
        # outlet's value need contradict. An article of no known outlet is
        # a source of its own.
        given: dict[str, set[tuple]] = defaultdict(set)
        for v in values:
            for s in v["sources"]:
                given[s["outlet"] or s["briefing"]].add((v["value"], v["value_max"]))
        sole = {o: next(iter(vs)) for o, vs in given.items() if len(vs) == 1}
        told = set(sole.values())  # a range is told otherwise than its low end (10 and 10 to 20)
        lows = [v for v, _ in told]
        # values an order of magnitude apart are two quantities, not one
        # told two ways («نحو 2000 مواطن» and «21 مليون مواطن», 20 killed at
        # a wedding and 3,188 in the year)
        disagree = len(told) > 1 and (min(lows) <= 0 or max(lows) < APART * min(lows))
        for v in values:
            # the outlets that give this value alone: the sides of the note
            v["sole"] = sorted(o for o, only in sole.items() if only == (v["value"], v["value_max"])) if disagree else []
        out.append({"kind": g["kind"], "unit": g["unit"], "currency": g["currency"], "values": values, "disagree": disagree})
    return sorted(out, key=lambda g: (not g["disagree"], -sum(len(v["sources"]) for v in g["values"])))


# Figures that state a fact a second outlet can repeat in other words (a
# date or an ordinal places or ranks it; the timeline has the dates).
FACT_KINDS = frozenset({"count", "money", "percent", "measure"})


def _definite(f: dict) -> bool:
    """A number with the article (الوزراء الثلاثة، الـ23) points back at what
    the reader knows: it states nothing a second sentence could repeat."""
    unit = set(f["unit"].split()) if f.get("unit") else set()
    return any(w.startswith("ال") and w not in unit for w in f["text"].split())


def _facts(b: dict) -> tuple[dict[int, set[tuple]], dict[int, set[str]]]:
    """A briefing's figures with their values and its named actors, by
    sentence: what a summary sentence states, comparable across outlets
    (a figure by kind, unit or currency and value; an actor by its name's
    key, its id being its briefing's)."""
    figures: dict[int, set[tuple]] = defaultdict(set)
    for f in b.get("figures", []):
        if f["kind"] in FACT_KINDS and f.get("value") is not None and not f.get("relative") and not _definite(f):
            figures[f["sentence"]].add((*_figure_key(f), f["value"], f.get("value_max")))
    actors: dict[int, set[str]] = defaultdict(set)
    for a in b.get("actors", []):
        # a slim briefing (stories.features.slim) keeps the sentences, a whole one the mentions
        at = a["sentences"] if "sentences" in a else {m.get("sentence") for m in a.get("mentions", [])}
        # a person's key is marked: only a person's longer or shorter name
        # is the same actor (_named); وزارة الخارجية is not the American one
        who = ("\x01" if a.get("type") == "person" else "") + name_key(a["name"])
        for k in at:
            actors[k].add(who)
    return figures, actors


def _named(name: str, named: set[str]) -> bool:
    """An actor named already, by this name or by a longer or shorter form
    of it (محمد بن نايف and محمد بن نايف بن عبدالعزيز آل سعود, يوسف بن سليمان
    بن عبد الله السليمان and the same without the second بن): another
    paper's spelling of one person or body names no one new. Two words at
    least in the shorter: one word (عسير, محافظة عسير) is too little to
    tell."""
    if name in named:
        return True
    if not name.startswith("\x01"):
        return False
    mine = set(name.split())
    for theirs in (set(m.split()) for m in named if m.startswith("\x01")):
        # sorted, not min/max: of two names as long, both would be `mine`
        small, big = sorted((mine, theirs), key=len)
        if len(small) >= 2 and small <= big:
            return True
    return False


def summary(briefings: list[dict], limit: int = SUMMARY_SENTENCES) -> list[dict]:
    """Summary sentences taken in turn from each article (the first
    article's first sentence, then the next article's, …), each kept only
    if most of its words are new to what was kept already, and if it
    states something not said yet: a sentence whose figures (one at least)
    were all said with the same values, naming no actor not named yet,
    repeats what another outlet said in longer words (the same 25 ألف دولار
    twice, the second sentence too long for its share of old words to
    tell); one with no new figure nor actor that opens as a sentence taken
    and shares a part of its words (HEAD, ECHO) tells that event again. A
    person named again in a longer or shorter form of the name is no one
    new (`_named`), if the opening echoes without that name's words."""
    queues = [[(b, s) for s in b.get("summary", [])] for b in briefings]
    facts = {b["id"]: _facts(b) for b in briefings}
    taken: list[dict] = []
    seen: list[set[str]] = []
    heads: list[set[str]] = []
    said_figures: set[tuple] = set()
    named: set[str] = set()
    rank = 0
    while len(taken) < limit and any(rank < len(q) for q in queues):
        for q in queues:
            if rank >= len(q) or len(taken) >= limit:
                continue
            b, s = q[rank]
            said = terms(s["text"])
            words = set(said)
            if not words or any(len(words & w) > NOVELTY * len(words) for w in seen):
                continue
            figures, actors = facts[b["id"]]
            these = figures.get(s.get("sentence"), set())
            who = actors.get(s.get("sentence"), set())
            if these <= said_figures and all(_named(n, named) for n in who):
                if these and who <= named:
                    continue
                head = set(said[:HEAD])
                if not who <= named:
                    # a person named again in another spelling: the opening
                    # must echo without that person's name and title words
                    # (وزير الخارجية الإيراني محمد جواد ظريف opens two of his
                    # statements), as one event told again does
                    head -= {t for n in who for t in terms(n.lstrip("\x01"))}
                if len(head) >= HEAD // 2 and any(len(head & h) > HEAD_SHARE * len(head) and len(words & w) > ECHO * len(words)
                                                  for h, w in zip(heads, seen, strict=True)):
                    continue
            seen.append(words)
            heads.append(set(said[:HEAD]))
            said_figures |= these
            named |= who
            taken.append({**_source(b), "sentence": s["sentence"], "text": s["text"]})
        rank += 1
    return taken


def dates(briefings: list[dict]) -> dict:
    """The story's days: first, last and how many of its articles each day."""
    days = Counter(b["source"].get("published") for b in briefings if b["source"].get("published"))
    ordered = sorted(days)
    return {"first": ordered[0] if ordered else None, "last": ordered[-1] if ordered else None,
            "days": [{"date": d, "articles": days[d]} for d in ordered]}


def headline(briefings: list[dict], weight: dict[str, int]) -> dict:
    """The title of the text most outlets carried (its copy group's size
    in `weight`), then the earliest: with its briefing id."""
    # max() keeps the first of equals: the briefings come ordered by date, then id
    best = max(briefings, key=lambda b: (weight.get(b["id"], 1), -_order(b["source"].get("published"))))
    return {"text": best["title"], "briefing": best["id"]}


def _order(published: str | None) -> int:
    return int(published.replace("-", "")[:8].ljust(8, "0")) if published else 99999999


def assemble(briefings: list[dict], weight: dict[str, int] | None = None) -> dict:
    """A story's page data from its articles' briefings (copies left out:
    a copy says nothing its canonical briefing does not)."""
    ordered = sorted(briefings, key=lambda b: (_order(b["source"].get("published")), b["id"]))
    return {
        "headline": headline(ordered, weight or {}),
        "dates": dates(ordered),
        "actors": actors(ordered),
        "quotes": quotes(ordered),
        "figures": figures(ordered),
        "summary": summary(ordered),
    }
