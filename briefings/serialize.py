"""Briefing ⇄ the JSON of briefing.schema.json."""

from __future__ import annotations

import json
from typing import Any

from briefings import __version__
from briefings.model import Actor, Article, Briefing, Figure, Mention, Paragraph, Quote, Sentence, SummaryItem


def to_dict(b: Briefing) -> dict[str, Any]:
    a = b.article
    body = a.body
    return {
        "schema_version": "1",
        "id": a.id,
        "title": a.title or a.id,
        "title_derived": a.title_derived,
        "language": a.language,
        "source": {
            "path": a.path,
            "sha256": a.sha256,
            "record": a.record,
            "outlet": a.outlet,
            "dateline": a.dateline,
            "url": a.url,
            "author": a.author,
            "published": a.published,
        },
        "body": body,
        "paragraphs": [{"start": p.start, "end": p.end, "kind": p.kind} for p in b.paragraphs],
        "sentences": [
            {"id": s.id, "start": s.start, "end": s.end, "text": body[s.start : s.end], "paragraph": s.paragraph, "kind": s.kind}
            for s in b.sentences
        ],
        "summary": [{"sentence": s.sentence, "text": s.text, "start": s.start, "end": s.end} for s in b.summary],
        "actors": [
            {
                "id": x.id,
                "name": x.name,
                "type": x.type,
                "titles": x.titles,
                "nationality": x.nationality,
                "aliases": x.aliases,
                "salience": x.salience,
                "mentions": [{"start": m.start, "end": m.end, "sentence": m.sentence, "text": m.text} for m in x.mentions],
            }
            for x in b.actors
        ],
        "figures": [
            {
                "text": f.text, "kind": f.kind, "value": f.value, "value_max": f.value_max, "approx": f.approx,
                "unit": f.unit, "currency": f.currency, "date": f.date, "relative": f.relative,
                "calendar": f.calendar, "sentence": f.sentence, "start": f.start, "end": f.end,
            }
            for f in b.figures
        ],
        "quotes": [
            {
                "text": q.text, "kind": q.kind, "speaker": q.speaker, "speaker_id": q.speaker_id, "cue": q.cue,
                "sentence": q.sentence, "start": q.start, "end": q.end,
            }
            for q in b.quotes
        ],
        "unattributed_statements": [
            {"text": q.text, "kind": q.kind, "cue": q.cue, "sentence": q.sentence, "start": q.start, "end": q.end}
            for q in b.unattributed_statements
        ],
        "tags": b.tags,
        "generator": {"name": "briefings", "version": __version__},
    }


def dumps(b: Briefing) -> str:
    return json.dumps(to_dict(b), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def from_dict(d: dict[str, Any]) -> Briefing:
    src = d["source"]
    article = Article(
        id=d["id"], path=src["path"], sha256=src["sha256"], body=d["body"], title=d["title"],
        title_derived=d.get("title_derived", False), outlet=src.get("outlet"), dateline=src.get("dateline"),
        url=src.get("url"), author=src.get("author"), published=src.get("published"),
        language=d.get("language", "ar"), record=src.get("record"),
    )
    quotes, unattributed = split_statements(d)
    return Briefing(
        article=article,
        paragraphs=[Paragraph(p["start"], p["end"], p["kind"]) for p in d.get("paragraphs", [])],
        sentences=[Sentence(s["id"], s["start"], s["end"], s.get("paragraph", 0), s.get("kind", "body")) for s in d["sentences"]],
        summary=[SummaryItem(s.get("sentence") or 0, s["text"], s.get("start"), s.get("end")) for s in d["summary"]],
        actors=[
            Actor(id=x["id"], name=x["name"], type=x["type"], titles=x.get("titles", []),
                  nationality=x.get("nationality"), aliases=x.get("aliases", []), salience=x.get("salience", 0.0),
                  mentions=[Mention(m["start"], m["end"], m.get("sentence", 0), m.get("text", "")) for m in x["mentions"]])
            for x in d["actors"]
        ],
        figures=[
            Figure(text=f["text"], kind=f["kind"], start=f["start"], end=f["end"], sentence=f.get("sentence", 0),
                   value=f.get("value"), value_max=f.get("value_max"), approx=f.get("approx", "exact"),
                   unit=f.get("unit"), currency=f.get("currency"), date=f.get("date"),
                   relative=f.get("relative", False), calendar=f.get("calendar", "gregorian"))
            for f in d["figures"]
        ],
        quotes=[_quote(q) for q in quotes],
        tags=d.get("tags", []),
        unattributed_statements=[_quote(q) for q in unattributed],
    )


def split_statements(d: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A briefing's quotes (statements with a speaker) and its statements
    with none, from its JSON: JSON written before unattributed_statements
    kept those among the quotes."""
    said = [*d.get("quotes", []), *d.get("unattributed_statements", [])]
    return [q for q in said if q.get("speaker")], [q for q in said if not q.get("speaker")]


def _quote(q: dict[str, Any]) -> Quote:
    return Quote(text=q["text"], kind=q["kind"], start=q["start"], end=q["end"], sentence=q.get("sentence", 0),
                 speaker=q.get("speaker"), speaker_id=q.get("speaker_id"), cue=q.get("cue"))
