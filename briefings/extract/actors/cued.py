"""Places announced by a cue word (حي، محافظة، منطقة …): small places no
gazetteer holds."""

from __future__ import annotations

from functools import lru_cache

from briefings.extract import gazetteer as gz
from briefings.extract.actors.openings import _AREA, _PLACE_CUE, _opening, _place_cue, _rank_at_word
from briefings.extract.actors.organizations import _ORG_ENDERS
from briefings.extract.actors.places import _PLURAL_CUES
from briefings.extract.actors.span import _Raw
from briefings.extract.actors.words import _adjective, _clitic, _definite, _is_punct, _peel_key, _sentence_keys
from briefings.extract.ner_features import CUE_WORDS, typed_words
from briefings.lang.ar import key, vocabulary, words
from briefings.model import Token

# A word the corpus uses more often than this is a common word after a
# cue (منطقة العمليات، مدينة جديدة); a place so common is in the gazetteer.
_RARE = 150


# Words that open a place's name of two words (دار سعد، أم السباع)
_PLACE_LINKS = {key(w) for w in ("أم", "أبو", "دار", "بني", "بيت", "عين", "بئر", "رأس", "وادي", "جبل", "تل", "حرف")}


def _cued_places(toks: list[Token], sid: int, tags: list[str]) -> list[_Raw]:
    """A rare word after a place cue is a place's name: منطقة الكشار، حي
    المثناة. Small places are in no gazetteer and rarely in the tagger's
    vocabulary; the cue is enough."""
    out = []
    n = len(toks)
    vocab = vocabulary()
    for i in _opening(toks, _PLACE_CUE):
        if i == n - 1:
            break
        j = i + 1
        k = toks[j].key
        if k in _PLACE_LINKS and j + 1 < n and not _is_punct(toks[j + 1]):
            span = 2
            k2 = toks[j + 1].key
            if not k2.isalpha() or k2 in gz.stop() or _clitic(k2):
                continue
        elif _before_country_nisba(toks, j):
            span = 1  # مدينة ليون الفرنسية، مدينة مشهد الإيرانية: the tagger's person, a common word
        else:
            span = 1
            if (_is_punct(toks[j]) or not k.isalpha() or len(k) < 3 or k in gz.stop() or _clitic(k)
                    or k in gz.nisbas() or (vocab.get(k, 0) > _RARE and k not in words("not_places")
                                            and not _named_after_cue(k, _place_cue(toks[i].key)))
                    or k in gz.org_heads()
                    or _peel_key(k) in gz.title_heads() or (tags and tags[j].endswith(("PER", "ORG")))):
                continue
            if _place_cue(toks[i].key) == _AREA and not k.startswith("ال") and k.endswith("ه"):
                continue  # منطقة وعرة، منطقة صخرية: an adjective agreeing with the cue
            if not k.startswith("ال") and not k.endswith("ها") and k not in gz.places() and _place_genitive(toks, j + 1):
                span = 2  # منطقة حوض الإشراف: a bare word in construct with a definite one
        out.append(_Raw(j, j + span, "place", sid, toks, "rule"))
    return out


def _before_country_nisba(toks: list[Token], j: int) -> bool:
    """Whether a bare word after a place cue has a country's feminine nisba
    right after it (مدينة ليون الفرنسية، بلدة سروج التركية، ولاية تكساس
    الأمريكية): the nisba places the cue's town in a country, so the word is
    its name whatever else the tagger or the corpus reads it as. Over the
    corpus (blind day left out) the frame is written 854 times, 346 with a
    gazetteer place; of the other 508 the bare words are towns, states and
    islands (هورست، كاليفورنيا، سروج، مشهد، لاريونيون، كوباني، زيوريخ،
    ليل، كويتا), the definite ones also common nouns (المنتجات، البضائع,
    after منطقة), left to the rules before."""
    if j + 1 >= len(toks):
        return False
    k, nk = toks[j].key, toks[j + 1].key
    return (k.isalpha() and len(k) >= 3 and not k.startswith("ال") and not _clitic(k) and k not in gz.stop()
            and nk.startswith("ال") and nk.endswith("ه") and nk in gz.nisbas())


# Cues the corpus writes before a name nearly always, however common the
# name's word (حي السلامة، حي المطار، محافظة الخبر، محافظة الرس): of
# their definite followers that are no gazetteer place, most are
# neighbourhoods and governorates; after منطقة، مدينة، قرية a common
# definite word is as often a thing (منطقة الجزاء، قرية الطفل، مدينة
# الألعاب). Counted over the corpus (bench/README.md, seventh round).
_NAMING_CUES = {key(w) for w in ("حي", "محافظة")}


# منطقة الجزاء is football's penalty area: a third of the word's uses
# follow منطقة (65 of 192), the one such word of `names-cued` no place
_PENALTY_AREA = key("الجزاء")


@lru_cache(maxsize=20_000)
def _named_after_cue(k: str, cue: str) -> bool:
    """Whether a word the corpus writes often still names a place after a
    cue: one the corpus writes after place cues in a quarter of its uses
    or more (الباحة، بيشة، الضالع: `names-cued`, LOC, share 1 and up), not
    shaped as an adjective (شرقي); or any definite noun after a cue of
    _NAMING_CUES that is no adjective, title, body's head or relation."""
    if _adjective(k) or k.endswith("ي") or k in _ORG_ENDERS or k == _PENALTY_AREA:
        return False
    share = typed_words(CUE_WORDS).get(k, "")
    if share.startswith("LOC") and share[3:] >= "1":
        return True
    return (cue in _NAMING_CUES and _definite(k) and k != "ال" and k.isalpha() and not _rank_at_word(k)
            and k not in gz.title_heads())


def _place_genitive(toks: list[Token], j: int) -> bool:
    """Whether token j, a definite word after a place's first word, is its
    genitive (حوض الإشراف، دومة الجندل، رياض الخبراء), not an adjective,
    a relation (التابعة) or the next phrase."""
    if j >= len(toks):
        return False
    k = toks[j].key
    # a participle (المضطرب، المطلة) describes the place, and so does a dual
    # nisba (بلدتي الفوعة وكفريا الشيعيتين)
    return (k.startswith("ال") and not k.startswith("الم") and k != "ال" and k.isalpha() and k not in gz.stop() and k not in gz.nisbas()
            and not _adjective(k) and k not in _ORG_ENDERS and k not in gz.places() and not k.endswith(("ه", "يتين", "يتان"))
            and k not in gz.title_heads())  # آل حميدان، فلوريدا اللاعب


# a quoted name's marks, opening → closing (« » “ ” " ")
_QUOTES = {"«": "»", "“": "”", '"': '"'}

# a quoted name runs this many words at most (سان كانتان فالافييه، ميخورادا
# دل كامبو); longer quotes after a cue are phrases (منطقة «من دون مخاطر»)
_QUOTED_WORDS = 4


def _quoted_places(toks: list[Token], sid: int) -> list[_Raw]:
    """A name in quotation marks right after a place cue is a place's name,
    however common or foreign its words (مدينة «سالزبورغ»، بمحافظة «لحج»،
    مديرية «لودر»، منطقة "سانجاق تيبيه"), and so is each quoted name joined
    to it by و or a comma (بمناطق "المهدية" و"التومة" و"الزوارعة"). Over
    the corpus (every day but 2015-07-25/26; bench/place_frames.py) the
    frame is written 389 times, 292 names, nearly all towns, districts,
    provinces and islands; the
    phrases among them hold a stop word (منطقة «من دون مخاطر») or a
    coordination of definite nouns (مدينة «الضوضاء والعناء»), left out.
    A country's nisba closing the quote is not the name's (بمدينة "ميلانو
    الإيطالية")."""
    out = []
    n = len(toks)
    stop = gz.stop()
    for j in range(1, n - 2):
        close = _QUOTES.get(toks[j].text)
        if not close:
            continue
        cue = toks[j - 1].key
        if not (_place_cue(cue) or _peel_key(cue) in _PLURAL_CUES or cue[1:] in _PLURAL_CUES):
            continue
        while j < n - 2 and close:
            end = next((e for e in range(j + 1, min(n, j + 2 + _QUOTED_WORDS)) if toks[e].text == close), 0)
            words_ = toks[j + 1: end]
            if not words_ or any(not t.key.isalpha() or t.key in stop or (i and t.key.startswith("وال"))
                                 for i, t in enumerate(words_)):
                break
            last = end - 1 if end - j > 2 and toks[end - 1].key in gz.nisbas() else end  # "ميلانو الإيطالية"
            if last - j > 2 or len(toks[j + 1].key) > 1:  # مناطق «أ» و«ب»: the West Bank's zones, letters
                # as written: a quote opens on the name, not a clitic (قرية «كوش كوي», not ك + وش)
                out.append(_Raw(j + 1, last, "place", sid, toks, "rule", whole=True))
            # the list goes on: و"التومة"، «ساقين»
            j = end + 1
            if j < n and toks[j].text in ("و", "،", ","):
                j += 1
            close = _QUOTES.get(toks[j].text, "") if j < n else ""
    return out


# Plural and dual cues that name the places listed after them (محافظات
# الجموم ومدركة وعسفان، قرى الخليلة والرصعة، بلدتي الفوعة وكفريا،
# مدينتي الهفوف والمبرز). Not مدن (مدن الحزن، مدن مجاورة), أحياء (keyed as
# إحياء, reviving: إحياء الموروث), هجر (the verb, the club) nor مناطق and
# مراكز (areas and centres as often as names).
_LIST_CUES = {key(w) for w in ("محافظات", "محافظتي", "قرى", "قريتي", "بلدات", "بلدتي", "مدينتي", "مديريات",
                               "مديريتي")}


def _listed_places(toks: list[Token], sid: int, tags: list[str]) -> list[_Raw]:
    """The names a plural or dual place cue lists, joined by و: each a
    known place or a word the corpus writes under 150 times (_RARE), bare or
    definite, not a stop word, a nisba, a title, a body's head or shaped
    as an adjective (قرى باكستانية، بلدات محاصرة: a bare word in ة right
    after the cue agrees with it), nor the tagger's person or body, nor a
    word a rare bare one follows (قرى ساحل حلي: the name runs on); a bare word
    with a definite genitive is a name of two words (دير الزور). Over the
    corpus (every day but 2015-07-25/26; bench/place_frames.py) these cues
    are written 1,409 times (محافظات 525، قرى 318، محافظتي 188 …), before
    503 rare words no list holds (الفوعة، كفريا، المبرز، الجموم …)."""
    keys, peeled = _sentence_keys(toks)
    if _LIST_CUES.isdisjoint(peeled):
        return []
    out = []
    n = len(toks)
    vocab = vocabulary()
    places = gz.places()
    for i, k in enumerate(keys[:-1]):
        if _peel_key(k) not in _LIST_CUES:
            continue
        j = i + 1
        while j < n:
            first = j == i + 1
            w, kept = keys[j], False
            if not first:
                if _clitic(w) == "و":
                    w = _peel_key(w)
                elif w.startswith("و"):
                    w, kept = w[1:], True  # وكفريا، والرصعة: the peeler keeps و on a word it does not know
                else:
                    break
            if not _list_item(w, first, toks, j, vocab, places, tags):
                break
            size = 2 if not _definite(w) and w not in places and _place_genitive(toks, j + 1) else 1
            out.append(_Raw(j, j + size, "place", sid, toks, "rule", peeled=kept))
            j += size
    return out


def _list_item(w: str, first: bool, toks: list[Token], j: int, vocab: dict[str, int], places: frozenset[str] | dict,
               tags: list[str]) -> bool:
    if not w.isalpha() or len(w) < 3 or w in gz.stop() or w in gz.nisbas() or w in gz.title_heads():
        return False
    if w in places:
        return True
    if vocab.get(w, 0) >= _RARE or w in gz.org_heads() or (tags and tags[j].endswith(("PER", "ORG"))):
        return False
    if w.endswith(("يه", "يين", "يون", "ها", "هم")) or (w.startswith("الم") and w.endswith("ه")):
        return False  # an adjective (الحدودية، المحاصرة) or a word with its pronoun (تسكنها)
    if first and (w.startswith("و") or (not w.startswith("ال") and w.endswith("ه"))):
        return False  # قرى وأحياء: a second cue; قرى باكستانية، بلدات محاصرة: agrees with the cue
    if (j + 1 < len(toks) and (nk := toks[j + 1].key).isalpha() and not nk.startswith(("و", "ال")) and not _clitic(nk)
            and vocab.get(nk, 0) < _RARE and nk not in gz.stop()):
        return False  # قرى ساحل حلي، قرى الكرد دوننا: the name runs on (not: وزهوان صباح اليوم)
    if first and w.startswith("ال") and j + 1 < len(toks) and toks[j + 1].key.startswith("ال") and _adjective(toks[j + 1].key):
        return False  # قرى الشريط الحدودي: a noun and its adjective
    return True
