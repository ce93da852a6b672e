"""Rules over the tagger's tags for organizations the model does not know
(bench/README, "One-word organizations in the NER, fifteenth round"):

- a news agency the model reads as a person: «فرانس برس»;
- a name of three words or fewer between quote marks right after a
  body's head noun (صحيفة «لانس»، شركة «موبايلي»، بمجلة «جاما»): the
  heads of quoted_heads.txt and two papers' heads;
- a club on either side of a match result the model leaves untagged:
  «فاز X على Y», «تغلب على ضيفه Y», «تعادل X مع Y», «خسر X أمام Y», when
  the word is rare in the corpus (a common word there is the team's
  description, not its name). The nouns («بفوزه على Y») were tried on the
  dev folds and name more players' and countries' adjectives than clubs.

Each rule names words the tagger left outside any name (or, for the
agency, read as a person); it never shortens a name the tagger found.
"""

from __future__ import annotations

from functools import lru_cache

from briefings.extract.ner_features import peeled
from briefings.lang.ar import key
from briefings.lang.ar.lexicon import words
from briefings.lang.ar.stop_words import is_stop
from briefings.lang.ar.vocabulary import count
from briefings.text.tokens import token_keys

OPEN_QUOTES = frozenset('"«“\'')
CLOSE_QUOTES = frozenset('"»”\'')
# the longest name a quoted rule names (صحيفة «وول ستريت جورنال»)
QUOTED_MAX = 3
# a result's side: a word the corpus writes this often or less (clubs:
# ويجان 0 times, ايفرتون 46; words a report puts there instead: الفريق،
# امس، فيها, thousands)
CLUB_MAX_COUNT = 300
# a word the corpus writes this often is a common one (خصم in خصمه)
COMMON = 20


@lru_cache(maxsize=1)
def _quoted_heads() -> frozenset[str]:
    # papers' heads besides; not موقع (the corpus quotes «تويتر» after it,
    # a medium, not an actor) nor رئاسة («برئاسة "شخصية مستقلة"»)
    return (words("quoted_heads") | {key(w) for w in ("مجلة", "جريدة")}) - {key("رئاسة")}


# the result verbs and the preposition before the other side
_VERBS = {key(v): key(p) for v, p in (("فاز", "على"), ("تغلب", "على"), ("تعادل", "مع"), ("خسر", "أمام"))}
# words a report writes between the preposition and the other side
# the verbs as written, bare or under و or ف (what _peel(k, "وف") reaches)
_VERB_FORMS = {c + v: p for v, p in _VERBS.items() for c in ("", "و", "ف")}
_BETWEEN = frozenset(key(w) for w in ("ضيفه", "مضيفه", "منافسه", "نظيره", "مستضيفه"))
_AGENCY = (key("فرانس"), key("برس"))


def _peel(k: str, clitics: str) -> str:
    return k[1:] if len(k) > 3 and k[0] in clitics else k


def _club_like(tok: str, after_guest: bool) -> bool:
    """Whether a word on a result's side reads as a club's name: rare in
    the corpus, no clitic or pronoun on a common word (بصعوبة، خصمه،
    سلبيا, the corpus's own fills of the frame), and a definite word only
    right after a guest or host word (على ضيفه الوصل; «فاز الفريق على»
    is a description), never an adjective of origin (على ضيفه البوروندي)."""
    k = key(tok)
    if not k.isalpha() or len(k) < 3 or is_stop(k) or count(k) > CLUB_MAX_COUNT or peeled(k)[0]:
        return False
    if any(k.endswith(end) and count(k[: -len(end)]) >= COMMON for end in ("ه", "ها", "ا")) \
            or k.endswith(("هم", "هن")):
        return False
    if k.startswith("ال"):
        return after_guest and not k.endswith(("ي", "يه", "يين", "يون"))
    return True


def org_rules(tokens: list[str], tags: list[str]) -> list[str]:
    """The tags of one sentence with the rules' organizations named."""
    out = list(tags)
    keys = token_keys(tokens)
    n = len(tokens)
    # each rule looks only where its trigger word stands, found in C: most
    # sentences hold none, and this runs on every sentence extraction tags
    # (a loop over every token for each rule was 2 % of extraction)
    if _AGENCY[1] in keys:
        for i in range(n - 1):
            # «فرانس برس» (لوكالة فرانس برس، وفرانس برس)
            if keys[i + 1] == _AGENCY[1] and _peel(_peel(keys[i], "و"), "لب") == _AGENCY[0] \
                    and out[i + 1] in ("O", "I-PER", "B-PER") and out[i] in ("O", "B-PER", "I-PER"):
                out[i], out[i + 1] = "B-ORG", "I-ORG"
    for i in range(1, n - 2) if not OPEN_QUOTES.isdisjoint(tokens) else ():
        if tokens[i] not in OPEN_QUOTES or _peel(_peel(keys[i - 1], "و"), "لب") not in _quoted_heads():
            continue
        j = next((j for j in range(i + 2, min(n, i + 2 + QUOTED_MAX)) if tokens[j] in CLOSE_QUOTES), None)
        if j is None or any(t != "O" for t in out[i + 1 : j]):
            continue
        out[i + 1 : j] = ["B-ORG"] + ["I-ORG"] * (j - i - 2)
    for i in range(n - 2) if not _VERB_FORMS.keys().isdisjoint(keys) else ():
        prep = _VERB_FORMS.get(keys[i])
        if prep is None:
            continue
        sides = []
        if keys[i + 2] == prep:
            sides.append(i + 1)
        p = next((p for p in range(i + 1, min(i + 4, n - 1)) if keys[p] == prep), None)
        if p is not None:
            sides.append(p + 2 if keys[p + 1] in _BETWEEN and p + 2 < n else p + 1)
        for s in sides:
            one_word = s + 1 >= n or out[s + 1] == "O"
            if out[s] == "O" and one_word and _club_like(tokens[s], keys[s - 1] in _BETWEEN):
                out[s] = "B-ORG"
    return out
